#!/bin/sh
# editor.sh BUILD - what docs/editors.md shows, for real: the plans of
# examples/ open without a diagnostic in yaml-language-server, and the
# broken file of docs/editors.md gets its three diagnostics and its
# completions.  Needs node and yaml-language-server: $YLS, else the one
# .ci/run installs into build/npm (scripts/packages), else on PATH; skips,
# saying so, without them.  A client that does not finish (no completion
# line, a status other than 0) fails.  Ends with "N passed, M failed,
# K skipped".
B=${1:-build}
export LC_ALL=C
. "$(dirname "$0")/lib.sh"

PLANS="examples/sumbar/13.71/rkpd-2026.yaml
examples/sumbar/13.02.04.2001/rkpdes-2026.yaml
examples/sumbar/indonesia/rpjmn-2025-2029.yaml"
if [ -z "$YLS" ] && [ -x build/npm/node_modules/.bin/yaml-language-server ]; then
	YLS=$PWD/build/npm/node_modules/.bin/yaml-language-server
fi
YLS=${YLS:-$(command -v yaml-language-server)}
why=
if ! command -v node >/dev/null 2>&1; then
	why="node is not installed"
elif [ -z "$YLS" ] || [ ! -x "$YLS" ]; then
	why="yaml-language-server is not installed (scripts/setup.sh npm, or set YLS)"
fi
if [ -n "$why" ]; then
	for f in $PLANS; do echo "SKIP $(basename "$f") opens clean: $why"; done
	echo "SKIP docs/editors.md inline errors: $why"
	echo "SKIP docs/editors.md completions: $why"
	echo "0 passed, 0 failed, 5 skipped"
	exit 0
fi
export YLS
C=tests/install/lsp-client.js

# client FILE LINE COL: the client's output in $T/out; fails when it did
# not finish.
client() {
	timeout 120 node "$C" "$@" >"$T/out" 2>&1
	rc=$?
	[ "$rc" -eq 0 ] && grep -q '^completion at' "$T/out" && return 0
	echo "    the client did not finish (status $rc):"
	tail -n 5 "$T/out" | sed 's/^/    /'
	return 1
}

for f in $PLANS; do
	if ! client "$f" 1 1; then not_ok "$f: no answer"; continue; fi
	out=$(grep '^diag' "$T/out")
	if [ -z "$out" ]; then ok "$f: no diagnostic"; else
		not_ok "$f: $out"; fi
done

# The file of docs/editors.md, with the schemas the modeline names.
mkdir -p "$T/r/13.77" "$T/r/schemas"
"$B/bin/plan-validate" --print-schema plan >"$T/r/schemas/plan.schema.yaml"
"$B/bin/plan-validate" --print-schema defs >"$T/r/schemas/defs.schema.yaml"
sed -n '/^## What you get/,/^\*\*Inline errors/p' docs/editors.md |
	sed -n '/^```yaml$/,/^```$/p' | sed '1d;$d' | sed 's/^        |$/        /' \
	>"$T/r/13.77/rkpd-2026.yaml"
client "$T/r/13.77/rkpd-2026.yaml" 19 9
sed -n '/^\*\*Inline errors/,/^\*\*Completion/p' docs/editors.md |
	sed -n '/^```$/,/^```$/p' | sed '1d;$d' | sed 's/^/diag /' >"$T/want"
if grep '^diag' "$T/out" | cmp -s - "$T/want"; then
	ok "docs/editors.md: the inline errors are the server's"
else
	not_ok "docs/editors.md: the inline errors are the server's"
	diff "$T/want" "$T/out" | sed 's/^/    /'
fi
for k in id unit supports indicators budget budget_forward sub_kegiatan; do
	grep '^completion' "$T/out" | tr -d ',' | tr ' ' '\n' | grep -qx "$k" ||
		missing="$missing $k"
done
if [ -z "$missing" ]; then ok "docs/editors.md: the completions are the server's"
else not_ok "completion lacks:$missing"; sed 's/^/    /' "$T/out"; fi

finish
