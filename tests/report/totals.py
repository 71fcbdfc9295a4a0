#!/usr/bin/env python3
"""totals.py DIR - pagu totals per year of a plan repository, computed
independently of the C code (PyYAML), for checking the figures written
into tests/unit/test_report.c and plan-report's (tests/report/totals.sh):
a program's (bidang's) figure for a year, else the sum of its children;
per government (a kecamatan is its kabupaten's) and year the annual plan,
else the medium-term, else the long-term plan, else the units' plans;
Musrenbang never.  An amount that is not money as SPEC 3.2 writes it
(1.200.000.000, 1,2 M, 0500) is left out and counted: a figure with
values left out prints "(N left out)" after it."""
import collections, os, re, sys, yaml

MONEY = re.compile(r"0|[1-9][0-9]*(_[0-9]+)*")
NULL = ("", "~", "null", "Null", "NULL")

GOV = {"rkp": 0, "rkpd": 0, "rkpdes": 0, "rpjmn": 1, "rpjmd": 1,
       "rpjmdes": 1, "rpjpn": 2, "rpjpd": 2}
UNIT = {"renja": 0, "renja-kl": 0, "renstra": 1, "renstra-kl": 1}
KIDS = {"programs": "kegiatan", "kegiatan": "sub_kegiatan",
        "bidang": "sub_bidang", "sub_bidang": "kegiatan"}

def budget(el):
    """Year -> the amount's text; every scalar is read as text (BaseLoader),
    so 0500 and 1.450.000.000 stay as written."""
    b = el.get("budget") or {}
    return {int(y): v for y, v in b.items() if re.fullmatch(r"[0-9]{4}", y)}

def amount(el, key, year):
    """(the figure or None, values left out)"""
    b = budget(el)
    if year in b and b[year] not in NULL:
        v = b[year]
        if isinstance(v, str) and MONEY.fullmatch(v) and \
           int(v.replace("_", "")) <= 2**63 - 1:
            return int(v.replace("_", "")), 0
        return None, 1
    kid = KIDS.get(key)
    got = [amount(c, kid, year) for c in el.get(kid) or []] if kid else []
    vals = [v for v, _ in got if v is not None]
    return (sum(vals) if vals else None), sum(n for _, n in got)

def years(el, key):
    ys = set(budget(el))
    kid = KIDS.get(key)
    for c in (el.get(kid) or []) if kid else []:
        ys |= years(c, kid)
    return ys

def figure(v, n):
    return "%d (%d left out)" % (v, n) if n else "%d" % v

docs = []
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        if f.endswith(".yaml"):
            d = yaml.load(open(os.path.join(root, f), encoding="utf-8"),
                          Loader=yaml.BaseLoader)
            if isinstance(d, dict) and "plan" in d:
                docs.append(d)
entries = []   # (gov, year, unit_plan, unit, tier, amount, left out)
for d in docs:
    kind, region = d["kind"], d.get("region", "")
    gov = ".".join(region.split(".")[:2]) if d["level"] == "kecamatan" else region
    unit_plan = kind in UNIT
    if kind not in GOV and not unit_plan:
        continue
    tier = UNIT.get(kind, GOV.get(kind))
    unit = d.get("unit", {}).get("code", "") if unit_plan else ""
    for key in ("programs", "bidang"):
        for p in d.get(key) or []:
            for y in years(p, key):
                a, n = amount(p, key, y)
                if a is not None or n:
                    entries.append((gov, y, unit_plan, unit, tier, a or 0, n))
best = {}
for g, y, up, u, t, a, n in entries:
    k = (g, y)
    if not up:
        best[k] = min(best.get(k, (True, 99)), (False, t))
counted, left = collections.Counter(), collections.Counter()
unit_best = {}
for g, y, up, u, t, a, n in entries:
    if up and (g, y) not in best:
        unit_best[(g, y, u)] = min(unit_best.get((g, y, u), 99), t)
by_region, region_left = collections.Counter(), collections.Counter()
for g, y, up, u, t, a, n in entries:
    if (not up and best.get((g, y)) == (False, t)) or \
       (up and (g, y) not in best and unit_best[(g, y, u)] == t):
        counted[y] += a
        left[y] += n
        by_region[g] += a
        region_left[g] += n
for y in sorted(counted):
    print(y, figure(counted[y], left[y]))
print("total", figure(sum(counted.values()), sum(left.values())))
for g in sorted(by_region):
    print("region", g or "-", figure(by_region[g], region_left[g]))
