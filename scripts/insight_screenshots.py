"""Screenshots of the views that explain a run (issue 15), for the README.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/insight_screenshots.py OUT_DIR [en|ko]
Writes OUT_DIR/insight-*.png: the loss landscape of XOR 2-2-1 (map, and 3-D where OpenGL works),
the gradient check of every parameter, and the deep-sigmoid lesson's layer health and neuron view.

Every wait has a deadline and says what it waited for when it runs out; a modal dialog (which nobody
answers under Xvfb: "Save the changes?" when a second lesson is opened over a trained one hung the
deep-sigmoid part) is printed, closed and makes the next wait fail; and a watchdog prints every
thread's stack and exits if the whole script takes longer than WATCHDOG_S.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")  # 3-D: a display

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

sys.path[:0] = [os.path.dirname(os.path.dirname(os.path.abspath(__file__))), os.path.dirname(__file__)]  # this checkout
from layout_screenshots import save_small, settle  # noqa: E402


WATCHDOG_S = 900


class Timeout(RuntimeError):
    pass


MODALS: list[str] = []  # the dialogs the guard closed


def guard_modals(app) -> QTimer:
    """Close any modal dialog (it would wait forever for a click) and remember what it said."""
    def close_modal() -> None:
        modal = app.activeModalWidget()
        if modal is not None:
            MODALS.append(f"{modal.windowTitle()}: {modal.text() if isinstance(modal, QMessageBox) else ''}")
            print("a modal dialog appeared and was closed:", MODALS[-1], file=sys.stderr)
            modal.reject()
    timer = QTimer(app)
    timer.timeout.connect(close_modal)
    timer.start(500)
    return timer


def discard_changes(window) -> None:
    """The trained lesson may be thrown away: opening the next one or closing asks nothing."""
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False


def wait(app, condition, timeout: float = 120.0, what: str = "") -> None:
    end = time.time() + timeout
    while not condition():
        if MODALS:
            raise Timeout(f"a modal dialog stopped the script before {what or condition}: {MODALS}")
        if time.time() > end:
            raise Timeout(f"gave up after {timeout:g} s waiting for {what or condition}")
        app.processEvents()
        time.sleep(0.005)


def train(app, window, preset: str) -> None:
    window.open_lesson(preset)
    wait(app, lambda: window.controller.state == "idle", 120, f"the {preset} trainer")
    window.training_panel.play_button.setChecked(True)
    wait(app, lambda: window.controller.state in ("finished", "diverged", "stopped"), 120, f"{preset} trained")
    settle(app, 1.0)


def floating(app, dock, width: int, height: int):
    dock.setFloating(True)
    dock.show()
    dock.raise_()
    dock.resize(width, height)
    settle(app, 0.5)
    return dock


def main() -> int:
    faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)  # a hang prints where it is, then exits
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    guard_modals(app)
    from ann_viz.ui.language import manager
    from ann_viz.ui.main_window import MainWindow

    manager().set_language(language)
    window = MainWindow(settings=QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat))
    window.resize(1280, 680)
    window.show()
    wait(app, lambda: getattr(window, "landscape", None) is not None, 120, "the views")
    train(app, window, "xor-2-2-1")
    view = window.landscape
    floating(app, window.landscape_dock, 620, 560)
    view.plane_choice.setCurrentIndex(view.plane_choice.findData("random"))
    view.set_snapshot(window.controller.latest)
    wait(app, lambda: view.frame is not None and view.frame.kind == "random" and view._job is None, 30, "the landscape map")
    settle(app, 0.5)
    save_small(window.landscape_dock, out / f"insight-landscape-xor-{language}.png")
    if view.three_d.isEnabled():
        view.plane_choice.setCurrentIndex(view.plane_choice.findData("pca"))
        view.three_d.setChecked(True)
        drawn = view.frames_drawn
        view.set_snapshot(window.controller.latest)
        wait(app, lambda: view.frames_drawn > drawn and view._job is None, 30, "the 3-D landscape")
        settle(app, 1.0)
        save_small(window.landscape_dock, out / f"insight-landscape-3d-xor-{language}.png")
        view.three_d.setChecked(False)
    window.landscape_dock.setFloating(False)

    panel = window.network_panel
    window.training_panel.step_phase.click()  # a forward phase: the batch the check uses
    wait(app, lambda: window.controller.latest.phase == "forward", 30, "a forward phase")
    dock = floating(app, window.network_dock, 900, 620)
    panel.tabs.setCurrentIndex(1)
    panel.tabs.check_all_view.button.click()
    wait(app, lambda: panel.tabs.check_all_view.table.rowCount() > 0, 30, "the gradient check")
    settle(app, 0.5)
    save_small(dock, out / f"insight-gradient-check-xor-{language}.png")
    dock.setFloating(False)

    deep_sigmoid(app, window, out, language)

    print("written:", sorted(p.name for p in out.glob("insight-*.png")))
    discard_changes(window)
    window.close()
    return 0


def deep_sigmoid(app, window, out: Path, language: str) -> None:
    """The vanishing gradient in the layer-health dock (on the 0.6931 plateau each layer's δ is smaller than
    the next one's, and linear1's update/weight ratio the lowest), and the neuron view at the end with the
    output neuron flagged saturated (|f'(z)| < 0.01 for all four samples) and its f(z), f'(z) drawn.

    At "as fast as possible" the lesson trains in about a second between a handful of snapshots, and the
    health dock records at most 10 a second while a run plays: 1000 epochs/s gives it a record every
    ~100 epochs (about 10 s on a quiet machine, 90 s on a busy one)."""
    discard_changes(window)  # else "Save the changes?" waits for a click that never comes
    window.open_lesson("xor-deep-sigmoid")
    wait(app, lambda: window.document.project.preset == "xor-deep-sigmoid", 10, "the lesson to open")
    controller = window.controller
    wait(app, lambda: controller.state == "idle", 60, "the deep-sigmoid trainer")
    speed = window.training_panel.speed
    speed.setCurrentIndex(speed.findData(1000))
    window.training_panel.play_button.setChecked(True)
    wait(app, lambda: controller.state in ("finished", "diverged", "stopped"), 600, "10,001 epochs at 1000/s")
    dock = floating(app, window.health_dock, 900, 560)
    view = window.health_view
    view.choice.setCurrentIndex(view.choice.findData("gradients"))
    view.redraw()
    settle(app, 0.5)
    save_small(dock, out / f"insight-health-deep-sigmoid-{language}.png")
    dock.setFloating(False)

    from ann_viz.ui.network.canvas import Target

    panel = window.network_panel
    dock = floating(app, window.network_dock, 1000, 640)
    output = panel.net.columns[-1]
    wait(app, lambda: output.index in panel.health and panel.health[output.index].saturated > 0, 30,
         "the output neuron flagged saturated")
    panel.tabs.setCurrentIndex(0)  # the chain rule, with the clicked neuron's f(z) and f'(z)
    panel._clicked(Target("neuron", output.index, 0, layer=output.head))
    settle(app, 0.5)
    save_small(dock, out / f"insight-neuron-saturation-deep-sigmoid-{language}.png")
    dock.setFloating(False)


if __name__ == "__main__":
    sys.exit(main())
