#!/usr/bin/env python3
"""Build the native dataset folder graphs/belarus-asia/ from the extraction TSVs.

usage: tools/build.py [--report]

Reads  extraction/*-actors.tsv, extraction/*-agreements.tsv (see extraction/SPEC.md),
       tools/actor_merges.tsv, tools/actor_overrides.tsv, tools/agreement_merges.tsv,
       tools/places.tsv (the places tools/locate.py matched in the GeoNames gazetteer),
       the seed books in ../../../shared/seeds (relative to this folder's parent).
Writes nodes.csv, agreements.csv, sources.csv and the generated part of README.md
       (between the markers <!-- BEGIN GENERATED --> and <!-- END GENERATED -->).

Python 3 standard library only. The output depends only on the inputs (sorted everywhere),
so rerunning it on unchanged inputs reproduces the same bytes. `--report` prints the
merging decisions (automatic actor joins, merged agreements, near-duplicates kept apart)
for review.
"""
import collections
import csv
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.dirname(HERE)
EXTRACTION = os.path.join(DATASET, "extraction")
OUT = DATASET  # where the built files go (`--out DIR` writes them elsewhere, e.g. for a test)
SEEDS = os.path.normpath(os.path.join(DATASET, "../../../shared/seeds"))
if not os.path.isdir(SEEDS):
    SEEDS = "/work/shared/seeds"
sys.path.insert(0, HERE)
from quotes import Book  # noqa: E402
import places  # noqa: E402

from vocabulary import (AGREEMENT_COLUMNS, ACTOR_COLUMNS, STATISTIC_COLUMNS, TERRITORIAL, KINDS,  # noqa: E402
                        DATA_KEYS, BUILD_KEYS)

# Books in order of publication (judged from the dates of the news items their footnotes
# cite: 003 up to 2017, 000 up to 2021, 001 up to 2023, 002 up to 2024, 004 up to 2025).
BOOK_ORDER = ["003", "000", "001", "002", "004"]

# Kinds that may name the same agreement when two books describe it differently.
COMPATIBLE_KINDS = [
    {"twinning", "friendship"},
    {"cooperation", "memorandum"},
    {"cooperation", "friendship"},
    {"cooperation", "university_agreement"},
    {"memorandum", "university_agreement"},
    {"cooperation", "roadmap"},
    {"joint_venture", "investment"},
    {"joint_venture", "park_residency"},
    {"investment", "park_residency"},
    {"treaty", "cooperation"},
    {"treaty", "memorandum"},
    {"subsidiary", "joint_venture"},
    {"subsidiary", "investment"},
    {"aid", "investment"},
]

ATTRIBUTE_TYPES = {"amount": "double", "valid_years": "int"}
ATTRIBUTE_ORDER = ["act", "unnamed_party", "amount", "currency", "domain", "valid_until", "valid_years",
                   "date_other", "date_note", "kind_other", "ends_other", "also_source", "also_locator", "note"]

_WS = re.compile(r"\s+")


def collapse(text):
    return _WS.sub(" ", text or "").strip()


def fold(text):
    """Case, accent and punctuation-insensitive key."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("ł", "l").replace("œ", "oe").replace("æ", "ae")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


def slug(text):
    return re.sub(r"-+", "-", fold(text).replace(" ", "-")).strip("-")


def clean_alias(text):
    text = collapse(text.replace("**", "")).strip(" ,;")
    quotes = "\"«»“”"
    n = sum(text.count(q) for q in quotes)
    if n == 2 and text[0] in quotes and text[-1] in quotes:
        text = text[1:-1].strip()
    elif n == 1 and (text[0] in quotes or text[-1] in quotes):
        text = text.strip(quotes).strip()
    return text


def read_tsv(path, columns):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != columns:
        sys.exit(f"{path}:1: expected header {columns}")
    out = []
    for i, r in enumerate(rows[1:]):
        if not any(x.strip() for x in r):
            continue
        if len(r) != len(columns):
            sys.exit(f"{path}:{i + 2}: expected {len(columns)} fields, found {len(r)}")
        out.append((i + 2, dict(zip(columns, [collapse(x) for x in r]))))
    return out


def read_table(path, columns):
    """A hand-maintained TSV of this folder's tools/ (comments start with #)."""
    if not os.path.exists(path):
        return []
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [collapse(c) for c in line.split("\t")]
            if cells[:len(columns)] == columns:
                continue
            cells += [""] * (len(columns) - len(cells))
            out.append((n, dict(zip(columns, cells))))
    return out


# --------------------------------------------------------------------------- parts and books

def find_parts():
    """Every extraction part: a pair BOOK-PART-agreements.tsv / BOOK-PART-actors.tsv."""
    parts = []
    for path in sorted(glob.glob(os.path.join(EXTRACTION, "*-agreements.tsv"))):
        base = os.path.basename(path)[:-len("-agreements.tsv")]
        if not os.path.exists(os.path.join(EXTRACTION, base + "-actors.tsv")):
            sys.exit(f"extraction/{base}-agreements.tsv has no {base}-actors.tsv beside it")
        parts.append(base)
    return parts


def seed_files():
    files = {}
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            files[name[:3]] = name
    return files


# --------------------------------------------------------------------------- actors

class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def type_group(t):
    return t if t in TERRITORIAL else "body"


def build_nodes(parts, report):
    records = {}  # (part, name) -> row
    for part in parts:
        for line, row in read_tsv(os.path.join(EXTRACTION, part + "-actors.tsv"), ACTOR_COLUMNS):
            records[(part, row["name"])] = dict(row, line=line)
    merges = read_table(os.path.join(HERE, "actor_merges.tsv"), ["canonical", "variant", "note"])
    overrides = read_table(os.path.join(HERE, "actor_overrides.tsv"), ["label", "field", "value", "note"])

    # Hand table: "canonical <- variant" joins every record named `variant` (or having it as an
    # alias) to the record(s) named `canonical`; "!canonical <- variant" keeps them apart.
    forced_label = {}   # variant name -> canonical name
    apart = set()       # frozenset({name, name})
    for n, m in merges:
        c, v = m["canonical"], m["variant"]
        if c.startswith("!"):
            apart.add(frozenset((c[1:], v)))
        else:
            forced_label[v] = c

    def rename(name):
        seen = set()
        while name in forced_label and name not in seen:
            seen.add(name)
            name = forced_label[name]
        return name

    # A record's canonical name after the hand table.
    canon = {k: rename(k[1]) for k in records}
    uf = UnionFind()
    for k in sorted(records):
        uf.find(k)
    # 1. Same canonical name (after the hand table) in different parts.
    by_name = collections.defaultdict(list)
    for k in sorted(records):
        by_name[canon[k]].append(k)
    for name, ks in by_name.items():
        for k in ks[1:]:
            uf.union(ks[0], k)
    # 2. Alias / folded-name overlap, within the same type group and country.
    keys = collections.defaultdict(set)
    for k, r in sorted(records.items()):
        names = [r["name"], canon[k]] + [a for a in r["aliases"].split(";")]
        for a in names:
            f = fold(clean_alias(a))
            if len(f) >= 3:
                keys[(f, type_group(r["type"]))].add(k)
    auto_joins = []
    for (f, g), ks in sorted(keys.items()):
        ks = sorted(ks)
        for k in ks[1:]:
            a, b = ks[0], k
            ra, rb = records[a], records[b]
            if ra["country"] and rb["country"] and ra["country"] != rb["country"]:
                continue
            if frozenset((canon[a], canon[b])) in apart:
                continue
            if uf.find(a) != uf.find(b):
                if canon[a] != canon[b]:
                    auto_joins.append((f, canon[a], canon[b], a[0], b[0]))
                uf.union(a, b)
    # 3. Keep-apart pairs must not have ended in one group.
    groups = collections.defaultdict(list)
    for k in sorted(records):
        groups[uf.find(k)].append(k)
    for pair in apart:
        x, y = sorted(pair)
        for g in groups.values():
            names = {canon[k] for k in g}
            if x in names and y in names:
                sys.exit(f"actor_merges.tsv: {x!r} and {y!r} are to be kept apart but were joined "
                         f"through other names: {sorted(names)}")
    if report:
        print("== automatic actor joins through a shared alias or folded name")
        for f, a, b, pa, pb in sorted(set(auto_joins)):
            print(f"  {a!r} ({pa}) + {b!r} ({pb})  via {f!r}")

    # Build the merged nodes.
    nodes = []
    key_to_node = {}
    for root in sorted(groups):
        ks = groups[root]
        names = collections.Counter(canon[k] for k in ks)
        forced = [canon[k] for k in ks if canon[k] != k[1]]
        label = sorted(names, key=lambda n: (-(n in forced), -names[n], n))[0]
        node = {"label": label, "records": ks}
        nodes.append(node)
        for k in ks:
            key_to_node[k] = node

    override = collections.defaultdict(dict)
    for n, o in overrides:
        override[o["label"]][o["field"]] = (o["value"], o["note"])
    labels = {node["label"] for node in nodes}
    for lab in override:
        if lab not in labels:
            sys.exit(f"actor_overrides.tsv: no node labelled {lab!r}")

    def vote(values):
        """Most frequent non-empty value; ties to the value of the latest-published book."""
        counts = collections.Counter(v for v, _ in values if v)
        if not counts:
            return ""
        best = max(counts.values())
        tied = [v for v in counts if counts[v] == best]
        if len(tied) == 1:
            return tied[0]
        order = {b: i for i, b in enumerate(BOOK_ORDER)}
        latest = sorted(((order.get(p[:3], -1), v) for v, p in values if v in tied), reverse=True)
        return latest[0][1]

    conflicts = []
    for node in nodes:
        recs = [(k[0], records[k]) for k in node["records"]]
        for field in ("type", "country"):
            vals = [(r[field], p) for p, r in recs]
            node[field] = vote(vals)
            distinct = sorted({v for v, _ in vals if v})
            if len(distinct) > 1:
                conflicts.append([node["label"], field, distinct, node[field]])
        # within: the label of the node the part's `within` name belongs to
        vals = []
        for p, r in recs:
            if r["within"]:
                target = key_to_node.get((p, r["within"]))
                if target is None:
                    sys.exit(f"{p}-actors.tsv: within {r['within']!r} of {r['name']!r} is not an actor")
                vals.append((target["label"], p))
        node["within_label"] = vote(vals)
        distinct = sorted({v for v, _ in vals})
        if len(distinct) > 1:
            conflicts.append([node["label"], "within", distinct, node["within_label"]])
        node_overrides = override.get(node["label"], {})
        for c in conflicts:
            if c[0] == node["label"] and c[1] in node_overrides:
                c[3] = node_overrides[c[1]][0] + " (override: " + node_overrides[c[1]][1] + ")"
        for field, (value, note) in node_overrides.items():
            if field == "within":
                node["within_label"] = value
            elif field in ("type", "country"):
                node[field] = value
            elif field == "label":
                node["label"] = value
            elif field == "alias-":
                node.setdefault("drop_aliases", set()).add(fold(value))
            else:
                sys.exit(f"actor_overrides.tsv: unknown field {field!r}")
        # Aliases: every canonical name and alias spelling found for it.
        spellings = []
        for p, r in recs:
            spellings.append(r["name"])
            spellings += r["aliases"].split(";")
        node["spellings"] = spellings
    if report:
        print("== type/country/within conflicts between parts (value kept after ->)")
        for c in sorted(conflicts):
            print(f"  {c[0]!r} {c[1]}: {c[2]} -> {c[3]!r}")

    # Ensure countries exist and territorial nodes have parents.
    by_label = {n["label"]: n for n in nodes}
    added = []

    def ensure_country(name):
        if name and name not in by_label:
            n = {"label": name, "type": "country", "country": name, "within_label": "",
                 "records": [], "spellings": []}
            nodes.append(n)
            by_label[name] = n
            added.append(name)

    for n in list(nodes):
        ensure_country(n["country"])
    for n in nodes:
        if n["type"] == "country":
            n["within_label"] = ""
            if not n["country"]:
                n["country"] = n["label"]
        elif n["type"] in ("region", "city", "district") and not n["within_label"] and n["country"]:
            n["within_label"] = n["country"]
        if n["within_label"] and n["within_label"] not in by_label:
            sys.exit(f"node {n['label']!r}: within {n['within_label']!r} names no node")

    # ids
    used = {}
    for n in sorted(nodes, key=lambda n: (n["label"], n["type"], n["country"])):
        base = slug(n["label"]) or "node"
        i = base
        if i in used:
            i = f"{base}-{slug(n['country'])}" if n["country"] else base
        k = 2
        while i in used:
            i = f"{base}-{k}"
            k += 1
        used[i] = n
        n["id"] = i
    for n in nodes:
        n["within"] = by_label[n["within_label"]]["id"] if n["within_label"] else ""

    # Aliases: no alias equal to the label, none shared by two nodes (nor equal to another
    # node's label); garbled spellings (with U+FFFD) are left out.
    label_owner = collections.defaultdict(set)
    for n in nodes:
        label_owner[n["label"].lower()].add(n["id"])
    alias_owner = collections.defaultdict(set)
    garbled = []
    for n in nodes:
        seen = {}
        for s in n["spellings"]:
            a = clean_alias(s)
            if not a:
                continue
            if "\ufffd" in a:
                garbled.append((n["id"], a))
                continue
            if a.lower() == n["label"].lower() or fold(a) in n.get("drop_aliases", ()):
                continue
            seen.setdefault(a.lower(), a)
        n["alias_list"] = [seen[k] for k in sorted(seen)]
        for k in seen:
            alias_owner[k].add(n["id"])
    ambiguous = []
    for k, owners in sorted(alias_owner.items()):
        others = label_owner.get(k, set())
        if len(owners) > 1 or (others - owners):
            ambiguous.append((k, sorted(owners | others)))
    amb = {k for k, _ in ambiguous}
    for n in nodes:
        n["alias_list"] = [a for a in n["alias_list"] if a.lower() not in amb]
    nodes.sort(key=lambda n: n["id"])
    return nodes, key_to_node, conflicts, ambiguous, garbled, added


def used_nodes(nodes, edges):
    """The nodes an agreement names and their `within` ancestors (an actor file may list an actor
    that no agreement row uses any more: it is left out)."""
    by_id = {n["id"]: n for n in nodes}
    keep = set()
    for e in edges:
        for end in (e["from"], e["to"]):
            while end and end not in keep:
                keep.add(end)
                end = by_id[end]["within"]
    return [n for n in nodes if n["id"] in keep]


def check_within_cycles(nodes):
    by_id = {n["id"]: n for n in nodes}
    for n in nodes:
        seen, cur = set(), n
        while cur["within"]:
            if cur["id"] in seen:
                sys.exit(f"within cycle through {n['id']!r}")
            seen.add(cur["id"])
            cur = by_id[cur["within"]]


# --------------------------------------------------------------------------- agreements

def parse_attributes(text, where):
    attrs = {}
    for chunk in text.split(" | ") if text else []:
        chunk = chunk.strip()
        if not chunk:
            continue
        if "=" not in chunk:
            sys.exit(f"{where}: attribute without '=': {chunk!r}")
        key, value = chunk.split("=", 1)
        key, value = key.strip(), collapse(value)
        if key in attrs and attrs[key] != value:
            attrs[key] += "; " + value
        else:
            attrs[key] = value
    return attrs


def date_precision(d):
    return 0 if not d else len(d.split("-"))


def dates_compatible(a, b):
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def kinds_compatible(a, b):
    return a == b or any({a, b} <= s for s in COMPATIBLE_KINDS)


def quote_similar(q1, q2):
    """True when two quotes are (nearly) the same passage: the books repeat text."""
    a, b = fold(q1), fold(q2)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = a.split(), b.split()
    ga = {tuple(wa[i:i + 4]) for i in range(len(wa) - 3)}
    gb = {tuple(wb[i:i + 4]) for i in range(len(wb) - 3)}
    if not ga or not gb:
        return False
    return len(ga & gb) / min(len(ga), len(gb)) >= 0.5


def read_mentions(parts, key_to_node, books):
    """Every extraction row as a mention, located in its book (the build fails on a quote it
    cannot find, an unknown kind or attribute, or an actor missing from the part)."""
    mentions, missing = [], []
    for part in parts:
        book = part[:3]
        for line, row in read_tsv(os.path.join(EXTRACTION, part + "-agreements.tsv"), AGREEMENT_COLUMNS):
            where = f"extraction/{part}-agreements.tsv:{line}"
            a = key_to_node.get((part, row["actor_a"]))
            b = key_to_node.get((part, row["actor_b"]))
            if a is None or b is None:
                sys.exit(f"{where}: actor not in {part}-actors.tsv: {row['actor_a']!r} / {row['actor_b']!r}")
            if row["kind"] not in KINDS:
                sys.exit(f"{where}: unknown kind {row['kind']!r}")
            hint = int(row["hint_line"]) if row["hint_line"].isdigit() else None
            locator = books[book].locate(row["quote"], hint)
            if locator is None:
                missing.append(f"{where}: quote not found in book {book}: {row['quote'][:90]!r}")
                continue
            attrs = parse_attributes(row["attributes"], where)
            build = {k: attrs.pop(k) for k in BUILD_KEYS if k in attrs}
            unknown = sorted(set(attrs) - set(DATA_KEYS))
            if unknown:
                sys.exit(f"{where}: unknown attribute key(s) {unknown}")
            if build.get("unnamed", "a") not in ("a", "b", "ab"):
                sys.exit(f"{where}: unnamed must be a, b or ab, found {build['unnamed']!r}")
            mentions.append({
                "part": part, "book": book, "line": line, "where": where, "hint": row["hint_line"],
                "names": frozenset((row["actor_a"], row["actor_b"])),
                "kind": row["kind"], "status": row["status"], "date": row["date"],
                "from": a["id"], "to": b["id"], "directed": row["directed"] == "yes",
                "attrs": attrs, "url": row["url"], "quote": collapse(row["quote"]),
                "locator": locator, "act": build.get("act", ""), "same_as": build.get("same_as", ""),
                "unnamed": {[a["id"], b["id"]][side == "b"] for side in build.get("unnamed", "")},
            })
    if missing:
        sys.exit("quotes not found (fix the extraction):\n" + "\n".join(missing))
    return mentions


def read_statistics(parts, books):
    """The figures each part keeps out of the graph (`*-statistics.tsv`), located in their book."""
    rows, missing = [], []
    for part in parts:
        path = os.path.join(EXTRACTION, part + "-statistics.tsv")
        if not os.path.exists(path):
            continue
        for line, row in read_tsv(path, STATISTIC_COLUMNS):
            where = f"extraction/{part}-statistics.tsv:{line}"
            hint = int(row["hint_line"]) if row["hint_line"].isdigit() else None
            locator = books[part[:3]].locate(row["quote"], hint)
            if locator is None:
                missing.append(f"{where}: quote not found in book {part[:3]}: {row['quote'][:90]!r}")
            rows.append(dict(row, part=part, locator=locator))
    if missing:
        sys.exit("quotes not found (fix the extraction):\n" + "\n".join(missing))
    return rows


def resolve_reference(text, mentions, where):
    """A hand-table mention `BOOK:LINE:A~B[:KIND][@DATE]` (the quote's start line in the book,
    the two actors as the extraction names them or by node id, in either order, and the kind
    and date when the line holds several rows of the pair) → the index of that one mention."""
    text, _, date = text.partition("@")
    try:
        book, line, pair, *kind = text.split(":")
        a, b = pair.split("~")
        line = int(line)
        if len(kind) > 1:
            raise ValueError
    except ValueError:
        sys.exit(f"{where}: expected BOOK:LINE:A~B or BOOK:LINE:A~B:KIND, found {text!r}")
    ends = frozenset((a, b))
    found = [i for i, m in enumerate(mentions) if m["book"] == book and m["locator"] == line
             and ends in (m["names"], frozenset((m["from"], m["to"]))) and m["kind"] in (kind or [m["kind"]])
             and (not date or m["date"] == date)]
    if len(found) != 1:
        sys.exit(f"{where}: {text!r} names {len(found)} mentions, expected exactly one")
    return found[0]


def same_as_joins(mentions):
    """Pairs (i, j) that a `same_as=HINT` (or `same_as=PART:HINT`, for a row of another part;
    either may end in `@DATE`) attribute joins: the row of that part with that hint line and the
    same two nodes (and that date, when given; of the same kind, else of a compatible kind, when
    the pair has several rows on that line; then the one of this row's date; then the one
    sharing a `domain`)."""
    def domains(m):
        return {d.strip() for d in m["attrs"].get("domain", "").split(";") if d.strip()}

    index = collections.defaultdict(list)
    for i, m in enumerate(mentions):
        index[(m["part"], m["hint"], frozenset((m["from"], m["to"])))].append(i)
    joins = []
    for j, m in enumerate(mentions):
        if not m["same_as"]:
            continue
        reference, _, date = m["same_as"].partition("@")
        part, _, hint = reference.rpartition(":")
        targets = [i for i in index[(part or m["part"], hint, frozenset((m["from"], m["to"])))] if i != j]
        if date:  # `@DATE` picks the row of that date when the line holds several
            targets = [i for i in targets if mentions[i]["date"] == date]
        if len(targets) > 1:  # several agreements of the pair start on that line: the one of this kind
            targets = [i for i in targets if mentions[i]["kind"] == m["kind"]] or \
                [i for i in targets if kinds_compatible(mentions[i]["kind"], m["kind"])] or targets
        if len(targets) > 1 and m["date"]:  # ... and of this row's date
            targets = [i for i in targets if mentions[i]["date"] == m["date"]] or \
                [i for i in targets if mentions[i]["date"] and dates_compatible(mentions[i]["date"], m["date"])] or targets
        if len(targets) > 1:  # ... and sharing a domain
            targets = [i for i in targets if domains(mentions[i]) & domains(m)] or targets
        if len(targets) != 1:
            sys.exit(f"{m['where']}: same_as={m['same_as']} names {len(targets)} rows of the same pair, "
                     "expected exactly one")
        joins.append((targets[0], j))
    return joins


def merge_candidates(mentions, forced_join, forced_apart, countries):
    """Every pair of mentions of the same two nodes that may tell one agreement, with the rank
    of the evidence (lower is stronger) and its reason; and the pairs of the same kind in
    different books that no rule joins (for the review report)."""
    order = {b: i for i, b in enumerate(BOOK_ORDER)}
    by_pair = collections.defaultdict(list)
    kind_dates = collections.defaultdict(set)
    for i, m in enumerate(mentions):
        by_pair[frozenset((m["from"], m["to"]))].append(i)
        if m["date"]:
            kind_dates[(frozenset((m["from"], m["to"])), m["kind"])].add(m["date"])

    def single_reading(pair, kind):
        ds = sorted(kind_dates[(pair, kind)])
        return all(dates_compatible(a, b) for a in ds for b in ds)

    candidates, kept_apart = [], []
    for pair, idx in sorted(by_pair.items(), key=lambda kv: sorted(kv[0])):
        has_country = bool(pair & countries)
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                i, j = idx[x], idx[y]
                m1, m2 = mentions[i], mentions[j]
                key = frozenset((i, j))
                if key in forced_apart or m1["from"] == m1["to"]:
                    continue
                a1, a2 = m1["attrs"].get("amount"), m2["attrs"].get("amount")
                if a1 and a2 and a1 != a2 and key not in forced_join:
                    continue  # different sums: different agreements
                rank, reason = merge_rank(m1, m2, has_country, single_reading(pair, m1["kind"]))
                if rank is not None:
                    candidates.append((rank, order[m1["book"]], order[m2["book"]], i, j, reason))
                elif m1["book"] != m2["book"] and m1["kind"] == m2["kind"] and not has_country:
                    kept_apart.append((m1["where"], m1["date"], m1["status"], m2["where"], m2["date"],
                                       m2["status"], m1["kind"], "/".join(sorted(pair))))
    return candidates, kept_apart


def merge_rank(m1, m2, has_country, single_reading):
    """The strength of the evidence that two mentions of one pair of nodes tell the same
    agreement (lower is stronger), with its reason; (None, None) when nothing says so."""
    similar = quote_similar(m1["quote"], m2["quote"])
    same_date = dates_compatible(m1["date"], m2["date"])
    same_kind, same_status = m1["kind"] == m2["kind"], m1["status"] == m2["status"]
    twin = same_kind and m1["kind"] in ("twinning", "friendship") and m1["status"] == m2["status"] == "signed"
    if m1["part"] == m2["part"]:
        # A part lists different agreements on purpose (or says same_as); but a pair is twinned
        # (or bound by friendship) once: other years are other readings of the same agreement.
        return (4, "one twinning/friendship per pair") if twin else (None, None)
    if not kinds_compatible(m1["kind"], m2["kind"]):
        if similar and same_date and m1["book"] != m2["book"]:
            return 6, "repeated passage, the books' extractions chose different kinds"
        return None, None
    if similar and same_kind and same_date:
        return 1, "repeated passage"
    if similar and (same_date or same_kind):
        return 2, "repeated passage, kind or date differs"
    if has_country:
        return None, None  # country-level ends: only a repeated passage is evidence enough
    if same_kind and same_status and m1["date"] and m2["date"] and same_date:
        return 3, "same kind, status and date"
    if twin:
        return 4, "one twinning/friendship per pair"
    if same_kind and same_status and same_date and single_reading \
            and m1["kind"] not in ("trade_contract", "investment", "other", "roadmap"):
        return 5, "same kind and status, the only dated reading of this kind for the pair"
    return None, None


def group_mentions(mentions, candidates, forced_apart, same_as):
    """Union the mentions, best evidence first. Joins from `same_as` and the hand table come
    first and may join two mentions of one part; no other join puts two mentions of the same
    part in one group, nor two mentions the hand table keeps apart."""
    uf = UnionFind()
    for i in range(len(mentions)):
        uf.find(i)
    decisions = []
    members = {i: [i] for i in range(len(mentions))}
    ordered = [(-1, 0, 0, i, j, "same_as") for i, j in same_as] + sorted(candidates)
    for rank, _, _, i, j, reason in ordered:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        where_i, where_j = mentions[i]["where"], mentions[j]["where"]
        if any(frozenset((a, b)) in forced_apart for a in members[ri] for b in members[rj]):
            decisions.append(("REFUSED (hand table: apart) " + reason, where_i, where_j))
            continue
        parts_i = {mentions[k]["part"] for k in members[ri]}
        parts_j = {mentions[k]["part"] for k in members[rj]}
        if parts_i & parts_j and reason not in ("hand table", "same_as", "one twinning/friendship per pair"):
            decisions.append(("REFUSED (same part twice) " + reason, where_i, where_j))
            continue
        uf.union(i, j)
        merged = members.pop(ri) + members.pop(rj)
        members[uf.find(i)] = merged
        decisions.append((reason, where_i, where_j))
    groups = collections.defaultdict(list)
    for i in range(len(mentions)):
        groups[uf.find(i)].append(i)
    return [groups[r] for r in sorted(groups)], decisions


def build_agreements(parts, key_to_node, books, report):
    mentions = read_mentions(parts, key_to_node, books)
    order = {b: i for i, b in enumerate(BOOK_ORDER)}
    mentions.sort(key=lambda m: (order[m["book"]], m["part"], m["line"]))
    forced = read_table(os.path.join(HERE, "agreement_merges.tsv"), ["action", "mention", "mention2", "note"])
    forced_join, forced_apart, preferred = set(), set(), set()
    for n, f in forced:
        where = f"tools/agreement_merges.tsv:{n}"
        if f["action"] not in ("join", "apart"):
            sys.exit(f"{where}: action must be join or apart, found {f['action']!r}")
        i = resolve_reference(f["mention"], mentions, where)
        j = resolve_reference(f["mention2"], mentions, where)
        (forced_join if f["action"] == "join" else forced_apart).add(frozenset((i, j)))
        if f["action"] == "join":
            preferred.add(i)  # the first mention of a join gives the edge's reading
    countries = {n["id"] for n in key_to_node.values() if n["type"] == "country"}
    candidates, kept_apart = merge_candidates(mentions, forced_join, forced_apart, countries)
    candidates += [(0, order[mentions[min(p)]["book"]], order[mentions[max(p)]["book"]], min(p), max(p),
                    "hand table") for p in forced_join]
    groups, decisions = group_mentions(mentions, candidates, forced_apart, same_as_joins(mentions))
    preferred_wheres = {mentions[i]["where"] for i in preferred}
    edges = [edge_of(g, mentions, preferred_wheres) for g in groups]

    def sort_key(e):
        d = e["date"]
        return (d == "", d, e["from"], e["to"], e["kind"], e["source"], e["locator"], e["quote"])

    edges.sort(key=sort_key)
    for i, e in enumerate(edges, 1):
        e["id"] = f"a{i:04d}"
    assign_acts(edges)
    if report:
        print("== merged agreement mentions (reason, mention, mention)")
        for d in sorted(decisions):
            print("  ", *d)
        print("== same pair and kind in different books, kept apart")
        for k in sorted(kept_apart):
            print("  ", *k)
    return edges, mentions


def assign_acts(edges):
    """Every edge gets the id of its act: its own id, or, for the edges of one multilateral act
    (extraction rows sharing an `act` tag within a part, across every mention merged into the
    edges), the id of the act's first edge. Distinct `act` values count agreements as acts."""
    uf = UnionFind()
    tagged = collections.defaultdict(list)
    for k, e in enumerate(edges):
        uf.find(k)
        for m in e["mentions"]:
            if m["act"]:
                tagged[(m["part"], m["act"])].append(k)
    for ks in tagged.values():
        for k in ks[1:]:
            uf.union(ks[0], k)
    first = {}
    for k, e in enumerate(edges):
        first.setdefault(uf.find(k), e["id"])
    for k, e in enumerate(edges):
        e["attrs"]["act"] = first[uf.find(k)]


def edge_of(indices, mentions, preferred):
    """The edge that a group of mentions of one agreement becomes (see README, step 4). Its
    kind is twinning when any mention calls it so, else friendship when any does, else the
    primary mention's (twinning first: a list that says "twinned" types the edge), and the
    primary mention is one of that kind;
    `preferred` holds the mentions (by `where`) whose reading a hand-table join prefers."""
    order = {b: i for i, b in enumerate(BOOK_ORDER)}
    kinds = {mentions[i]["kind"] for i in indices}
    kind = next((k for k in ("twinning", "friendship") if k in kinds), None)
    g = sorted((mentions[i] for i in indices),
               key=lambda m: (m["where"] not in preferred, kind is not None and m["kind"] != kind,
                              m["status"] != "signed", -date_precision(m["date"]), order[m["book"]],
                              m["part"], m["line"]))
    p = g[0]
    kind = kind or p["kind"]
    attrs = merged_attributes(g)
    date_other, date_note, conflict = date_readings(g, p)
    if date_other:
        attrs["date_other"], attrs["date_note"] = date_other, date_note
    if len(g) > 1:
        attrs["also_source"] = ";".join(f"zalessky-{m['book']}" for m in g[1:])
        attrs["also_locator"] = ";".join(str(m["locator"]) for m in g[1:])
    ends = frozenset((p["from"], p["to"]))
    other_ends = sorted({f"{m['from']}~{m['to']}" for m in g if frozenset((m["from"], m["to"])) != ends})
    if other_ends:
        attrs["ends_other"] = ";".join(other_ends)
    other_kinds = sorted({m["kind"] for m in g} - {kind})
    if other_kinds:
        attrs["kind_other"] = ";".join(other_kinds)
    unnamed = sorted(set().union(*(m["unnamed"] for m in g)) & ends)
    if unnamed:
        attrs["unnamed_party"] = ";".join(unnamed)
    status = p["status"]
    if status == "planned" and any(m["status"] == "signed" for m in g):
        status = "signed"
    url = p["url"] or next((m["url"] for m in g if m["url"]), "")
    return {"from": p["from"], "to": p["to"], "kind": kind, "date": p["date"], "status": status,
            "directed": p["directed"], "source": f"zalessky-{p['book']}", "locator": p["locator"],
            "quote": p["quote"], "url": url, "attrs": attrs, "mentions": g, "date_conflict": conflict}


def merged_attributes(g):
    """The data attributes of merged mentions: the first value of each key; notes joined with
    ` / `; domains united."""
    attrs = {}
    for m in g:
        for k, v in m["attrs"].items():
            if k == "date_other":
                continue
            if k not in attrs:
                attrs[k] = v
            elif k == "note" and v not in attrs[k]:
                attrs[k] += " / " + v
            elif k == "domain":
                have = [x.strip() for x in attrs[k].split(";")]
                for x in v.split(";"):
                    if x.strip() and x.strip() not in have:
                        have.append(x.strip())
                attrs[k] = "; ".join(have)
    return attrs


def date_readings(g, p):
    """(date_other, date_note, kind of disagreement) for the mentions `g` of one edge whose
    primary mention is `p`: every other reading of the date, each with where it comes from.
    The kind is "books" when another book gives it, "passages" when only `p`'s book does."""
    readings = collections.OrderedDict()
    for m in g:
        src = f"zalessky-{m['book']}"
        if m["date"]:
            readings.setdefault(m["date"], []).append(f"{src} line {m['locator']}")
        for d in (m["attrs"].get("date_other") or "").split(";"):
            if d.strip():
                readings.setdefault(d.strip(), []).append(f"{src}, another passage")
    others = [d for d in readings if d != p["date"] and not p["date"].startswith(d)]
    if not others:
        return "", "", None
    if not p["date"]:
        why = "the passage quoted gives no date"
    elif all(date_precision(d) < date_precision(p["date"]) for d in others):
        why = "the more precise reading"
    elif any(not r.endswith("another passage") and not r.startswith(f"zalessky-{p['book']}")
             for d in others for r in readings[d]):
        why = "the reading of the earliest-published book among those giving one"
    else:
        why = "the reading of the passage quoted"
    note = (f"date {p['date'] or '(empty)'} is from zalessky-{p['book']} line {p['locator']} ({why}); "
            + "; ".join(f"{d} from {', '.join(sorted(set(readings[d])))}" for d in sorted(others)))
    books = any(not r.startswith(f"zalessky-{p['book']}") for d in others for r in readings[d])
    return ";".join(sorted(others)), note, "books" if books else "passages"


# --------------------------------------------------------------------------- writing

def write_csv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([collapse(str(x)) for x in r])
    os.replace(tmp, path)


def write_nodes(nodes):
    write_csv(os.path.join(OUT, "nodes.csv"), ["id", "label", "type", "country", "within", "aliases"] + places.NODE_COLUMNS,
              [[n["id"], n["label"], n["type"], n["country"], n["within"], ";".join(n["alias_list"]),
                n["lat"], n["lon"], n["geonames_id"]] for n in nodes])


def write_agreements(edges):
    keys = set()
    for e in edges:
        keys |= {k for k, v in e["attrs"].items() if v}
    extra = [k for k in ATTRIBUTE_ORDER if k in keys] + sorted(keys - set(ATTRIBUTE_ORDER))
    header = ["id", "from", "to", "kind", "date", "status", "directed", "weight", "source", "locator",
              "quote", "url"] + [f"{k}:{ATTRIBUTE_TYPES[k]}" if k in ATTRIBUTE_TYPES else k for k in extra]
    rows = []
    for e in edges:
        for k, t in ATTRIBUTE_TYPES.items():
            v = e["attrs"].get(k, "")
            if v:
                try:
                    float(v) if t == "double" else int(v)
                except ValueError:
                    sys.exit(f"agreement {e['id']} ({e['source']}:{e['locator']}): {k}={v!r} is not a {t}")
        rows.append([e["id"], e["from"], e["to"], e["kind"], e["date"], e["status"],
                     "true" if e["directed"] else "false", "", e["source"], e["locator"], e["quote"],
                     e["url"]] + [e["attrs"].get(k, "") for k in extra])
    write_csv(os.path.join(OUT, "agreements.csv"), header, rows)
    return extra


def write_sources(seeds):
    rows = read_table(os.path.join(HERE, "sources.tsv"),
                      ["id", "title", "author", "year", "publisher", "identifier", "original_isbn",
                       "latest_cited", "note"])
    out = []
    for n, r in rows:
        book = r["id"][-3:]
        out.append([r["id"], r["title"], r["author"], r["year"], r["publisher"], r["identifier"],
                    seeds[book], r["original_isbn"], r["latest_cited"], r["note"]])
    if sorted(r[0][-3:] for r in out) != sorted(seeds):
        sys.exit("tools/sources.tsv must describe every seed book")
    write_csv(os.path.join(OUT, "sources.csv"),
              ["id", "title", "author", "year", "publisher", "identifier", "file", "original_isbn",
               "latest_cited:int", "note"], out)


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        lines.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(lines)


def generated_readme(nodes, edges, mentions, statistics, conflicts, ambiguous, garbled, added, extra, places_text):
    by_id = {n["id"]: n for n in nodes}
    merged = [e for e in edges if len(e["mentions"]) > 1]
    cross_book = sum(1 for e in merged if len({m["book"] for m in e["mentions"]}) > 1)
    same_book = len(merged) - cross_book
    date_conflicts = [e for e in edges if e["date_conflict"] == "books"]
    same_book_dates = [e for e in edges if e["date_conflict"] == "passages"]
    acts = collections.defaultdict(list)
    for e in edges:
        acts[e["attrs"]["act"]].append(e)
    multilateral = [a for a, es in acts.items() if len(es) > 1]
    unnamed = [e for e in edges if e["attrs"].get("unnamed_party")]
    others = sum(1 for e in edges if e["kind"] == "other")
    out = []
    out.append(f"Generated by `tools/build.py` from {len(mentions)} extracted mentions in "
               f"{len({m['part'] for m in mentions})} extraction parts.\n")
    out.append(f"- nodes: **{len(nodes)}**")
    out.append(f"- agreements (edges): **{len(edges)}**, forming **{len(acts)}** acts (distinct `act`): "
               f"{len(multilateral)} multilateral acts bind three or more parties with "
               f"{sum(len(acts[a]) for a in multilateral)} edges")
    out.append(f"- agreements told in more than one book and merged into one edge: **{cross_book}**")
    out.append(f"- agreements told more than once in the same book (further mentions, or the two "
               f"chunks of a book) and merged: **{same_book}**")
    out.append(f"- edges whose books disagree on the date (both readings kept): **{len(date_conflicts)}**; "
               f"edges whose date differs between passages of one book: **{len(same_book_dates)}**")
    out.append(f"- edges with an end that stands for an unnamed counterpart (`unnamed_party`): **{len(unnamed)}**")
    out.append(f"- `other` agreements: **{others}** ({100 * others / max(len(edges), 1):.1f}%)")
    out.append(f"- statistics kept out of the graph (`extraction/*-statistics.tsv`): **{len(statistics)}**")
    out.append(f"- free attribute columns of agreements.csv: {', '.join('`' + k + '`' for k in extra)}\n")
    c = collections.Counter(e["kind"] for e in edges)
    out.append("### Agreements by kind\n")
    out.append(table(["kind", "edges", "signed", "planned", "ended"],
                     [[k, c[k]] + [sum(1 for e in edges if e["kind"] == k and e["status"] == s)
                                   for s in ("signed", "planned", "ended")]
                      for k in sorted(c, key=lambda k: (-c[k], k))]) + "\n")
    c = collections.Counter(e["source"] for e in edges)
    cm = collections.Counter(f"zalessky-{m['book']}" for m in mentions)
    out.append("### Agreements by source (primary provenance) and mentions by book\n")
    out.append(table(["source", "edges (primary)", "mentions"], [[k, c[k], cm[k]] for k in sorted(cm)]) + "\n")
    c = collections.Counter(n["type"] for n in nodes)
    out.append("### Nodes by type\n")
    out.append(table(["type", "nodes"], [[k, c[k]] for k in sorted(c, key=lambda k: (-c[k], k))]) + "\n")
    c = collections.Counter(n["country"] or "(none)" for n in nodes)
    out.append("### Nodes by country\n")
    out.append(table(["country", "nodes"], [[k, c[k]] for k in sorted(c, key=lambda k: (-c[k], k))]) + "\n")
    out.append(places_text)
    pc = collections.Counter()
    for e in edges:
        cs = sorted({by_id[e["from"]]["country"] or "?", by_id[e["to"]]["country"] or "?"})
        pc[" – ".join(cs)] += 1
    out.append("### Agreements by the countries of their two ends\n")
    out.append(table(["countries", "edges"], [[k, pc[k]] for k in sorted(pc, key=lambda k: (-pc[k], k))]) + "\n")
    c = collections.Counter(e["date"][:4] if e["date"] else "(no date)" for e in edges)
    out.append("### Agreements by year (of `date`)\n")
    out.append(table(["year", "edges"], [[k, c[k]] for k in sorted(c)]) + "\n")
    out.append("### Agreements whose books disagree on the date\n")
    if date_conflicts:
        out.append(table(["from", "to", "kind", "date", "date_other", "date_note"],
                         sorted([e["from"], e["to"], e["kind"], e["date"], e["attrs"]["date_other"],
                                 e["attrs"]["date_note"]] for e in date_conflicts)) + "\n")
    out.append("### Agreements whose date differs between passages of the same book\n")
    if same_book_dates:
        out.append(table(["from", "to", "kind", "date", "date_other", "date_note"],
                         sorted([e["from"], e["to"], e["kind"], e["date"], e["attrs"]["date_other"],
                                 e["attrs"]["date_note"]] for e in same_book_dates)) + "\n")
    party = collections.defaultdict(set)
    for e in edges:
        for end in (e["from"], e["to"]):
            if end not in (e["attrs"].get("unnamed_party") or "").split(";"):
                party[end].add(e["attrs"]["act"])
    top = sorted(party, key=lambda n: (-len(party[n]), n))[:15]
    out.append("### Actors party to the most agreements\n")
    out.append("Acts each actor is a named party to (an end that stands for an unnamed counterpart "
               "does not count for that end).\n")
    out.append(table(["node", "type", "acts"], [[n, by_id[n]["type"], len(party[n])] for n in top]) + "\n")
    out.append("### Statistics kept out of the graph, by indicator\n")
    out.append("Figures (trade, investment totals, counts, growth) are not agreements between two "
               "parties; the reading records them in `extraction/*-statistics.tsv` with their quote.\n")
    ci = collections.Counter(r["indicator"] for r in statistics)
    if ci:
        out.append(table(["indicator", "figures"], [[k, ci[k]] for k in sorted(ci, key=lambda k: (-ci[k], k))]) + "\n")
    out.append("### Node type/country/within conflicts between extraction parts\n")
    out.append("Resolved by majority over the parts' records; a tie goes to the latest-published "
               "book; `tools/actor_overrides.tsv` has the last word.\n")
    if conflicts:
        out.append(table(["node", "field", "values found", "kept"],
                         [[c[0], c[1], "; ".join(c[2]), c[3]] for c in sorted(conflicts)]) + "\n")
    out.append("### Ambiguous aliases dropped from every node\n")
    out.append("An alias (compared without case) found for two nodes, or equal to another node's label, "
               "names neither reliably, so it is listed on no node.\n")
    if ambiguous:
        out.append(table(["alias", "nodes"], [[a, ", ".join(o)] for a, o in ambiguous]) + "\n")
    out.append("### Garbled spellings left out of the aliases\n")
    out.append("Spellings containing the replacement character U+FFFD (bytes the conversion of the "
               "book lost) are not kept as aliases.\n")
    if garbled:
        out.append(table(["node", "spelling"], [[n, a.replace("|", "/")] for n, a in sorted(set(garbled))]) + "\n")
    if added:
        out.append("### Country nodes added because a node names the country but no extraction listed it\n")
        out.append(", ".join(sorted(added)) + "\n")
    notes = [(e["id"], e["attrs"]["note"]) for e in edges if e["attrs"].get("note")
             and re.search(r"uncertain|unclear|garbl|probabl|possibl|likely|ambigu|unnamed|not named|"
                           r"presumab|assum|identif|mistak|typo|misprint|confus|contradict|disagree|"
                           r"inconsist|another passage|differs|may be|perhaps", e["attrs"]["note"], re.I)]
    out.append("### Extraction notes flagging doubts (from the `note` attribute)\n")
    if notes:
        out.append(table(["edge", "note"], [[i, n.replace("|", "/")] for i, n in notes]) + "\n")
    return "\n".join(out)


def write_readme(text):
    path = os.path.join(DATASET, "README.md")
    begin, end = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    else:
        old = f"# belarus-asia\n\n{begin}\n{end}\n"
    if begin not in old or end not in old:
        sys.exit("README.md lacks the generated-section markers")
    head, rest = old.split(begin, 1)
    _, tail = rest.split(end, 1)
    new = f"{head}{begin}\n{text}\n{end}{tail}"
    path = os.path.join(OUT, "README.md")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(new)
    os.replace(tmp, path)


def main():
    report = "--report" in sys.argv
    global OUT
    if "--out" in sys.argv:
        OUT = sys.argv[sys.argv.index("--out") + 1]
        os.makedirs(OUT, exist_ok=True)
    parts = find_parts()
    seeds = seed_files()
    books = {b: Book(os.path.join(SEEDS, f)) for b, f in seeds.items()}
    for p in parts:
        if p[:3] not in books:
            sys.exit(f"no seed book for part {p}")
    nodes, key_to_node, conflicts, ambiguous, garbled, added = build_nodes(parts, report)
    check_within_cycles(nodes)
    edges, mentions = build_agreements(parts, key_to_node, books, report)
    nodes = used_nodes(nodes, edges)
    statistics = read_statistics(parts, books)
    place_meta, place_rows = places.read_places(os.path.join(HERE, "places.tsv"))
    places.attach(nodes, place_rows)
    write_nodes(nodes)
    extra = write_agreements(edges)
    write_sources(seeds)
    write_readme(generated_readme(nodes, edges, mentions, statistics, conflicts, ambiguous, garbled, added, extra,
                                  places.readme_section(nodes, place_meta, place_rows)))
    kinds = collections.Counter(e["kind"] for e in edges)
    print(f"nodes {len(nodes)}, agreements {len(edges)} (from {len(mentions)} mentions), "
          f"acts {len({e['attrs']['act'] for e in edges})}, statistics {len(statistics)}")
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))


if __name__ == "__main__":
    main()
