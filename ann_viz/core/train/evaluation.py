"""Loss, predictions and metrics of a trained network on one data split.

Works on the network's output alone: the trainer computes it and calls in here, and
nothing here knows the trainer.
"""

from __future__ import annotations

from dataclasses import dataclass
import numpy as np

from .. import metrics
from ..data import Dataset
from .losses import predicted_classes


@dataclass(frozen=True)
class Evaluation:
    """What the network says about a split; ``report`` is None for regression."""

    loss: float
    output: np.ndarray
    predicted: np.ndarray | None
    gold: np.ndarray
    accuracy: float | None
    report: dict | None

    def pred_gold_text(self) -> str:
        """The notes' printout: PRED=, GOLD=, Accuracy."""
        if self.predicted is None:
            return f"Loss : {self.loss:f}"
        return metrics.pred_gold_report(self.predicted, self.gold)


def evaluate_split(output: np.ndarray, loss: float, loss_name: str, ds: Dataset) -> Evaluation:
    """The evaluation of ``output`` (the network's, in eval mode) on the split ``ds``, whose loss is ``loss``."""
    pred = predicted_classes(output, loss_name, ds.task)
    if pred is None:
        return Evaluation(loss, output, None, ds.y, None, None)
    gold = ds.y
    if ds.task == "multiclass" or pred.ndim == 1:
        n_classes = ds.n_classes if ds.task == "multiclass" else 2
        flat_gold = gold if ds.task == "multiclass" else gold[:, 0].astype(np.int64)
        report = metrics.classification_report(pred, flat_gold, n_classes)
        gold = flat_gold
    elif pred.shape[1] == 1:
        report = metrics.classification_report(pred[:, 0].astype(np.int64), gold[:, 0].astype(np.int64), 2)
    else:  # several independent binary outputs: accuracy per value only
        report = {"accuracy": metrics.accuracy(pred, gold)}
    return Evaluation(loss, output, pred, gold, float(report["accuracy"]), report)
