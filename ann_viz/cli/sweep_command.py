"""`ann-viz sweep`: train many seeds of a preset or project at once; print the success rate and loss quantiles."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.data import make_dataset
from ..core.sweep import MAX_SEEDS, QUANTILE_NAMES, SeedSweep, seed_range
from .source import open_source


def _seed_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_SEEDS}, not {text!r}") from None
    if not 1 <= value <= MAX_SEEDS:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_SEEDS}, not {text}")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, not {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
    return value


def add_sweep_parser(sub) -> None:
    sweep = sub.add_parser("sweep", help="train many seeds of a preset or project at once")
    sweep.add_argument("source", metavar="PRESET|PROJECT.json")
    sweep.add_argument("--seeds", type=_seed_count, default=256, metavar="K",
                       help=f"how many seeds (1 to {MAX_SEEDS}; default 256)")
    sweep.add_argument("--first-seed", type=_non_negative, default=0, metavar="S",
                       help="seeds S, S+1, ..., S+K-1 (default 0)")
    sweep.add_argument("--epochs", type=_non_negative, help="epochs per seed (default: the project's)")
    sweep.add_argument("--lr", type=_positive_float, help="learning rate")
    sweep.add_argument("--threshold", type=_positive_float, default=0.05,
                       help="a seed succeeds with accuracy 1.0 or a final loss below this (default 0.05)")
    sweep.add_argument("--device", default="cpu", help="cpu (default), cuda, cuda:N or auto")
    sweep.add_argument("--json", action="store_true", help="print one JSON object")


def run_sweep(args: Any) -> int:
    project = open_source(args.source)
    changes = {k: v for k, v in (("epochs", args.epochs), ("lr", args.lr)) if v is not None}
    config = project.config.with_changes(**changes)
    seeds = seed_range(args.seeds, args.first_seed)
    sweep = SeedSweep(project.graph, make_dataset(project.data), config, seeds,
                      device=args.device, loss_threshold=args.threshold)
    result = sweep.run()
    if args.json:
        print(json.dumps({"source": project.preset or project.title, "optimizer": config.optimizer,
                          "lr": config.lr, **result.summary()}))
        return 0
    name = project.preset or project.title
    print(f"{name}: {result.k} seeds ({seeds[0]}..{seeds[-1]}) x {result.epochs_run} epochs, "
          f"{config.optimizer} lr {config.lr:g}, in {result.elapsed_s:.2f} s on {result.device}")
    rule = f"final loss < {result.loss_threshold:g}"
    if not _is_regression(result):
        rule = f"accuracy {result.target_accuracy:g} or {rule}"
    print(f"success: {int(result.success.sum())}/{result.k} = {100 * result.success_rate:.1f}% ({rule})"
          + (f"; {int(result.diverged.sum())} diverged" if result.diverged.any() else ""))
    quantiles = result.final_quantiles()
    print("final loss: " + "  ".join(f"{q} {quantiles[q]:.6g}" for q in QUANTILE_NAMES))
    return 0


def _is_regression(result) -> bool:
    return bool(len(result.accuracy)) and all(a != a for a in result.accuracy)

