"""Plane views: the cost of one grid forward, and what drawing them live costs training.

(a) One batched forward of a 200x200 grid (every neuron's map) for 2-8-8-1 and
    2-64-64-1 tanh networks, neuron-major into reused buffers (PERF.md: 0.8 ms and 9 ms).
(b) XOR 2-2-1 played in the app with the input-plane view on screen vs the plane docks
    closed, interleaved rounds: epochs/s of each, their ratio (target >= 0.90), and the
    plane view's updates/s while training (target >= 20).

Usage: python bench/bench_heatmaps.py [--epochs N] [--rounds R] [--skip-app]   (offscreen)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))


def grid_forward_ms(hidden: int, resolution: int = 200, repeats: int = 50) -> tuple[float, float]:
    """Median ms of one grid forward (into reused buffers) and of the whole frame (data + grid)."""
    from ann_viz.core.boundary import BufferPool, PlaneGrid, PlaneNetwork, compute_frame, plane_inputs, plane_points
    from ann_viz.core.data import make_dataset, split_dataset
    from ann_viz.core.presets.builder import chain, linear
    from ann_viz.core.train import TrainConfig, Trainer

    graph = chain(2, [linear(hidden), "tanh", linear(hidden), "tanh", linear(1), "sigmoid"], "bce")
    data = make_dataset({"kind": "moons", "n": 200})
    params = Trainer(graph, data, TrainConfig(device="cpu")).snapshot().params
    network, pool = PlaneNetwork(graph), BufferPool(2)
    grid = PlaneGrid(-1.5, 2.5, -1.5, 2.5, resolution).points()
    inputs = plane_inputs(plane_points(split_dataset(data)), resolution)

    def median_ms(fn) -> float:
        for _ in range(3):
            fn()
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return 1000 * statistics.median(times)

    return (median_ms(lambda: network.forward(params, grid, pool=pool)),
            median_ms(lambda: compute_frame(network, params, inputs, pool=pool).decision()))


def app_rounds(epochs: int, rounds: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench_app import wait_until

    app = QApplication([])
    sys.setswitchinterval(0.001)  # as the app itself does
    from ann_viz.ui.main_window import MainWindow

    settings = QSettings(os.path.join(os.environ.get("TMPDIR", "/tmp"), "ann-viz-bench-heatmaps.ini"),
                         QSettings.IniFormat)
    settings.clear()
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    panel, controller, source = window.training_panel, window.controller, window.plane_source
    snapshots = []
    controller.snapshot_changed.connect(lambda _: snapshots.append(1))

    def play(n: int, visible: bool) -> tuple[float, float, float]:
        for dock in window.plane_docks:
            dock.setVisible(visible)
        if visible:
            window.plane_docks[0].raise_()
        window.settings_form.epochs.setValue(n)
        panel.reset()
        wait_until(app, lambda: controller.state == "idle", 30)
        wait_until(app, lambda: not visible or window.input_plane.showing(), 5)
        frames = source.frames_computed
        snapshots.clear()
        start = time.perf_counter()
        panel.play_button.setChecked(True)
        wait_until(app, lambda: controller.state == "finished", 300)
        elapsed = time.perf_counter() - start
        return n / elapsed, (source.frames_computed - frames) / elapsed, len(snapshots) / elapsed

    play(300, True)  # warm-up: worker start, optimizer imports, first frames
    play(300, False)
    shown, hidden, updates, arrived = [], [], [], []
    for _ in range(rounds):
        rate, per_s, snaps = play(epochs, True)
        shown.append(rate)
        updates.append(per_s)
        arrived.append(snaps)
        hidden.append(play(epochs, False)[0])
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.close()
    s, h = statistics.median(shown), statistics.median(hidden)
    print(f"XOR in the app, plane docks closed   {h:10.0f} epochs/s")
    print(f"XOR in the app, input plane showing  {s:10.0f} epochs/s   ({statistics.median(updates):.1f} plane "
          f"updates/s, target >= 20; {statistics.median(arrived):.1f} snapshots/s reached the GUI)")
    print(f"ratio showing / closed               {s / h:10.2f}x   (target >= 0.90)   "
          f"rounds: {', '.join(f'{a / b:.2f}' for a, b in zip(shown, hidden))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-app", action="store_true")
    args = parser.parse_args()
    for hidden in (8, 64):
        forward, frame = grid_forward_ms(hidden)
        print(f"2-{hidden}-{hidden}-1 tanh, 200x200 grid: forward {forward:6.2f} ms, whole frame (200 points + grid, "
              f"decision) {frame:6.2f} ms")
    if not args.skip_app:
        app_rounds(args.epochs, args.rounds)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
