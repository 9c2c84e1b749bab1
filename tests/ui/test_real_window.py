"""The app in a real window, started as ./run.sh starts it: Qt's X11 (xcb) platform on a virtual X
server, not offscreen. Catches what offscreen tests cannot: a missing system library of the xcb
plugin (Qt aborts), a window never shown or painted, warnings on stderr, an unclean exit.

Needs Xvfb and xdotool (.ci/run installs them from requirements/apt-test.txt): skipped without
them on a developer's machine, a failure in CI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        message = f"{tool} is not installed (Debian: see requirements/apt-test.txt)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)


@pytest.fixture()
def xserver():
    _need("Xvfb")
    _need("xdotool")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def test_the_app_opens_a_painted_window_and_quits_with_ctrl_q(xserver, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xserver, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), LANG="C.UTF-8")
    app = subprocess.Popen([sys.executable, "-m", "ann_viz"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def window_id():
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "ann-viz"], env=env,
                                   capture_output=True, text=True)
            if app.poll() is not None:
                raise AssertionError(f"the app exited with {app.returncode}: {app.stderr.read()[-3000:]}")
            return found.stdout.split()[0] if found.stdout.split() else None

        wid = _until(window_id, 120, "the main window to be shown")
        shot = tmp_path / "window.png"

        def painted():
            grab = subprocess.run([sys.executable, str(HERE / "grab_screen.py"), str(shot)],
                                  env=dict(env, QT_QPA_PLATFORM="xcb"), capture_output=True, text=True, timeout=60)
            assert grab.returncode == 0, grab.stderr[-2000:]
            stats = json.loads(grab.stdout.strip().splitlines()[-1])
            return stats if stats["colours"] > 30 else None  # a window with docks, text and plots, not blank

        stats = _until(painted, 60, "the window to be painted")
        assert (stats["width"], stats["height"]) == (1280, 720)
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=True, timeout=30)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=env, check=True, timeout=30)
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, err[-3000:]
    warnings = [line for line in err.splitlines() if line.strip()]
    assert warnings == [], "the app printed on stderr:\n" + "\n".join(warnings[-40:])
