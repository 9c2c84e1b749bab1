"""What training runs together costs: a comparison lesson's runs in the CompareEngine (interleaved, a
snapshot at each of up to 200 timeline marks) against the same projects trained alone, one run() each,
in interleaved blocks in one process (engines compiled before timing).

Usage: python bench/bench_compare.py [--lesson compare-sigmoid-relu] [--epochs N] [--rounds R]
"""

from __future__ import annotations

import argparse
import statistics
import time

from ann_viz.core.compare import CompareEngine
from ann_viz.core.data import make_dataset
from ann_viz.core.presets.comparisons import get_comparison_lesson
from ann_viz.core.train import Trainer


def together(lesson: str, epochs: int | None) -> float:
    comparison = get_comparison_lesson(lesson).comparison()
    if epochs is not None:
        comparison.epochs = epochs
    start = time.perf_counter()
    state = CompareEngine(comparison).run()
    assert all(run.status == "done" for run in state.runs), [run.message for run in state.runs]
    return time.perf_counter() - start


def alone(lesson: str, epochs: int | None) -> float:
    comparison = get_comparison_lesson(lesson).comparison()
    total = comparison.epochs if epochs is None else epochs
    spent = 0.0
    for run in comparison.runs:
        project = run.project
        trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(epochs=total))
        start = time.perf_counter()
        trainer.run()
        spent += time.perf_counter() - start
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lesson", default="compare-sigmoid-relu")
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    together(args.lesson, 50), alone(args.lesson, 50)  # warm-up: imports, engine compiles
    time.sleep(3)  # numba compiles in the background: let it finish
    together(args.lesson, 50)
    pairs = [(together(args.lesson, args.epochs), alone(args.lesson, args.epochs)) for _ in range(args.rounds)]
    ours = statistics.median(p[0] for p in pairs)
    theirs = statistics.median(p[1] for p in pairs)
    print(f"{args.lesson}: together {ours:.2f} s, alone (sum of the runs) {theirs:.2f} s, "
          f"ratio {ours / theirs:.2f} (median of {args.rounds})")


if __name__ == "__main__":
    main()
