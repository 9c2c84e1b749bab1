"""First-layer weights as pictures: each neuron's incoming weights laid out like the input image."""

from __future__ import annotations

import math

import numpy as np


def square_side(n_features: int) -> int | None:
    """The side of a square image of ``n_features`` pixels (8 for 64, 28 for 784), or None."""
    side = math.isqrt(n_features)
    return side if side * side == n_features and side > 1 else None


def weight_images(weight: np.ndarray) -> np.ndarray:
    """Neuron ``k``'s weights (row ``k`` of a (units, features) matrix) as images.

    Returns (units, side, side) for square inputs (row-major pixels, as the data set
    stores them), else (units, 1, features): one strip per neuron.
    """
    w = np.asarray(weight)
    side = square_side(w.shape[1])
    if side is None:
        return w.reshape(w.shape[0], 1, w.shape[1])
    return w.reshape(w.shape[0], side, side)
