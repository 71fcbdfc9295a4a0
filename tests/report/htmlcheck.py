#!/usr/bin/env python3
"""htmlcheck.py FILE [CHARTS] - the HTML report is well formed and offline:
tags balanced (void elements aside), at least CHARTS (default 3) <svg>
charts with <rect> bars, no <script>, no http, no url( outside escaped plan text (the raw
file is checked: plan text is escaped, so only our own markup counts).
Prints "ok" or what is wrong; exit 0/1."""
import html.parser, re, sys

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base",
        "wbr", "source", "track", "embed", "param"}
SVG_EMPTY = {"rect", "line"}

class Check(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.svgs, self.rects = [], [], 0, 0
    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.svgs += 1
        if tag == "rect":
            self.rects += 1
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        if tag == "rect":
            self.rects += 1
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("unbalanced </%s> at line %d (open: %s)" %
                               (tag, self.getpos()[0], self.stack[-3:]))
        else:
            self.stack.pop()

text = open(sys.argv[1], encoding="utf-8").read()
c = Check()
c.feed(text)
c.close()
problems = c.errors[:5]
if c.stack:
    problems.append("unclosed: %s" % c.stack)
want = int(sys.argv[2]) if len(sys.argv) > 2 else 3
if c.svgs < want:
    problems.append("%d charts, expected %d" % (c.svgs, want))
if c.rects < want:
    problems.append("no bars")
for bad in ("<script", "http", "url("):
    if bad in text.lower():
        problems.append("found %r" % bad)
if not text.startswith("<!DOCTYPE html>"):
    problems.append("no doctype")
print("\n".join(problems) if problems else "ok")
sys.exit(1 if problems else 0)
