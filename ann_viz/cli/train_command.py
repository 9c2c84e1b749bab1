"""`ann-viz train`: train a preset or project headless and print the notes-style log and report."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from ..core.data import make_dataset
from ..core.errors import AnnVizError
from ..core.train import Trainer
from .export_command import export_trained, load_weights, planned_exports
from .source import open_source
from .text import say


def default_log_every(epochs: int) -> int:
    """About ten log lines, on round numbers like the notes (100 for 1001 epochs, 1000 for 10001)."""
    if epochs <= 10:
        return 1
    return 10 ** int(math.floor(math.log10(epochs / 10)))


def run_train(args: Any) -> int:
    project = open_source(args.source)
    changes = {k: v for k, v in (("epochs", args.epochs), ("seed", args.seed), ("device", args.device),
                                 ("lr", args.lr)) if v is not None}
    try:
        config = project.config.with_changes(**changes)
    except AnnVizError:
        raise
    except (TypeError, ValueError) as err:
        raise AnnVizError(str(err)) from None  # Python's own words: nothing to translate
    exports = planned_exports(getattr(args, "export", None) or [])  # a bad suffix fails before training
    trainer = Trainer(project.graph, make_dataset(project.data), config)
    if getattr(args, "weights", None):
        load_weights(trainer, args.weights)
    log_every = args.log_every or default_log_every(config.epochs)
    log = None if args.json else sys.stdout
    result = _train(trainer, config.epochs, log_every, log)
    evaluation = trainer.evaluate()
    if args.json:
        print(json.dumps(_summary(project, trainer, result, evaluation), allow_nan=False))
    else:
        if result is not None and result.message:
            say(result.message, file=sys.stderr if result.reason == "diverged" else sys.stdout)
        print(evaluation.pred_gold_text() if evaluation.output.shape[0] <= 32 else _short_report(evaluation))
    export_trained(trainer, project.title, exports)
    return 1 if result is not None and result.reason == "diverged" else 0


def _train(trainer: Trainer, epochs: int, log_every: int, log):
    """Run in segments of ``log_every`` epochs, printing the loss at each segment's first epoch."""
    if epochs == 0 or trainer.module.has_step and epochs == trainer.config.epochs == 0:
        return None
    result = None
    while trainer.epoch < epochs and not trainer.stopped:
        start = trainer.epoch
        result = trainer.run(min(log_every, epochs - start))
        if log is not None and len(trainer.history) > start:
            print(start, float(trainer.history.train_loss[start]), file=log, flush=True)
    return result


def _short_report(evaluation) -> str:
    if evaluation.accuracy is None:
        return f"Loss : {evaluation.loss:f}"
    return f"Loss : {evaluation.loss:f}\nAccuracy : {evaluation.accuracy:f}"


def _summary(project, trainer: Trainer, result, evaluation) -> dict:
    """The run as strict JSON: a NaN or infinite number becomes null, and ``not_finite``
    says which fields those were and why (JSON has no Infinity)."""
    summary = {
        "source": project.preset or project.title,
        "final_loss": evaluation.loss,
        "accuracy": evaluation.accuracy,
        "epochs_run": trainer.epoch,
        "stopped": result.reason if result is not None else "not_trained",
        "message": result.message if result is not None else "",
        "device": str(trainer.device),
        "parameters": {layer: {k: v.tolist() for k, v in values.items()}
                       for layer, values in trainer.parameters_by_layer().items()},
    }
    not_finite = {}
    for key in ("final_loss", "accuracy"):
        value = summary[key]
        if isinstance(value, float) and not math.isfinite(value):
            summary[key] = None
            not_finite[key] = _NOT_FINITE.get(key, "nan") if math.isnan(value) else (
                "infinity" if value > 0 else "-infinity")
    summary["parameters"] = _finite(summary["parameters"], not_finite, "parameters")
    summary["not_finite"] = not_finite
    return summary


_NOT_FINITE = {"accuracy": "nan (the task has no classes to count)"}


def _finite(value: Any, found: dict, where: str) -> Any:
    """``value`` with NaN/Inf floats as None; the first such place is noted in ``found``."""
    if isinstance(value, float) and not math.isfinite(value):
        found.setdefault(where, "nan" if math.isnan(value) else "infinity" if value > 0 else "-infinity")
        return None
    if isinstance(value, dict):
        return {k: _finite(v, found, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v, found, where) for v in value]
    return value
