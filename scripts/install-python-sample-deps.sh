#!/usr/bin/env bash
# Installs what samples/python-adapter needs from Debian's packages when it is missing:
# /usr/bin/python3 with the cryptography package (python3-cryptography). Idempotent and quiet:
# when /usr/bin/python3 already imports cryptography it does nothing and exits 0.
set -euo pipefail

PYTHON=/usr/bin/python3

if [ -x "$PYTHON" ] && "$PYTHON" -c 'import cryptography' >/dev/null 2>&1; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n)
else
    echo "install-python-sample-deps: need root (or sudo) to install python3-cryptography" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get install -y -qq python3 python3-cryptography >/dev/null 2>&1; then
    "${SUDO[@]}" apt-get update -qq >/dev/null
    "${SUDO[@]}" apt-get install -y -qq python3 python3-cryptography >/dev/null
fi

if ! "$PYTHON" -c 'import cryptography' >/dev/null 2>&1; then
    echo "install-python-sample-deps: $PYTHON still cannot import cryptography" >&2
    exit 1
fi
