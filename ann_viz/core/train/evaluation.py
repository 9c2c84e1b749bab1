"""Loss, predictions and metrics of a trained network on one data split."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import torch

from .. import metrics
from .losses import predicted_classes

if TYPE_CHECKING:
    from .tensors import SplitTensors
    from .trainer import Trainer


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


def evaluate_split(trainer: "Trainer", data: "SplitTensors") -> Evaluation:
    output = trainer.predict(data.x)
    with torch.no_grad():
        loss = float(trainer._loss_fn(torch.as_tensor(output).to(trainer.device), data.y))
    ds = data.dataset
    pred = predicted_classes(output, trainer.module.loss_name, ds.task)
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
