#!/bin/sh
# ci.sh BUILD - the CI and editor integration: .pre-commit-hooks.yaml, the
# sample repository (validates clean with its .plan.yaml; its pre-commit,
# GitHub Actions and GitLab CI files; docs/ci.md shows them as they are),
# the GitLab Code Quality conversion, the yaml-language-server modelines
# of examples/, --print-schema, the bash completion.  Tools that are not
# installed (pre-commit, jq, bash) skip their tests, saying so.  Ends
# with "N passed, M failed, K skipped".
B=${1:-build}
ROOT=$(pwd)
BIN=$ROOT/$B/bin
case $B in /*) BIN=$B/bin ;; esac
export LC_ALL=C NO_COLOR=1
unset GITHUB_ACTIONS
. "$(dirname "$0")/lib.sh"
S=docs/sample-repository
yaml_ok() { python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$1"; }

# -- the sample repository --------------------------------------------
check "sample repository validates clean (0 errors, 0 warnings)" \
	sh -c "cd $S && '$BIN/plan-validate' --strict . | tail -n 1 | grep -q ': 0 errors, 0 warnings'"
check "sample repository's .plan.yaml is found and loads its tables" \
	sh -c "cd $S && '$BIN/plan-validate' --format json . | grep -q '\"files\": 2'"
cp -r "$S/." "$T/repo"
sed 's/Pengelolaan Pusat Data Pemerintahan Daerah$/Pengelolaan Pusat Data/' \
	"$S/13.77/rkpd-2026.yaml" >"$T/repo/13.77/rkpd-2026.yaml"
check "sample repository's nomenclature table is used (code-unknown)" \
	sh -c "cd '$T/repo' && '$BIN/plan-validate' . | grep -q '\[code-unknown\]'"
cp "$S/13.77/rkpd-2026.yaml" "$T/repo/13.77/rkpd-2026.yaml"
for f in .github/workflows/plans.yml .gitlab-ci.yml .pre-commit-config.yaml \
	 .plan.yaml; do
	check "$S/$f is YAML" yaml_ok "$S/$f"
done
check "$S/.vscode/settings.json is JSON" python3 -m json.tool "$S/.vscode/settings.json"
check "the workflow uploads SARIF with github/codeql-action/upload-sarif" \
	grep -q 'uses: github/codeql-action/upload-sarif@' "$S/.github/workflows/plans.yml"
check "the workflow writes github annotations" \
	grep -q 'plan-validate --format github' "$S/.github/workflows/plans.yml"

# docs/ci.md shows the sample's files as they are.
python3 - "$S" docs/ci.md >"$T/log" 2>&1 <<'PY'
import re, sys
s, doc = sys.argv[1], open(sys.argv[2]).read()
blocks = re.findall(r'```(?:yaml|json)?\n(.*?)```', doc, re.S)
bad = [f for f in ('.github/workflows/plans.yml', '.gitlab-ci.yml',
                   '.pre-commit-config.yaml')
       if open(s + '/' + f).read() not in blocks]
sys.exit('not shown as it is in docs/ci.md: ' + ' '.join(bad) if bad else 0)
PY
if [ $? -eq 0 ]; then ok "docs/ci.md shows the sample's CI files as they are"
else not_ok "docs/ci.md shows the sample's CI files as they are"; cat "$T/log"; fi

# Annotations and SARIF on a repository with a finding.
sed 's/900_000_000}/900.000.000}/' "$S/13.77/rkpd-2026.yaml" \
	>"$T/repo/13.77/rkpd-2026.yaml"
(cd "$T/repo" && "$BIN/plan-validate" --format github . >"$T/gh"; echo $? >"$T/gh.rc")
check "--format github: an ::error with file, line, col and title" \
	grep -q '^::error file=.*13.77/rkpd-2026.yaml,line=[0-9]*,col=[0-9]*,title=budget-format::' "$T/gh"
check "--format github exits 1 on the error" grep -qx 1 "$T/gh.rc"
(cd "$T/repo" && "$BIN/plan-validate" --format sarif -o "$T/sarif" .)
check "--format sarif -o: SARIF 2.1.0 with the finding" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["version"] == "2.1.0"
r = d["runs"][0]["results"]
assert any(x["ruleId"] == "budget-format" for x in r), r' "$T/sarif"

# The GitLab job's jq program, taken from .gitlab-ci.yml, on that repository.
if command -v jq >/dev/null 2>&1; then
	python3 -c '
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))["plan-validate"]
print(next(l for l in job["script"] if l.lstrip().startswith("jq ")))' \
		"$S/.gitlab-ci.yml" >"$T/jq.sh"
	(cd "$T/repo" && { "$BIN/plan-validate" --format json -o plan-validate.json . || test $? -eq 1; } &&
	 sh "$T/jq.sh") >"$T/log" 2>&1
	check "GitLab: the jq program makes a Code Quality report" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert isinstance(r, list) and r, r
for i in r:
    assert set(i) == {"description", "check_name", "fingerprint", "severity", "location"}, i
    assert i["severity"] in ("info", "minor", "major", "critical", "blocker"), i
    assert not i["location"]["path"].startswith("./"), i
    assert isinstance(i["location"]["lines"]["begin"], int), i
assert any(i["check_name"] == "budget-format" and i["severity"] == "major" for i in r)
assert len({i["fingerprint"] for i in r}) == len(r)' "$T/repo/gl-code-quality-report.json"
else
	skip "GitLab Code Quality conversion" "jq is not installed"
fi

# -- pre-commit ---------------------------------------------------------
check ".pre-commit-hooks.yaml is YAML" yaml_ok .pre-commit-hooks.yaml
if command -v pre-commit >/dev/null 2>&1; then
	check "pre-commit validate-manifest .pre-commit-hooks.yaml" \
		pre-commit validate-manifest .pre-commit-hooks.yaml
	check "pre-commit validate-config of the sample" \
		pre-commit validate-config "$S/.pre-commit-config.yaml"
	cp -r "$S/." "$T/pc"
	(
		cd "$T/pc" && git init -q && git add -A &&
		git -c user.email=t@example.org -c user.name=t commit -qm sample
	) >/dev/null 2>&1
	export PRE_COMMIT_HOME="$T/pc-home"
	check "pre-commit: the sample's hook passes on the sample" \
		sh -c "cd '$T/pc' && PATH='$BIN':\$PATH pre-commit run --all-files"
	if git diff --quiet HEAD -- .pre-commit-hooks.yaml 2>/dev/null; then
		check "pre-commit try-repo: the toolkit's plan-validate hook passes" \
			sh -c "cd '$T/pc' && PATH='$BIN':\$PATH pre-commit try-repo '$ROOT' plan-validate --all-files"
	else
		skip "pre-commit try-repo" ".pre-commit-hooks.yaml is not committed"
	fi
	sed 's/900_000_000}/900.000.000}/' "$S/13.77/rkpd-2026.yaml" \
		>"$T/pc/13.77/rkpd-2026.yaml"
	(cd "$T/pc" && git add -A) >/dev/null 2>&1
	check "pre-commit: a commit with a budget-format error is stopped" \
		sh -c "cd '$T/pc' && ! PATH='$BIN':\$PATH pre-commit run >out 2>&1 && grep -q budget-format out"
else
	skip "pre-commit hooks" "pre-commit is not installed"
fi

# -- editors --------------------------------------------------------------
bad=
for f in $(git ls-files 'examples/*.yaml' 'examples/*.yml' "$S/*.yaml"); do
	case $f in */.*) continue ;; esac
	grep -q '^plan:' "$f" || continue
	s=$(sed -n '1s/^# yaml-language-server: \$schema=//p' "$f")
	if [ -z "$s" ] || [ ! -f "$(dirname "$f")/$s" ]; then bad="$bad $f"; fi
done
if [ -z "$bad" ]; then
	ok "every plan of examples/ and the sample has a modeline that resolves"
else
	not_ok "modeline missing or not resolving:$bad"
fi
for k in plan defs rkpd; do
	case $k in defs) want=schemas/defs.schema.yaml ;; *) want=schemas/plan.schema.yaml ;; esac
	check "--print-schema $k writes $want" \
		sh -c "'$BIN/plan-validate' --print-schema $k | cmp -s - $want"
done
check "--print-schema nonsense is trouble (exit 2)" \
	sh -c "'$BIN/plan-validate' --print-schema nonsense 2>/dev/null; test \$? -eq 2"

# -- bash completion ------------------------------------------------------
if command -v bash >/dev/null 2>&1; then
	cat >"$T/comp.bash" <<'BASH'
PATH=$1:$PATH
. contrib/bash-completion/plan-toolkit
t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
      _plan_toolkit "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      echo "${COMPREPLY[*]}"; }
complete -p plan-validate plan-diff plan-trace plan-report >/dev/null || exit 1
# Each case: what the completion should offer | the words typed so far.
while IFS='|' read -r want words; do
	eval "set -- $words"
	got=$(t "$@")
	[ "$got" = "$want" ] || { echo "$words: '$got', not '$want'"; exit 1; }
done <<'CASES'
--print-schema|plan-validate --print-s
text json github sarif auto|plan-validate --format ''
text json csv dot|plan-trace -f ''
supports-cycle|plan-validate --disable supports-c
rkpdes|plan-validate --print-schema rkpde
examples/sumbar|plan-validate examples/sum
--coverage|plan-trace --cov
--excel|plan-diff --exc
--excel|plan-trace --exc
--excel|plan-report --exc
left-out|plan-report --table left
budget-year|plan-report --table budget-y
rkpd rkpdes|plan-import --kind rkpd
--map|plan-import --ma
rpjmd rpjmdes|plan-new rpjmd
|plan-new rpjmd 13
nagari|plan-import --level nag
tests/import/standard.csv|plan-import tests/import/standard.cs
--unit-name|plan-new --unit-n
CASES
for o in $(plan-validate --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
	t plan-validate - | tr ' ' '\n' | grep -qx -- "$o" || { echo "$o"; exit 9; }
done
complete -p plan-import plan-new >/dev/null || exit 10
BASH
	check "bash completion: options, formats, rules, kinds, paths" \
		bash "$T/comp.bash" "$BIN"
else
	skip "bash completion" "bash is not installed"
fi

finish
