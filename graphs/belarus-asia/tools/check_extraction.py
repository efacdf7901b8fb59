#!/usr/bin/env python3
"""Check one extraction file (agreements or actors TSV) against its seed book.

usage: check_extraction.py extraction/000-1-agreements.tsv [SEEDS_DIR]

Reports, with the file's line number, every agreement row whose quote is not
found verbatim (whitespace-normalised) in the book, whose kind/status/date or
attributes are malformed (unknown key, `unnamed` not a/b, `same_as` naming no
earlier row of the same pair), or whose actors are missing from the matching
actors file; and every row of the chunk's statistics file (if any) whose quote
is not found or whose period is malformed.
"""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes import Book  # noqa: E402

from vocabulary import (KINDS, TYPES, STATUSES, DATE, PERIOD, AGREEMENT_COLUMNS, ACTOR_COLUMNS,  # noqa: E402
                        STATISTIC_COLUMNS, ATTRIBUTE_KEYS)


def read_tsv(path, columns):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != columns:
        sys.exit(f"{path}:1: expected header {columns}, found {rows[0] if rows else 'nothing'}")
    return [(i + 2, dict(zip(columns, r)), len(r)) for i, r in enumerate(rows[1:])]


def main():
    path = sys.argv[1]
    seeds = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../../shared/seeds")
    base = os.path.basename(path)
    book_id = base[:3]
    book_file = [f for f in os.listdir(seeds) if f.startswith(book_id + "_")][0]
    book = Book(os.path.join(seeds, book_file))
    actors_path = path.replace("agreements", "actors")
    actors = {}
    problems = 0
    for line, row, n in read_tsv(actors_path, ACTOR_COLUMNS):
        if n != len(ACTOR_COLUMNS):
            print(f"{actors_path}:{line}: expected {len(ACTOR_COLUMNS)} fields, found {n}"); problems += 1
        if row.get("type") not in TYPES:
            print(f"{actors_path}:{line}: unknown type {row.get('type')!r}"); problems += 1
        actors[row["name"]] = row
    for line, row, n in read_tsv(actors_path, ACTOR_COLUMNS):
        w = row.get("within", "")
        if w and w not in actors:
            print(f"{actors_path}:{line}: within {w!r} is not an actor in this file"); problems += 1
    seen, other_hints = set(), {}
    for line, row, n in read_tsv(path, AGREEMENT_COLUMNS):
        where = f"{path}:{line}"
        if n != len(AGREEMENT_COLUMNS):
            print(f"{where}: expected {len(AGREEMENT_COLUMNS)} fields, found {n}"); problems += 1; continue
        if row["kind"] not in KINDS:
            print(f"{where}: unknown kind {row['kind']!r}"); problems += 1
        if row["status"] not in STATUSES:
            print(f"{where}: unknown status {row['status']!r}"); problems += 1
        if row["date"] and not DATE.match(row["date"]):
            print(f"{where}: bad date {row['date']!r}"); problems += 1
        if row["directed"] not in ("yes", "no"):
            print(f"{where}: directed must be yes or no"); problems += 1
        for side in ("actor_a", "actor_b"):
            if row[side] not in actors:
                print(f"{where}: {side} {row[side]!r} is not in {os.path.basename(actors_path)}"); problems += 1
        hint = int(row["hint_line"]) if row["hint_line"].isdigit() else None
        if book.locate(row["quote"], hint) is None:
            print(f"{where}: quote not found verbatim in {book_file}: {row['quote'][:80]!r}"); problems += 1
        attrs = {}
        for item in filter(None, (x.strip() for x in row["attributes"].split(" | "))):
            key, eq, value = item.partition("=")
            if not eq or key.strip() not in ATTRIBUTE_KEYS:
                print(f"{where}: attribute {item!r} is not key=value with a known key"); problems += 1
            attrs[key.strip()] = value.strip()
        if attrs.get("unnamed", "a") not in ("a", "b", "ab"):
            print(f"{where}: unnamed must be a, b or ab"); problems += 1
        pair = frozenset((row["actor_a"], row["actor_b"]))
        same_as = attrs.get("same_as", "").partition("@")[0]
        other_part, _, other_hint = same_as.rpartition(":")
        if other_part:
            if other_part not in other_hints:  # each other part is read once
                other = os.path.join(os.path.dirname(path), other_part + "-agreements.tsv")
                other_hints[other_part] = ({r["hint_line"] for _, r, _ in read_tsv(other, AGREEMENT_COLUMNS)}
                                           if os.path.exists(other) else set())
            if other_hint not in other_hints[other_part]:
                print(f"{where}: same_as={attrs['same_as']} names no row of {other_part}-agreements.tsv"); problems += 1
        elif "same_as" in attrs and (same_as, pair) not in seen:
            print(f"{where}: same_as={attrs['same_as']} names no earlier row of {sorted(pair)}"); problems += 1
        seen.add((row["hint_line"], pair))
    stats_path = path.replace("agreements", "statistics")
    if os.path.exists(stats_path):
        for line, row, n in read_tsv(stats_path, STATISTIC_COLUMNS):
            where = f"{stats_path}:{line}"
            if n != len(STATISTIC_COLUMNS):
                print(f"{where}: expected {len(STATISTIC_COLUMNS)} fields, found {n}"); problems += 1; continue
            if row["period"] and not PERIOD.match(row["period"]):
                print(f"{where}: bad period {row['period']!r}"); problems += 1
            hint = int(row["hint_line"]) if row["hint_line"].isdigit() else None
            if book.locate(row["quote"], hint) is None:
                print(f"{where}: quote not found verbatim in {book_file}: {row['quote'][:80]!r}"); problems += 1
    print(f"{path}: {problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
