"""Loss functions by name, and fitting a data set's targets to the chosen loss."""

from __future__ import annotations

from typing import Callable

import numpy as np
import torch.nn.functional as F
from torch import Tensor

from ..errors import DataError
from ..i18n import _t

LOSS_LABELS = {
    "mse": _t("Mean squared error"),
    "bce": _t("Binary cross-entropy"),
    "bce_logits": _t("Binary cross-entropy with logits"),
    "ce": _t("Cross-entropy"),
}

LOSSES: dict[str, Callable[[Tensor, Tensor], Tensor]] = {
    "mse": F.mse_loss,
    "bce": F.binary_cross_entropy,
    "bce_logits": F.binary_cross_entropy_with_logits,
    "ce": F.cross_entropy,
}


def targets_for_loss(y: np.ndarray, task: str, n_classes: int, loss: str, width: int) -> np.ndarray:
    """The data set's targets in the form ``loss`` takes for an output of ``width`` values.

    Cross-entropy takes class indices; MSE and BCE take one value per output unit
    (one-hot for multi-class data). A mismatch raises DataError saying what to change.
    """
    if loss == "ce":
        if task == "regression":
            raise DataError(_t("Cross-entropy needs class labels, but this data set is a regression task."))
        if task == "binary" and y.shape[1] != 1:
            raise DataError(_t("Cross-entropy takes one class per sample, but this binary data set has {columns} "
                               "target columns (several yes/no labels per sample): use BCE with logits and "
                               "{columns} output units.").format(columns=y.shape[1]))
        classes = y if task == "multiclass" else y[:, 0].astype(np.int64)
        needed = n_classes if task == "multiclass" else 2
        if width != needed:
            raise DataError(_t("Cross-entropy over {classes} classes needs an output layer of {classes} units; "
                               "the network gives {width}.").format(classes=needed, width=width))
        return classes.astype(np.int64)
    if task == "multiclass":
        if width != n_classes:
            raise DataError(_t("This data set has {classes} classes: the output needs {classes} units "
                               "(one-hot targets); the network gives {width}.").format(classes=n_classes, width=width))
        return np.eye(n_classes, dtype=np.float32)[y]
    if y.shape[1] != width:
        raise DataError(_t("This data set has {targets} target value(s) per sample; "
                           "the network's output has {width}.").format(targets=y.shape[1], width=width))
    if loss in ("bce", "bce_logits") and not np.all((y >= 0) & (y <= 1)):
        raise DataError(_t("Binary cross-entropy needs targets between 0 and 1; use MSE for this data set."))
    return y.astype(np.float64 if y.dtype == np.float64 else np.float32)  # float64 targets stay exact


def prediction_probabilities(output: np.ndarray, loss: str) -> np.ndarray:
    """What the output means as a prediction: logits become probabilities."""
    if loss == "bce_logits":
        return 1.0 / (1.0 + np.exp(-output))
    if loss == "ce":
        shifted = output - output.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        return e / e.sum(axis=1, keepdims=True)
    return output


def predicted_classes(output: np.ndarray, loss: str, task: str) -> np.ndarray | None:
    """Class predictions the way the notes make them (> 0.5, or argmax); None for regression."""
    if task == "regression":
        return None
    probs = prediction_probabilities(output, loss)
    if loss == "ce" or task == "multiclass":
        return probs.argmax(axis=1).astype(np.int64)
    return (probs > 0.5).astype(np.float32)
