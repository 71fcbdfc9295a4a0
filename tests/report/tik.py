#!/usr/bin/env python3
"""tik.py CSV PATH... - the figures of plan-report's tik-summary table
computed again from the YAML with PyYAML, independently of the C code, as
docs/plan-report.md describes them:

  * items: the elements carrying `tik` in annual plans (rkp, rkpd,
    renja-kl, renja, rkpdes); a kecamatan's plans are its
    kabupaten/kota's;
  * a unit's items of a year come from its Renja when one is loaded for
    that government, unit and year, else from the RKPD (village plans
    always count);
  * an item's pagu: its budget for the plan year (its own, else what its
    children add up to, recursively), less that of the nearest elements
    below it that carry a tik of their own; an item whose amount cannot
    be read is counted and left out of the sums;
  * per government, unit (without its .XXXX sub-unit) and year: items,
    pagu, and pagu by clearance status (approved, pending, rejected,
    none); then the total.

Prints "tik: N rows agree" and exits 0, or lists the differences and
exits 1."""
import csv
import re
import sys

from planwalk import documents, elements, text

ANNUAL = {'rkp', 'rkpd', 'renja-kl', 'renja', 'rkpdes'}
UNIT_KINDS = {'renja', 'renja-kl'}
KIDS = {'programs': 'kegiatan', 'kegiatan': 'sub_kegiatan',
        'bidang': 'sub_bidang', 'sub_bidang': 'kegiatan'}
MONEY = re.compile(r'0|[1-9][0-9]*(_[0-9]+)*')


class Bad(Exception):
    pass


def amount(e, key, year):
    """Budget-sum view: own figure, else the children's; None if nothing."""
    b = e.get('budget') or {}
    v = text(b.get(str(year))) if isinstance(b, dict) else None
    if v is not None:
        if not MONEY.fullmatch(v):
            raise Bad()
        return int(v.replace('_', ''))
    kid = KIDS.get(key)
    if key == 'kegiatan' and 'sub_kegiatan' not in e:
        kid = None
    vals = [amount(c, kid, year) for c in e.get(kid) or []] if kid else []
    vals = [x for x in vals if x is not None]
    return sum(vals) if vals else None


def less_items(e, key, year):
    """What the nearest tik items below e take of its pagu."""
    kid = KIDS.get(key)
    if key == 'kegiatan' and 'sub_kegiatan' not in e:
        kid = None
    total = 0
    for c in (e.get(kid) or []) if kid else []:
        if isinstance(c.get('tik'), dict):
            total += amount(c, kid, year) or 0
        else:
            total += less_items(c, kid, year)
    return total


def gov(d):
    r = text(d.get('region')) or ''
    if d.get('level') == 'nasional':
        return ''
    if d.get('level') == 'kecamatan':
        return '.'.join(r.split('.')[:2])
    return r


def unit_base(u):
    return '.'.join(u.split('.')[:7]) if u else ''


def eff_units(d):
    """Element id -> its effective unit (own, nearest ancestor's, the
    document's)."""
    units = {}
    doc_unit = text((d.get('unit') or {}).get('code')) if isinstance(d.get('unit'), dict) else None
    for key, e, parent in elements(d):
        own = text(e.get('unit'))
        units[id(e)] = own or (units[id(parent)] if parent is not None else doc_unit)
    return units


def main(argv):
    csv_path, paths = argv[0], argv[1:]
    docs = [d for d in documents(paths) if d.get('kind') in ANNUAL]
    year_of = {}
    renja = set()
    for d in docs:
        p = d.get('period') or {}
        y = text(p.get('start')) if isinstance(p, dict) else None
        year_of[id(d)] = int(y) if y and y.isdigit() else None
        if d.get('kind') in UNIT_KINDS and year_of[id(d)] is not None:
            u = text((d.get('unit') or {}).get('code'))
            renja.add((gov(d), unit_base(u), year_of[id(d)]))
    groups = {}
    for d in docs:
        year = year_of[id(d)]
        if year is None:
            continue
        units = eff_units(d)
        for key, e, parent in elements(d):
            t = e.get('tik')
            if not isinstance(t, dict) or key not in KIDS and key != 'sub_kegiatan':
                continue
            u = unit_base(units[id(e)])
            g = (gov(d), u, year)
            if d['kind'] not in UNIT_KINDS and d['kind'] != 'rkpdes' and g in renja:
                continue
            c = t.get('clearance')
            st = text(c.get('status')) if isinstance(c, dict) else None
            st = st if st in ('approved', 'pending', 'rejected') else 'none'
            s = groups.setdefault(g, {'items': 0, 'pagu': 0, 'approved': 0,
                                      'pending': 0, 'rejected': 0,
                                      'none': 0, 'left out': 0})
            s['items'] += 1
            try:
                a = amount(e, key, year)
                if a is not None:
                    a -= less_items(e, key, year)
            except Bad:
                s['left out'] += 1
                continue
            if a is not None:
                s['pagu'] += a
                s[st] += a
    total = {k: sum(s[k] for s in groups.values())
             for k in ('items', 'pagu', 'approved', 'pending', 'rejected',
                       'none', 'left out')}
    cols = {'items': 'items', 'pagu': 'pagu', 'approved': 'cleared',
            'pending': 'pending', 'rejected': 'rejected',
            'none': 'without clearance', 'left out': 'left out'}
    bad = 0
    rows = 0
    with open(csv_path, encoding='utf-8', newline='') as fp:
        seen = set()
        for r in csv.DictReader(fp):
            rows += 1
            if r['region'] == 'Total':
                want = total
                key = 'Total'
            else:
                key = (r['region'], unit_base(r['responsible unit']), int(r['year']))
                seen.add(key)
                want = groups.get(key)
                if want is None:
                    print('tik: unexpected row %s' % (key,)); bad += 1
                    continue
            for k, col in cols.items():
                w = str(want[k]) if want[k] or k != 'left out' else ''
                if r[col] != w:
                    print('tik: %s %s: report says %r, expected %r'
                          % (key, col, r[col], w))
                    bad += 1
        for key in sorted(set(groups) - seen):
            print('tik: missing row %s' % (key,)); bad += 1
    if bad:
        return 1
    print('tik: %d rows agree' % rows)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
