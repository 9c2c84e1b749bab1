"""`ann-viz` with no display, or with a library of Qt's X11 plugin missing: one line, status 2,
never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ann_viz.cli.display import MISSING_LIBRARY, NO_DISPLAY, display_problem, missing_library, xcb_plugin

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")


@linux_only
def test_no_display_is_one_line_with_the_screenshot_hint_and_status_2():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "ann_viz", "--lang", "en"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISPLAY" in lines[0] and "--screenshot" in lines[0], proc.stderr
    assert "PySide6" not in proc.stderr and "qt." not in proc.stderr


@linux_only
def test_which_situations_are_refused():
    assert display_problem([], {}) == (NO_DISPLAY, {})
    assert display_problem(["--screenshot", "x.png"], {}) is None  # rendered offscreen
    assert display_problem([], {"QT_QPA_PLATFORM": "offscreen"}) is None  # the user's choice
    assert display_problem([], {"WAYLAND_DISPLAY": "wayland-0"}) is None  # Qt falls back to X11 itself


@linux_only
def test_a_missing_library_of_the_x11_plugin_is_named(tmp_path, monkeypatch):
    assert xcb_plugin() is not None and xcb_plugin().name == "libqxcb.so"
    assert missing_library(xcb_plugin()) is None  # the README's packages are installed here
    fake = tmp_path / "libqxcb.so"
    monkeypatch.setattr("ann_viz.cli.display.xcb_plugin", lambda: fake)

    def refuse(path):
        raise OSError("libxkbcommon-x11.so.0: cannot open shared object file: No such file or directory")

    monkeypatch.setattr("ctypes.CDLL", refuse)
    assert missing_library(fake) == "libxkbcommon-x11.so.0"
    assert display_problem([], {"DISPLAY": ":99"}) == (MISSING_LIBRARY, {"library": "libxkbcommon-x11.so.0"})
