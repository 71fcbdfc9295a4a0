#!/usr/bin/env python3
"""roundtrip.py - every plan of examples/sumbar with programs or bidang,
written out as a table in the standard layout of SPEC 8 by this script,
then read back by plan-import (on PATH), must give the same elements,
indicators, targets and budgets.

The script reads YAML with PyYAML's BaseLoader, which keeps every scalar
as its text ("2.10" stays "2.10"), and writes the CSV with the csv
module: nothing of plan-toolkit is used to make the table.  What the
layout has no column for (misi, tujuan, sasaran, supports, x- keys, a
village kegiatan's location, *_forward) is not compared.
Prints one "ok"/"FAIL" line per document and "N passed, M failed".
"""
import csv
import glob
import io
import subprocess
import sys
from decimal import Decimal

import yaml

SECTIONS = {"programs": ("kegiatan", "sub_kegiatan"),
            "bidang": ("sub_bidang", "kegiatan")}


def canon(v):
    """A number as an exact decimal; a text as itself."""
    try:
        return ("n", Decimal(v).normalize())
    except Exception:
        return ("t", v)


def walk(elements, keys, depth=0):
    """Elements of a section, depth first, with the key of their children."""
    for e in elements or []:
        yield e, depth
        if depth + 1 <= len(keys):
            yield from walk(e.get(keys[depth]), keys, depth + 1)


def table(doc, section, years):
    """The document as rows of the standard layout."""
    keys = SECTIONS[section]
    head = ["kode", "uraian", "perangkat daerah", "sasaran", "kode indikator",
            "indikator", "satuan", "arah", "kondisi awal"]
    head += ["target %d" % y for y in years] + ["pagu %d" % y for y in years]
    rows = [head]
    for e, _ in walk(doc[section], keys):
        budget = e.get("budget") or {}
        inds = e.get("indicators") or [None]
        sas = e.get("sasaran") or [""]
        for i, ind in enumerate(inds):
            r = [e["code"] if i == 0 else "", e["name"] if i == 0 else "",
                 e.get("unit", "") if i == 0 else "",
                 sas[0] if i == 0 else ""]
            if ind:
                r += [ind.get("code", ""), ind["name"], ind.get("unit", ""),
                      ind.get("direction", ""),
                      (ind.get("baseline") or {}).get("value", "")]
                t = ind.get("targets") or {}
                r += [t.get(str(y), "") for y in years]
            else:
                r += [""] * (5 + len(years))
            r += [budget.get(str(y), "") if i == 0 else "" for y in years]
            rows.append(r)
        # more sasaran: rows with the code and unit, and nothing else
        for s in sas[1:]:
            rows.append([e["code"], "", e.get("unit", ""), s] +
                        [""] * (len(head) - 4))
    return rows


def effective(e, parent_unit):
    return e.get("unit", parent_unit)


def summary(doc, section, doc_unit):
    """What must survive the trip, element by element."""
    keys = SECTIONS[section]
    out = []

    def rec(elements, depth, parent_unit):
        for e in elements or []:
            unit = effective(e, parent_unit)
            inds = []
            for ind in e.get("indicators") or []:
                base = (ind.get("baseline") or {}).get("value")
                inds.append((ind["name"], ind.get("code"), ind.get("unit"),
                             ind.get("direction", "up"),
                             canon(base) if base is not None else None,
                             sorted((int(y), canon(v)) for y, v in
                                    (ind.get("targets") or {}).items())))
            budget = sorted((int(y), int(v.replace("_", "")))
                            for y, v in (e.get("budget") or {}).items())
            out.append((depth, e["code"], e["name"], unit,
                        tuple(e.get("sasaran") or []), tuple(inds),
                        tuple(budget)))
            if depth < len(keys):
                rec(e.get(keys[depth]), depth + 1, unit)
    rec(doc[section], 0, doc_unit)
    return out


def baseline_year(doc, section):
    years = set()
    for e, _ in walk(doc[section], SECTIONS[section]):
        for ind in e.get("indicators") or []:
            if ind.get("baseline"):
                years.add(ind["baseline"]["year"])
    if len(years) > 1:
        raise ValueError("baselines of several years: %s" % sorted(years))
    return years.pop() if years else None


def trip(path):
    doc = yaml.load(open(path, encoding="utf-8"), Loader=yaml.BaseLoader)
    section = "programs" if "programs" in doc else "bidang"
    start, end = int(doc["period"]["start"]), int(doc["period"]["end"])
    years = list(range(start, end + 1))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(table(doc, section, years))
    args = ["plan-import", "--kind", doc["kind"], "--level", doc["level"],
            "--region", doc.get("region", "indonesia"), "--id", doc["id"],
            "--period", "%d-%d" % (start, end) if end > start else str(start)]
    unit = doc.get("unit")
    if unit:
        args += ["--unit", unit["code"], "--unit-name", unit["name"]]
    by = baseline_year(doc, section)
    if by:
        args += ["--baseline-year", by]
    p = subprocess.run(args + ["-"], input=buf.getvalue().encode(),
                       capture_output=True)
    if p.returncode != 0:
        return "plan-import exit %d: %s" % (p.returncode,
                                           p.stderr.decode()[:300])
    back = yaml.load(p.stdout.decode(), Loader=yaml.BaseLoader)
    doc_unit = unit["code"] if unit else None
    a, b = summary(doc, section, doc_unit), summary(back, section, doc_unit)
    if a != b:
        for x, y in zip(a, b):
            if x != y:
                return "differs:\n  written  %s\n  imported %s" % (x, y)
        return "%d elements written, %d imported" % (len(a), len(b))
    for k in ("id", "kind", "level", "period"):
        if doc.get(k) != back.get(k):
            return "%s differs: %s, %s" % (k, doc.get(k), back.get(k))
    return None


def main():
    pas = fail = 0
    files = sorted(glob.glob("examples/sumbar/**/*.yaml", recursive=True))
    for f in files:
        doc = yaml.load(open(f, encoding="utf-8"), Loader=yaml.BaseLoader)
        if not ("programs" in doc or "bidang" in doc):
            continue
        why = trip(f)
        if why:
            fail += 1
            print("FAIL %s: %s" % (f, why))
        else:
            pas += 1
            print("ok - %s" % f)
    print("%d passed, %d failed" % (pas, fail))
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
