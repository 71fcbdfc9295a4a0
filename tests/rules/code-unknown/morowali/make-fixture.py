#!/usr/bin/env python3
"""make-fixture.py - transcribe the programs of the real Morowali RPJMD
(../shared/data/morowali/rpjmd_program_indikator.csv) as a plan document,
for the code-unknown fixture beside it.  Run from the repository root; the
output is committed.

Only what code-unknown reads is transcribed: each program of the table
(one per rpjmd_program_id, in table order) with its code and name as
written, and its unit's name as `x-opd`.  Left out:
* the 35 rows of X.XX.01 (the penunjang program of every unit): the table
  gives the unit's name, not its code, so the template cannot be written
  with the unit's bidang, and as X.XX.01 it is code-format, the truth
  about such a table but not what this fixture is about;
* indicators, targets and budgets (the test runs with
  --disable indicator-missing for that reason).
Codes that several units share (7.01.02 for every kecamatan) get explicit
ids, <code>-<n> in table order, as plan-import writes them (SPEC 8).
"""
import csv
from collections import Counter, OrderedDict

SRC = '../shared/data/morowali/rpjmd_program_indikator.csv'
DST = 'tests/rules/code-unknown/morowali/72.06/rpjmd-2019-2023.yaml'

programs = OrderedDict()
with open(SRC, newline='', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        if r['program_code'].startswith('X'):
            continue
        programs.setdefault(r['rpjmd_program_id'],
                            (r['program_code'], r['program_name'], r['opd']))

count = Counter(code for code, _, _ in programs.values())
seen = Counter()


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


with open(DST, 'w', encoding='utf-8') as out:
    out.write('# Kabupaten Morowali, RPJMD (base year 2018): its programs as the\n'
              '# kabupaten\'s planning database lists them, transcribed by\n'
              '# make-fixture.py (codes and names only; see there).  th1..th5\n'
              '# are taken as 2019-2023.\n'
              'plan: 1\n'
              'id: 72.06/rpjmd/2019-2023\n'
              'kind: rpjmd\n'
              'level: kabupaten\n'
              'region: "72.06"\n'
              'region_name: Kabupaten Morowali\n'
              'period: {start: 2019, end: 2023}\n'
              'status: final\n'
              'programs:\n')
    for code, name, opd in programs.values():
        out.write('  - code: %s\n' % code)
        if count[code] > 1:
            seen[code] += 1
            out.write('    id: %s-%d\n' % (code, seen[code]))
        out.write('    name: %s\n' % q(name))
        out.write('    x-opd: %s\n' % q(opd))
