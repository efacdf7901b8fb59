#!/usr/bin/env python3
"""Writes geography_reference.json: great-circle distances and quantiles computed in Python,
independently of Twinning, for Tests/AnalyticsTests/Geography.

- "distances": [lat1, lon1, lat2, lon2, km] rows. km by the haversine formula on a sphere of
  radius 6371.0088 km (the IUGG mean radius), written here from its definition with Python's
  math module: h = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2), d = 2R asin(min(1, √h)); each value
  is also checked against the atan2 form 2R atan2(√h, √(1 − h)): to 1e-9 km, and to 1e-3 km
  for nearly antipodal points (h within 1e-12 of 1), where both forms are ill-conditioned
  (a rounding of h by 1e-16 moves the angle by about 1e-8 rad, 0.1 m) and differ by ~1e-4 km. Rows: named
  cities, antipodal points (on the equator, through the poles, and a general pair), near
  points (a millimetre to a metre apart), identical points, pairs across the date line, and
  200 random pairs (random.Random(20260101)).
- "quantiles": samples with numpy.quantile(x, p) for p in 0.025, 0.25, 0.5, 0.75, 0.975
  (method "linear", numpy's default) and the mean.

Run from anywhere: `python3 make_geography_reference.py` (Python 3 and numpy; the versions
used are recorded in the file).
"""
import json
import math
import os
import platform
import random

import numpy as np

R = 6371.0088
HERE = os.path.dirname(os.path.abspath(__file__))


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    # Differences in degrees, then radians: near points do not cancel.
    dp, dl = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    d = 2 * R * math.asin(min(1.0, math.sqrt(h)))
    other = 2 * R * math.atan2(math.sqrt(h), math.sqrt(max(0.0, 1 - h)))
    assert abs(d - other) < (1e-3 if h > 1 - 1e-12 else 1e-9), (lat1, lon1, lat2, lon2, d, other)
    return d


PAIRS = [
    (53.9, 27.5667, 45.75, 126.65),        # Minsk – Harbin
    (53.9, 27.5667, 29.563, 106.5516),     # Minsk – Chongqing
    (52.4345, 30.9754, 53.9, 27.5667),     # Gomel – Minsk
    (51.5074, -0.1278, 40.7128, -74.006),  # London – New York
    (-33.8688, 151.2093, 64.1466, -21.9426),  # Sydney – Reykjavík
    (0, 0, 0, 180),                        # antipodal on the equator
    (90, 0, -90, 0),                       # pole to pole
    (40, -74, -40, 106),                   # antipodal, general
    (45, 10, -45, -170),                   # antipodal, general
    (10, 20, 10, 20),                      # the same point
    (53.9, 27.5667, 53.900001, 27.5667),   # about 0.11 m apart
    (0, 0, 0, 1e-7),                       # about 1.1 cm apart
    (45, 45, 45.0000001, 45.0000001),      # about 1.4 cm apart
    (-89.9999999, 0, -89.9999999, 180),    # across the south pole, about 2.2 cm
    (0, 179.5, 0, -179.5),                 # across the date line
    (66.5, -179.9, 66.5, 179.9),           # across the date line, arctic
]


def main():
    rng = random.Random(20260101)
    pairs = list(PAIRS)
    for _ in range(200):
        pairs.append((rng.uniform(-90, 90), rng.uniform(-180, 180), rng.uniform(-90, 90), rng.uniform(-180, 180)))
    distances = [[a, b, c, d, haversine(a, b, c, d)] for a, b, c, d in pairs]

    ps = [0.025, 0.25, 0.5, 0.75, 0.975]
    samples = [[1, 2, 3, 4], [5.5], [3, 1, 2], [7, 7, 7, 1, 9, 9, 2, 2, 2, 10],
               [rng.uniform(0, 20000) for _ in range(101)], [rng.expovariate(1 / 3000) for _ in range(64)]]
    quantiles = [{"values": s, "p": ps, "quantiles": [float(np.quantile(np.array(s, dtype=float), p)) for p in ps],
                  "mean": float(np.mean(s))} for s in samples]

    out = {"python": platform.python_version(), "numpy": np.__version__, "radius_km": R,
           "distances": distances, "quantiles": quantiles}
    with open(os.path.join(HERE, "geography_reference.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
