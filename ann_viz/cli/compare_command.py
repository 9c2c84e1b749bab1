"""`ann-viz compare`: train two to four variants of a preset or project side by side; print their final
loss and accuracy (a table, or one JSON object)."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from typing import Any

from ..core.compare import CHANGE_KEYS, MAX_RUNS, VariantError, build_comparison, parse_spec, parse_value
from ..core.compare.changes import check_keys, spec_pairs
from ..core.compare.file import is_comparison_file, load_comparison
from ..core.errors import AnnVizError
from ..core.i18n import _t
from ..core.presets.comparisons import COMPARISON_LESSONS, get_comparison_lesson
from .source import open_source
from .sweep_command import _non_negative
from .text import say, tr

EXAMPLES = _t("examples:\n"
              "  ann-viz compare xor-deep-sigmoid --vary activation=sigmoid,relu,tanh --epochs 3000\n"
              "  ann-viz compare xor-2-2-1 --variant width=10 --variant depth=3,width=10\n"
              "  ann-viz compare compare-sigmoid-relu --json     (a comparison lesson: its own runs)\n"
              "changes: {keys}; regularizer is none, dropout[:p], l1[:lambda], l2[:lambda] or batchnorm.")


def add_compare_parser(sub) -> None:
    compare = sub.add_parser(
        "compare", help=tr(_t("train 2-4 variants of a preset or project side by side")),
        description=tr(_t("Train variants of a preset, project, comparison lesson or comparison file side by side "
                          "and print each run's final loss and accuracy.")),
        epilog=tr(EXAMPLES, keys=", ".join(CHANGE_KEYS)), formatter_class=argparse.RawDescriptionHelpFormatter)
    compare.add_argument("source", metavar="PRESET|LESSON|PROJECT.json|COMPARISON.json")
    compare.add_argument("--vary", metavar="KEY=V1,V2,...",
                         help=tr(_t("one run per value of one change (2 to {most} values)"), most=MAX_RUNS))
    compare.add_argument("--variant", action="append", default=[], metavar="KEY=V[,KEY=V...]",
                         help=tr(_t("a run with these changes beside the base run (repeatable, up to {most})"),
                                 most=MAX_RUNS - 1))
    compare.add_argument("--epochs", type=_non_negative, help=tr(_t("epochs of every run (default: the source's)")))
    compare.add_argument("--device", help=tr(_t("cpu, cuda, cuda:N or auto (default: each project's own)")))
    compare.add_argument("--json", action="store_true", help=tr(_t("print one JSON object")))


def comparison_from_args(args: Any):
    """The comparison the command line asks for (bad input raises AnnVizError with a sentence)."""
    if args.vary and args.variant:
        raise VariantError(_t("Give either --vary or --variant, not both."))
    lesson = get_comparison_lesson(args.source)
    if is_comparison_file(args.source):
        if args.vary or args.variant:
            raise VariantError(_t("A comparison file has its own runs: --vary and --variant do not apply."))
        comparison = load_comparison(args.source)
    elif lesson is not None and not (args.vary or args.variant):
        comparison = lesson.comparison()
    else:
        base = open_source(lesson.base if lesson is not None else args.source)
        if args.vary:
            comparison = build_comparison(base, _varied(args.vary), include_base=False)
        elif args.variant:
            comparison = build_comparison(base, [_variant(text) for text in args.variant])
        else:
            raise VariantError(_t("Say what differs between the runs: --vary KEY=V1,V2 or --variant KEY=V "
                                  "(comparison lessons: {lessons}).").format(
                lessons=", ".join(c.id for c in COMPARISON_LESSONS)))
    if args.epochs is not None:
        comparison.epochs = args.epochs
    return comparison


def _variant(text: str) -> dict:
    """--variant's changes; a value out of range fails that run alone (its words beside the others)."""
    try:
        return parse_spec(text)
    except VariantError:
        pairs = spec_pairs(text)  # a part that is not KEY=VALUE, an unknown or repeated change: refused here
        if not pairs:
            raise
        check_keys(key for key, _ in pairs)
        return {key: _lenient(key, value) for key, value in pairs}


def _lenient(key: str, value: str):
    try:
        return parse_value(key, value)
    except VariantError:
        return value.strip()  # this run fails alone, with the same sentence; the others train


def _varied(text: str) -> list[dict]:
    key, sep, values = text.partition("=")
    key = key.strip().lower()
    items = [v for v in (part.strip() for part in values.split(",")) if v]
    if not sep or len(items) < 2:
        raise VariantError(_t("--vary needs a change and at least two values, e.g. activation=sigmoid,relu."))
    if key not in CHANGE_KEYS:
        parse_value(key, items[0])  # names the known changes
    return [{key: _lenient(key, item)} for item in items]


def run_compare(args: Any) -> int:
    from ..core.compare import CompareEngine  # imports torch: only when a comparison runs

    comparison = comparison_from_args(args)
    started = time.perf_counter()
    state = CompareEngine(comparison, device=args.device).run()
    seconds = time.perf_counter() - started
    rows = [_row(run, view) for run, view in zip(comparison.runs, state.runs)]
    if args.json:
        print(json.dumps({"source": args.source, "title": comparison.title, "epochs": comparison.epochs,
                          "seconds": round(seconds, 3), "runs": rows}, allow_nan=False))
    else:
        _print_table(comparison, rows, seconds)
    return 0 if any(r["status"] == "done" for r in rows) else 1


def _row(run, view) -> dict:
    def number(value: float) -> float | None:
        return None if value is None or not math.isfinite(value) else float(value)

    accuracy = view.accuracy[~_nan(view.accuracy)] if len(view.accuracy) else view.accuracy
    return {"label": run.label, "changes": run.changes,
            "status": view.status, "message": view.message, "epochs": view.epoch,
            "final_loss": number(view.final_loss) if view.epoch else None,
            "accuracy": number(float(accuracy[-1])) if len(accuracy) else None}


def _nan(values):
    return values != values


def _print_table(comparison, rows: list[dict], seconds: float) -> None:
    say(_t("{title}: {runs} runs x {epochs} epochs in {seconds:.2f} s"), title=tr(comparison.title),
        runs=len(rows), epochs=comparison.epochs, seconds=seconds)
    width = max(len(tr(_t("run"))), *(len(tr(r["label"])) for r in rows))
    header = (tr(_t("run")), tr(_t("final loss")), tr(_t("accuracy")), tr(_t("epochs")), tr(_t("status")))
    print(f"{header[0]:<{width}}  {header[1]:>12}  {header[2]:>8}  {header[3]:>7}  {header[4]}")
    for r in rows:
        loss = "-" if r["final_loss"] is None else f"{r['final_loss']:.6g}"
        accuracy = "-" if r["accuracy"] is None else f"{r['accuracy']:.3f}"
        print(f"{tr(r['label']):<{width}}  {loss:>12}  {accuracy:>8}  {r['epochs']:>7}  {tr(_STATUS[r['status']])}")
    for r in rows:
        if r["message"]:
            say(_t("{label}: {reason}"), label=tr(r["label"]), reason=tr(r["message"]), file=sys.stderr)


_STATUS = {"done": _t("done"), "failed": _t("failed"), "diverged": _t("diverged"),
           "early_stopped": _t("stopped early"), "waiting": _t("waiting"), "training": _t("training")}
