"""Seed-sweep throughput on XOR 2-2-1 (sigmoid, BCE, SGD lr 1, full batch): model-epochs/s of K
copies trained at once, beside the notes' bare PyTorch loop, in interleaved blocks in one run.

Usage: python bench/bench_sweep.py [--seeds K] [--epochs N] [--rounds R] [--device cpu|cuda]
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_engine import bare_loop  # bench/ is the script's folder, so it is on sys.path

from ann_viz.core.data import make_dataset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.sweep import SeedSweep
from ann_viz.core.train import TrainConfig


def sweep(seeds: int, epochs: int, device: str) -> tuple[float, float]:
    """(model-epochs/s, success rate) of one sweep: set-up excluded, the final evaluation included."""
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    engine = SeedSweep(graph, make_dataset({"kind": "xor"}), TrainConfig(lr=1.0, epochs=epochs),
                       range(seeds), device=device)
    start = time.perf_counter()
    result = engine.run()
    return seeds * epochs / (time.perf_counter() - start), result.success_rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=256)
    parser.add_argument("--epochs", type=int, default=2000)
    parser.add_argument("--bare-epochs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    sweep(args.seeds, 100, args.device), bare_loop(200, args.device)  # warm-up: imports, allocator
    bare, swept, rates = [], [], []
    for _ in range(args.rounds):
        bare.append(bare_loop(args.bare_epochs, args.device))
        rate, success = sweep(args.seeds, args.epochs, args.device)
        swept.append(rate)
        rates.append(success)
    b, s = statistics.median(bare), statistics.median(swept)
    print(f"device           {args.device}")
    print(f"bare loop        {b:12.0f} epochs/s        (median of {args.rounds})")
    print(f"sweep K={args.seeds:<6d}  {s:12.0f} model-epochs/s  ({args.epochs} epochs; "
          f"{s / args.seeds:.0f} epochs/s; success rate {statistics.median(rates):.2f})")
    print(f"ratio            {s / b:12.0f}x  (target >= 300)")


if __name__ == "__main__":
    main()
