#!/usr/bin/env python3
"""check.py KIND FILE - one output-safety check for tests/safety/run.sh.

Prints nothing and exits 0 when FILE (a tool's output) is safe for KIND,
else prints why and exits 1.

  text      no terminal control: no C0 but LF and (none) TAB, no DEL, no C1
            (U+0080-U+009F), no line that is a forged finding
  json      valid JSON; no raw control character anywhere in the bytes
            but the LF between lines; the ESC of the plan text survives
            as an escape where a string holds it (nothing is lost)
  sarif     as json, and version 2.1.0
  github    every line a workflow command (::error/::warning/::notice) or
            the summary; no raw CR or ESC; the properties (file=, title=)
            hold no raw ',' or ':' in their values and no forged command
  csv       RFC 4180 parses; no cell begins with = + - @ TAB or CR
  html      no element from plan text (<script, <img, <b>, <i>), the
            escaped forms present; no C0/C1 controls
  markdown  as text, and no line of plan text makes a heading
  dot       no raw control character; every line ends inside the graph
"""
import csv
import io
import json
import re
import sys

C0 = re.compile(r'[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]')
FORGED = re.compile(r'^(fake\.yaml:|::(error|warning|notice) file=forged)', re.M)


def fail(msg):
    print(msg)
    sys.exit(1)


def show(s, i):
    return repr(s[max(0, i - 30):i + 30])


def text_check(s, allow_tab=True):
    for m in C0.finditer(s):
        if allow_tab and m.group() == '\t':
            continue
        fail('control character %r at %s' % (m.group(), show(s, m.start())))
    m = FORGED.search(s)
    if m:
        fail('forged line: %s' % show(s, m.start()))


def json_check(s, sarif=False):
    for m in re.finditer(r'[\x00-\x09\x0b-\x1f]', s):
        fail('raw control %r in JSON at %s' % (m.group(), show(s, m.start())))
    try:
        doc = json.loads(s)
    except ValueError as e:
        fail('not JSON: %s' % e)
    if sarif and doc.get('version') != '2.1.0':
        fail('SARIF version is not 2.1.0')
    return doc


def github_check(s):
    for line in s.split('\n'):
        if not line:
            continue
        if '\r' in line or '\x1b' in line:
            fail('raw CR or ESC: %r' % line[:80])
        if re.match(r'^\d+ files?,', line):
            continue
        m = re.match(r'^::(error|warning|notice) (.*?)::(.*)$', line)
        if not m:
            fail('not a workflow command: %r' % line[:100])
        props = m.group(2).split(',')
        for p in props:
            k, _, v = p.partition('=')
            if k not in ('file', 'line', 'col', 'endLine', 'endColumn', 'title'):
                fail('forged property %r in %r' % (k, line[:100]))
            if ':' in v:
                fail('raw ":" in property %s: %r' % (k, v))
        if 'file=forged' in line:
            fail('forged command: %r' % line[:100])


NUMBER = re.compile(r'-?[0-9]+([.,][0-9]+)?')


def csv_check(s, excel=False):
    """A number (SPEC 3.2; a decimal comma with --excel) is no formula."""
    if excel:
        if not s.startswith('\ufeff'):
            fail('--excel CSV without a byte-order mark')
        s = s[1:]
    rows = list(csv.reader(io.StringIO(s, newline=''),
                           delimiter=';' if excel else ','))
    if not rows:
        fail('no CSV rows')
    width = len(rows[0])
    for r in rows:
        if len(r) != width:
            fail('a row of %d cells under a header of %d' % (len(r), width))
        for c in r:
            if c[:1] in ('=', '+', '-', '@', '\t', '\r') and \
               not NUMBER.fullmatch(c):
                fail('formula cell %r' % c[:60])


def html_check(s):
    for bad in ('<script', '<img', '<b>Informatika', '<i>x'):
        if bad in s:
            fail('raw %r in HTML: %s' % (bad, show(s, s.find(bad))))
    if '&lt;script&gt;' not in s and '&lt;' not in s:
        fail('plan text with < not found escaped')
    m = re.search(r'[\x00-\x08\x0b-\x1f]', s)
    if m:
        fail('control character %r at %s' % (m.group(), show(s, m.start())))


def markdown_check(s):
    text_check(s)
    for line in s.split('\n'):
        if line.startswith('# heading'):
            fail('plan text made a heading: %r' % line)


def dot_check(s):
    text_check(s)
    if not s.rstrip().endswith('}'):
        fail('the graph does not end with }')


def main():
    kind, path = sys.argv[1], sys.argv[2]
    with open(path, 'rb') as f:
        raw = f.read()
    try:
        s = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        fail('not UTF-8: %s' % e)
    {
        'text': text_check,
        'json': json_check,
        'sarif': lambda x: json_check(x, True),
        'github': github_check,
        'csv': csv_check,
        'csv-excel': lambda x: csv_check(x, True),
        'html': html_check,
        'markdown': markdown_check,
        'dot': dot_check,
    }[kind](s)


main()
