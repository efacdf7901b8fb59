#!/usr/bin/env python3
"""Compares two output folders of scripts/golden.sh file by file.

usage: scripts/golden_compare.py A B

A file is `same` when its bytes are equal. A drawing (.svg, .html, .md, .dot) that differs
only in Graphviz's coordinates is `same drawing, other coordinates`: Graphviz 2.42 lays out
some graphs differently from run to run (cgraph orders objects by the address of their
interned names), so two runs of one binary can differ there. Anything else is `DIFFERS`,
and the exit status is 1.
"""
import os
import re
import sys

NUMBER = re.compile(rb"-?\d+(\.\d+)?(e-?\d+)?")
# Spline and polygon data: Graphviz may route an edge with another number of points.
GEOMETRY = re.compile(rb'\b(d|points|pos|bb|lp)="[^"]*"')
DRAWING = (".svg", ".html", ".md", ".dot")


def plain(drawing):
    """A drawing without its geometry: path data and coordinates blanked."""
    return NUMBER.sub(b"0", GEOMETRY.sub(b'\\1=""', drawing))


def files(root):
    out = set()
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not (folder == root and d == "in")]
        for name in names:
            out.add(os.path.relpath(os.path.join(folder, name), root))
    return out


def main():
    a, b = sys.argv[1], sys.argv[2]
    fa, fb = files(a), files(b)
    failed = False
    for name in sorted(fa ^ fb):
        print(f"ONLY IN {'A' if name in fa else 'B'}: {name}")
        failed = True
    coordinates = 0
    for name in sorted(fa & fb):
        x = open(os.path.join(a, name), "rb").read()
        y = open(os.path.join(b, name), "rb").read()
        if x == y:
            continue
        if name.endswith(DRAWING) and plain(x) == plain(y):
            print(f"same drawing, other coordinates: {name}")
            coordinates += 1
            continue
        print(f"DIFFERS: {name}")
        failed = True
    print(f"{len(fa & fb)} files compared; {coordinates} differ only in drawing coordinates; "
          + ("some DIFFER" if failed else "no other difference"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
