#!/usr/bin/env python3
"""fix.py - plan-validate --fix (SPEC 7), in a temporary copy of
examples/ and tests/import/fix/ made a git repository:

* the patch applies: `git apply --check` and `patch -p1 --dry-run`, and
  both give the same files;
* after it, the findings it fixed are gone, the others are still there,
  and any new finding is one the readable value makes visible
  (budget-sum);
* the files differ from the originals only in the fixed values: each
  changed span was an amount with separators, and is now its digits;
* the exit status is plan-validate's without --fix;
* paths: `./x`, `a/../x` and a file outside the working directory.

plan-validate is taken from PATH.  Prints "ok"/"FAIL" lines and
"N passed, M failed".
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "py"))
from tally import check, summary  # noqa: E402

FIXABLE = {"budget-format", "number-format", "code-unknown", "region-unknown"}
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")



def run(args, cwd, stdin=None):
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True)


def findings(cwd, target):
    p = run(["plan-validate", "--no-config", "-f", "json", target], cwd)
    return {(f["file"], f["line"], f["column"], f["rule"])
            for f in json.loads(p.stdout)["findings"]}, p.returncode


def text_keys(stderr):
    """Findings of the text form on stderr, as (file, line, col, rule)."""
    out = set()
    for m in re.finditer(r"^(\S+):(\d+):(\d+): \w+: .* \[([a-z-]+)\]$",
                         stderr, re.M):
        out.add((m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)))
    return out


def unquote(b):
    s = b.decode()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        s = s[1:-1]
    return s


def value_only(old, new):
    """Every change is an amount that lost its separators (the matcher may
    split one value into several spans: join them per line)."""
    ol, nl = old.split(b"\n"), new.split(b"\n")
    if len(ol) != len(nl):
        return "line count changed"
    for a, b in zip(ol, nl):
        if a == b:
            continue
        pre = os.path.commonprefix([a, b])
        suf = os.path.commonprefix([a[len(pre):][::-1],
                                    b[len(pre):][::-1]])[::-1]
        va = a[len(pre):len(a) - len(suf)]
        vb = b[len(pre):len(b) - len(suf)]
        # widen to the whole value: digits, separators and quotes around
        while pre and chr(pre[-1]) in "0123456789.,'\"":
            va, vb, pre = pre[-1:] + va, pre[-1:] + vb, pre[:-1]
        while suf and chr(suf[0]) in "0123456789.,'\"":
            va, vb, suf = va + suf[:1], vb + suf[:1], suf[1:]
        x, y = unquote(va).rstrip("% "), unquote(vb)
        if not (NUMBER.match(y) and x.replace(".", "").replace(",", "") ==
                y.replace(".", "")):
            return "%r became %r" % (va, vb)
    return None


def fix_set(tmp, target):
    """--fix on target inside the copy at tmp."""
    before, status = findings(tmp, target)
    p = run(["plan-validate", "--no-config", "--fix", target], tmp)
    patch, rest = p.stdout, p.stderr.decode()
    name = target.rstrip("/").replace("/", "-")
    check("%s: exit status %d as without --fix" % (target, status),
          p.returncode == status, p.returncode)
    check("%s: a patch" % target, patch.startswith(b"--- a/"), patch[:60])
    pf = os.path.join(tmp, "..", name + ".patch")
    open(pf, "wb").write(patch)
    g = run(["git", "apply", "--check", pf], tmp)
    check("%s: git apply --check" % target, g.returncode == 0, g.stderr)
    d = run(["patch", "-p1", "--dry-run", "-i", pf], tmp)
    check("%s: patch -p1 --dry-run" % target, d.returncode == 0, d.stdout)
    # the same files with patch -p1 in a second copy
    other = tmp + "-patch"
    shutil.copytree(tmp, other)
    run(["patch", "-p1", "-s", "-i", pf], other)
    orig = {}
    for root, _, files in os.walk(tmp):
        if "/.git" in root:
            continue
        for f in files:
            path = os.path.relpath(os.path.join(root, f), tmp)
            orig[path] = open(os.path.join(tmp, path), "rb").read()
    g = run(["git", "apply", pf], tmp)
    check("%s: git apply" % target, g.returncode == 0, g.stderr)
    same = all(open(os.path.join(tmp, f), "rb").read() ==
               open(os.path.join(other, f), "rb").read() for f in orig)
    check("%s: patch -p1 gives the same files as git apply" % target, same)
    shutil.rmtree(other)
    why = None
    changed = 0
    for f, old in orig.items():
        new = open(os.path.join(tmp, f), "rb").read()
        if new != old:
            changed += 1
            why = why or value_only(old, new)
    check("%s: %d files differ only in the fixed values" % (target, changed),
          changed > 0 and why is None, why)
    left = text_keys(rest)
    fixed = before - left
    after, _ = findings(tmp, target)
    check("%s: only %s findings fixed" % (target, "/".join(sorted(FIXABLE))),
          fixed and {k[3] for k in fixed} <= FIXABLE, fixed)
    check("%s: the fixed findings are gone" % target,
          not (fixed & after), fixed & after)
    check("%s: the findings not fixed are still there" % target,
          left <= after, left - after)
    new = after - before
    check("%s: new findings are what the readable values show "
          "(budget-sum, target-trend)" % target,
          {k[3] for k in new} <= {"budget-sum", "target-trend"},
          new)
    return new


def main():
    src = os.getcwd()
    with tempfile.TemporaryDirectory() as top:
        tmp = os.path.join(top, "repo")
        os.makedirs(os.path.join(tmp, "tests", "import"))
        shutil.copytree(os.path.join(src, "examples"),
                        os.path.join(tmp, "examples"))
        shutil.copytree(os.path.join(src, "tests", "import", "fix"),
                        os.path.join(tmp, "tests", "import", "fix"))
        run(["git", "init", "-q", "."], tmp)
        fix_set(tmp, "examples/broken")
        new = fix_set(tmp, "tests/import/fix")
        check("tests/import/fix: the budget-sum the dotted amount hid shows",
              any(k[0].endswith("hidden-sum.yaml") and k[3] == "budget-sum"
                  for k in new), new)
        # paths: ./ and .. parts are not in the patch; outside is not fixed
        shutil.rmtree(tmp)
        shutil.copytree(os.path.join(src, "tests", "import", "fix"),
                        os.path.join(tmp, "fix"))
        p = run(["plan-validate", "--no-config", "--fix",
                 "./fix/../fix/hidden-sum.yaml"], tmp)
        check("a path with ./ and .. gives a/fix/hidden-sum.yaml",
              p.stdout.startswith(b"--- a/fix/hidden-sum.yaml\n"
                                  b"+++ b/fix/hidden-sum.yaml\n"), p.stdout)
        os.makedirs(os.path.join(tmp, "sub"))
        p = run(["plan-validate", "--no-config", "--fix",
                 "../fix/hidden-sum.yaml"], os.path.join(tmp, "sub"))
        check("a file outside the working directory: no patch, named on "
              "stderr", p.stdout == b"" and
              b"../fix/hidden-sum.yaml: not fixed: it is not below the "
              b"working directory" in p.stderr, p.stderr)
        p = run(["plan-validate", "--no-config", "--fix",
                 os.path.join(tmp, "fix", "hidden-sum.yaml")], tmp)
        check("an absolute path below the working directory",
              p.stdout.startswith(b"--- a/fix/hidden-sum.yaml\n"), p.stdout)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
