"""Turn a column of numeric labels into targets for a task, inferring the task if asked."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

#: Inferred multiclass is limited to this many classes; more integers look like a quantity.
MAX_INFERRED_CLASSES = 100
#: An explicit multiclass task may have up to this many classes.
MAX_CLASSES = 1000


def _name(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def infer_task(values: np.ndarray) -> str:
    """Guess the task from label values.

    Labels all in {0, 1}, or whole numbers with exactly two distinct values
    (e.g. -1/1), give ``"binary"``; whole numbers with 3..100 distinct values
    give ``"multiclass"``; anything else ``"regression"``.

    Parameters
    ----------
    values : numpy.ndarray
        Finite label values, shape (n,).

    Returns
    -------
    str
    """
    uniq = np.unique(values)
    whole = bool(np.all(uniq % 1 == 0))
    if np.all((uniq == 0) | (uniq == 1)) or (whole and len(uniq) == 2):
        return "binary"
    if whole and 2 < len(uniq) <= MAX_INFERRED_CLASSES:
        return "multiclass"
    return "regression"


def labels_to_targets(values: np.ndarray, task: str | None, fname: str, column: int,
                      line_numbers: Sequence[int], distinct: np.ndarray | None = None
                      ) -> tuple[np.ndarray, str, int, tuple[str, ...]]:
    """Build ``(y, task, n_classes, class_names)`` for :class:`Dataset` from raw labels.

    Class labels that are not already 0/1 (binary) or 0..K-1 (multiclass) are
    mapped, in sorted order, to 0..K-1 and keep their original text as class names.

    Parameters
    ----------
    values : numpy.ndarray
        Finite label values, float64 of shape (n,).
    task : str or None
        The wanted task, or None to infer it with :func:`infer_task`.
    fname : str
        File name for messages.
    column : int
        1-based label column for messages.
    line_numbers : sequence of int
        1-based line of each value, for messages (read only when one is needed).
    distinct : numpy.ndarray or None
        ``np.unique(values)`` if the caller has it (saves sorting a copy of every label).

    Returns
    -------
    tuple
        ``y`` (float32 (n, 1) or int64 (n,)), the task, the class count and class names.
    """
    uniq = np.unique(values) if distinct is None else distinct
    task = task or infer_task(uniq)
    if task == "regression":
        return values.astype(np.float32).reshape(-1, 1), task, 0, ()
    if task == "binary":
        if np.all((uniq == 0) | (uniq == 1)):
            return values.astype(np.float32).reshape(-1, 1), task, 2, ()
        if len(uniq) != 2:
            raise DataError(
                _t("{file}, column {column}: a binary task needs labels 0 and 1 (or exactly two different "
                   "values), but the labels have {count} different values.").format(
                    file=fname, column=column, count=len(uniq))
            )
        y = (values == uniq[1]).astype(np.float32).reshape(-1, 1)
        return y, task, 2, (_name(uniq[0]), _name(uniq[1]))
    # multiclass
    fractional = np.flatnonzero(values % 1 != 0)
    if fractional.size:
        r = int(fractional[0])
        raise DataError(
            _t("{file}, line {line}, column {column}: label {label} is not a whole "
               "number, but a multiclass task needs class numbers.").format(
                file=fname, line=line_numbers[r], column=column, label=_name(values[r]))
        )
    if not 2 <= len(uniq) <= MAX_CLASSES:
        raise DataError(
            _t("{file}, column {column}: a multiclass task needs 2 to {most} different labels, found {count}.")
            .format(file=fname, column=column, most=MAX_CLASSES, count=len(uniq))
        )
    if np.array_equal(uniq, np.arange(len(uniq))):
        return values.astype(np.int64), task, len(uniq), ()
    y = np.searchsorted(uniq, values).astype(np.int64)
    return y, task, len(uniq), tuple(_name(u) for u in uniq)
