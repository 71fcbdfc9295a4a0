#!/usr/bin/env python3
"""Render the examples of docs/examples/ into docs/rules.md.

usage: python3 docs/examples/render.py      (from the project root)

Each folder docs/examples/<rule>/ holds a small plan repository that
triggers <rule>. An optional args.txt gives the plan-validate arguments
(default: the folder). For every section of docs/rules.md, the text
between `<!-- example docs/examples/<rule> -->` and `<!-- end example -->`
is replaced by the folder's files, the command, and, under the line
`<!-- output -->`, the text output of build/bin/plan-validate (left empty
while the binary is missing or reports nothing for the folder).
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOC = os.path.join(ROOT, "docs", "rules.md")
BIN = os.path.join(ROOT, "build", "bin", "plan-validate")
BLOCK = re.compile(r"<!-- example (docs/examples/[a-z-]+) -->\n.*?<!-- end example -->", re.S)


def render(folder):
    path = os.path.join(ROOT, folder)
    names = sorted(n for n in os.listdir(path) if n.endswith((".yaml", ".yml")))
    args = [folder]
    if os.path.exists(os.path.join(path, "args.txt")):
        args = open(os.path.join(path, "args.txt")).read().split()
    out = ["<!-- example %s -->" % folder]
    for n in names:
        out += ["", "`%s/%s`:" % (folder, n), "", "```yaml",
                open(os.path.join(path, n)).read().rstrip("\n"), "```"]
    out += ["", "```console", "$ plan-validate " + " ".join(args), "```", "", "<!-- output -->"]
    if os.access(BIN, os.X_OK):
        env = dict(os.environ, NO_COLOR="1", LC_ALL="C")
        env.pop("GITHUB_ACTIONS", None)
        r = subprocess.run([BIN] + args, cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        lines = r.stdout.rstrip("\n").splitlines()
        if any(re.search(r"\[[a-z-]+\]$", l) for l in lines):
            out += ["```text"] + lines + ["(exit status %d)" % r.returncode, "```"]
    out.append("<!-- end example -->")
    return "\n".join(out)


def main():
    text = open(DOC).read()
    new = BLOCK.sub(lambda m: render(m.group(1)), text)
    with open(DOC + ".tmp", "w") as f:
        f.write(new)
    os.replace(DOC + ".tmp", DOC)


if __name__ == "__main__":
    sys.exit(main())
