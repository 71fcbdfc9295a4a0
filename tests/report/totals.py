#!/usr/bin/env python3
"""totals.py DIR - pagu totals per year of a plan repository, computed
independently of the C code (PyYAML), for checking the figures written
into tests/unit/test_report.c: a program's (bidang's) figure for a year,
else the sum of its children; per government (a kecamatan is its
kabupaten's) and year the annual plan, else the medium-term, else the
long-term plan, else the units' plans; Musrenbang never."""
import collections, os, sys, yaml

GOV = {"rkp": 0, "rkpd": 0, "rkpdes": 0, "rpjmn": 1, "rpjmd": 1,
       "rpjmdes": 1, "rpjpn": 2, "rpjpd": 2}
UNIT = {"renja": 0, "renja-kl": 0, "renstra": 1, "renstra-kl": 1}
KIDS = {"programs": "kegiatan", "kegiatan": "sub_kegiatan",
        "bidang": "sub_bidang", "sub_bidang": "kegiatan"}

def amount(el, key, year):
    b = (el.get("budget") or {})
    if year in b and b[year] is not None:
        return int(str(b[year]).replace("_", ""))
    kid = KIDS.get(key)
    vals = [amount(c, kid, year) for c in el.get(kid) or []] if kid else []
    vals = [v for v in vals if v is not None]
    return sum(vals) if vals else None

def years(el, key):
    ys = set(int(y) for y in (el.get("budget") or {}))
    kid = KIDS.get(key)
    for c in (el.get(kid) or []) if kid else []:
        ys |= years(c, kid)
    return ys

docs = []
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        if f.endswith(".yaml"):
            d = yaml.safe_load(open(os.path.join(root, f)))
            if isinstance(d, dict) and "plan" in d:
                docs.append(d)
entries = []   # (gov, year, unit_plan, unit, tier, amount, region)
for d in docs:
    kind, region = d["kind"], str(d.get("region", ""))
    gov = ".".join(region.split(".")[:2]) if d["level"] == "kecamatan" else region
    unit_plan = kind in UNIT
    if kind not in GOV and not unit_plan:
        continue
    tier = UNIT.get(kind, GOV.get(kind))
    unit = d.get("unit", {}).get("code", "") if unit_plan else ""
    for key in ("programs", "bidang"):
        for p in d.get(key) or []:
            for y in years(p, key):
                a = amount(p, key, y)
                if a is not None:
                    entries.append((gov, y, unit_plan, unit, tier, a))
best = {}
for g, y, up, u, t, a in entries:
    k = (g, y)
    if not up:
        best[k] = min(best.get(k, (True, 99)), (False, t))
counted = collections.Counter()
unit_best = {}
for g, y, up, u, t, a in entries:
    if up and (g, y) not in best:
        unit_best[(g, y, u)] = min(unit_best.get((g, y, u), 99), t)
by_region = collections.Counter()
for g, y, up, u, t, a in entries:
    if (not up and best.get((g, y)) == (False, t)) or \
       (up and (g, y) not in best and unit_best[(g, y, u)] == t):
        counted[y] += a
        by_region[g] += a
for y in sorted(counted):
    print(y, counted[y])
print("total", sum(counted.values()))
for g in sorted(by_region):
    print("region", g or "-", by_region[g])
