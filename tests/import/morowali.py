#!/usr/bin/env python3
"""morowali.py - the Morowali RPJMD program table (../shared/data/morowali)
imported with the shipped map, checked against the CSV by this script
alone (csv and PyYAML's BaseLoader, nothing of plan-toolkit):

* programs: one per program code and perangkat daerah, as many as the
  export's own program ids;
* indicators, baselines and targets per year: as many as the CSV's
  cells, and the same sum;
* pagu per year: every program whose rows agree on an amount has it, the
  same sum; where its rows give different amounts the year is left out
  and plan-import says so once per cell that differs ([import] errors);
* plan-validate reads the document without schema findings, and its
  other findings are the data's own (target-trend, period, code-*).

plan-import and plan-validate are taken from PATH.  Without the data the
script says so and exits 0 (skip).  Prints "ok"/"FAIL" lines and
"N passed, M failed".
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, OrderedDict
from decimal import Decimal

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "py"))
from tally import check, summary  # noqa: E402

DATA = "../shared/data"
TABLE = DATA + "/morowali/rpjmd_program_indikator.csv"
MAP = "contrib/maps/morowali-rpjmd-program.yaml"
YEARS = {i: 2018 + i for i in range(1, 7)}      # th1..th6: after 2018
DATA_RULES = {"target-trend", "period", "code-format", "code-unknown",
              "code-level", "code-parent", "code-form"}




def expected(rows):
    """What the document must hold, from the CSV alone."""
    progs = OrderedDict()
    for r in rows:
        progs.setdefault((r["program_code"], r["opd"]), []).append(r)
    exp = {"programs": len(progs),
           "ids": len({r["rpjmd_program_id"] for r in rows}),
           "indicators": sum(1 for r in rows if r["indikator"]),
           "baselines": sum(1 for r in rows if r["th0"]),
           "targets": Counter(), "target_sum": Counter(),
           "pagu": Counter(), "pagu_sum": Counter(), "conflicts": 0}
    for r in rows:
        for i, y in YEARS.items():
            v = r["th%d_target" % i]
            if v:
                exp["targets"][y] += 1
                exp["target_sum"][y] += Decimal(v)
    for key, rs in progs.items():
        for i, y in YEARS.items():
            amounts = [int(r["th%d_pagu" % i]) for r in rs
                       if r["th%d_pagu" % i] != ""]
            if not amounts:
                continue
            if len(set(amounts)) == 1:
                exp["pagu"][y] += 1
                exp["pagu_sum"][y] += amounts[0]
            else:
                exp["conflicts"] += sum(1 for a in amounts[1:]
                                        if a != amounts[0])
    return exp


def found(doc):
    progs = doc.get("programs") or []
    got = {"programs": len(progs), "indicators": 0, "baselines": 0,
           "targets": Counter(), "target_sum": Counter(),
           "pagu": Counter(), "pagu_sum": Counter()}
    for p in progs:
        for ind in p.get("indicators") or []:
            got["indicators"] += 1
            got["baselines"] += "baseline" in ind
            for y, v in (ind.get("targets") or {}).items():
                got["targets"][int(y)] += 1
                got["target_sum"][int(y)] += Decimal(v)
        for y, v in (p.get("budget") or {}).items():
            got["pagu"][int(y)] += 1
            got["pagu_sum"][int(y)] += int(v)
    return got


def main():
    if not os.path.exists(TABLE):
        print("skip - %s is absent" % TABLE)
        print("0 passed, 0 failed, 1 skipped")
        return 0
    rows = list(csv.DictReader(open(TABLE, encoding="utf-8", newline="")))
    exp = expected(rows)
    p = subprocess.run(["plan-import", "--map", MAP, "--kind", "rpjmd",
                        "--region", "72.06", "--period", "2019-2024",
                        "--regions", DATA + "/regions.csv", TABLE],
                       capture_output=True)
    err = p.stderr.decode()
    doc = yaml.load(p.stdout.decode(), Loader=yaml.BaseLoader)
    got = found(doc)
    check("plan-import exits 1 (cells left out)", p.returncode == 1,
          "exit %d" % p.returncode)
    check("region_name from the region table",
          doc.get("region_name") == "Kabupaten Morowali",
          str(doc.get("region_name")))
    check("%d programs: one per code and perangkat daerah" % exp["programs"],
          got["programs"] == exp["programs"], str(got["programs"]))
    check("as many as the export's program ids (%d)" % exp["ids"],
          got["programs"] == exp["ids"], str(got["programs"]))
    penunjang = sum(1 for pr in doc["programs"] if pr["code"] == "X.XX.01")
    ids = [pr.get("id") for pr in doc["programs"] if pr["code"] == "X.XX.01"]
    want = ["X.XX.01-%d" % n for n in range(1, penunjang + 1)]
    check("%d penunjang programs X.XX.01, ids X.XX.01-1..%d" %
          (penunjang, penunjang), ids == want, str(ids[:3]))
    for k in ("indicators", "baselines"):
        check("%d %s" % (exp[k], k), got[k] == exp[k], str(got[k]))
    for what, count, total, unit in (("targets", "targets", "target_sum", ""),
                                     ("pagu", "pagu", "pagu_sum",
                                      " programs")):
        for y in sorted(YEARS.values()):
            want = (exp[count][y], exp[total][y])
            have = (got[count][y], got[total][y])
            check("%s %d: %d%s, sum %s" % (what, y, want[0], unit, want[1]),
                  have == want, "%d, sum %s" % have)
    conflicts = len(re.findall(r"^\S+:\d+:\d+: error: pagu \d+ is .* here "
                               r"but .* \[import\]$", err, re.M))
    others = len(re.findall(r": error: .*\[import\]$", err, re.M))
    check("%d pagu cells that differ from their program's first row, "
          "each an [import] error" % exp["conflicts"],
          conflicts == exp["conflicts"] == others,
          "%d such errors, %d errors in all" % (conflicts, others))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "rpjmd-2019-2024.yaml")
        open(path, "wb").write(p.stdout)
        v = subprocess.run(["plan-validate", "--no-config", "-f", "json",
                            "--regions", DATA + "/regions.csv",
                            "--nomenclature",
                            DATA + "/nomenclature-kabkota-2020.csv", path],
                           capture_output=True)
    rules = Counter(f["rule"] for f in json.loads(v.stdout)["findings"])
    check("plan-validate: no schema finding", "schema" not in rules,
          str(rules))
    check("plan-validate: only the data's findings (target-trend, period, "
          "code-*)", set(rules) <= DATA_RULES and rules["period"] == 1,
          str(rules))
    return summary()


if __name__ == "__main__":
    sys.exit(main())
