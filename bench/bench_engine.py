"""Engine epochs/s on XOR 2-2-1 (4 points, full batch, SGD lr 1) with 60 Hz snapshots, beside the
lecture's bare PyTorch loop, measured in interleaved blocks in one run. Prints figures, the engine
that trained, the ratio (target >= 150) and the first run's extra time. numba's compile (or cache
load) is waited for first, as the app does it in the background at start; bench_engines.py
measures every engine and more network sizes.

Usage: python bench/bench_engine.py [--epochs N] [--rounds R] [--device cpu|cuda]
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import TrainConfig, Trainer, numba_path

X = [[0, 0], [0, 1], [1, 0], [1, 1]]
Y = [[0], [1], [1], [0]]


def bare_loop(epochs: int, device: str) -> float:
    """The notes' loop, verbatim in spirit: nn.Sequential, BCELoss, SGD(lr=1)."""
    torch.manual_seed(777)
    x = torch.FloatTensor(X).to(device)
    y = torch.FloatTensor(Y).to(device)
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Sigmoid(),
                                torch.nn.Linear(2, 1), torch.nn.Sigmoid()).to(device)
    criterion = torch.nn.BCELoss().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=1)
    start = time.perf_counter()
    for step in range(epochs):
        optimizer.zero_grad()
        cost = criterion(model(x), y)
        cost.backward()
        optimizer.step()
        if step % 100 == 0:
            cost.item()
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    return epochs / (time.perf_counter() - start)


def engine(epochs: int, device: str, fast_path: bool = True) -> tuple[float, int, str]:
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    trainer = Trainer(graph, make_dataset({"kind": "xor"}),
                      TrainConfig(lr=1.0, epochs=epochs, seed=777, device=device), fast_path=fast_path)
    snapshots = []
    start = time.perf_counter()
    trainer.run(on_snapshot=snapshots.append, snapshot_interval=1 / 60)
    return epochs / (time.perf_counter() - start), len(snapshots), trainer.engine_name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=10001)
    parser.add_argument("--bare-epochs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    numba_path.warm_up(block=True)
    engine(200, args.device, fast_path=False), bare_loop(200, args.device)  # warm-up: imports, allocator
    first, _, _ = engine(args.epochs, args.device)  # pays the engine's first-call costs
    again, _, name = engine(args.epochs, args.device)
    bare, eng, snaps = [], [], []
    for _ in range(args.rounds):
        bare.append(bare_loop(args.bare_epochs, args.device))
        rate, n, name = engine(args.epochs, args.device)
        eng.append(rate)
        snaps.append(n)
    b, e = statistics.median(bare), statistics.median(eng)
    print(f"device           {args.device}")
    print(f"bare loop        {b:10.0f} epochs/s  (median of {args.rounds})")
    print(f"engine ({name:5s})   {e:10.0f} epochs/s  (runs of {args.epochs} epochs, "
          f"{statistics.median(snaps):.0f} snapshots per run)")
    print(f"ratio            {e / b:10.2f}x  (target >= 150)")
    warm_up = 1e3 * (args.epochs / first - args.epochs / again)
    print(f"warm-up          {warm_up:10.0f} ms  (the first run's extra time, once per process)")


if __name__ == "__main__":
    main()
