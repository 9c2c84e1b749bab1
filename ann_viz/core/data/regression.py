"""Small 1-D regression sets: fit a curve y = f(x) on x in [-1, 1]."""

from __future__ import annotations

import numpy as np

from ann_viz.core.data._params import check_float, check_int, check_seed
from ann_viz.core.data.dataset import Dataset


def _make(name: str, n, noise, seed, f) -> Dataset:
    """Evenly spaced x in [-1, 1], y = f(x) plus Gaussian noise of std ``noise``."""
    n = check_int("n", n, 2, 1_000_000, name)
    noise = check_float("noise", noise, 0.0, 10.0, name)
    rng = np.random.default_rng(check_seed(seed, name))
    x = np.linspace(-1.0, 1.0, n)
    y = f(x)
    if noise > 0:  # no draws at noise 0, so the clean curve is exact
        y = y + rng.normal(0.0, noise, size=n)
    return Dataset(
        name=name,
        x=x.reshape(n, 1).astype(np.float32),
        y=y.reshape(n, 1).astype(np.float32),
        task="regression",
        n_classes=0,
        feature_names=("x",),
    )


def square(n: int = 50, noise: float = 0.0, seed: int = 0) -> Dataset:
    """y = x**2 (a parabola: needs a hidden layer).

    Parameters
    ----------
    n : int
        Number of evenly spaced samples in [-1, 1].
    noise : float
        Standard deviation of Gaussian noise added to y.
    seed : int
        Seed of the noise.
    """
    return _make("square", n, noise, seed, np.square)


def linear(n: int = 50, noise: float = 0.1, seed: int = 0) -> Dataset:
    """y = 2x + noise (one linear neuron suffices). Parameters as in :func:`square`."""
    return _make("linear", n, noise, seed, lambda x: 2.0 * x)


def sine(n: int = 50, noise: float = 0.1, seed: int = 0) -> Dataset:
    """y = sin(pi x) + noise (one full wave). Parameters as in :func:`square`."""
    return _make("sine", n, noise, seed, lambda x: np.sin(np.pi * x))
