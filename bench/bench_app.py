"""In-app training speed and GUI responsiveness, beside the notes' bare loop in the same run.

(a) epochs/s of XOR 2-2-1 played in the app with every view live, vs the bare PyTorch
    loop of the notes: target >= 100x (issue 17).
(b) GUI event-loop lateness of a 10 ms QTimer while training at full speed:
    median, p99, max (targets: p99 <= 16 ms, max <= 50 ms).
(c) the GUI thread's CPU time per tick of that timer (what the views cost, whatever else
    the machine is doing: lateness also counts waits for the GIL and for a core), and how
    often the live views redrew (loss and gradient plots, plane frames, network view).

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


def count_redraws(window) -> dict:
    """Live counters of the views' redraws (the network view's is added here, on the instance)."""
    panel = window.network_panel
    counts = {"network": 0}
    redraw = panel.redraw

    def counted(*args, **kwargs):
        counts["network"] += 1
        return redraw(*args, **kwargs)

    panel.redraw = counted
    return counts


def redraws(window, network: dict) -> dict:
    return {"loss plot": window.loss_plot.redraws, "gradient plot": window.gradient_plot.redraws,
            "plane frames": window.plane_source.frames_computed, "network view": network["network"]}


def play_once(app, window, epochs: int) -> tuple[float, list[float], list[float], float]:
    """Epochs/s of one full Play; the lateness (ms) of a 10 ms timer meanwhile and the GUI thread's
    CPU time (ms) between its ticks; the Play's seconds."""
    panel, controller = window.training_panel, window.controller
    window.settings_form.epochs.setValue(epochs)
    panel.reset()
    wait_until(app, lambda: controller.state == "idle", 30)
    lateness: list[float] = []
    busy: list[float] = []
    cpu = [time.thread_time()]
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick():
        lateness.append(max(0.0, clock.restart() - 10.0))
        now = time.thread_time()
        busy.append(1000 * (now - cpu[0]))
        cpu[0] = now

    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    start = time.perf_counter()
    panel.play_button.setChecked(True)
    wait_until(app, lambda: controller.state == "finished", 300)
    elapsed = time.perf_counter() - start
    timer.stop()
    return epochs / elapsed, lateness, busy, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    # numba trains XOR at ~350,000 epochs/s in the app: a million epochs is ~3 s of ticks to time
    parser.add_argument("--epochs", type=int, default=1_000_000)
    parser.add_argument("--bare-epochs", type=int, default=3000)  # the bare loop does ~2000 epochs/s
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--health", choices=["shown", "tabbed", "off"], default="tabbed",
                        help="the layer-health dock on screen, behind its tab (the default layout), or unfed")
    args = parser.parse_args()
    app = QApplication([])
    sys.setswitchinterval(0.001)  # as the app itself does
    from ann_viz.ui.main_window import MainWindow

    settings = QSettings(os.path.join(os.environ.get("TMPDIR", "/tmp"), "ann-viz-bench.ini"), QSettings.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    network = count_redraws(window)
    wait_until(app, lambda: getattr(window, "health_view", None) is not None, 60)
    from ann_viz.ui import gc_guard
    gc_guard.freeze_start_up()  # as run_app does once the views are built
    if args.health == "off":
        window.controller.snapshot_changed.disconnect(window.health_view.add_snapshot)
    elif args.health == "shown":
        window.health_dock.show()
        window.health_dock.raise_()
    play_once(app, window, 200)  # warm-up: worker start, optimizer imports
    bare, app_rates, late, busy, seconds = [], [], [], [], 0.0
    drawn = dict.fromkeys(redraws(window, network), 0)
    for _ in range(args.rounds):
        bare.append(bare_loop(args.bare_epochs, "cpu"))
        before = redraws(window, network)
        rate, lateness, cpu, elapsed = play_once(app, window, args.epochs)
        drawn = {k: drawn[k] + v - before[k] for k, v in redraws(window, network).items()}
        seconds += elapsed
        app_rates.append(rate)
        late += lateness
        busy += cpu
    window.document.undo_stack.setClean()
    window.document.mark_modified = lambda: None
    window.document._weights_dirty = False
    window.close()
    b, a = statistics.median(bare), statistics.median(app_rates)
    print(f"bare loop        {b:10.0f} epochs/s")
    print(f"app (all views)  {a:10.0f} epochs/s")
    print(f"ratio            {a / b:10.2f}x   (target >= 100)")
    print(f"GUI lateness     {spread(late)} over {len(late)} ticks   (targets: p99 <= 16, max <= 50)")
    print(f"GUI CPU per tick {spread(busy)}")
    print("redraws/s        " + ", ".join(f"{k} {v / seconds:.1f}" for k, v in drawn.items()))
    print(f"layer health     {args.health}")


def spread(values: list[float]) -> str:
    values = sorted(values)
    p99 = values[int(0.99 * (len(values) - 1))]
    return f"median {statistics.median(values):.1f} ms, p99 {p99:.1f} ms, max {values[-1]:.1f} ms"


if __name__ == "__main__":
    main()
