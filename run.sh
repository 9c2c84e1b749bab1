#!/usr/bin/env bash
# Launches ann-viz (creates .venv on first use). Arguments go to `ann-viz`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/scripts/ensure_venv.sh"
exec "$VENV_PY" -m ann_viz "$@"
