#!/usr/bin/env python3
"""Build the native dataset folder graphs/belarus-asia/ from the extraction TSVs.

usage: tools/build.py [--report]

Reads  extraction/*-actors.tsv, extraction/*-agreements.tsv (see extraction/SPEC.md),
       tools/actor_merges.tsv, tools/actor_overrides.tsv, tools/agreement_merges.tsv,
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
SEEDS = os.path.normpath(os.path.join(DATASET, "../../../shared/seeds"))
if not os.path.isdir(SEEDS):
    SEEDS = "/work/shared/seeds"
sys.path.insert(0, HERE)
from quotes import Book  # noqa: E402

AGREEMENT_COLUMNS = ["hint_line", "kind", "status", "date", "actor_a", "actor_b", "directed",
                     "attributes", "url", "quote"]
ACTOR_COLUMNS = ["name", "type", "country", "within", "aliases"]
TERRITORIAL = {"country", "region", "city", "district"}

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
]

ATTRIBUTE_TYPES = {"amount": "double", "valid_years": "int"}
ATTRIBUTE_ORDER = ["amount", "currency", "domain", "valid_until", "valid_years", "date_other",
                   "date_note", "kind_other", "ends_other", "also_source", "also_locator", "note"]

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


def build_agreements(parts, key_to_node, books, report):
    mentions = []
    missing = []
    for part in parts:
        book = part[:3]
        for line, row in read_tsv(os.path.join(EXTRACTION, part + "-agreements.tsv"), AGREEMENT_COLUMNS):
            where = f"extraction/{part}-agreements.tsv:{line}"
            a = key_to_node.get((part, row["actor_a"]))
            b = key_to_node.get((part, row["actor_b"]))
            if a is None or b is None:
                sys.exit(f"{where}: actor not in {part}-actors.tsv: {row['actor_a']!r} / {row['actor_b']!r}")
            hint = int(row["hint_line"]) if row["hint_line"].isdigit() else None
            locator = books[book].locate(row["quote"], hint)
            if locator is None:
                missing.append(f"{where}: quote not found in book {book}: {row['quote'][:90]!r}")
                continue
            attrs = parse_attributes(row["attributes"], where)
            mentions.append({
                "part": part, "book": book, "line": line, "where": where,
                "kind": row["kind"], "status": row["status"], "date": row["date"],
                "from": a["id"], "to": b["id"], "directed": row["directed"] == "yes",
                "attrs": attrs, "url": row["url"], "quote": collapse(row["quote"]),
                "locator": locator,
            })
    if missing:
        sys.exit("quotes not found (fix the extraction):\n" + "\n".join(missing))

    forced = read_table(os.path.join(HERE, "agreement_merges.tsv"), ["action", "mention", "mention2", "note"])
    force_join, force_apart, preferred = set(), set(), set()
    for n, f in forced:
        if f["action"] not in ("join", "apart"):
            sys.exit(f"agreement_merges.tsv:{n}: action must be join or apart")
        pair = frozenset((f["mention"], f["mention2"]))
        (force_join if f["action"] == "join" else force_apart).add(pair)
        if f["action"] == "join":
            preferred.add(f["mention"])  # the first mention of a join gives the edge's reading

    def mid(m):
        return f"{m['part']}:{m['line']}"

    # Group mentions that tell the same agreement.
    order = {b: i for i, b in enumerate(BOOK_ORDER)}
    mentions.sort(key=lambda m: (order[m["book"]], m["part"], m["line"]))
    uf = UnionFind()
    by_pair = collections.defaultdict(list)
    for i, m in enumerate(mentions):
        uf.find(i)
        by_pair[frozenset((m["from"], m["to"]))].append(i)
    decisions = []
    kept_apart = []
    countries = {n["id"] for n in key_to_node.values() if n["type"] == "country"}
    candidates = []
    kind_dates = collections.defaultdict(set)
    for m in mentions:
        if m["date"]:
            kind_dates[(frozenset((m["from"], m["to"])), m["kind"])].add(m["date"])

    def single_reading(pair, kind):
        ds = sorted(kind_dates[(pair, kind)])
        return all(dates_compatible(a, b) for a in ds for b in ds)

    for pair, idx in sorted(by_pair.items(), key=lambda kv: sorted(kv[0])):
        has_country = bool(pair & countries)
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                i, j = idx[x], idx[y]
                m1, m2 = mentions[i], mentions[j]
                key = frozenset((mid(m1), mid(m2)))
                if key in force_apart or m1["from"] == m1["to"]:
                    continue
                a1, a2 = m1["attrs"].get("amount"), m2["attrs"].get("amount")
                if a1 and a2 and a1 != a2 and key not in force_join:
                    continue  # different sums: different agreements
                similar = quote_similar(m1["quote"], m2["quote"])
                same_date = dates_compatible(m1["date"], m2["date"])
                rank = None
                if key in force_join:
                    rank, reason = 0, "hand table"
                elif m1["part"] == m2["part"]:
                    rank = None  # one part lists different agreements on purpose
                elif not kinds_compatible(m1["kind"], m2["kind"]):
                    if similar and same_date and m1["book"] != m2["book"]:
                        rank, reason = 6, "repeated passage, the books' extractions chose different kinds"
                elif similar and m1["kind"] == m2["kind"] and same_date:
                    rank, reason = 1, "repeated passage"
                elif similar and (same_date or m1["kind"] == m2["kind"]):
                    rank, reason = 2, "repeated passage, kind or date differs"
                elif has_country:
                    rank = None  # country-level ends: only a repeated passage is evidence enough
                elif m1["kind"] == m2["kind"] and m1["status"] == m2["status"] and m1["date"] \
                        and m2["date"] and same_date:
                    rank, reason = 3, "same kind, status and date"
                elif m1["kind"] == m2["kind"] and m1["kind"] in ("twinning", "friendship") \
                        and m1["status"] == m2["status"] == "signed":
                    rank, reason = 4, "one twinning/friendship per pair"
                elif m1["kind"] == m2["kind"] and m1["status"] == m2["status"] and same_date \
                        and m1["kind"] not in ("trade_contract", "investment", "other", "roadmap") \
                        and single_reading(pair, m1["kind"]):
                    rank, reason = 5, "same kind and status, the only dated reading of this kind for the pair"
                if rank is not None:
                    candidates.append((rank, order[m1["book"]], order[m2["book"]], i, j, reason))
                elif m1["book"] != m2["book"] and m1["kind"] == m2["kind"] and not has_country:
                    kept_apart.append((mid(m1), m1["date"], m1["status"], mid(m2), m2["date"], m2["status"],
                                       m1["kind"], "/".join(sorted(pair))))
    # Hand-table joins may also join mentions whose extractions named different ends.
    index_of = {mid(m): i for i, m in enumerate(mentions)}
    for pair in sorted(force_join, key=sorted):
        a, b = sorted(pair)
        if a not in index_of or b not in index_of:
            sys.exit(f"agreement_merges.tsv: no mention {a if a not in index_of else b}")
        i, j = index_of[a], index_of[b]
        m1, m2 = mentions[i], mentions[j]
        if frozenset((m1["from"], m1["to"])) != frozenset((m2["from"], m2["to"])):
            candidates.append((0, order[m1["book"]], order[m2["book"]], i, j, "hand table"))
    # Greedy, best evidence first; a group never holds two mentions of the same part (a part
    # lists two agreements twice only when they are different agreements).
    parts_of = {i: {mentions[i]["part"]} for i in range(len(mentions))}
    for rank, _, _, i, j, reason in sorted(candidates):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        members_i = [k for k in range(len(mentions)) if uf.find(k) == ri]
        members_j = [k for k in range(len(mentions)) if uf.find(k) == rj]
        if any(frozenset((mid(mentions[a]), mid(mentions[b]))) in force_apart
               for a in members_i for b in members_j):
            decisions.append(("REFUSED (hand table: apart) " + reason, mid(mentions[i]), mid(mentions[j])))
            continue
        if parts_of[ri] & parts_of[rj] and reason != "hand table":
            decisions.append(("REFUSED (same part twice) " + reason, mid(mentions[i]), mid(mentions[j])))
            continue
        uf.union(i, j)
        root = uf.find(i)
        parts_of[root] = parts_of[ri] | parts_of[rj]
        decisions.append((reason, mid(mentions[i]), mid(mentions[j])))
    groups = collections.defaultdict(list)
    for i in range(len(mentions)):
        groups[uf.find(i)].append(mentions[i])

    edges = []
    cross_book = 0
    same_book = 0
    date_conflicts = []
    same_book_dates = []
    for g in groups.values():
        books_in = {m["book"] for m in g}
        if len(g) > 1:
            if len(books_in) > 1:
                cross_book += 1
            else:
                same_book += 1
        # Primary mention: the most precise date, then the earliest-published book.
        g.sort(key=lambda m: (mid(m) not in preferred, -date_precision(m["date"]), order[m["book"]],
                              m["part"], m["line"]))
        p = g[0]
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
        # Dates: the primary's reading plus every other reading, each with where it comes from.
        readings = collections.OrderedDict()
        for m in g:
            src = f"zalessky-{m['book']}"
            if m["date"]:
                readings.setdefault(m["date"], []).append(f"{src} line {m['locator']}")
            if m["attrs"].get("date_other"):
                for d in m["attrs"]["date_other"].split(";"):
                    d = d.strip()
                    if d:
                        readings.setdefault(d, []).append(f"{src}, another passage")
        others = [d for d in readings if d != p["date"] and not p["date"].startswith(d)]
        if others:
            attrs["date_other"] = ";".join(sorted(others))
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
            attrs["date_note"] = note
            if any(not r.startswith(f"zalessky-{p['book']}") for d in others for r in readings[d]):
                date_conflicts.append((p["from"], p["to"], p["kind"], p["date"], attrs["date_other"], note))
            else:
                same_book_dates.append((p["from"], p["to"], p["kind"], p["date"], attrs["date_other"], note))
        if len(g) > 1:
            attrs["also_source"] = ";".join(f"zalessky-{m['book']}" for m in g[1:])
            attrs["also_locator"] = ";".join(str(m["locator"]) for m in g[1:])
        other_ends = sorted({f"{m['from']}~{m['to']}" for m in g
                             if frozenset((m["from"], m["to"])) != frozenset((p["from"], p["to"]))})
        if other_ends:
            attrs["ends_other"] = ";".join(other_ends)
        other_kinds = sorted({m["kind"] for m in g} - {p["kind"]})
        if other_kinds:
            attrs["kind_other"] = ";".join(other_kinds)
        statuses = {m["status"] for m in g}
        status = p["status"]
        if status == "planned" and "signed" in statuses:
            status = "signed"
        url = p["url"] or next((m["url"] for m in g if m["url"]), "")
        edges.append({
            "from": p["from"], "to": p["to"], "kind": p["kind"], "date": p["date"], "status": status,
            "directed": p["directed"], "source": f"zalessky-{p['book']}", "locator": p["locator"],
            "quote": p["quote"], "url": url, "attrs": attrs, "mentions": g,
        })

    def sort_key(e):
        d = e["date"]
        return (d == "", d, e["from"], e["to"], e["kind"], e["source"], e["locator"], e["quote"])

    edges.sort(key=sort_key)
    for i, e in enumerate(edges, 1):
        e["id"] = f"a{i:04d}"
    if report:
        print("== merged agreement mentions (reason, mention, mention)")
        for d in sorted(decisions):
            print("  ", *d)
        print("== same pair and kind in different books, kept apart")
        for k in sorted(kept_apart):
            print("  ", *k)
    return edges, mentions, cross_book, same_book, date_conflicts, same_book_dates


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
    write_csv(os.path.join(DATASET, "nodes.csv"), ["id", "label", "type", "country", "within", "aliases"],
              [[n["id"], n["label"], n["type"], n["country"], n["within"], ";".join(n["alias_list"])]
               for n in nodes])


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
    write_csv(os.path.join(DATASET, "agreements.csv"), header, rows)
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
    write_csv(os.path.join(DATASET, "sources.csv"),
              ["id", "title", "author", "year", "publisher", "identifier", "file", "original_isbn",
               "latest_cited:int", "note"], out)


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        lines.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(lines)


def generated_readme(nodes, edges, mentions, cross_book, same_book, conflicts, ambiguous, garbled,
                     added, date_conflicts, same_book_dates, extra):
    by_id = {n["id"]: n for n in nodes}
    out = []
    out.append(f"Generated by `tools/build.py` from {len(mentions)} extracted mentions in "
               f"{len({m['part'] for m in mentions})} extraction parts.\n")
    out.append(f"- nodes: **{len(nodes)}**")
    out.append(f"- agreements (edges): **{len(edges)}**")
    out.append(f"- agreements told in more than one book and merged into one edge: **{cross_book}**")
    out.append(f"- agreements told twice in the same book (across its two parts, or the same sentence "
               f"extracted twice) and merged: **{same_book}**")
    out.append(f"- edges whose books disagree on the date (both readings kept): **{len(date_conflicts)}**; "
               f"edges whose date differs between passages of one book: **{len(same_book_dates)}**")
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
                         [list(d) for d in sorted(date_conflicts)]) + "\n")
    out.append("### Agreements whose date differs between passages of the same book\n")
    if same_book_dates:
        out.append(table(["from", "to", "kind", "date", "date_other", "date_note"],
                         [list(d) for d in sorted(same_book_dates)]) + "\n")
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
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(new)
    os.replace(tmp, path)


def main():
    report = "--report" in sys.argv
    parts = find_parts()
    seeds = seed_files()
    books = {b: Book(os.path.join(SEEDS, f)) for b, f in seeds.items()}
    for p in parts:
        if p[:3] not in books:
            sys.exit(f"no seed book for part {p}")
    nodes, key_to_node, conflicts, ambiguous, garbled, added = build_nodes(parts, report)
    check_within_cycles(nodes)
    edges, mentions, cross_book, same_book, date_conflicts, same_book_dates = build_agreements(
        parts, key_to_node, books, report)
    write_nodes(nodes)
    extra = write_agreements(edges)
    write_sources(seeds)
    write_readme(generated_readme(nodes, edges, mentions, cross_book, same_book, conflicts, ambiguous,
                                  garbled, added, date_conflicts, same_book_dates, extra))
    kinds = collections.Counter(e["kind"] for e in edges)
    print(f"nodes {len(nodes)}, agreements {len(edges)} (from {len(mentions)} mentions; "
          f"{cross_book} merged across books, {same_book} within a book)")
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))


if __name__ == "__main__":
    main()
