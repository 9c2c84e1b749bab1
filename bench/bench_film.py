"""A training film's cost: XOR 2-2-1, 10,001 epochs, 200 frames, as GIF and as MP4.

Prints, in one run: the frames' training alone (the run replayed from its seed, stopped at each
frame), the whole film (training, drawing with the app's views offscreen, encoding), and the share
each part takes. Target (issue 16): seconds, not minutes.

Usage: python bench/bench_film.py [--frames N] [--epochs N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from ann_viz.core.film import film_frames  # noqa: E402
from ann_viz.core.presets import get_preset  # noqa: E402
from ann_viz.core.train import numba_path  # noqa: E402
from ann_viz.ui.film.recorder import record_film  # noqa: E402
from ann_viz.ui.film.stage import FilmStage  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--epochs", type=int, default=10001)
    args = parser.parse_args()
    app = QApplication([])
    numba_path.warm_up(block=True)
    project = get_preset("xor-2-2-1").project()
    project.config = project.config.with_changes(epochs=args.epochs)
    print(f"XOR 2-2-1, {args.epochs} epochs, {args.frames} frames; load {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    start = time.perf_counter()
    frames = list(film_frames(project, args.frames))
    train = time.perf_counter() - start
    stage = FilmStage(project)
    start = time.perf_counter()
    for frame in frames:
        stage.render(frame)
    draw = time.perf_counter() - start
    print(f"  training alone (stopped at each frame) {train:6.2f} s")
    print(f"  drawing the frames (app's views)       {draw:6.2f} s  ({1000 * draw / len(frames):.1f} ms a frame)")
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".gif", ".mp4"):
            path = os.path.join(folder, "film" + suffix)
            result = record_film(project, path, args.frames)
            print(f"  whole film {suffix}: {result.seconds:6.2f} s = {result.seconds / train:5.1f}x training alone; "
                  f"{result.frames} frames, {os.path.getsize(path) / 1e6:.1f} MB   (target: seconds, not minutes)")
    app.processEvents()


if __name__ == "__main__":
    main()
