#!/usr/bin/env python3
"""skeletons.py - plan-new (SPEC 8) for every kind at a level it is
written at: the skeleton validates clean (no finding at all), and so
does it with its examples uncommented (lines "# x" become "x"), but for
ref-external notes on the parents and supports it names.  Then a whole
chain written from plan-new alone, every example uncommented, is
validated as one repository: the examples of the kinds agree with each
other (no error, no warning: no align-target, no orphan).  plan-new and
plan-validate are taken from PATH; the region table is the small one of
tests/import/regions.csv.  Prints "ok"/"FAIL" lines and "N passed, M failed".
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "py"))
from tally import check, summary  # noqa: E402

REGIONS = "tests/import/regions.csv"
KOMDIGI = ["--unit", "KOMDIGI",
           "--unit-name", "Kementerian Komunikasi dan Digital"]
KOMINFO = ["--unit", "2.16.2.20.2.21.01.0000"]
CAMAT = ["--unit", "7.01.0.00.0.00.04.0000",
         "--unit-name", "Kecamatan Lembah Gumanti"]
CASES = [
    ["rpjpn", "indonesia", "2025-2045"],
    ["rpjmn", "indonesia", "2025"],
    ["rkp", "indonesia", "2026"],
    ["renstra-kl", "indonesia", "2025"] + KOMDIGI,
    ["renja-kl", "indonesia", "2026"] + KOMDIGI,
    ["rpjpd", "13", "2025-2045"],
    ["rpjpd", "13.02", "2025-2045"],
    ["rpjmd", "13", "2025"],
    ["rpjmd", "13.71", "2025-2029"],
    ["rkpd", "13", "2026"],
    ["rkpd", "13.02", "2026"],
    ["renstra", "13.71", "2025"] + KOMINFO +
    ["--unit-name", "Dinas Komunikasi dan Informatika"],
    ["renstra", "13.02.04", "2025"] + CAMAT,
    ["renja", "13", "2026"] + KOMINFO +
    ["--unit-name", "Dinas Komunikasi, Informatika dan Statistik"],
    ["renja", "13.02.04", "2026"] + CAMAT,
    ["rpjmdes", "13.02.04.2001", "2023", "--level", "nagari"],
    ["rkpdes", "13.02.04.2001", "2026"],
    ["musrenbang", "13.02.04", "2026"],
    ["musrenbang", "13.71", "2026"],
    ["musrenbang", "13", "2026"],
    ["musrenbang", "13.71.01.1001", "2026", "--level", "kelurahan"],
]


# rpjmn -> rkp -> rpjmd (provinsi) -> rkpd (provinsi) -> rpjmd/rkpd (kab)
# -> musrenbang (kecamatan) -> rpjmdes/rkpdes (desa), each written with
# the periods the skeletons below it name as parents.
CHAIN = [line.split() for line in """rpjmn indonesia 2025
    rkp indonesia 2026
    rpjmd 13 2025
    rkpd 13 2026
    rpjmd 13.02 2025
    rkpd 13.02 2026
    musrenbang 13.02.04 2026
    rpjmdes 13.02.04.2001 2024
    rkpdes 13.02.04.2001 2026""".splitlines()]


def uncomment(text):
    return "\n".join(l[2:] if l.startswith("# ") else l
                     for l in text.split("\n"))


def chain(tmp):
    d = os.path.join(tmp, "chain")
    os.mkdir(d)
    for n, args in enumerate(CHAIN):
        p = subprocess.run(["plan-new", "--regions", REGIONS] + args,
                           capture_output=True)
        if p.returncode != 0:
            check("chain: plan-new " + " ".join(args), False,
                  p.stderr.decode())
            return
        with open(os.path.join(d, "%d-%s.yaml" % (n, args[0])), "w") as f:
            f.write(uncomment(p.stdout.decode()))
    p = subprocess.run(["plan-validate", "--no-config", "-f", "json",
                        "--regions", REGIONS, d], capture_output=True)
    f = [(x["rule"], x["severity"], os.path.basename(x["file"]), x["line"])
         for x in json.loads(p.stdout)["findings"]]
    bad = [x for x in f if x[0] != "ref-external"]
    check("chain rpjmn..rkpdes from plan-new, examples uncommented, "
          "validates together", p.returncode == 0 and not bad, bad)


def validate(path):
    p = subprocess.run(["plan-validate", "--no-config", "-f", "json",
                        "--regions", REGIONS, path], capture_output=True)
    return p.returncode, [(f["rule"], f["line"]) for f in
                          json.loads(p.stdout)["findings"]]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for n, args in enumerate(CASES):
            what = "plan-new " + " ".join(args)
            p = subprocess.run(["plan-new", "--regions", REGIONS] + args,
                               capture_output=True)
            if p.returncode != 0:
                check(what, False, p.stderr.decode())
                continue
            raw = os.path.join(tmp, "raw%d.yaml" % n)
            open(raw, "wb").write(p.stdout)
            rc, f = validate(raw)
            check(what + ": validates clean", rc == 0 and not f, f)
            on = uncomment(p.stdout.decode())
            used = os.path.join(tmp, "used%d.yaml" % n)
            open(used, "w").write(on)
            rc, f = validate(used)
            bad = [x for x in f if x[0] != "ref-external"]
            check(what + ": its examples validate", rc == 0 and not bad, bad)
        chain(tmp)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
