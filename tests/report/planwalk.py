"""planwalk.py - what the independent report checks share: plan documents
read from a repository with PyYAML, in plan-validate's order (SPEC 2:
command-line order, then a walk in byte-wise name order that skips names
beginning with '.'), every scalar kept as text (BaseLoader: `code: 2.10`
stays "2.10"), and the elements of a document in document order."""
import os
import yaml

NULLS = {'', '~', 'null', 'Null', 'NULL'}
SECTIONS = ['misi', 'programs', 'bidang', 'proposals']
CHILDREN = {'misi': ['tujuan'], 'tujuan': ['sasaran'],
            'programs': ['kegiatan'], 'kegiatan': ['sub_kegiatan'],
            'bidang': ['sub_bidang'], 'sub_bidang': ['kegiatan']}


def walk(path):
    """The YAML files under path (or path itself), in walk order."""
    if os.path.isfile(path):
        yield path
        return
    for name in sorted(os.listdir(path), key=lambda n: n.encode()):
        if name.startswith('.'):
            continue
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            yield from walk(full)
        elif name.endswith(('.yaml', '.yml')):
            yield full


def documents(paths):
    docs = []
    for p in paths:
        for f in walk(p):
            with open(f, encoding='utf-8-sig') as fp:
                d = yaml.load(fp, Loader=yaml.BaseLoader)
            if isinstance(d, dict) and 'plan' in d:
                d['_file'] = f
                docs.append(d)
    return docs


def text(v):
    """A scalar as text, or None when absent or null."""
    if v is None or not isinstance(v, str) or v in NULLS:
        return None
    return v


def elements(doc):
    """(section key, element, parent) in pre-order, sections in the
    order the model reads them (misi, programs, bidang, proposals)."""
    def rec(key, e, parent):
        yield key, e, parent
        kid_keys = CHILDREN.get(key, [])
        if key == 'kegiatan' and 'sub_kegiatan' not in e:
            kid_keys = []           # a village kegiatan has no children
        for k in kid_keys:
            for c in e.get(k) or []:
                if isinstance(c, dict):
                    yield from rec(k, c, e)
    for s in SECTIONS:
        for e in doc.get(s) or []:
            if isinstance(e, dict):
                yield from rec(s, e, None)


def is_number(s):
    import re
    return s is not None and re.fullmatch(r'-?[0-9]+(\.[0-9]+)?', s) is not None


def read_csv_table(path, keys=('code', 'name', 'unit', 'aggregation')):
    import csv
    rows = []
    with open(path, encoding='utf-8-sig', newline='') as fp:
        r = csv.reader(fp)
        head = [h.strip().lower() for h in next(r)]
        for row in r:
            if len(row) != len(head):
                continue
            rows.append({h: v.strip() for h, v in zip(head, row)})
    return rows


def config_tables(root):
    """Table paths of the repository's .plan.yaml (searched from root
    upward), as plan-validate finds them."""
    d = os.path.abspath(root if os.path.isdir(root) else os.path.dirname(root))
    while True:
        c = os.path.join(d, '.plan.yaml')
        if os.path.isfile(c):
            with open(c) as fp:
                cfg = yaml.load(fp, Loader=yaml.BaseLoader) or {}
            def rel(v):
                vs = v if isinstance(v, list) else [v]
                return [x if x.startswith('/') else os.path.join(d, x) for x in vs]
            return {k: rel(cfg[k]) for k in ('regions', 'indicators') if k in cfg}
        up = os.path.dirname(d)
        if up == d:
            return {}
        d = up
