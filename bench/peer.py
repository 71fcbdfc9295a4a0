#!/usr/bin/python3
"""peer.py DIR... - the peer of `make bench`: what a planner's IT staff
would write today to check a plan repository with generic tools.

Walks the directories for *.yaml / *.yml files, reads each with PyYAML's
C loader (yaml.CSafeLoader, libyaml underneath) and validates it with
python3-jsonschema's Draft202012Validator against schemas/plan.schema.yaml,
whose $refs to defs.schema.yaml are resolved from the files, with the
`date` format asserted.  As in tests/schema/agree.py, YAML 1.1 timestamps
stay strings (JSON Schema has no date type) and keys become strings.

A straightforward implementation, neither pessimised nor tuned: the
validator is built once, then one load and one iter_errors per file, on
one thread.  It does schema checks only: none of plan-validate's
cross-document rules (references, budgets adding up, alignment).

Prints "files N invalid N errors N unreadable N seconds S"; exit 0.
"""
import os
import pathlib
import sys
import time

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"
sys.path.insert(0, str(ROOT / "tests" / "py"))
from yamljson import jsonish, loader, validator  # noqa: E402

Loader = loader(yaml.CSafeLoader)


def make_validator():
    return validator(SCHEMAS, Loader)


def files(tops):
    for top in tops:
        for d, _, names in os.walk(top):
            for n in names:
                if n.endswith((".yaml", ".yml")):
                    yield os.path.join(d, n)


def main():
    if len(sys.argv) < 2:
        print("usage: peer.py DIR...", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    v = make_validator()
    n = invalid = errors = unreadable = 0
    for path in files(sys.argv[1:]):
        n += 1
        try:
            with open(path, "rb") as f:
                doc = yaml.load(f, Loader=Loader)
        except yaml.YAMLError:
            unreadable += 1
            continue
        k = sum(1 for _ in v.iter_errors(jsonish(doc)))
        errors += k
        invalid += k > 0
    print(f"files {n} invalid {invalid} errors {errors} "
          f"unreadable {unreadable} seconds {time.monotonic() - t0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
