#!/usr/bin/env bash
# Creates .venv on first use, re-installs when the dependency files change, and rebuilds a .venv
# that is broken (no pip, e.g. made while python3-venv was missing; or a Python that no longer runs).
# Sourced by run.sh and test.sh; leaves VENV_PY pointing at the venv's python.
#
# ANN_VIZ_TORCH_INDEX=URL: take torch from that package index (e.g. PyTorch's CPU-only index)
# instead of the default one, where Linux gets the CUDA build (several GB). Read on (re)install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
stamp="$venv/.ann-viz-deps"
constraints="$root/requirements/constraints.txt"
want="$(cat "$root/pyproject.toml" "$constraints" | sha256sum | cut -d' ' -f1)"

say() { echo "ann-viz: $*" >&2; }

pick_python() {
    # The versions the suite is tested on, newest last; a pyenv shim that names a missing version does not run.
    for py in python3.11 python3.12 python3.13 python3; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"
            return
        fi
    done
    say "no Python 3.11 or newer found; install python3 (3.11 and 3.13 are tested)"
    exit 2
}

venv_works() {
    [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import pip' >/dev/null 2>&1
}

if [ -e "$venv" ] && ! venv_works; then
    say ".venv is broken (no working python or pip in it); rebuilding it"
    rm -rf "$venv"
fi
if [ ! -e "$venv" ]; then
    py="$(pick_python)"
    if ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        say "$py cannot create a virtual environment: install python3-venv (Debian/Ubuntu: sudo apt-get install python3-venv), then run again"
        exit 2
    fi
    say "creating the virtual environment in .venv with $py (first use; see the README for the time it takes)"
    if ! "$py" -m venv "$venv" || ! venv_works; then
        rm -rf "$venv"
        say "could not create .venv with $py (is python3-venv installed?)"
        exit 2
    fi
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing dependencies into .venv"
    pip=("$venv/bin/python" -m pip)
    "${pip[@]}" install --quiet --upgrade pip >&2
    if [ -n "${ANN_VIZ_TORCH_INDEX:-}" ]; then
        say "taking torch from $ANN_VIZ_TORCH_INDEX"
        "${pip[@]}" install --quiet -c "$constraints" --no-deps --index-url "$ANN_VIZ_TORCH_INDEX" torch >&2
    fi
    "${pip[@]}" install --quiet -c "$constraints" -e "$root[test,export]" >&2
    echo "$want" > "$stamp"
fi
VENV_PY="$venv/bin/python"
export VENV_PY
