"""The import contracts of pyproject.toml ([tool.importlinter]), run with the test suite.

They keep the core Qt-free, the CLI's headless commands free of Qt, and what `ann-viz presets`
needs free of torch. What runs is checked too: a headless command loads neither Qt nor torch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "PySide6", "shiboken6", "pyqtgraph", "OpenGL", "numba")


def test_import_linter_contracts_are_kept(capsys, monkeypatch):
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)  # the contracts name the package; grimp finds it from here
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert report.count("KEPT") == 3, report  # every contract ran


PROBE = """
import sys
from ann_viz.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
print("EXIT", code, "LOADED", ",".join(loaded) or "-", file=sys.stderr)
"""


@pytest.mark.parametrize("args, code", [(["presets"], 0), (["--help"], 0), (["export", "--help"], 0),
                                        (["sweep", "--help"], 0), (["train", "--help"], 0),
                                        (["--lang", "ko", "presets"], 0), (["train"], 2),
                                        (["train", "xor-2-2-1", "--epochs", "-1"], 2),
                                        (["sweep", "xor-2-2-1", "--seeds", "0"], 2)])
def test_headless_commands_that_do_not_train_load_neither_torch_nor_qt(args, code):
    out = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n" + PROBE, *args], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    last = out.stderr.strip().splitlines()[-1]
    assert last == f"EXIT {code} LOADED -", out.stderr[-2000:]


def test_building_a_trainer_imports_neither_sympy_nor_dynamo():
    """Both are seconds of start-up: the first trainer (and its first snapshot) must not need them."""
    code = ("import sys\nfrom ann_viz.core.presets import get_preset\nfrom ann_viz.core.data import make_dataset\n"
            "from ann_viz.core.train import Trainer\np = get_preset('xor-2-2-1').project()\n"
            "t = Trainer(p.graph, make_dataset(p.data), p.config.with_changes(device='cpu'))\nt.snapshot()\n"
            "print(sorted(m for m in ('sympy', 'torch._dynamo') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr[-2000:]
