#!/bin/sh
# editor.sh BUILD - what docs/editors.md shows, for real: the plans of
# examples/ open without a diagnostic in yaml-language-server, and the
# broken file of docs/editors.md gets its three diagnostics and its
# completions.  Needs node and yaml-language-server ($YLS, else on PATH);
# skips, saying so, without them.  Ends with "N passed, M failed".
B=${1:-build}
export LC_ALL=C
. "$(dirname "$0")/lib.sh"

YLS=${YLS:-$(command -v yaml-language-server)}
if ! command -v node >/dev/null 2>&1 || [ -z "$YLS" ] || [ ! -x "$YLS" ]; then
	echo "skip - node or yaml-language-server is not installed (set YLS)"
	echo "0 passed, 0 failed"
	exit 0
fi
export YLS
C=tests/install/lsp-client.js

for f in examples/sumbar/13.71/rkpd-2026.yaml \
	 examples/sumbar/13.02.04.2001/rkpdes-2026.yaml \
	 examples/sumbar/indonesia/rpjmn-2025-2029.yaml; do
	out=$(timeout 60 node "$C" "$f" 1 1 2>&1 | grep '^diag')
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
timeout 60 node "$C" "$T/r/13.77/rkpd-2026.yaml" 19 9 >"$T/out" 2>&1
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
