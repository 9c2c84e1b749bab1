#!/usr/bin/env bash
# Runs the whole test suite (creates .venv on first use). Arguments go to pytest.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/scripts/ensure_venv.sh"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$here"
exec "$VENV_PY" -m pytest "$@"
