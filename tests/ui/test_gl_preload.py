"""Libraries that bundle LLVM (triton, llvmlite) are loaded before the app's first OpenGL context.

Loading triton after Mesa's llvmpipe context segfaulted the app with the CUDA build of torch
(torch.optim -> torch._dynamo -> triton on the training thread, after the 3-D view existed)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from ann_viz.ui import gl_preload

SCRIPT = Path(__file__).with_name("gl_llvm_order_check.py")


def test_installed_bundles_are_imported_once_and_missing_ones_skipped(monkeypatch):
    fake = types.ModuleType("fake_llvm_bundle")
    monkeypatch.setitem(sys.modules, "fake_llvm_bundle", fake)
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name: object() if name == "fake_llvm_bundle" else None)
    monkeypatch.setattr(gl_preload, "LLVM_BUNDLES",
                        (("fake_llvm_bundle", "fake_llvm_bundle"), ("not_installed", "not_installed.sub")))
    monkeypatch.setattr(gl_preload, "_loaded", False)
    assert gl_preload.load_before_opengl() == ["fake_llvm_bundle"]
    assert gl_preload.load_before_opengl() == []  # once per process


@pytest.mark.skipif(importlib.util.find_spec("triton") is None,
                    reason="triton is not installed (it comes with the CUDA build of torch)")
def test_an_optimizer_built_after_the_3d_view_does_not_crash():
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is missing: install the README's test packages")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1024x768x24", sys.executable, str(SCRIPT)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 3, "no OpenGL context under Xvfb (Mesa's libgl1-mesa-dri missing?)"
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads([line for line in proc.stdout.splitlines() if line.startswith("{")][-1])
    assert result == {"gl": True, "triton_loaded_first": True, "optimizer": True, "triton_loaded": True}
