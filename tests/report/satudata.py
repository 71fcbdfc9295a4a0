#!/usr/bin/env python3
"""satudata.py [--regions FILE] [--indicators FILE] CSV PATH... - the
figures of plan-report's Satu Data table (satudata.csv), computed again
from the YAML with PyYAML and exact decimals, independently of the C
code, as docs/plan-report.md describes them:

  * a region's value for a code and year: a target of an indicator with
    that code in the region's annual plan (rkp, rkpd, rkpdes), else its
    medium-term plan, else its long-term plan, else any other plan; the
    first such document loaded, the first indicator in it;
  * rows: every region with a value, and, for codes whose aggregation is
    sum, min or max, the region one step up the chain (a province's
    nasional, a kabupaten/kota's province, a desa's kabupaten/kota and
    kecamatan) unless that is above the highest level at which any
    loaded document has an indicator with the code;
  * the level below: provinces under nasional, kabupaten/kota under a
    province, desa (never kelurahan, NN.NN.NN.1NNN) under a kabupaten/kota
    or a kecamatan; with a region table every region of it there, else
    the regions of the loaded plans; their numeric values summed (min,
    max) exactly; for aggregation none (or a code not in the table)
    nothing is added up and no region is expected below.

Tables come from the options, else from the repository's .plan.yaml.
Prints "satudata: N rows agree" and exits 0, or lists the differences
and exits 1."""
import csv
import re
import sys
from decimal import Decimal

from planwalk import (config_tables, documents, elements, is_number,
                      read_csv_table, text)

ANNUAL = {'rkp', 'rkpd', 'rkpdes'}
MEDIUM = {'rpjmn', 'rpjmd', 'rpjmdes'}
LONG = {'rpjpn', 'rpjpd'}


def klass(kind):
    return 0 if kind in ANNUAL else 1 if kind in MEDIUM else 2 if kind in LONG else 3


def depth(code):
    return 0 if not code else code.count('.') + 1


def kelurahan(code):
    return depth(code) == 4 and code.rsplit('.', 1)[1].startswith('1')


def ups(code):
    """The regions one step up the chain (a desa has two: its
    kabupaten/kota, and its kecamatan for the report)."""
    p = code.split('.') if code else []
    if len(p) == 1:
        return ['']
    if len(p) == 2:
        return [p[0]]
    if len(p) == 4:
        return ['.'.join(p[:2]), '.'.join(p[:3])]
    return []


def canon(d):
    s = format(d.normalize(), 'f')
    return '0' if s in ('-0', '') else s


def main(argv):
    opts = {}
    while argv and argv[0].startswith('--'):
        opts[argv[0][2:]] = [argv[1]]
        argv = argv[2:]
    csv_path, paths = argv[0], argv[1:]
    tables = config_tables(paths[0])
    tables.update(opts)
    defs = {}
    for f in tables.get('indicators', []):
        for r in read_csv_table(f):
            if r.get('code') and r.get('name') and r.get('unit'):
                defs.setdefault(r['code'], (r.get('aggregation') or 'none').lower())
    regions = None
    if tables.get('regions'):
        regions = [r['code'] for f in tables['regions'] for r in read_csv_table(f)]

    docs = documents(paths)
    values = {}                      # (code, year, region) -> (klass, text)
    loaded = set()
    top = {}                         # code -> depth of its highest region
    for d in docs:
        level = d.get('level')
        if level == 'kelurahan':
            continue
        region = '' if level == 'nasional' else (text(d.get('region')) or '')
        if region and not kelurahan(region):
            loaded.add(region)
        k = klass(d.get('kind'))
        for _, e, _ in elements(d):
            for ind in e.get('indicators') or []:
                code = text(ind.get('code')) if isinstance(ind, dict) else None
                if not code:
                    continue
                top[code] = min(top.get(code, 4), depth(region))
                for y, v in (ind.get('targets') or {}).items():
                    v = text(v)
                    if v is None or len(y) != 4 or not y.isdigit():
                        continue
                    key = (code, int(y), region)
                    if key not in values or values[key][0] > k:
                        values[key] = (k, v)

    def below(region):
        """Regions one step down: the table's in its order, else the
        loaded ones in code order."""
        n = depth(region)
        if n >= 4:
            return []
        want = {0: 1, 1: 2, 2: 4, 3: 4}[n]
        pool = regions if regions is not None else sorted(loaded)
        return [c for c in pool if depth(c) == want and not kelurahan(c)
                and (c.startswith(region + '.') if region else True)]

    rows = set(values)
    for (code, year, region) in list(values):
        if defs.get(code, 'none') != 'none':
            for u in ups(region):
                if depth(u) >= top[code]:
                    rows.add((code, year, u))

    expect = {}
    for code, year, region in rows:
        agg = defs.get(code, 'none')
        own = values.get((code, year, region), (None, ''))[1]
        row = {'target': own, 'level below': '', 'difference': '',
               'regions reporting': '', 'regions expected': ''}
        b = below(region) if depth(region) < 4 and agg != 'none' else []
        if b:
            nums = [Decimal(values[(code, year, c)][1]) for c in b
                    if (code, year, c) in values and
                    is_number(values[(code, year, c)][1])]
            missing = [c for c in b if (code, year, c) not in values or
                       not is_number(values[(code, year, c)][1])]
            row['named'] = missing[:5]
            row['more'] = max(0, len(missing) - 5)
            row['regions reporting'] = str(len(nums))
            row['regions expected'] = str(len(b))
            if nums and agg != 'none':
                fig = sum(nums) if agg == 'sum' else min(nums) if agg == 'min' else max(nums)
                row['level below'] = canon(fig)
                if is_number(own):
                    row['difference'] = canon(Decimal(own) - fig)
        expect[(code, str(year), region)] = row

    got = {}
    with open(csv_path, encoding='utf-8', newline='') as fp:
        for r in csv.DictReader(fp):
            got[(r['code'], r['year'], r['region'])] = r
    bad = 0
    for key in sorted(set(expect) | set(got)):
        if key not in got:
            print('satudata: missing row %s' % (key,)); bad += 1; continue
        if key not in expect:
            print('satudata: unexpected row %s' % (key,)); bad += 1; continue
        g = got[key]
        g['named'] = re.findall(r'\(([0-9.]+)\)', g['not reporting'])
        m = re.search(r' ([0-9]+) [^ ]+$', g['not reporting'])
        g['more'] = int(m.group(1)) if m and not g['not reporting'].endswith(')') else 0
        expect[key].setdefault('named', [])
        expect[key].setdefault('more', 0)
        for col, want in expect[key].items():
            if got[key][col] != want:
                print('satudata: %s %s: report says %r, expected %r'
                      % (key, col, got[key][col], want))
                bad += 1
    if bad:
        return 1
    print('satudata: %d rows agree' % len(expect))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
