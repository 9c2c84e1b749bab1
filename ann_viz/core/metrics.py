"""Classification metrics on plain arrays: predictions, accuracy, confusion matrix, F1.

Inputs may be numpy arrays, lists or torch tensors (converted without importing
torch). Divisions by zero (a class never predicted or never present) give 0.0.
"""

from __future__ import annotations

import numpy as np

from .i18n import _t


def _array(value) -> np.ndarray:
    if hasattr(value, "detach"):  # a torch tensor, possibly on a GPU or needing grad
        value = value.detach().cpu().numpy()
    return np.asarray(value)


def predict_classes(output, task: str, logits: bool = False) -> np.ndarray:
    """Turn network outputs into class predictions.

    Parameters
    ----------
    output : array_like
        Network output of shape (n, k) (or (n,) for binary).
    task : str
        ``"binary"`` or ``"multiclass"``.
    logits : bool
        Binary only: the output is a logit (threshold 0) rather than a
        probability (threshold 0.5).

    Returns
    -------
    numpy.ndarray
        int64 classes: (n,) for multiclass (argmax over columns) and for binary
        with one column; (n, k) for binary with several columns, each column
        thresholded on its own (e.g. a 2-2-2 network trained on MSE targets).
        A value exactly on the threshold counts as class 0.
    """
    out = _array(output)
    if task == "binary":
        classes = (out > (0.0 if logits else 0.5)).astype(np.int64)
        return classes[:, 0] if classes.ndim == 2 and classes.shape[1] == 1 else classes
    if task == "multiclass":
        if out.ndim != 2 or out.shape[1] < 2:
            raise ValueError(_t("Multiclass output must have shape (n, classes >= 2), not {shape}.").format(
                shape=out.shape))
        return np.argmax(out, axis=1).astype(np.int64)
    raise ValueError(_t("Cannot predict classes for task {task!r}; use 'binary' or 'multiclass'.").format(task=task))


def _pair(pred, gold) -> tuple[np.ndarray, np.ndarray]:
    """Bring predictions and gold to one shape; (n,) and (n, 1) are interchangeable."""
    p, g = _array(pred), _array(gold)
    if p.shape != g.shape and p.size == g.size and p.ndim <= 2 and g.ndim <= 2:
        if max(p.ndim, g.ndim) == 1 or 1 in (p.shape[-1], g.shape[-1]):
            p, g = p.reshape(-1), g.reshape(-1)
    if p.shape != g.shape:
        raise ValueError(_t("Predictions of shape {pred} do not match gold labels of shape {gold}.").format(
            pred=p.shape, gold=g.shape))
    return p, g


def accuracy(pred, gold) -> float:
    """Fraction of matching entries (element-wise for (n, k)); 0.0 when empty."""
    p, g = _pair(pred, gold)
    return float(np.mean(p == g)) if p.size else 0.0


def confusion_matrix(pred, gold, n_classes: int) -> np.ndarray:
    """Count (gold, predicted) pairs.

    Parameters
    ----------
    pred, gold : array_like of int
        Class indices in ``0..n_classes-1``, same shape (flattened).
    n_classes : int
        Number of classes K.

    Returns
    -------
    numpy.ndarray
        int64 (K, K); row = gold class, column = predicted class.
    """
    p, g = (a.reshape(-1) for a in _pair(pred, gold))
    p, g = p.astype(np.int64), g.astype(np.int64)
    for message, a in ((_t("Predicted classes must lie in 0..{last}, found {low}..{high}."), p),
                       (_t("Gold classes must lie in 0..{last}, found {low}..{high}."), g)):
        if a.size and (a.min() < 0 or a.max() >= n_classes):
            raise ValueError(message.format(last=n_classes - 1, low=a.min(), high=a.max()))
    return np.bincount(g * n_classes + p, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    out = np.zeros(num.shape, dtype=np.float64)
    np.divide(num, den, out=out, where=den != 0)  # where=: no warning, 0.0 stays for den == 0
    return out


def precision_recall_f1(cm) -> dict:
    """Per-class and macro precision, recall and F1 from a confusion matrix.

    Parameters
    ----------
    cm : array_like
        (K, K) counts, rows = gold, columns = predicted.

    Returns
    -------
    dict
        ``precision``, ``recall``, ``f1`` (float64 arrays (K,)), ``support``
        (int64 (K,), gold count per class), ``macro_precision``,
        ``macro_recall``, ``macro_f1`` (unweighted means over all K classes)
        and, for K == 2, ``positive_precision``, ``positive_recall`` and
        ``positive_f1`` for class 1.
    """
    cm = np.asarray(cm, dtype=np.int64)
    tp = np.diag(cm).astype(np.float64)
    precision = _ratio(tp, cm.sum(axis=0))
    recall = _ratio(tp, cm.sum(axis=1))
    f1 = _ratio(2 * precision * recall, precision + recall)
    result = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "support": cm.sum(axis=1),
        "macro_precision": float(precision.mean()) if len(tp) else 0.0,
        "macro_recall": float(recall.mean()) if len(tp) else 0.0,
        "macro_f1": float(f1.mean()) if len(tp) else 0.0,
    }
    if len(tp) == 2:
        result.update(positive_precision=float(precision[1]), positive_recall=float(recall[1]),
                      positive_f1=float(f1[1]))
    return result


def classification_report(pred, gold, n_classes: int) -> dict:
    """Accuracy, confusion matrix and precision/recall/F1 as JSON-friendly values.

    Parameters
    ----------
    pred, gold : array_like of int
        Class indices (same shape).
    n_classes : int
        Number of classes K (2 for binary).

    Returns
    -------
    dict
        ``accuracy``, ``confusion`` (list of lists), per-class lists
        ``precision``, ``recall``, ``f1``, ``support``, the ``macro_*`` floats
        and, for K == 2, the ``positive_*`` floats (see :func:`precision_recall_f1`).
    """
    cm = confusion_matrix(pred, gold, n_classes)
    scores = precision_recall_f1(cm)
    report: dict = {"accuracy": accuracy(pred, gold), "n_classes": int(n_classes), "confusion": cm.tolist()}
    for key, value in scores.items():
        report[key] = value.tolist() if isinstance(value, np.ndarray) else value
    return report


def pred_gold_report(pred, gold) -> str:
    """Format predictions, gold labels and accuracy like the lecture notes.

    One-dimensional inputs are shown as one column, so the lists read like
    ``tensor.tolist()`` of an (n, 1) float tensor::

        PRED= [[0.0], [1.0], [1.0], [0.0]]
        GOLD= [[0.0], [1.0], [1.0], [0.0]]
        Accuracy : 1.000000

    Returns
    -------
    str
        Three lines, no trailing newline.
    """
    p, g = _array(pred), _array(gold)

    def column(a: np.ndarray) -> list:
        # float32 like a torch tensor, so the printed values match the notes exactly
        return (a.reshape(-1, 1) if a.ndim == 1 else a).astype(np.float32).tolist()

    return f"PRED= {column(p)}\nGOLD= {column(g)}\nAccuracy : {accuracy(p, g):.6f}"
