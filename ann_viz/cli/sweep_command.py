"""`ann-viz sweep`: train many seeds of a preset or project at once; print the success rate and loss quantiles."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.data import make_dataset
from ..core.i18n import _t
from ..core.sweep import MAX_SEEDS, QUANTILE_NAMES  # torch-free: the parser needs them
from .source import open_source
from .text import say, tr


def _seed_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(_t("must be a whole number from 1 to {most}, not {value!r}"),
                                            most=MAX_SEEDS, value=text)) from None
    if not 1 <= value <= MAX_SEEDS:
        raise argparse.ArgumentTypeError(tr(_t("must be from 1 to {most}, not {value}"), most=MAX_SEEDS, value=text))
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(_t("must be a whole number, not {value!r}"), value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(tr(_t("must be 0 or more, not {value}"), value=text))
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(_t("must be a number, not {value!r}"), value=text)) from None
    if not value > 0:
        raise argparse.ArgumentTypeError(tr(_t("must be above 0, not {value}"), value=text))
    return value


def add_sweep_parser(sub) -> None:
    sweep = sub.add_parser("sweep", help=tr(_t("train many seeds of a preset or project at once")))
    sweep.add_argument("source", metavar="PRESET|PROJECT.json")
    sweep.add_argument("--seeds", type=_seed_count, default=256, metavar="K",
                       help=tr(_t("how many seeds (1 to {most}; default 256)"), most=MAX_SEEDS))
    sweep.add_argument("--first-seed", type=_non_negative, default=0, metavar="S",
                       help=tr(_t("seeds S, S+1, ..., S+K-1 (default 0)")))
    sweep.add_argument("--epochs", type=_non_negative, help=tr(_t("epochs per seed (default: the project's)")))
    sweep.add_argument("--lr", type=_positive_float, help=tr(_t("learning rate")))
    sweep.add_argument("--threshold", type=_positive_float, default=0.05,
                       help=tr(_t("a seed succeeds with accuracy 1.0 or a final loss below this (default 0.05)")))
    sweep.add_argument("--device", default="cpu", help=tr(_t("cpu (default), cuda, cuda:N or auto")))
    sweep.add_argument("--json", action="store_true", help=tr(_t("print one JSON object")))


def run_sweep(args: Any) -> int:
    from ..core.sweep import SeedSweep, seed_range  # imports torch: only when a sweep runs

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
    name = project.preset or tr(project.title)
    say(_t("{name}: {k} seeds ({first}..{last}) x {epochs} epochs, {optimizer} lr {lr:g}, in {seconds:.2f} s "
           "on {device}"), name=name, k=result.k, first=seeds[0], last=seeds[-1], epochs=result.epochs_run,
        optimizer=config.optimizer, lr=config.lr, seconds=result.elapsed_s, device=result.device)
    if _is_regression(result):
        rule = tr(_t("final loss < {threshold:g}"), threshold=result.loss_threshold)
    else:
        rule = tr(_t("accuracy {accuracy:g} or final loss < {threshold:g}"), accuracy=result.target_accuracy,
                  threshold=result.loss_threshold)
    success = dict(successes=int(result.success.sum()), k=result.k, percent=100 * result.success_rate, rule=rule)
    if result.diverged.any():
        say(_t("success: {successes}/{k} = {percent:.1f}% ({rule}); {diverged} diverged"),
            diverged=int(result.diverged.sum()), **success)
    else:
        say(_t("success: {successes}/{k} = {percent:.1f}% ({rule})"), **success)
    quantiles = result.final_quantiles()
    say(_t("final loss: {quantiles}"), quantiles="  ".join(f"{tr(q)} {quantiles[q]:.6g}" for q in QUANTILE_NAMES))
    return 0


def _is_regression(result) -> bool:
    return bool(len(result.accuracy)) and all(a != a for a in result.accuracy)

