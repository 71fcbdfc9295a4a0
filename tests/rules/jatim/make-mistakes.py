#!/usr/bin/env python3
"""make-mistakes.py - write the mistake variants of tests/rules/jatim/clean.

Each variant is a directory beside clean/ holding the clean repository with
one mistake of issue 17 made in one file: the changed file is written out,
the others are symbolic links into clean/ (a walk follows links to files).
Its `expect` file names exactly the findings the mistake must produce,
nothing else.  Run it from the repository root after changing clean/; the
output is committed.
"""
import os
import shutil

SRC = 'tests/rules/jatim/clean'
DST = 'tests/rules/jatim'

# name: (file, [(old, new), ...], files left out, expect lines, why)
VARIANTS = {
    'target-comma': (
        '35.07/rpjmd-2025-2029.yaml',
        [('targets: {2025: 3.20, 2026: 3.35, 2027: 3.50,',
          'targets: {2025: "3,20", 2026: 3.35, 2027: "3,5",')],
        [],
        ['35.07/rpjmd-2025-2029.yaml:26:29 error number-format',
         '35.07/rpjmd-2025-2029.yaml:26:55 error number-format'],
        'Targets typed with a decimal comma: number-format at each, and no\n'
        'target-trend for 3,5 after 3.35 (such values take part in no other\n'
        'rule until they are written as numbers).'),
    'rkpd-target-comma': (
        '35.07/rkpd-2026.yaml',
        [('unit: km, targets: {2026: 45}}', 'unit: km, targets: {2026: "45,5"}}')],
        [],
        ['35.07/rkpd-2026.yaml:21:87 error number-format'],
        'An RKPD target "45,5" against the RPJMD\'s 45: number-format, with the\n'
        'number to write; not an align-target "different text".'),
    'flow-split': (
        '35.07/rkpd-2026.yaml',
        [('unit: km, targets: {2026: 45}}', 'unit: km, targets: {2026: 45,5}}')],
        [],
        ['35.07/rkpd-2026.yaml:21:90 error schema'],
        '{2026: 45,5}: YAML reads the value 45 and a key 5.  The schema finding\n'
        'at the key says a decimal comma split the value; the 45 is not\n'
        'compared with the RPJMD, and 2026 counts as given.'),
    'program-name': (
        '35.07/rkpd-2026.yaml',
        [('name: Program Aplikasi Informatika', 'name: Program Jalan dan Jembatan')],
        [],
        ['35.07/rkpd-2026.yaml:53:11 warning code-unknown'],
        'Program 2.16.03 named \'Program Jalan dan Jembatan\': compared with the\n'
        'kab/kota table (the document\'s level), at the name.'),
    'other-code-name': (
        '35.07/rkpd-2026.yaml',
        [('name: Program Informasi dan Komunikasi Publik',
          'name: Program Aplikasi Informatika')],
        [],
        ['35.07/rkpd-2026.yaml:34:11 warning code-unknown'],
        'Program 2.16.02 named as 2.16.03: the code is what is wrong, so the\n'
        'finding is at the code and says whose name it is.'),
    'musrenbang-region': (
        '35.07.07/musrenbang-2026.yaml',
        [('region: "35.07.07"', 'region: "35.07.17"')],
        ['35.07.07.2001'],
        ['35.07.07/musrenbang-2026.yaml:8:9 warning region-unknown'],
        'The Musrenbang of Poncokusumo written with the code of Jabung: one\n'
        'finding, at the code ("Poncokusumo is 35.07.07"); its proposals, in\n'
        'Poncokusumo\'s desa, are not outside its region.  (The desa is left\n'
        'out: its link to the Musrenbang would be supports-level, since by its\n'
        'code the Musrenbang is Jabung\'s.)'),
    'rkpd-adopted-late': (
        '35.07/rkpd-2026.yaml',
        [('adopted: 2025-06-24', 'adopted: 2026-03-01')],
        [],
        ['35.07/rkpd-2026.yaml:13:10 error schedule'],
        'An RKPD 2026 adopted on 1 March 2026.'),
    'musrenbang-held-late': (
        '35.07.07/musrenbang-2026.yaml',
        [('adopted: 2025-02-12', 'adopted: 2026-11-12')],
        [],
        ['35.07.07/musrenbang-2026.yaml:12:10 error schedule'],
        'A Musrenbang for 2026 held in November 2026.'),
    'code-form': (
        '35.07/rkpd-2026.yaml',
        [('code: 2.16.03.2.02.0003', 'code: 2.16.03.2.02.03')],
        [],
        ['35.07/rkpd-2026.yaml:64:19 warning code-form'],
        'One sub-kegiatan written .03 among .0003-style codes.'),
    'indicator-missing': (
        '35.07/rkpd-2026.yaml',
        [('    indicators:\n      - {name: Persentase perangkat daerah yang '
          'menggunakan aplikasi umum SPBE, unit: "%", targets: {2026: 65}}\n',
          '')],
        [],
        ['35.07/rkpd-2026.yaml:52:5 warning indicator-missing'],
        'An RKPD program without any indicator.'),
}

ARGS = ('--regions ../../../../../shared/data/regions.csv '
        '--nomenclature ../../../../../shared/data/nomenclature-provinsi-2020.csv '
        '--nomenclature ../../../../../shared/data/nomenclature-kabkota-2020.csv\n')


def files(top):
    for d, _, names in sorted(os.walk(top)):
        for n in sorted(names):
            if n.endswith('.yaml'):
                yield os.path.relpath(os.path.join(d, n), top)


def make(name, spec):
    changed, edits, leave_out, expect, why = spec
    out = os.path.join(DST, name)
    shutil.rmtree(out, ignore_errors=True)
    for rel in files(SRC):
        if any(rel.startswith(p + '/') for p in leave_out):
            continue
        dst = os.path.join(out, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if rel != changed:
            os.symlink(os.path.relpath(os.path.join(SRC, rel),
                                       os.path.dirname(dst)), dst)
            continue
        text = open(os.path.join(SRC, rel)).read()
        for old, new in edits:
            if old not in text:
                raise SystemExit('%s: %r not in %s' % (name, old, rel))
            text = text.replace(old, new, 1)
        open(dst, 'w').write(text)
    open(os.path.join(out, 'args'), 'w').write(ARGS)
    open(os.path.join(out, 'needs'), 'w').write('../../../../../shared/data\n')
    with open(os.path.join(out, 'expect'), 'w') as f:
        for line in why.split('\n'):
            f.write('# ' + line + '\n')
        for line in expect:
            f.write(line + '\n')


for n, s in VARIANTS.items():
    make(n, s)
