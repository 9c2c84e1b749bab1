#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/ann-viz/ with PyInstaller, then smoke-test it.
# Needs the packaging extra in the venv:
#   .venv/bin/pip install -c requirements/constraints.txt -e '.[export,packaging]'
# Work files go to build/pyinstaller/, the bundle to dist/ann-viz/ (both ignored by git).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
py="${PYTHON:-$root/.venv/bin/python}"
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller is missing: $py -m pip install -c requirements/constraints.txt -e '.[export,packaging]'" >&2
    exit 2
fi
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/ann-viz.spec
end=$(date +%s)
echo "build.sh: built dist/ann-viz in $((end - start)) s, $(du -sh dist/ann-viz | cut -f1)"
dist/ann-viz/ann-viz --self-test
QT_QPA_PLATFORM=offscreen dist/ann-viz/ann-viz --screenshot build/bundle-screenshot.png
echo "build.sh: the bundle's window was rendered to build/bundle-screenshot.png"
