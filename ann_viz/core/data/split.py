"""Split a data set into training, validation and test parts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ann_viz.core.data._params import check_float, check_seed
from ann_viz.core.data.dataset import Dataset
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t


@dataclass(frozen=True)
class Splits:
    """The parts of a data set; ``val``/``test`` are None when their fraction is 0."""

    train: Dataset
    val: Dataset | None = None
    test: Dataset | None = None


def _count(n: int, fraction: float) -> int:
    # a positive fraction always gets at least one sample, so "10 % test" is never empty
    return 0 if fraction == 0 else max(1, int(round(n * fraction)))


def _class_keys(ds: Dataset) -> np.ndarray | None:
    """One integer per sample naming its class (or label row), None for regression."""
    if ds.task == "multiclass":
        return ds.y
    if ds.task == "binary":
        return np.unique(ds.y, axis=0, return_inverse=True)[1].reshape(-1)
    return None


def split_dataset(ds: Dataset, val_fraction: float = 0.0, test_fraction: float = 0.0,
                  seed: int = 0) -> Splits:
    """Split ``ds`` at random, reproducibly for a seed.

    Classification sets are stratified: every class is spread over the parts in
    proportion to its size (as far as whole samples allow). Rows keep their
    original order inside each part.

    Parameters
    ----------
    ds : Dataset
        The data set.
    val_fraction, test_fraction : float
        Shares of the samples for validation and test, each in [0, 1). A
        positive share gets at least one sample.
    seed : int
        Seed of the random assignment.

    Returns
    -------
    Splits
        ``train`` is ``ds`` itself when both fractions are 0.

    Raises
    ------
    DataError
        A fraction outside [0, 1), or no samples left for training.
    """
    val_fraction = check_float("val_fraction", val_fraction, 0.0, 0.999, "splitting")
    test_fraction = check_float("test_fraction", test_fraction, 0.0, 0.999, "splitting")
    rng = np.random.default_rng(check_seed(seed, "splitting"))
    n = ds.n_samples
    if val_fraction == 0 and test_fraction == 0:
        return Splits(ds)
    n_val, n_test = _count(n, val_fraction), _count(n, test_fraction)
    if n - n_val - n_test < 1:
        raise DataError(
            _t("Cannot split '{name}': {n} samples with {val:.0%} validation and "
               "{test:.0%} test leave nothing to train on.").format(name=ds.name, n=n, val=val_fraction,
                                                                    test=test_fraction)
        )
    keys = _class_keys(ds)
    if keys is None:
        order = rng.permutation(n)
    else:
        # Place each class's samples, in random order, evenly on [0, 1), then take
        # the parts from the front of the merged order: every part then holds each
        # class in proportion to its size. The random tie-break mixes classes.
        position = np.empty(n)
        for c in np.unique(keys):
            members = np.flatnonzero(keys == c)
            position[rng.permutation(members)] = (np.arange(len(members)) + 0.5) / len(members)
        order = np.lexsort((rng.random(n), position))
    test_idx, val_idx, train_idx = np.split(order, [n_test, n_test + n_val])
    return Splits(
        train=ds.subset(np.sort(train_idx)),
        val=ds.subset(np.sort(val_idx)) if n_val else None,
        test=ds.subset(np.sort(test_idx)) if n_test else None,
    )
