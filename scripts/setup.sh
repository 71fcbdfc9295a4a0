#!/bin/sh
# Install the Debian packages the build and tests need, if any is missing.
# Runs apt-get (through sudo when not root); does nothing when all is there.
set -e
need=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for p in libyaml-dev libcsv-dev libcmocka-dev pkg-config make gcc python3 \
         python3-jsonschema python3-yaml valgrind clang gettext; do
	have "$p" || need="$need $p"
done
[ -z "$need" ] && exit 0
echo "setup: installing$need" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
