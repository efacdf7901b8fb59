#!/usr/bin/env python3
"""Self-check of the built dataset graphs/belarus-asia/ (Python 3 stdlib only).

usage: tools/verify.py

Checks: every quote occurs (whitespace-normalised) in its book starting within two lines of
its locator, and so does every extra mention (also_source/also_locator); every from/to/within
names a node; node, agreement and source ids are unique; no alias (compared without case) is
on two nodes or equals another node's label or its own label; no `within` cycle; a node's
country is its parent's; kinds,
statuses, types, dates, directed and typed attribute columns are well formed; a place (lat, lon,
geonames_id) is whole, in range and only on a country, region, city or district; no quote ends
mid-phrase (on `et`, `de`, `la`… — cut at a page break); every source
names a seed file. Prints counts; exits 1 on any problem.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.dirname(HERE)
SEEDS = os.path.normpath(os.path.join(DATASET, "../../../shared/seeds"))
if not os.path.isdir(SEEDS):
    SEEDS = "/work/shared/seeds"
sys.path.insert(0, HERE)
from quotes import Book  # noqa: E402

from vocabulary import KINDS, TYPES, STATUSES, DATE  # noqa: E402

# A quote that ends on one of these words was cut mid-phrase (usually at a page break).
CUT_QUOTE = re.compile(r"(?i)\b(et|ou|de|du|des|la|le|les|l'|à|au|aux|avec|entre|pour|par|sur|dans|en|un|une)\s*$")

problems = []


def problem(msg):
    problems.append(msg)


def read(name):
    path = os.path.join(DATASET, name)
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        problem(f"{name}: carriage return found (expected \\n line ends)")
    rows = list(csv.reader(text.splitlines()))
    header = rows[0]
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            problem(f"{name}:{i}: {len(r)} fields, header has {len(header)}")
        for cell in r:
            if cell != " ".join(cell.split()):
                problem(f"{name}:{i}: cell with uncollapsed whitespace: {cell[:60]!r}")
        out.append((i, dict(zip(header, r))))
    return header, out


def main():
    nh, nodes = read("nodes.csv")
    ah, agreements = read("agreements.csv")
    sh, sources = read("sources.csv")
    if nh[:6] != ["id", "label", "type", "country", "within", "aliases"]:
        problem(f"nodes.csv: unexpected header {nh}")
    if ah[:12] != ["id", "from", "to", "kind", "date", "status", "directed", "weight", "source", "locator",
                   "quote", "url"]:
        problem(f"agreements.csv: unexpected header {ah}")
    if sh[:6] != ["id", "title", "author", "year", "publisher", "identifier"]:
        problem(f"sources.csv: unexpected header {sh}")

    # nodes
    ids = collections.Counter(r["id"] for _, r in nodes)
    for i, c in ids.items():
        if c > 1:
            problem(f"nodes.csv: id {i!r} appears {c} times")
    by_id = {r["id"]: r for _, r in nodes}
    owner = collections.defaultdict(set)
    labels = collections.defaultdict(set)
    for line, r in nodes:
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", r["id"]):
            problem(f"nodes.csv:{line}: id {r['id']!r} is not an ASCII slug")
        if r["type"] not in TYPES:
            problem(f"nodes.csv:{line}: unknown type {r['type']!r}")
        if r["within"] and r["within"] not in by_id:
            problem(f"nodes.csv:{line}: within {r['within']!r} names no node")
        labels[r["label"].lower()].add(r["id"])
        for a in [a.strip() for a in r["aliases"].split(";") if a.strip()]:
            if a.lower() == r["label"].lower():
                problem(f"nodes.csv:{line}: alias equals the label: {a!r}")
            owner[a.lower()].add(r["id"])
        if r["type"] in ("city", "district", "region") and not r["within"]:
            problem(f"nodes.csv:{line}: {r['type']} {r['id']!r} has no within")
        parent = by_id.get(r["within"]) if r["within"] else None
        if parent and parent["country"] and r["country"] != parent["country"]:
            problem(f"nodes.csv:{line}: {r['id']!r} has country {r['country']!r} but is within "
                    f"{parent['id']!r} of country {parent['country']!r}")
        if r["type"] == "region" and r["within"] and by_id.get(r["within"], {}).get("type") != "country":
            problem(f"nodes.csv:{line}: region {r['id']!r} is within a {by_id[r['within']]['type']}")
        lat, lon, gid = r.get("lat:double", ""), r.get("lon:double", ""), r.get("geonames_id:int", "")
        if bool(lat) != bool(lon) or bool(lat) != bool(gid):
            problem(f"nodes.csv:{line}: {r['id']!r} needs lat, lon and geonames_id together")
        elif lat:
            try:
                ok = -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180 and int(gid) > 0
            except ValueError:
                ok = False
            if not ok:
                problem(f"nodes.csv:{line}: {r['id']!r} has a bad place {lat}, {lon} ({gid})")
            if r["type"] not in ("country", "region", "city", "district"):
                problem(f"nodes.csv:{line}: {r['type']} {r['id']!r} has a place of its own")
    for a, o in owner.items():
        if len(o) > 1:
            problem(f"nodes.csv: alias {a!r} is on several nodes: {sorted(o)}")
        if labels.get(a, set()) - o:
            problem(f"nodes.csv: alias {a!r} of {sorted(o)} is the label of {sorted(labels[a] - o)}")
    for i, c in labels.items():
        if len(c) > 1:
            problem(f"nodes.csv: label {i!r} is used by several nodes: {sorted(c)}")
    for _, r in nodes:
        seen, cur = [], r
        while cur["within"] and cur["within"] in by_id:
            if cur["id"] in seen:
                problem(f"nodes.csv: within cycle: {' -> '.join(seen)}")
                break
            seen.append(cur["id"])
            cur = by_id[cur["within"]]

    # sources and books
    seeds = {f[:3]: f for f in os.listdir(SEEDS) if f.endswith(".txt")}
    src = {}
    for line, r in sources:
        if r["id"] in src:
            problem(f"sources.csv:{line}: duplicate id {r['id']!r}")
        f = r.get("file", "")
        if f not in seeds.values():
            problem(f"sources.csv:{line}: file {f!r} is not a seed book")
        src[r["id"]] = f
        if r["year"] and not r["year"].isdigit():
            problem(f"sources.csv:{line}: year {r['year']!r}")
    books = {s: Book(os.path.join(SEEDS, f)) for s, f in src.items() if f in seeds.values()}

    # agreements
    aids = collections.Counter(r["id"] for _, r in agreements)
    for i, c in aids.items():
        if c > 1:
            problem(f"agreements.csv: id {i!r} appears {c} times")
    typed = {}
    for h in ah[12:]:
        if ":" in h:
            name, t = h.rsplit(":", 1)
            if t not in ("int", "double", "bool", "string"):
                problem(f"agreements.csv: column {h!r} has an unknown type")
            typed[h] = t
    quotes_checked = 0
    for line, r in agreements:
        where = f"agreements.csv:{line} ({r['id']})"
        for end in ("from", "to"):
            if r[end] not in by_id:
                problem(f"{where}: {end} {r[end]!r} names no node")
        if r["from"] == r["to"]:
            problem(f"{where}: self-loop")
        if r["kind"] not in KINDS:
            problem(f"{where}: kind {r['kind']!r}")
        if r["status"] not in STATUSES:
            problem(f"{where}: status {r['status']!r}")
        if r["date"] and not DATE.match(r["date"]):
            problem(f"{where}: date {r['date']!r}")
        if r["directed"] not in ("true", "false"):
            problem(f"{where}: directed {r['directed']!r}")
        if r["weight"]:
            problem(f"{where}: weight should be empty")
        for h, t in typed.items():
            v = r.get(h, "")
            if v:
                try:
                    {"int": int, "double": float, "bool": lambda x: {"true": 1, "false": 0}[x.lower()],
                     "string": str}[t](v)
                except (ValueError, KeyError):
                    problem(f"{where}: {h}={v!r} is not a {t}")
        for d in [x for x in r.get("date_other", "").split(";") if x]:
            if not DATE.match(d):
                problem(f"{where}: date_other {d!r}")
        if r["source"] not in books:
            problem(f"{where}: source {r['source']!r} is not in sources.csv")
            continue
        if not r["quote"]:
            problem(f"{where}: empty quote")
            continue
        if CUT_QUOTE.search(r["quote"]):
            problem(f"{where}: quote cut mid-phrase (ends on {r['quote'].split()[-1]!r}): extend it "
                    f"across the page break to the end of the sentence")
        loc = int(r["locator"]) if r["locator"].isdigit() else None
        found = books[r["source"]].occurrences(r["quote"])
        quotes_checked += 1
        if not found:
            problem(f"{where}: quote not found in {r['source']}: {r['quote'][:70]!r}")
        elif loc is None or not any(abs(x - loc) <= 2 for x in found):
            problem(f"{where}: quote found at lines {found[:5]}, not within two lines of locator {r['locator']!r}")
        also_s = [x for x in r.get("also_source", "").split(";") if x]
        also_l = [x for x in r.get("also_locator", "").split(";") if x]
        if len(also_s) != len(also_l):
            problem(f"{where}: also_source and also_locator are not aligned")
        for s, l in zip(also_s, also_l):
            if s not in books or not l.isdigit():
                problem(f"{where}: bad extra provenance {s}:{l}")

    # counts
    kinds = collections.Counter(r["kind"] for _, r in agreements)
    types = collections.Counter(r["type"] for _, r in nodes)
    merged = sum(1 for _, r in agreements if r.get("also_source"))
    cross = sum(1 for _, r in agreements if r.get("also_source") and
                any(s != r["source"] for s in r["also_source"].split(";")))
    print(f"nodes: {len(nodes)}  agreements: {len(agreements)}  sources: {len(sources)}")
    print(f"quotes checked against their books: {quotes_checked}")
    print(f"edges with extra provenance: {merged} (told in more than one book: {cross})")
    print("agreements by kind: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print("nodes by type: " + ", ".join(f"{k} {types[k]}" for k in sorted(types)))
    print("agreements by status: " + ", ".join(
        f"{k} {v}" for k, v in sorted(collections.Counter(r['status'] for _, r in agreements).items())))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK: no problems")


if __name__ == "__main__":
    main()
