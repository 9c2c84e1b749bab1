"""Screenshots of the views that explain a run (issue 15), for the README.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/insight_screenshots.py OUT_DIR [en|ko]
Writes OUT_DIR/insight-*.png: the loss landscape of XOR 2-2-1 (map, and 3-D where OpenGL works)
and the gradient check of every parameter.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")  # 3-D: a display

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from layout_screenshots import save_small, settle  # noqa: E402


def wait(app, condition, timeout: float = 120.0) -> None:
    end = time.time() + timeout
    while not condition() and time.time() < end:
        app.processEvents()
        time.sleep(0.005)


def train(app, window, preset: str) -> None:
    window.open_lesson(preset)
    wait(app, lambda: window.controller.state == "idle")
    window.training_panel.play_button.setChecked(True)
    wait(app, lambda: window.controller.state in ("finished", "diverged", "stopped"))
    settle(app, 1.0)


def floating(app, dock, width: int, height: int):
    dock.setFloating(True)
    dock.show()
    dock.raise_()
    dock.resize(width, height)
    settle(app, 0.5)
    return dock


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from ann_viz.ui.language import manager
    from ann_viz.ui.main_window import MainWindow

    manager().set_language(language)
    window = MainWindow(settings=QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat))
    window.resize(1280, 680)
    window.show()
    wait(app, lambda: getattr(window, "landscape", None) is not None)
    train(app, window, "xor-2-2-1")
    view = window.landscape
    floating(app, window.landscape_dock, 620, 560)
    view.plane_choice.setCurrentIndex(view.plane_choice.findData("random"))
    view.set_snapshot(window.controller.latest)
    wait(app, lambda: view.frame is not None and view.frame.kind == "random" and view._job is None, 30)
    settle(app, 0.5)
    save_small(window.landscape_dock, out / f"insight-landscape-xor-{language}.png")
    if view.three_d.isEnabled():
        view.plane_choice.setCurrentIndex(view.plane_choice.findData("pca"))
        view.three_d.setChecked(True)
        drawn = view.frames_drawn
        view.set_snapshot(window.controller.latest)
        wait(app, lambda: view.frames_drawn > drawn and view._job is None, 30)
        settle(app, 1.0)
        save_small(window.landscape_dock, out / f"insight-landscape-3d-xor-{language}.png")
        view.three_d.setChecked(False)
    window.landscape_dock.setFloating(False)

    panel = window.network_panel
    window.training_panel.step_phase.click()  # a forward phase: the batch the check uses
    wait(app, lambda: window.controller.latest.phase == "forward", 30)
    dock = floating(app, window.network_dock, 900, 620)
    panel.tabs.setCurrentIndex(1)
    panel.tabs.check_all_view.button.click()
    wait(app, lambda: panel.tabs.check_all_view.table.rowCount() > 0, 30)
    settle(app, 0.5)
    save_small(dock, out / f"insight-gradient-check-xor-{language}.png")
    dock.setFloating(False)

    print("written:", sorted(p.name for p in out.glob("insight-*.png")))
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
