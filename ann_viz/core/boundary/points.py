"""The data points the plane views draw: all splits, labelled, at most a few thousand."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..data import Dataset, Splits

TRAIN, VALIDATION, TEST = 0, 1, 2


@dataclass(frozen=True, eq=False)
class PlanePoints:
    """Points in split order (training first), with what the views colour them by.

    ``labels`` are class numbers (-1 for regression), ``targets`` the first target
    value, ``split`` is TRAIN / VALIDATION / TEST per point; the first ``n_train``
    points are training points.
    """

    x: np.ndarray
    labels: np.ndarray
    targets: np.ndarray
    split: np.ndarray
    n_train: int
    task: str
    n_classes: int
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...]

    @property
    def n(self) -> int:
        return int(self.x.shape[0])

    @property
    def n_features(self) -> int:
        return int(self.x.shape[1])

    def block(self) -> np.ndarray:
        """The points neuron-major: (features, n) float32, contiguous."""
        return np.ascontiguousarray(self.x.T, dtype=np.float32)


def _labels(ds: Dataset) -> np.ndarray:
    if ds.task == "multiclass":
        return ds.y.astype(np.int64)
    if ds.task == "binary":
        return ds.y[:, 0].astype(np.int64)
    return np.full(ds.n_samples, -1, dtype=np.int64)


def plane_points(splits: Splits, max_points: int = 2000, seed: int = 0) -> PlanePoints:
    """The points of every split; above ``max_points`` an even random sample of each split."""
    parts = [(code, ds) for code, ds in ((TRAIN, splits.train), (VALIDATION, splits.val), (TEST, splits.test))
             if ds is not None]
    total = sum(ds.n_samples for _, ds in parts)
    rng = np.random.default_rng(seed)
    xs, labels, targets, split = [], [], [], []
    for code, ds in parts:
        keep = np.arange(ds.n_samples)
        if total > max_points:
            count = max(1, int(round(ds.n_samples * max_points / total)))
            keep = np.sort(rng.choice(ds.n_samples, size=min(count, ds.n_samples), replace=False))
        xs.append(ds.x[keep])
        labels.append(_labels(ds)[keep])
        targets.append(ds.y.reshape(ds.n_samples, -1)[keep, 0].astype(np.float32) if ds.task != "multiclass"
                       else ds.y[keep].astype(np.float32))
        split.append(np.full(len(keep), code, dtype=np.int8))
    train = splits.train
    return PlanePoints(np.concatenate(xs).astype(np.float32), np.concatenate(labels), np.concatenate(targets),
                       np.concatenate(split), len(xs[0]), train.task, train.n_classes, train.feature_names,
                       train.class_names)


def points_budget(multiply_adds_per_point: int, budget: float = 3e8, low: int = 300, high: int = 2000) -> int:
    """How many data points a view frame can afford: about ``budget`` multiply-adds in all
    (~30 ms on one core), never fewer than ``low`` nor more than ``high`` points."""
    return int(min(high, max(low, budget // max(1, multiply_adds_per_point))))
