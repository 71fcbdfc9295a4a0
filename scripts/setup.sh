#!/bin/sh
# setup.sh [GROUP...] - install what the groups of scripts/packages
# (default: build test) name and is missing: Debian packages with apt-get
# (through sudo when not root), the npm group with npm into build/npm.
# Does nothing when all is there.
#   setup.sh --list GROUP...   print the groups' packages, one a line
# make demo runs `setup.sh build`, make check `setup.sh build test`, and
# .ci/run `setup.sh build test optional npm`.
set -e
here=$(dirname "$0")
root=$(cd "$here/.." && pwd)
list=
if [ "${1:-}" = --list ]; then
	list=1
	shift
fi
[ $# -eq 0 ] && set -- build test

for g in "$@"; do
	if ! grep -q "^$g:" "$here/packages"; then
		echo "setup: no group '$g' in $here/packages" >&2
		exit 2
	fi
done
# words GROUP: the words of GROUP's line of scripts/packages.
words() { sed -n "s/^$1: *//p" "$here/packages"; }

have() {
	pkg=${1%%=*} cmd=${1#*=}
	if [ "$cmd" != "$1" ] && command -v "$cmd" >/dev/null 2>&1; then
		return 0
	fi
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"
}

need="" npm=""
for g in "$@"; do
	for w in $(words "$g"); do
		if [ -n "$list" ]; then
			echo "${w%%=*}"
		elif [ "$g" = npm ]; then
			# name@version: present when its command is in build/npm
			[ -x "$root/build/npm/node_modules/.bin/${w%@*}" ] ||
				npm="$npm $w"
		elif ! have "$w"; then
			need="$need ${w%%=*}"
		fi
	done
done
[ -n "$list" ] && exit 0
if [ -n "$need" ]; then
	echo "setup: installing$need" >&2
	if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
if [ -n "$npm" ]; then
	echo "setup: npm install into build/npm:$npm" >&2
	mkdir -p "$root/build/npm"
	# shellcheck disable=SC2086
	npm install --prefix "$root/build/npm" --no-audit --no-fund \
		--no-save --loglevel=error $npm >/dev/null
fi
