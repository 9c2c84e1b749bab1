"""In-app training speed and GUI responsiveness, beside the notes' bare loop in the same run.

(a) epochs/s of XOR 2-2-1 played in the app with every view live, vs the bare PyTorch
    loop of the notes: target >= 1.0x.
(b) GUI event-loop lateness of a 10 ms QTimer while training at full speed:
    median, p99, max (targets: p99 <= 16 ms, max <= 50 ms).

Usage: python bench/bench_app.py [--epochs N] [--rounds R]   (offscreen; no display needed)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from bench_engine import bare_loop  # noqa: E402


def wait_until(app: QApplication, condition, timeout: float) -> None:
    """Run the real event loop (as app.exec() would) until ``condition()``; polling from
    Python instead would hold the GIL the worker needs and distort the figures."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    check.start()
    if not condition():
        loop.exec()
    check.stop()


def play_once(app, window, epochs: int) -> tuple[float, list[float]]:
    """Epochs/s of one full Play, and the lateness (ms) of a 10 ms timer meanwhile."""
    panel, controller = window.training_panel, window.controller
    window.settings_form.epochs.setValue(epochs)
    panel.reset()
    wait_until(app, lambda: controller.state == "idle", 30)
    lateness: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick():
        lateness.append(max(0.0, clock.restart() - 10.0))

    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    start = time.perf_counter()
    panel.play_button.setChecked(True)
    wait_until(app, lambda: controller.state == "finished", 300)
    elapsed = time.perf_counter() - start
    timer.stop()
    return epochs / elapsed, lateness


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication([])
    sys.setswitchinterval(0.001)  # as the app itself does
    from ann_viz.ui.main_window import MainWindow

    settings = QSettings(os.path.join(os.environ.get("TMPDIR", "/tmp"), "ann-viz-bench.ini"), QSettings.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    play_once(app, window, 200)  # warm-up: worker start, optimizer imports
    bare, app_rates, late = [], [], []
    for _ in range(args.rounds):
        bare.append(bare_loop(args.epochs, "cpu"))
        rate, lateness = play_once(app, window, args.epochs)
        app_rates.append(rate)
        late += lateness
    window.document.undo_stack.setClean()
    window.document.mark_modified = lambda: None
    window.document._weights_dirty = False
    window.close()
    b, a = statistics.median(bare), statistics.median(app_rates)
    late.sort()
    p99 = late[int(0.99 * (len(late) - 1))] if late else float("nan")
    print(f"bare loop        {b:10.0f} epochs/s")
    print(f"app (all views)  {a:10.0f} epochs/s")
    print(f"ratio            {a / b:10.2f}x   (target >= 1.0)")
    print(f"GUI lateness     median {statistics.median(late):.1f} ms, p99 {p99:.1f} ms, max {late[-1]:.1f} ms "
          f"over {len(late)} ticks   (targets: p99 <= 16, max <= 50)")


if __name__ == "__main__":
    main()
