"""The 3-D hidden space needs a real OpenGL context, which offscreen Qt lacks: it is checked in a
child process under Xvfb (Mesa's software OpenGL; .ci/run installs both). Skipped only where
xvfb-run or PyOpenGL is missing; with both there, no OpenGL context is a failure."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("gl_hidden_space_check.py")


def test_three_hidden_neurons_are_shown_in_3d_with_the_next_layers_plane(tmp_path):
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed")
    if importlib.util.find_spec("OpenGL") is None:
        pytest.skip("PyOpenGL is not installed")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    out = tmp_path / "hidden_3d.png"
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(SCRIPT), str(out)],
                          env=env, capture_output=True, text=True, timeout=180)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode != 3, "no OpenGL context under Xvfb (Mesa's libgl1-mesa-dri missing?): " + (
        lines[-1] if lines else proc.stderr[-500:])
    assert proc.returncode == 0 and lines, proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(lines[-1])
    assert result["points_match"], result  # the scatter is the trainer's hidden activations
    assert result["plane_visible"] and result["plane_w_first3"], result  # the next layer's plane
    assert result["colours"] > 20, result  # points, grid and plane drawn, not a blank frame buffer
