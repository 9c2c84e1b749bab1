#!/usr/bin/env bash
# Creates .venv on first use and re-installs when the dependency files change.
# Sourced by run.sh and test.sh; leaves VENV_PY pointing at the venv's python.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
stamp="$venv/.ann-viz-deps"
want="$(cat "$root/pyproject.toml" "$root/requirements/constraints.txt" | sha256sum | cut -d' ' -f1)"

pick_python() {
    # torch 2.13.0's local CPU wheel is built for CPython 3.11; prefer it.
    for py in python3.11 python3.12 python3; do
        command -v "$py" >/dev/null 2>&1 && { echo "$py"; return; }
    done
    echo "ann-viz: no python3 found; install Python 3.11" >&2
    exit 2
}

if [ ! -x "$venv/bin/python" ]; then
    echo "ann-viz: creating the virtual environment in .venv (first use; takes a few minutes)" >&2
    "$(pick_python)" -m venv "$venv"
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "ann-viz: installing dependencies into .venv" >&2
    "$venv/bin/python" -m pip install --quiet --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet -c "$root/requirements/constraints.txt" \
        -e "$root[test,export]" >&2
    echo "$want" > "$stamp"
fi
VENV_PY="$venv/bin/python"
export VENV_PY
