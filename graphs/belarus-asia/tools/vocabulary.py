"""The one home of the extraction's and the dataset's vocabularies (kinds, types, statuses,
attribute keys, column sets), shared by build.py, verify.py and check_extraction.py.

The agreement kinds are the product's `AgreementKind.known` (Sources/Graph/Vocabulary.swift);
a test checks that the two lists agree.
"""
import re

KINDS = ["twinning", "friendship", "cooperation", "memorandum", "roadmap", "university_agreement",
         "joint_centre", "joint_venture", "investment", "trade_contract", "park_residency",
         "membership", "parliamentary", "treaty", "joint_commission", "representative_office",
         "subsidiary", "diplomatic_relations", "aid", "other"]
TYPES = ["country", "region", "city", "district", "university", "research_institute", "firm",
         "industrial_park", "government_body", "organisation"]
TERRITORIAL = {"country", "region", "city", "district"}
STATUSES = ["signed", "planned", "ended"]
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")

AGREEMENT_COLUMNS = ["hint_line", "kind", "status", "date", "actor_a", "actor_b", "directed",
                     "attributes", "url", "quote"]
ACTOR_COLUMNS = ["name", "type", "country", "within", "aliases"]
STATISTIC_COLUMNS = ["hint_line", "indicator", "subject", "partner", "value", "unit", "period", "quote"]

# Attribute keys of an extraction row. The first group becomes agreement columns; `act`,
# `unnamed` and `same_as` are instructions to the build (see extraction/SPEC.md).
DATA_KEYS = ["amount", "currency", "domain", "valid_until", "valid_years", "date_other", "note"]
BUILD_KEYS = ["act", "unnamed", "same_as"]
ATTRIBUTE_KEYS = set(DATA_KEYS) | set(BUILD_KEYS)
