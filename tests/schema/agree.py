#!/usr/bin/python3
"""agree.py [BUILD] - do schemas/plan.schema.yaml and plan-validate agree?

SPEC 3.2 promises that the schemas, read by a generic JSON Schema tool, are
never stricter or looser than plan-validate's `schema` rule (apart from
patterns on numbers).  This checks the promise on every YAML fixture with a
top-level `plan` key under tests/, examples/ and ../shared/conformance/:

* python3-jsonschema (Draft202012Validator) validates the document against
  schemas/plan.schema.yaml, which refers to defs.schema.yaml beside it;
* plan-validate --format json runs over the same files;
* a file passes when the two verdicts are the same: python finds it
  invalid exactly when plan-validate reports any of schema, budget-format,
  region-format or code-format (the rules that the schema's x-rule
  subschemas leave the form of a value to).

How the document is read for python, and why:
* YAML 1.1 timestamps stay strings: PyYAML would turn `adopted: 2025-08-29`
  into a date object, which no JSON Schema type describes; an editor
  (YAML 1.2) reads it as a string too.  Other YAML 1.1 typing (2.10 as a
  float, yes as a boolean) is kept: it is what generic tools do, and the
  schemas allow for it.
* Mapping keys become strings (`2026:` is an integer key to PyYAML; JSON
  object keys are strings).
* A null value under a key means the key is absent (SPEC 3.2), which
  JSON Schema cannot express: the validator is extended so that
  `properties` and `patternProperties` skip null values and `required`
  counts a null value as missing, as plan-validate does.  An unknown key
  is still an unknown key whatever its value.
* `format` is asserted (FormatChecker): plan-validate reports a date that
  does not exist (2026-02-30) as `schema`, outside the schema proper
  (lib/check_doc.c), and `format: date` is how the schema says it.
* A second YAML document in a file is `schema` for plan-validate (SPEC 2),
  so it makes the file invalid here too.

Skipped, as not comparable: files PyYAML cannot read, and files where
plan-validate reports yaml-syntax, yaml-alias, yaml-depth, limit or
duplicate-key (its tree then differs from PyYAML's, which keeps the last of
two equal keys).  Without python3-jsonschema or python3-yaml the whole run
is skipped (exit 0).

A crash of plan-validate, or output that is not its JSON object, fails the
file.  Prints one line per disagreement and ends with "N passed, M failed,
K skipped"; exits 1 when any file failed.
"""
import json
import os
import pathlib
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as e:  # pragma: no cover - depends on the machine
    print(f"SKIP schema agreement: {e.name} is not installed "
          "(apt-get install python3-jsonschema python3-yaml)")
    print("0 passed, 0 failed, 1 skipped")
    sys.exit(0)

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
sys.path.insert(0, str(ROOT / "tests" / "py"))
from yamljson import jsonish, loader, validator  # noqa: E402
FORM_RULES = {"schema", "budget-format", "region-format", "code-format",
              "suspect-link-form"}
NOT_COMPARABLE = {"yaml-syntax", "yaml-alias", "yaml-depth", "limit",
                  "duplicate-key"}
Loader = loader(yaml.SafeLoader)


def drop_nulls(validator, instance):
    if validator.is_type(instance, "object"):
        return {k: v for k, v in instance.items() if v is not None}
    return instance


def null_is_absent(base):
    """base's keywords, with a null value under a key read as absence."""
    orig = base.VALIDATORS

    def properties(validator, value, instance, schema):
        yield from orig["properties"](validator, value,
                                      drop_nulls(validator, instance), schema)

    def pattern_properties(validator, value, instance, schema):
        yield from orig["patternProperties"](
            validator, value, drop_nulls(validator, instance), schema)

    def required(validator, value, instance, schema):
        yield from orig["required"](validator, value,
                                    drop_nulls(validator, instance), schema)

    return jsonschema.validators.extend(base, {
        "properties": properties,
        "patternProperties": pattern_properties,
        "required": required,
    })


def make_validator():
    return validator(SCHEMAS, Loader, null_is_absent)


def fixtures():
    """Every YAML file with a top-level `plan` key, in a stable order."""
    roots = [ROOT / "tests", ROOT / "examples",
             ROOT.parent / "shared" / "conformance"]
    for top in roots:
        for p in sorted(top.rglob("*")):
            if p.suffix in (".yaml", ".yml") and p.is_file():
                yield p


def python_verdict(v, path):
    """(is a plan, invalid, why) or None when PyYAML cannot read it."""
    try:
        with open(path, "rb") as f:
            docs = list(yaml.load_all(f, Loader=Loader))
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError):
        return None
    if not docs or not isinstance(docs[0], dict) or "plan" not in docs[0]:
        return (False, False, "")
    if len(docs) > 1:
        return (True, True, "a second YAML document")
    err = next(iter(v.iter_errors(jsonish(docs[0]))), None)
    if err is None:
        return (True, False, "")
    where = "/".join(str(p) for p in err.absolute_path)
    return (True, True, f"{where}: {err.message[:120]}")


def ours(build, paths):
    """{path: set of rules reported} from one plan-validate run; falls back
    to a run per file when the batch run is in trouble."""
    exe = pathlib.Path(build) / "bin" / "plan-validate"
    cmd = [str(exe), "--format", "json", "--no-config",
           "--schemas", str(SCHEMAS)]

    def run(files):
        """(status, {path: rules}); the rules are None unless the status
        is 0 or 1 with the JSON object on stdout."""
        r = subprocess.run(cmd + [str(f) for f in files],
                           capture_output=True, text=True,
                           env=dict(os.environ, LC_ALL="C", NO_COLOR="1"))
        if r.returncode not in (0, 1):
            return r.returncode, None
        try:
            findings = json.loads(r.stdout)["findings"]
        except (ValueError, KeyError, TypeError):
            return r.returncode, None
        out = {str(f): set() for f in files}
        for f in findings:
            rule = f["rule"]
            # a malformed `reviewed:` is left to suspect-link (x-rule);
            # its other findings are about meaning, not form
            if rule == "suspect-link" and "is not a fingerprint" in f["message"]:
                rule = "suspect-link-form"
            # a proposal's location outside the document's region is a
            # relation between two values (SPEC 3.5), not a form
            if rule == "region-format" and "outside the document's region" in f["message"]:
                rule = "region-location"
            out.setdefault(f["file"], set()).add(rule)
        return r.returncode, out

    _, got = run(paths)
    if got is not None:
        return got
    got = {}
    for p in paths:
        rc, one = run([p])
        # trouble (2) is a verdict; a signal, another status or output
        # that is not the JSON object is a failure of the tool
        got[str(p)] = one[str(p)] if one else \
            {"trouble"} if rc == 2 else {"crash"}
    return got


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    if not (pathlib.Path(build) / "bin" / "plan-validate").exists():
        print(f"FAIL agree: {build}/bin/plan-validate is not built")
        print("0 passed, 1 failed, 0 skipped")
        return 1
    v = make_validator()
    verdicts = {}
    for p in fixtures():
        pv = python_verdict(v, p)
        if pv is not None and pv[0]:
            verdicts[p] = pv
    rules = ours(build, list(verdicts))
    passed = failed = skipped = 0
    for p, (_, py_bad, why) in verdicts.items():
        got = rules.get(str(p), {"trouble"})
        if "crash" in got:
            failed += 1
            print(f"FAIL {os.path.relpath(p, ROOT)}: plan-validate crashed "
                  "or printed no JSON findings")
            continue
        if got & NOT_COMPARABLE:
            skipped += 1
            continue
        our_bad = bool(got & FORM_RULES) or "trouble" in got
        if our_bad == py_bad:
            passed += 1
            continue
        failed += 1
        rel = os.path.relpath(p, ROOT)
        if py_bad:
            print(f"FAIL {rel}: python finds it invalid ({why}), "
                  f"plan-validate reports {sorted(got) or 'nothing'}")
        else:
            print(f"FAIL {rel}: python finds it valid, plan-validate "
                  f"reports {sorted(got & FORM_RULES)}")
    if skipped:
        print(f"agree: {skipped} files not comparable (yaml-* or "
              "duplicate-key findings)")
    print(f"{passed} passed, {failed} failed, 0 skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
