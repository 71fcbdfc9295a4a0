#!/bin/sh
# agree.sh [BUILD] - schemas/ read by python3-jsonschema against
# plan-validate's verdicts on every plan fixture (see agree.py).  Uses
# Debian's python, where python3-jsonschema and python3-yaml live.
cd "$(dirname "$0")/../.." || exit 2
B=${1:-build}
case $B in /*) ;; *) B=$PWD/$B ;; esac
if [ ! -x /usr/bin/python3 ]; then
	echo "SKIP schema agreement: /usr/bin/python3 is not installed"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
exec /usr/bin/python3 tests/schema/agree.py "$B"
