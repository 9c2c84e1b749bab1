"""Frames/s of the neuron view while training runs, rendered offscreen from live snapshots.

For the MNIST-shaped 784-512-512-10 MLP ("mnist-mlp") and the deep 2-10-10-10-1 network
("xor-deep-sigmoid"): a trainer runs on a background thread and hands its newest snapshot
over (latest only, as the app's worker does); the GUI side feeds it to the view, advances
the animation and renders the whole view into an image, as fast as it can. A frame is
one (snapshot -> frame arrays -> items -> pixels) pass. Also measured without training,
cycling through recorded snapshots (the drawing cost alone). Target: >= 30 frames/s.

Usage: python bench/bench_network_view.py [--seconds S] [--width W] [--height H] [--torch-threads N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

PRESETS = ("mnist-mlp", "xor-deep-sigmoid")


class Feed:
    """A trainer on its own thread; ``take()`` returns the newest snapshot once (None if nothing new)."""

    def __init__(self, trainer):
        self.trainer = trainer
        self._lock = threading.Lock()
        self._latest = None
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.interval = 1 / 60  # as the app's worker publishes

    def _put(self, snapshot) -> None:
        with self._lock:
            self._latest = snapshot

    def _run(self) -> None:
        while not self._stop:
            self.trainer.run(10**9, should_stop=lambda: self._stop, on_snapshot=self._put,
                             snapshot_interval=self.interval)

    def take(self):
        with self._lock:
            snapshot, self._latest = self._latest, None
        return snapshot

    def start(self) -> "Feed":
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop = True
        self.thread.join()


def make_panel(preset_id: str, width: int, height: int):
    from ann_viz.core.data import make_dataset
    from ann_viz.core.presets import get_preset
    from ann_viz.core.train import Trainer
    from ann_viz.ui.document import Document
    from ann_viz.ui.network.panel import NetworkPanel

    project = get_preset(preset_id).project()
    config = project.config.with_changes(epochs=10**9)
    trainer = Trainer(project.graph, make_dataset(project.data), config)
    document = Document(project)
    panel = NetworkPanel()
    panel.set_document(document)
    panel.resize(width, height)
    panel.show()
    return panel, trainer, document


def frame(app, panel, snapshot) -> float:
    """One frame as the view's timer makes it; returns its duration in seconds."""
    start = time.perf_counter()
    if snapshot is not None:
        panel.add_snapshot(snapshot)
    panel._tick()  # the view's timer slot: animation step, and a redraw when something changed
    panel.repaint()  # paints the whole view now, into the offscreen backing store
    app.processEvents()
    return time.perf_counter() - start


def flat_out(app, panel, snapshots, seconds: float) -> float:
    """Frames/s rendering as fast as possible, a new snapshot every frame."""
    frames, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        frame(app, panel, snapshots[frames % len(snapshots)])
        frames += 1
    return frames / (time.perf_counter() - start)


def paced(app, panel, feed, seconds: float) -> tuple[float, float, int]:
    """At the app's pace (a frame every TICK_MS) while the trainer runs: (frames/s achieved,
    frames/s a frame with a new snapshot would allow, snapshots shown)."""
    from ann_viz.ui.network.panel import TICK_MS

    frames, fresh, fresh_times = 0, 0, []
    start = time.perf_counter()
    next_at = start
    while time.perf_counter() - start < seconds:
        snapshot = feed.take()
        duration = frame(app, panel, snapshot)
        frames += 1
        if snapshot is not None:
            fresh += 1
            fresh_times.append(duration)
        next_at += TICK_MS / 1000
        time.sleep(max(0.0, next_at - time.perf_counter()))
    achieved = frames / (time.perf_counter() - start)
    capacity = 1.0 / statistics.median(fresh_times) if fresh_times else float("nan")
    return achieved, capacity, fresh


def trainer_alone(trainer, seconds: float) -> int:
    """Epochs in ``seconds`` streaming snapshots as the app's worker does, with no view drawing them."""
    start_epoch, stop_at = trainer.epoch, time.perf_counter() + seconds
    trainer.run(10**9, should_stop=lambda: time.perf_counter() >= stop_at, on_snapshot=lambda s: None,
                snapshot_interval=1 / 60)
    return trainer.epoch - start_epoch


def bench(app, preset_id: str, seconds: float, width: int, height: int) -> None:
    panel, trainer, document = make_panel(preset_id, width, height)
    app.processEvents()
    recorded = [trainer.step_batch() for _ in range(8)]
    static_fps = flat_out(app, panel, recorded, seconds)
    alone = trainer_alone(trainer, seconds)
    panel.set_training_state("running")
    start_epoch = trainer.epoch
    feed = Feed(trainer).start()
    try:
        achieved, capacity, shown = paced(app, panel, feed, seconds)
    finally:
        feed.stop()
    trained = trainer.epoch - start_epoch
    panel.set_training_state("paused")
    f = panel.frame
    print(f"{preset_id}: {len(f.edges)} edges drawn of {panel.net.n_weights} weights, {len(f.neurons.x)} neurons")
    print(f"  while training: {achieved:6.1f} frames/s at the view's {1000 // 30} Hz pace, {shown} new snapshots "
          f"shown; a frame with a new snapshot takes {1000 / capacity:.1f} ms (= {capacity:.0f} frames/s)")
    print(f"  training meanwhile: {trained} epochs vs {alone} streaming to no view ({trained / max(alone, 1):.2f}x)")
    print(f"  flat out, a new snapshot every frame, no training: {static_fps:6.1f} frames/s   (target >= 30)")
    panel.shutdown()
    panel.close()
    del document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=450)
    parser.add_argument("--torch-threads", type=int, default=0,
                        help="intra-op threads for training (0: torch's default). On 2 cores, 1 keeps torch's "
                             "threads from stalling whenever the GUI thread runs")
    args = parser.parse_args()
    if args.torch_threads:
        import torch
        torch.set_num_threads(args.torch_threads)
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda _mode, _context, text: None if "propagateSizeHints" in text
                           else print(text, file=sys.stderr))  # the offscreen platform's chatter
    app = QApplication.instance() or QApplication(sys.argv[:1])
    sys.setswitchinterval(0.001)  # as the app does
    import torch
    print(f"neuron view, {args.width}x{args.height}, offscreen, torch threads {torch.get_num_threads()} "
          f"on {os.cpu_count()} cores; target >= 30 frames/s")
    for preset_id in PRESETS:
        bench(app, preset_id, args.seconds, args.width, args.height)


if __name__ == "__main__":
    main()
