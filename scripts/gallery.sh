#!/usr/bin/env bash
# Regenerates docs/gallery.md and every drawing it shows, and the images of README.md and
# docs/render.md (docs/images/belarus-asia.png, portfolio.png, sister-cities.png), from the
# release build: every view `twinning render` and `twinning report` draw, for the bundled
# dataset and for the Wikidata sister-city network (read in place from
# ../shared/datasets/wikidata-sister-cities; its figures are kept as they are, with a message,
# when it is absent). Each figure is listed with the command that drew it and what was checked
# when it was last looked at by eye.
#
#     scripts/gallery.sh        (from anywhere; about a minute)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build -c release --product twinning 2>&1 | grep -E "error|warning: unre" || true
bin=.build/release/twinning
out=docs/images/gallery
mkdir -p "$out"
sc=../shared/datasets/wikidata-sister-cities
page=$(mktemp)
trap 'rm -f "$page"; rm -rf "$report"' EXIT
report=$(mktemp -d)

section() { printf '\n## %s\n' "$1" >>"$page"; }

# figure NAME TITLE CHECKED ARGS...: draws `twinning render ARGS -o NAME.png` into the gallery.
figure() {
    local name=$1 title=$2 checked=$3; shift 3
    echo "gallery: $name" >&2
    "$bin" render "$@" -o "$out/$name.png" --quiet
    {
        printf '\n### %s\n\n```sh\ntwinning render %s -o %s.png\n```\n\n' "$title" "$*" "$name"
        printf '![%s](images/gallery/%s.png)\n\n*Checked by eye:* %s\n' "$title" "$name" "$checked"
    } >>"$page"
}

# chart NAME FILE TITLE CHECKED: a figure of the report (`twinning report graphs/belarus-asia -o report.md`).
chart() {
    local name=$1 file=$2 title=$3 checked=$4
    cp "$report/report_files/$file" "$out/$name.${file##*.}"
    {
        printf '\n### %s\n\nThe report'"'"'s figure `%s` (`twinning report graphs/belarus-asia -o report.md`).\n\n' "$title" "$file"
        printf '![%s](images/gallery/%s.%s)\n\n*Checked by eye:* %s\n' "$title" "$name" "${file##*.}" "$checked"
    } >>"$page"
}

cat >"$page" <<'HEAD'
# Gallery

Every view `twinning render` and `twinning report` draw, for the bundled dataset
(`graphs/belarus-asia`, 603 actors) and the Wikidata sister-city network (10,055 cities), each
with the command that drew it. `scripts/gallery.sh` regenerates this page and every image on
it (and those of the README) from the release build; what was checked is what a reader of a
journal would look for, recorded when the figure was last looked at.
HEAD

section "The bundled dataset: views of the network"
figure ba-whole "The whole network" \
    "588 actors with agreements (15 without, left out and counted in the caption); nine communities coloured and named after their leading actor (China, Great Stone, BSU, the commodity exchange…), each leader's name drawn; names in boxes, none overlapping; legend and caption inside the picture." \
    graphs/belarus-asia --size-by degree
figure ba-twinning "Twinning and friendship agreements" \
    "92 actors and 73 agreements; the 511 actors without such an agreement are not drawn (no grid of dots) and the caption says so; shapes by type, colours by type, every name inside its shape; no overlaps." \
    graphs/belarus-asia --kind twinning,friendship
figure ba-twinning-countries "Twinning and friendship, boxed by country" \
    "boxes for China, Belarus, Russia and five single-actor countries; the boxes packed into a near-square picture, names in alphabetical rows (dot drew a 60 × 1,728-pixel strip); straight lines drawn beneath the actors, so no name is crossed out; the same PNG on every run." \
    graphs/belarus-asia --kind twinning,friendship --cluster-by country
figure ba-types "All actors boxed by type" \
    "ten type boxes packed near-square, the named actors first in each and the other points in a block, coloured by community; legend and caption below; no name covers a box's title." \
    graphs/belarus-asia --cluster-by type
figure ba-min-degree "Actors with at least five partners" \
    "the hubs and the ties among them; the caption counts the actors with fewer than five partners that were left out." \
    graphs/belarus-asia --min-degree 5
figure ba-ego "Gomel Region's ego network, radius 2, boxed by country" \
    "Gomel Region's partners and theirs, boxed by country: dot drew a 1:3.8 column, so the boxes are packed (Belarus's 60 actors above, China's and the others' below); straight lines beneath the actors; every name readable." \
    graphs/belarus-asia --ego gomel-region --radius 2 --cluster-by country

section "The bundled dataset: portfolios"
figure ba-portfolio "Who twins with whom: Belarus's portfolio" \
    "Belarusian actors on the left grouped by region, partners on the right grouped by country and province; lines coloured by kind, the year on each line near the partner's end; caption says what is drawn and what is left out." \
    graphs/belarus-asia --kind twinning,friendship --sides country=Belarus
figure ba-portfolio-gomel "One region's portfolio: Gomel Region" \
    "Gomel Region alone on the left, its nine partners by country on the right, several kinds on one line drawn as parallel strokes, years legible." \
    graphs/belarus-asia --ego gomel-region --sides country=Belarus
figure ba-portfolio-china "The other side: China's portfolio with Belarus" \
    "Chinese provinces and cities on the left grouped by province, Belarusian partners on the right; few crossings." \
    graphs/belarus-asia --kind twinning,friendship --sides country=China

section "The bundled dataset: maps"
figure ba-map-twinning "Map: twinning and friendship agreements" \
    "90 actors at their places, 72 agreements along great circles from Belarus's regions and cities to the Chinese provinces and cities (Heilongjiang at Harbin, Jiangsu at Nanjing, Anhui at Hefei in the east, Chengdu in Sichuan); the oblasts drawn beside their centres (Gomel Region beside Gomel), names in boxes beside their points with leader lines, none overlapping; land and sea cut to the frame; legend and caption (what has no place, what the filter left) below." \
    graphs/belarus-asia --layout geo --kind twinning,friendship
figure ba-map "Map: every agreement with both ends placed" \
    "174 actors and 395 agreements; the caption counts the 386 actors without a place (firms and bodies with no within) and their 514 agreements; investments carry arrowheads; arcs to Sri Lanka, Malaysia, Indonesia and the Gulf bow along their great circles." \
    graphs/belarus-asia --layout geo
figure ba-map-world "Map: the world, Robinson projection" \
    "the whole world in Robinson's projection with its graticule and edge; continents in place and upright; the network concentrated between Belarus and East Asia." \
    graphs/belarus-asia --layout geo --extent world --projection robinson

section "The bundled dataset: the report's figures"
"$bin" report graphs/belarus-asia -o "$report/report.md" --quiet
chart report-territorial territorial-network.png "The territorial twinning network (portfolio)" \
    "regions, cities and districts only; Belarus's side by region, partners by country and province; caption lists what the figure leaves out of the whole dataset."
chart report-regions region-network.png "The region-level network" \
    "names inside every region and country node; edge width by agreements, colour by kind (grey: several kinds), legend present; caption counts the groups by type and what was left out."
chart report-countries country-network.png "The country-level network" \
    "every country's name inside its octagon (China no longer reads as Pakistan's); countries with agreements only among their own actors are left out and counted."
chart report-per-year agreements-per-year.svg "New agreements per year, by kind" \
    "axis starts at 1993 (the first year by which 1% of dated agreements are reached; the 7 earlier ones are counted in the caption); seven kinds and 'other kinds', each with its own hatch pattern, told apart in greyscale; no label cut off."
chart report-cumulative cumulative-twinning-friendship.svg "Twinning and friendship agreements, cumulative" \
    "one line per kind and their total, each with its own dash and marker; they end at the 40 twinning and 13 friendship agreements that carry a date (6 and 14 more have no date; the section counts every undated agreement)."
chart report-growth growth.svg "The network as of each year" \
    "four lines told apart by dash and marker as well as colour; the top tick label is whole."
chart report-density density.svg "Density as of each year" \
    "starts in the first year with at least ten active actors, not at 1.0 for two actors."

section "The Wikidata sister-city network"
if [ -f "$sc/relations.tsv" ]; then
    figure sc-whole "10,055 cities, coloured by community" \
        "drawn in 8–9 s; the nine largest communities coloured and named after their leading city (Sankt Petersburg, Königsberg, Split…), their names drawn with leader lines; the top 30 cities named, no two names overlapping; the grey rest are the 96 smaller communities, as the legend says." \
        "$sc/relations.tsv" --dedupe --names "$sc/names.tsv" --size-by degree
    figure sc-minsk "Minsk's twins and theirs" \
        "Minsk's ego network of radius 2 (531 cities, 2,076 agreements) coloured by community, each community named after its leading city, the names of the leading cities in tinted boxes, none overlapping." \
        "$sc/relations.tsv" --dedupe --names "$sc/names.tsv" --ego Minsk --radius 2 --size-by degree
    figure sc-minsk-portfolio "Minsk's twins as a portfolio" \
        "Minsk on the left, its 39 twin cities on the right in one group (the Wikidata crawl carries no country or region, so the headings say 'no region'); the caption says that no agreement has a date and counts the 46 ties among the partners it leaves out." \
        "$sc/relations.tsv" --dedupe --names "$sc/names.tsv" --ego Minsk --sides label=Minsk
else
    echo "gallery: $sc is absent: the sister-city figures are left as they are" >&2
    printf '\n(The sister-city figures need ../shared/datasets/wikidata-sister-cities.)\n' >>"$page"
fi

# The README's and docs/render.md's images are figures of the gallery.
cp "$out/ba-whole.png" docs/images/belarus-asia.png
cp "$out/ba-portfolio.png" docs/images/portfolio.png
[ -f "$out/sc-whole.png" ] && cp "$out/sc-whole.png" docs/images/sister-cities.png
mv "$page" docs/gallery.md
trap 'rm -rf "$report"' EXIT
echo "gallery: wrote docs/gallery.md" >&2
