"""The core and the CLI must work without Qt: importing them must not import PySide6 or pyqtgraph."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import ann_viz.core

PROBE = """
import importlib, pkgutil, sys
import ann_viz.core, ann_viz.cli.main, ann_viz.cli.train_command
for m in pkgutil.walk_packages(ann_viz.core.__path__, "ann_viz.core."):
    importlib.import_module(m.name)
ann_viz.cli.main.main(["presets"])
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
print("QT:", bad)
"""


def test_core_and_cli_never_import_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "QT: []"
    assert len(list(pkgutil.walk_packages(ann_viz.core.__path__, "ann_viz.core."))) > 20  # it walked the core


def test_no_core_source_mentions_qt_imports():
    from pathlib import Path

    root = Path(ann_viz.core.__file__).parent
    offenders = [str(p) for p in root.rglob("*.py")
                 if any(w in p.read_text() for w in ("import PySide6", "from PySide6", "import pyqtgraph"))]
    assert offenders == []
