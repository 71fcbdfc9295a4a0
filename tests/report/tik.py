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
    below it that carry a tik of their own; an amount that cannot be read
    is left out of every sum it would enter, which says how many;
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


def kid_key(e, key):
    kid = KIDS.get(key)
    if key == 'kegiatan' and 'sub_kegiatan' not in e:
        kid = None
    return kid


def own(e, year):
    """'absent', or ('ok', amount), or 'bad'."""
    b = e.get('budget') or {}
    v = text(b.get(str(year))) if isinstance(b, dict) else None
    if v is None:
        return 'absent'
    return ('ok', int(v.replace('_', ''))) if MONEY.fullmatch(v) else 'bad'


def readable(e, key, year, skip_items):
    """Budget-sum view with what cannot be read left out: (amount or
    None, how many left out)."""
    o = own(e, year)
    if o == 'bad':
        return None, 1
    if o != 'absent':
        return o[1], 0
    kid = kid_key(e, key)
    total, left, any_ = 0, 0, False
    for c in (e.get(kid) or []) if kid else []:
        if skip_items and isinstance(c.get('tik'), dict):
            continue
        a, l = readable(c, kid, year, skip_items)
        left += l
        if a is not None:
            total += a
            any_ = True
    return (total if any_ else None), left


def item_amount(e, key, year):
    """An item's pagu: its own figure less the nearest items below it, or
    its children's sum without them."""
    o = own(e, year)
    if o == 'absent':
        return readable(e, key, year, True)
    if o == 'bad':
        return None, 1
    a = o[1]
    kid = kid_key(e, key)
    for c in (e.get(kid) or []) if kid else []:
        if isinstance(c.get('tik'), dict):
            a -= readable(c, kid, year, False)[0] or 0
            continue
        gk = kid_key(c, kid)
        for g in (c.get(gk) or []) if gk else []:
            if isinstance(g.get('tik'), dict):
                a -= readable(g, gk, year, False)[0] or 0
    return a, 0


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
                                      'none': 0, 'left': {}})
            s['items'] += 1
            a, left = item_amount(e, key, year)
            for k in ('pagu', st):
                s['left'][k] = s['left'].get(k, 0) + left
                if a is not None:
                    s[k] += a
    total = {k: sum(s[k] for s in groups.values())
             for k in ('items', 'pagu', 'approved', 'pending', 'rejected',
                       'none')}
    total['left'] = {}
    for s in groups.values():
        for k, v in s['left'].items():
            total['left'][k] = total['left'].get(k, 0) + v
    cols = {'items': 'items', 'pagu': 'pagu', 'approved': 'cleared',
            'pending': 'pending', 'rejected': 'rejected',
            'none': 'without clearance'}
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
                w = str(want[k])
                if r[col] != w:
                    print('tik: %s %s: report says %r, expected %r'
                          % (key, col, r[col], w))
                    bad += 1
                lw = want['left'].get(k, 0)
                lr = r.get(col + ' (left out)', '')
                if lr != (str(lw) if lw else ''):
                    print('tik: %s %s left out: report says %r, expected %r'
                          % (key, col, lr, lw))
                    bad += 1
        for key in sorted(set(groups) - seen):
            print('tik: missing row %s' % (key,)); bad += 1
    if bad:
        return 1
    print('tik: %d rows agree' % rows)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
