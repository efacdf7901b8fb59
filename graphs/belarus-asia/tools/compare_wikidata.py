#!/usr/bin/env python3
"""Compares the books' Belarus–Asia twinnings with Wikidata's "twinned administrative body"
(P190) and writes the comparison into the dataset README.

What it does, in order (standard library only; the matching is twinning's own):
1. Reads the shared crawl of P190 in place (../shared/datasets/wikidata-sister-cities: names.tsv,
   relations.tsv, sister-cities.graphml); never copies it. Skipped, with a message, when absent.
2. Runs `twinning match graphs/belarus-asia sister-cities.graphml --gazetteer tools/gazetteer.tsv`
   and applies the reviewed decisions of tools/wikidata_review.tsv (a person's `match` or
   `reject` for the rows the comparison depends on; each with its reason).
3. The Belarus-related part of P190: every crawl pair with one end a Belarusian city (matched
   to a Belarusian actor of the books, or, unmatched, a name the gazetteer knows only in
   Belarus) and the other end in Asia (the partner's country from the actor of the books it
   matches, else from the gazetteer when its name is known in one country only, else from
   tools/wikidata_countries.tsv, the countries of the remaining partners looked up by hand).
4. The books' side: agreements of partnership kinds (twinning, friendship, cooperation: the
   kinds `twinning merge` joins with a P190 twinning) between a Belarusian region, city or
   district and a region, city or district in Asia, less those the books give as planned
   (an intention is not a twinning P190 could list; they are counted and named apart).
5. Pairs are compared on matched actors: in both, only in the books, only in Wikidata; per
   Belarusian region and city, for China and for the rest of Asia; each "only in" pair with
   the hand check recorded in tools/wikidata_checks.tsv.

Scope (decision): Asia is the UN M49 region, without Russia (transcontinental; the books
name Russian actors only in passing, while P190 lists dozens of Belarus–Russia pairs).
Partners in Asian countries the gazetteer does not cover cannot be placed and are counted
as unplaced, never guessed.

Usage (from the repository root, after `swift build`):
    python3 graphs/belarus-asia/tools/compare_wikidata.py            # rewrite the README block
    python3 graphs/belarus-asia/tools/compare_wikidata.py --check    # exit 1 when it is stale
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DATASET))
README = os.path.join(DATASET, "README.md")
START = "<!-- wikidata-comparison:start (tools/compare_wikidata.py writes this block; do not edit) -->"
END = "<!-- wikidata-comparison:end -->"

ASIA = {
    "Afghanistan", "Armenia", "Azerbaijan", "Bahrain", "Bangladesh", "Bhutan", "Brunei", "Cambodia", "China",
    "Cyprus", "Georgia", "India", "Indonesia", "Iran", "Iraq", "Israel", "Japan", "Jordan", "Kazakhstan", "Kuwait",
    "Kyrgyzstan", "Laos", "Lebanon", "Malaysia", "Maldives", "Mongolia", "Myanmar", "Nepal", "North Korea", "Oman",
    "Pakistan", "Palestine", "Palestinian Territory", "Philippines", "Qatar", "Saudi Arabia", "Singapore",
    "South Korea", "Sri Lanka", "Syria", "Taiwan", "Tajikistan", "Thailand", "Timor-Leste", "Turkey", "Turkmenistan",
    "United Arab Emirates", "Uzbekistan", "Vietnam", "Yemen",
}
TERRITORIAL = {"city", "region", "district"}
PARTNERSHIP = {"twinning", "friendship", "cooperation"}


def fold(name):
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").replace("-", " ").split())


def read_tsv(path, skip_comments=True):
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not (skip_comments and line.startswith("#"))]
    return list(csv.DictReader(lines, delimiter="\t"))


def twinning_binary():
    """The newest of the release and debug builds (a stale one may lack `match`)."""
    built = [os.path.join(ROOT, c) for c in (".build/release/twinning", ".build/debug/twinning")]
    built = [p for p in built if os.access(p, os.X_OK)]
    if not built:
        sys.exit("compare_wikidata: build twinning first (swift build)")
    return max(built, key=os.path.getmtime)


def crosswalk(crawl):
    """The crosswalk twinning writes, with the reviewed decisions applied: book id -> QID."""
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "crosswalk.csv")
        subprocess.run([twinning_binary(), "match", DATASET, os.path.join(crawl, "sister-cities.graphml"),
                        "--gazetteer", os.path.join(HERE, "gazetteer.tsv"), "-o", out, "--quiet"], check=True)
        with open(out, encoding="utf-8") as f:
            rows = {r["a_id"]: r for r in csv.DictReader(f)}
    reviewed = read_tsv(os.path.join(HERE, "wikidata_review.tsv"))
    for r in reviewed:
        row = rows.get(r["a_id"])
        if row is None:
            sys.exit(f"compare_wikidata: wikidata_review.tsv names '{r['a_id']}', no actor of the books")
        row["decision"], row["b_id"] = r["decision"], r["b_id"] or row["b_id"]
    matched = {a: r["b_id"] for a, r in rows.items() if r["decision"] == "match"}
    taken = defaultdict(list)
    for a, q in matched.items():
        taken[q].append(a)
    for q, actors in taken.items():
        if len(actors) > 1:
            sys.exit(f"compare_wikidata: {q} is matched to {', '.join(actors)}; review them")
    return matched, len(reviewed)


def gazetteer_countries():
    """Folded name -> the countries the gazetteer knows a place of that name in."""
    countries = defaultdict(set)
    for row in read_tsv(os.path.join(HERE, "gazetteer.tsv")):
        country = "Palestine" if row["country"] == "Palestinian Territory" else row["country"]
        for name in [row["name"]] + [n for n in row["names"].split(";") if n]:
            countries[fold(name)].add(country)
    return countries


def compare(crawl):
    names = dict(line.rstrip("\n").split("\t", 1) for line in open(os.path.join(crawl, "names.tsv"), encoding="utf-8"))
    pairs = set()
    for line in open(os.path.join(crawl, "relations.tsv"), encoding="utf-8"):
        a, b = line.split()
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    nodes = {r["id"]: r for r in csv.DictReader(open(os.path.join(DATASET, "nodes.csv"), encoding="utf-8"))}
    matched, reviewed = crosswalk(crawl)
    actor_of = {q: a for a, q in matched.items()}
    gazetteer = gazetteer_countries()
    by_hand = {r["qid"]: r["country"] for r in read_tsv(os.path.join(HERE, "wikidata_countries.tsv"))}

    def crawl_country(q):
        if q in actor_of:
            return nodes[actor_of[q]]["country"]
        if q in by_hand:  # looked up by hand: also corrects a name the gazetteer knows elsewhere only
            return by_hand[q]
        found = gazetteer.get(fold(names.get(q, "")), set())
        return next(iter(found)) if len(found) == 1 else None

    # The books' side, keyed by the pair of actors (Belarusian first).
    books, planned = defaultdict(list), defaultdict(list)
    for a in csv.DictReader(open(os.path.join(DATASET, "agreements.csv"), encoding="utf-8")):
        if a["kind"] not in PARTNERSHIP:
            continue
        x, y = nodes[a["from"]], nodes[a["to"]]
        if x["country"] != "Belarus":
            x, y = y, x
        if x["country"] == "Belarus" and y["country"] in ASIA and x["type"] in TERRITORIAL and y["type"] in TERRITORIAL:
            (planned if a["status"] == "planned" else books)[(x["id"], y["id"])].append(a)
    # Wikidata's side, on the same keys where both ends match an actor, else on crawl labels.
    wikidata, unplaced = {}, set()
    for p, q in pairs:
        for by, other in ((p, q), (q, p)):
            if crawl_country(by) != "Belarus":
                continue
            country = crawl_country(other)
            if country is None:
                unplaced.add((by, other))
            elif country in ASIA:
                key = (actor_of.get(by, "wd:" + by), actor_of.get(other, "wd:" + other))
                wikidata[key] = (by, other, country)
    checks = {(r["belarus"], r["partner"]): r for r in read_tsv(os.path.join(HERE, "wikidata_checks.tsv"))}
    planned = {key: agreements for key, agreements in planned.items() if key not in books}
    return nodes, names, books, wikidata, unplaced, checks, reviewed, len(matched), planned


def label(nodes, names, key):
    return names.get(key[3:], key[3:]) + " (Wikidata only)" if key.startswith("wd:") else nodes[key]["label"]


def block(crawl):
    nodes, names, books, wikidata, unplaced, checks, reviewed, matched, planned = compare(crawl)
    keys = set(books) | set(wikidata)

    def country(key):
        partner = key[1]
        return nodes[partner]["country"] if not partner.startswith("wd:") else wikidata[key][2]

    def belarus_region(actor):
        """The region along `within`; Minsk, a city of regional status, stands for itself."""
        if actor.startswith("wd:"):
            return "(not in the books)"
        walk, seen, top = nodes[actor], set(), nodes[actor]
        while walk["type"] != "region" and walk["within"] and walk["within"] not in seen and nodes[walk["within"]]["type"] != "country":
            seen.add(walk["within"])
            walk = nodes[walk["within"]]
        return walk["label"] + (" (city)" if walk["type"] == "city" else "")

    rows = defaultdict(lambda: [0] * 6)
    for key in keys:
        column = 0 if key in books and key in wikidata else 1 if key in books else 2
        rows[(belarus_region(key[0]), label(nodes, names, key[0]))][column + (0 if country(key) == "China" else 3)] += 1
    out = [START, "", "### Books and Wikidata compared (Belarus–Asia twinnings)", ""]
    both = sum(1 for k in keys if k in books and k in wikidata)
    out.append(f"Pairs of a Belarusian region, city or district and a partner in Asia: {both} in both sources, "
               f"{sum(1 for k in books if k not in wikidata)} only in the books (twinning, friendship or cooperation "
               f"agreements), {sum(1 for k in wikidata if k not in books)} only in Wikidata (P190 in the shared crawl, "
               f"read in place). {matched} actors of the books matched a crawl entry ({reviewed} decisions reviewed by "
               f"hand in `tools/wikidata_review.tsv`); {len(unplaced)} crawl pairs of a Belarusian city have a partner "
               "no source places in one country and are left out. Planned agreements are not counted (an intention is "
               "not a twinning): " + ", ".join(sorted(f"{label(nodes, names, k[0])}–{label(nodes, names, k[1])} "
                                                      f"({', '.join(a['id'] for a in v)})" for k, v in planned.items()))
               + ". Written by `tools/compare_wikidata.py`.")
    out += ["", "| Belarusian region | actor | China: both | China: books only | China: Wikidata only "
                "| rest of Asia: both | books only | Wikidata only |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for (region, actor), counts in sorted(rows.items()):
        out.append(f"| {region} | {actor} | " + " | ".join(str(c) for c in counts) + " |")
    for title, side in (("Only in the books", lambda k: k in books and k not in wikidata),
                        ("Only in Wikidata", lambda k: k in wikidata and k not in books)):
        out += ["", f"#### {title}", "", "| Belarusian actor | partner | country | record | checked by hand |", "|---|---|---|---|---|"]
        for key in sorted(filter(side, keys), key=lambda k: (label(nodes, names, k[0]), label(nodes, names, k[1]))):
            record = (", ".join(f"{a['id']} {a['kind']} {a['date']}".strip() for a in books[key]) if key in books
                      else f"{wikidata[key][0]} – {wikidata[key][1]}")
            check = checks.get((key[0], key[1]), {}).get("verdict", "not yet checked")
            out.append(f"| {label(nodes, names, key[0])} | {label(nodes, names, key[1])} | {country(key)} | {record} | {check} |")
    out += ["", END]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the README block differs from what this writes")
    parser.add_argument("--unplaced", action="store_true", help="list the crawl partners no source places in a country")
    parser.add_argument("--crawl", default=os.path.join(os.path.dirname(ROOT), "shared", "datasets", "wikidata-sister-cities"))
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.crawl, "relations.tsv")):
        print(f"compare_wikidata: skipped: the shared crawl is not at {args.crawl}")
        return 0
    if args.unplaced:
        nodes, names, books, wikidata, unplaced, *_ = compare(args.crawl)
        for by, other in sorted(unplaced, key=lambda p: (names.get(p[0], ""), names.get(p[1], ""))):
            print(f"{other}\t{names.get(other, '')}\t(partner of {names.get(by, by)})")
        return 0
    text = open(README, encoding="utf-8").read()
    new = block(args.crawl)
    if START in text:
        head, rest = text.split(START, 1)
        updated = head + new + rest.split(END, 1)[1]
    else:
        updated = text.rstrip("\n") + "\n\n" + new + "\n"
    if args.check:
        if updated != text:
            print("compare_wikidata: the README's comparison is stale; run tools/compare_wikidata.py")
            return 1
        return 0
    with open(README + ".tmp", "w", encoding="utf-8") as f:
        f.write(updated)
    os.replace(README + ".tmp", README)
    return 0


if __name__ == "__main__":
    sys.exit(main())
