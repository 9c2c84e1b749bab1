"""The loss landscape: one batched grid evaluation, and what refreshing it live costs training.

(a) A 41x41 grid of the objective on a filter-normalised random plane, batched (one forward of
    1,681 copies): 2-2-1 on XOR (target <= 20 ms) and 2-8-8-1 on 1,000 points (<= 100 ms),
    beside the plain alternative of one GraphModule forward per grid point.
(b) XOR 2-2-1 trained alone vs with the 41x41 landscape recomputed 5 times a second on another
    thread, interleaved rounds: the ratio of epochs/s (target >= 0.90) and the refresh rate reached.

Usage: python bench/bench_landscape.py [--rounds R] [--epochs N]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

import numpy as np
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.landscape import LossSurface, random_plane
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.torch_module import GraphModule
from ann_viz.core.train import TrainConfig, Trainer, numba_path
from ann_viz.core.train.losses import LOSSES

GRID = np.linspace(-1.0, 1.0, 41)


def median_ms(fn, repeats: int = 15) -> float:
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def setup(hidden: list[int], data_spec: dict):
    layers = [item for h in hidden for item in (linear(h), "tanh")] + [linear(1), "sigmoid"]
    graph = chain(2, layers, "bce")
    trainer = Trainer(graph, make_dataset(data_spec), TrainConfig(device="cpu", epochs=1))
    data = trainer.train_data
    params = trainer.state_arrays()
    return graph, data.x.numpy(), data.y.numpy(), params


def loop_ms(graph, x, y, params, points: int = 41) -> float:
    """The plain way: one float64 module forward per grid point (timed on ``points`` points, scaled)."""
    module = GraphModule(graph).double().eval()
    plane = random_plane(params, seed=0)
    xt, yt = torch.as_tensor(x, dtype=torch.float64), torch.as_tensor(y, dtype=torch.float64)
    state = module.state_dict()

    def run():
        with torch.no_grad():
            for a in GRID[:points]:
                for name, value in plane.point(a, 0.5).items():
                    state["layers." + name].copy_(torch.as_tensor(value))
                LOSSES["bce"](module(xt), yt)

    return median_ms(run, repeats=3) * (len(GRID) ** 2 / points)


def grid_figures() -> None:
    cases = [("2-2-1, XOR (4 points)", [2], {"kind": "xor"}, 20.0),
             ("2-8-8-1, 1,000 points", [8, 8], {"kind": "circle", "n": 1000}, 100.0)]
    for title, hidden, spec, target in cases:
        graph, x, y, params = setup(hidden, spec)
        surface = LossSurface(graph, x, y)
        plane = random_plane(params, seed=0)
        batched = median_ms(lambda: surface.on_plane(plane, GRID, GRID))
        plain = loop_ms(graph, x, y, params)
        print(f"41x41 grid, {title}: batched {batched:7.2f} ms (target <= {target:.0f} ms)   "
              f"one forward per point {plain:8.1f} ms   ratio {plain / batched:5.1f}x")


def epochs_per_s(with_landscape: bool, epochs: int) -> tuple[float, float]:
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    data = make_dataset({"kind": "xor"})
    trainer = Trainer(graph, data, TrainConfig(device="cpu", epochs=10 ** 9, lr=1.0))
    trainer.run(200)  # warm-up (and the fast path's first call)
    surface = LossSurface(graph, trainer.train_data.x.numpy(), trainer.train_data.y.numpy())
    stop, refreshes = threading.Event(), [0]

    def refresh():
        while not stop.is_set():
            started = time.perf_counter()
            plane = random_plane(trainer.snapshot().params, seed=0)
            surface.on_plane(plane, GRID, GRID)
            refreshes[0] += 1
            stop.wait(max(0.0, 0.2 - (time.perf_counter() - started)))

    thread = threading.Thread(target=refresh) if with_landscape else None
    start_epoch, started = trainer.epoch, time.perf_counter()
    if thread:
        thread.start()
    trainer.run(epochs)
    elapsed = time.perf_counter() - started
    stop.set()
    if thread:
        thread.join()
    return (trainer.epoch - start_epoch) / elapsed, refreshes[0] / elapsed


def live_figures(rounds: int, epochs: int) -> None:
    alone, live, rates = [], [], []
    for _ in range(rounds):
        alone.append(epochs_per_s(False, epochs)[0])
        speed, rate = epochs_per_s(True, epochs)
        live.append(speed)
        rates.append(rate)
    a, b = statistics.median(alone), statistics.median(live)
    print(f"XOR 2-2-1 training: alone {a:9.0f} epochs/s, with the landscape refreshed live {b:9.0f} epochs/s, "
          f"ratio {b / a:.2f} (target >= 0.90) at {statistics.median(rates):.1f} refreshes/s (target >= 5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=60000)
    args = parser.parse_args()
    # A Trainer starts numba's compile in the background: let it end first, or the figures time its
    # import (thousands of objects, garbage collections) instead of the landscape.
    numba_path.warm_up(block=True)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    grid_figures()
    live_figures(args.rounds, args.epochs)


if __name__ == "__main__":
    main()
