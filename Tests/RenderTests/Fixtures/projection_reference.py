#!/usr/bin/env python3
"""Writes projection_reference.json: reference values for MapProjectionTests and GreatCircleTests.

1. Forward projections by PROJ through pyproj, on the sphere R = 6371008.8 m:
   +proj=eqearth +R=6371008.8 and +proj=robin +R=6371008.8 (central meridian 0, and 30E
   for a few points), for a grid of (lon, lat) in degrees including the poles, +-180 and
   cities of Belarus and China. x, y in metres.
2. Great-circle midpoints on the same sphere by pyproj.Geod(a=R, b=R): inverse problem for
   the azimuth and distance, forward problem from the start for half the distance (an
   independent route to the point that GreatCircle finds by spherical interpolation).

Pinned: pyproj 3.7.1 (PyPI wheel, bundling its PROJ); both versions are written into the JSON.

    python3 -m venv /work/proj-venv && /work/proj-venv/bin/pip install pyproj==3.7.1
    /work/proj-venv/bin/python Tests/RenderTests/Fixtures/projection_reference.py \
        > Tests/RenderTests/Fixtures/projection_reference.json
"""
import json

import pyproj

R = 6371008.8

CITIES = {
    "Minsk": (27.5667, 53.9), "Brest": (23.7, 52.1), "Vitebsk": (30.2, 55.19),
    "Gomel": (30.98, 52.43), "Beijing": (116.3972, 39.9075), "Shanghai": (121.4581, 31.2222),
    "Urumqi": (87.6005, 43.801), "Harbin": (126.65, 45.75), "Guangzhou": (113.25, 23.1167),
    "Lhasa": (91.1, 29.65),
}

ARCS = [
    ("Minsk", "Beijing"), ("Brest", "Shanghai"), ("Minsk", "Urumqi"), ("Gomel", "Guangzhou"),
    ("Vitebsk", "Harbin"),
]
# Arcs between places given directly (lon, lat): one across the antimeridian, one near a pole.
EXTRA_ARCS = [
    ("Tokyo", (139.6917, 35.6895), "San Francisco", (-122.4194, 37.7749)),
    ("Oslo", (10.75, 59.91), "Anchorage", (-149.9, 61.22)),
]


def grid():
    points = []
    for lat in (-90, -89.5, -75, -60, -45, -31.2, -15, -2.5, 0, 1, 12.5, 30, 45, 52.5, 60, 77.7, 85, 89.5, 90):
        for lon in (-180, -179.5, -135, -90, -45, -2, 0, 2, 30, 60, 100.25, 150, 179.5, 180):
            points.append((lon, lat))
    return points + list(CITIES.values())


def projected(definition, points):
    proj = pyproj.Proj(definition)
    rows = []
    for lon, lat in points:
        x, y = proj(lon, lat)
        rows.append({"lon": lon, "lat": lat, "x": x, "y": y})
    return rows


def midpoints():
    geod = pyproj.Geod(a=R, b=R)
    pairs = [(a, CITIES[a], b, CITIES[b]) for a, b in ARCS] + EXTRA_ARCS
    rows = []
    for name1, (lon1, lat1), name2, (lon2, lat2) in pairs:
        azimuth, _, distance = geod.inv(lon1, lat1, lon2, lat2)
        lon, lat, _ = geod.fwd(lon1, lat1, azimuth, distance / 2)
        rows.append({"from": name1, "to": name2, "lon1": lon1, "lat1": lat1, "lon2": lon2, "lat2": lat2,
                     "distance_m": distance, "mid_lon": lon, "mid_lat": lat})
    return rows


def main():
    points = grid()
    reference = {
        "pyproj": pyproj.__version__,
        "proj": pyproj.proj_version_str,
        "radius_m": R,
        "projections": {
            "equal-earth": projected(f"+proj=eqearth +R={R}", points),
            "robinson": projected(f"+proj=robin +R={R}", points),
            "equal-earth lon_0=30": projected(f"+proj=eqearth +R={R} +lon_0=30", points),
            "robinson lon_0=30": projected(f"+proj=robin +R={R} +lon_0=30", points),
        },
        "midpoints": midpoints(),
    }
    print(json.dumps(reference, indent=1))


if __name__ == "__main__":
    main()
