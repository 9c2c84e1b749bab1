"""The immutable data set every loader returns and the trainer consumes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

TASKS = ("binary", "multiclass", "regression")


def _frozen_array(value, dtype) -> np.ndarray:
    """Return ``value`` as a C-contiguous, read-only array of ``dtype``.

    The caller's array is copied when it could still be written through, so
    nobody can change a data set behind the trainer's back.
    """
    arr = np.ascontiguousarray(value, dtype=dtype)
    if isinstance(value, np.ndarray) and np.may_share_memory(arr, value) and value.flags.writeable:
        arr = arr.copy()
    arr.setflags(write=False)
    return arr


@dataclass(frozen=True, eq=False)  # eq=False: comparing arrays with == is ambiguous
class Dataset:
    """Samples, targets and what they mean.

    Parameters
    ----------
    name : str
        Shown in the UI (e.g. ``"XOR"``, ``"train.txt"``).
    x : numpy.ndarray
        Inputs, float32 of shape ``(n, d)`` (float64 with ``exact``).
    y : numpy.ndarray
        Targets: float32 ``(n, k)`` with values 0/1 for ``"binary"`` (usually
        ``k == 1``), float32 ``(n, k)`` for ``"regression"``, int64 ``(n,)``
        class indices ``0..n_classes-1`` for ``"multiclass"``. A 1-D ``y`` for
        binary or regression is taken as one column.
    task : str
        ``"binary"``, ``"multiclass"`` or ``"regression"``.
    n_classes : int
        2 for binary, the number of classes for multiclass, 0 for regression.
    feature_names : tuple of str
        One name per input column; empty means ``x1 .. xd``.
    class_names : tuple of str
        Optional label text per class (e.g. the original values of a file).
    exact : bool
        Keep inputs and float targets as float64 (numbers written out in a project, such as the
        worked example's 0.1: float64 training then sees 0.1 itself, not the float32 nearest it).
    """

    name: str
    x: np.ndarray
    y: np.ndarray
    task: str
    n_classes: int
    feature_names: tuple[str, ...] = ()
    class_names: tuple[str, ...] = ()
    exact: bool = False

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise DataError(_t("Unknown task '{task}': use one of {choices}.").format(
                task=self.task, choices=", ".join(TASKS)))
        x = _frozen_array(self.x, self._float_type)
        if x.ndim == 1:
            x = x.reshape(-1, 1)
        if x.ndim != 2:
            raise DataError(_t("Data set '{name}': inputs must be a table (n, d), got shape {shape}.").format(
                name=self.name, shape=x.shape))
        y = self._checked_targets(x.shape[0])
        if not np.all(np.isfinite(x)):
            raise DataError(_t("Data set '{name}' has NaN or infinite input values.").format(name=self.name))
        names = tuple(str(s) for s in self.feature_names) or tuple(f"x{i + 1}" for i in range(x.shape[1]))
        if len(names) != x.shape[1]:
            raise DataError(
                _t("Data set '{name}' has {columns} input columns but {count} feature names.").format(
                    name=self.name, columns=x.shape[1], count=len(names))
            )
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "n_classes", int(self.n_classes))
        object.__setattr__(self, "feature_names", names)
        object.__setattr__(self, "class_names", tuple(str(s) for s in self.class_names))
        if self.class_names and len(self.class_names) != self.n_classes:
            raise DataError(
                _t("Data set '{name}' has {classes} classes but {count} class names.").format(
                    name=self.name, classes=self.n_classes, count=len(self.class_names))
            )

    @property
    def _float_type(self) -> type:
        return np.float64 if self.exact else np.float32

    def _checked_targets(self, n: int) -> np.ndarray:
        """Validate ``self.y`` against ``task`` and return it frozen."""
        name = self.name
        if self.task == "multiclass":
            raw = np.asarray(self.y)
            if raw.ndim == 2 and raw.shape[1] == 1:
                raw = raw[:, 0]
            if raw.ndim != 1 or (raw.size and not np.all(np.asarray(raw, np.float64) % 1 == 0)):
                raise DataError(_t("Data set '{name}': multiclass targets must be whole class numbers, one per sample.")
                                .format(name=name))
            y = _frozen_array(raw, np.int64)
            if self.n_classes < 2:
                raise DataError(_t("Data set '{name}': a multiclass task needs at least 2 classes, not {classes}.")
                                .format(name=name, classes=self.n_classes))
            if y.size and (y.min() < 0 or y.max() >= self.n_classes):
                raise DataError(_t("Data set '{name}': class numbers must lie in 0..{last}.").format(
                    name=name, last=self.n_classes - 1))
        else:
            y = _frozen_array(self.y, self._float_type)
            if y.ndim == 1:
                y = y.reshape(-1, 1)
            if y.ndim != 2 or y.shape[1] < 1:
                raise DataError(_t("Data set '{name}': targets must be a table (n, k), got shape {shape}.").format(
                    name=name, shape=y.shape))
            if not np.all(np.isfinite(y)):
                raise DataError(_t("Data set '{name}' has NaN or infinite target values.").format(name=name))
            if self.task == "binary":
                if self.n_classes != 2:
                    raise DataError(_t("Data set '{name}': a binary task has 2 classes, not {classes}.").format(
                        name=name, classes=self.n_classes))
                if not np.all((y == 0) | (y == 1)):
                    raise DataError(_t("Data set '{name}': binary targets must be 0 or 1.").format(name=name))
            elif self.n_classes != 0:
                raise DataError(_t("Data set '{name}': a regression task has no classes (n_classes must be 0).")
                                .format(name=name))
        if y.shape[0] != n:
            raise DataError(_t("Data set '{name}' has {rows} input rows but {targets} targets.").format(
                name=name, rows=n, targets=y.shape[0]))
        return y

    @property
    def n_samples(self) -> int:
        """Number of rows (samples)."""
        return int(self.x.shape[0])

    @property
    def n_features(self) -> int:
        """Number of input columns."""
        return int(self.x.shape[1])

    @property
    def n_targets(self) -> int:
        """Output width a network needs: ``k`` columns, or ``n_classes`` for multiclass."""
        return self.n_classes if self.task == "multiclass" else int(self.y.shape[1])

    def subset(self, indices) -> Dataset:
        """Return the rows picked by ``indices`` (integer indices or a boolean mask).

        Parameters
        ----------
        indices : array_like of int or bool
            Rows to keep, in the order given.

        Returns
        -------
        Dataset
            Same name, task, classes and names; new read-only arrays.
        """
        idx = np.asarray(indices)
        if idx.dtype != bool:
            idx = idx.astype(np.int64, copy=False).reshape(-1)
        x, y = self.x[idx], self.y[idx]
        x.setflags(write=False)  # fresh arrays: freezing them here avoids a second copy
        y.setflags(write=False)
        return Dataset(
            name=self.name,
            x=x,
            y=y,
            task=self.task,
            n_classes=self.n_classes,
            feature_names=self.feature_names,
            class_names=self.class_names,
            exact=self.exact,
        )

    def __repr__(self) -> str:  # the default repr would print whole arrays
        return (
            f"Dataset(name={self.name!r}, task={self.task!r}, n_samples={self.n_samples}, "
            f"n_features={self.n_features}, n_targets={self.n_targets})"
        )
