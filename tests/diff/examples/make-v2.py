#!/usr/bin/env python3
"""make-v2.py - write tests/diff/examples/sumbar/, a second version of every
document of examples/sumbar/, for plan-diff's golden test and docs.

Each document is read with all scalars as text (BaseLoader: nothing is
typed, so codes such as 2.10 keep their zeros) and written back with keys
sorted, every value double-quoted and lists of elements reversed: all of
that is no difference to plan-diff.  Then a few real changes are made, the
same rules for every document:
  * status draft -> final (final documents are left so);
  * the first top element (program, bidang, proposal) is renamed;
  * the first numeric target of the first indicator is raised by 1;
  * the first budget at the bottom of the tree gains 250000000 for its
    first year, and its ancestors with that year too (sums still add up);
  * the last child of the last top element with two or more children is
    removed, and its budgets taken off its ancestors.
Run it from the repository root; the output is committed.
"""
import os
import yaml

SRC = 'examples/sumbar'
DST = 'tests/diff/examples/sumbar'
SECTIONS = ['programs', 'bidang', 'proposals']
CHILDREN = ['kegiatan', 'sub_kegiatan', 'sub_bidang']


def kids(e):
    for k in CHILDREN:
        if isinstance(e.get(k), list):
            return e[k]
    return []


def tops(doc):
    for s in SECTIONS:
        if isinstance(doc.get(s), list):
            return doc[s]
    return []


def walk(elems, up=()):
    for e in elems:
        yield e, up
        yield from walk(kids(e), up + (e,))


def add_budget(chain, year, amount):
    for e in chain:
        b = e.get('budget')
        if isinstance(b, dict) and year in b:
            b[year] = str(int(b[year].replace('_', '')) + amount)


def raise_budget(doc):
    for e, up in walk(tops(doc)):
        if not kids(e) and isinstance(e.get('budget'), dict) and e['budget']:
            year = sorted(e['budget'])[0]
            add_budget(up + (e,), year, 250000000)
            return


def raise_target(doc):
    everything = list(walk(tops(doc))) + list(walk(doc.get('misi') or []))
    for e, _ in everything:
        for ind in e.get('indicators') or []:
            for year in sorted(ind.get('targets') or {}):
                v = ind['targets'][year]
                try:
                    n = float(v)
                except ValueError:
                    continue
                ind['targets'][year] = ('%g' % (n + 1))
                return


def remove_last(doc):
    for top in reversed(tops(doc)):
        for e, up in reversed(list(walk([top]))):
            k = kids(e)
            if len(k) >= 2:
                gone = k.pop()
                for year, v in (gone.get('budget') or {}).items():
                    add_budget(up + (e,), year, -int(v.replace('_', '')))
                return


def reverse_lists(elems):
    elems.reverse()
    for e in elems:
        reverse_lists(kids(e))


def change(doc):
    if doc.get('status') == 'draft':
        doc['status'] = 'final'
    t = tops(doc)
    if t:
        t[0]['name'] = t[0]['name'] + ' (perubahan)'
    raise_target(doc)
    raise_budget(doc)
    remove_last(doc)
    reverse_lists(tops(doc))


for root, _, files in os.walk(SRC):
    for f in sorted(files):
        if not f.endswith('.yaml'):
            continue
        src = os.path.join(root, f)
        dst = os.path.join(DST, os.path.relpath(src, SRC))
        doc = yaml.load(open(src), Loader=yaml.BaseLoader)
        change(doc)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, 'w') as out:
            out.write('# %s, second version (tests/diff/examples/make-v2.py)\n'
                      % src)
            yaml.dump(doc, out, Dumper=yaml.SafeDumper, sort_keys=True,
                      allow_unicode=True, default_style='"', width=1000)
