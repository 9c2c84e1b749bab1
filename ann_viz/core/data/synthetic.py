"""Two-class 2-D point clouds in the spirit of the TensorFlow Playground.

``circle``, ``xor_cloud``, ``gaussians`` and ``spiral`` follow the Playground's
generators (playground.tensorflow.org, ``dataset.ts``): they are drawn in its
[-6, 6] units and divided by 5, so every set lies in about [-1.2, 1.2] and all
points are clipped to [-1.5, 1.5], which keeps a 2-D plot range stable.
Playground label 1 stays 1 and its -1 becomes 0. ``moons`` follows the usual
two-half-moons construction. All are deterministic for a given ``seed``.
"""

from __future__ import annotations

import numpy as np

from ann_viz.core.data._params import check_float, check_int, check_seed
from ann_viz.core.data.dataset import Dataset

_SCALE = 1.0 / 5.0  # Playground units -> about [-1, 1]
_LIMIT = 1.5


def _setup(name: str, n, noise, seed) -> tuple[int, float, np.random.Generator]:
    n = check_int("n", n, 4, 1_000_000, name)
    noise = check_float("noise", noise, 0.0, 1.0, name)
    return n, noise, np.random.default_rng(check_seed(seed, name))


def _finish(name: str, xy: np.ndarray, label: np.ndarray, rng: np.random.Generator) -> Dataset:
    # shuffle so that any prefix (a minibatch, a small plot) shows both classes
    order = rng.permutation(len(label))
    xy = np.clip(xy[order] * _SCALE, -_LIMIT, _LIMIT)
    return Dataset(
        name=name,
        x=xy.astype(np.float32),
        y=label[order].astype(np.float32).reshape(-1, 1),
        task="binary",
        n_classes=2,
        feature_names=("x1", "x2"),
    )


def _polar(r: np.ndarray, angle: np.ndarray) -> np.ndarray:
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


def circle(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Inner disc (class 1) inside a ring (class 0).

    Parameters
    ----------
    n : int
        Number of points (half inside, half in the ring).
    noise : float
        0..1. As in the Playground, points are not moved; the label is taken
        at a jittered position, so noise blurs the boundary.
    seed : int
        Random seed.
    """
    n, noise, rng = _setup("circle", n, noise, seed)
    radius, n_in = 5.0, (n + 1) // 2
    r = np.concatenate([rng.uniform(0, radius * 0.5, n_in), rng.uniform(radius * 0.7, radius, n - n_in)])
    xy = _polar(r, rng.uniform(0, 2 * np.pi, n))
    jitter = rng.uniform(-radius, radius, (n, 2)) * noise
    label = (np.hypot(*(xy + jitter).T) < radius * 0.5).astype(np.int64)
    return _finish("circle", xy, label, rng)


def xor_cloud(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Points in four quadrants; Playground convention: class 1 where x1 * x2 >= 0.

    So quadrants I and III are class 1 and II and IV class 0. Parameters as in
    :func:`circle` (noise jitters where the label is read, not the points).
    """
    n, noise, rng = _setup("xor_cloud", n, noise, seed)
    xy = rng.uniform(-5, 5, (n, 2))
    xy += np.where(xy > 0, 0.3, -0.3)  # the Playground's padding keeps points off the axes
    jitter = rng.uniform(-5, 5, (n, 2)) * noise
    noisy = xy + jitter
    label = (noisy[:, 0] * noisy[:, 1] >= 0).astype(np.int64)
    return _finish("xor_cloud", xy, label, rng)


def gaussians(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Two Gaussian blobs: class 1 around (0.4, 0.4), class 0 around (-0.4, -0.4).

    ``noise`` 0..0.5 maps to a variance of 0.5..4 in Playground units (larger
    noise makes the blobs overlap). Other parameters as in :func:`circle`.
    """
    n, noise, rng = _setup("gaussians", n, noise, seed)
    std = np.sqrt(0.5 + 7.0 * noise)  # the Playground's linear scale [0, .5] -> [0.5, 4]
    n_pos = (n + 1) // 2
    centers = np.where(np.arange(n)[:, None] < n_pos, 2.0, -2.0)
    xy = rng.normal(centers, std, (n, 2))
    label = (np.arange(n) < n_pos).astype(np.int64)
    return _finish("gaussians", xy, label, rng)


def spiral(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Two interleaved spirals (class 1 and class 0), 1.75 turns each.

    ``noise`` moves each point by up to ``noise`` Playground units per axis.
    Other parameters as in :func:`circle`.
    """
    n, noise, rng = _setup("spiral", n, noise, seed)
    parts, labels = [], []
    for count, delta, lab in (((n + 1) // 2, 0.0, 1), (n // 2, np.pi, 0)):
        i = np.arange(count) / count
        arm = _polar(i * 5.0, 1.75 * i * 2 * np.pi + delta)
        parts.append(arm + rng.uniform(-1, 1, (count, 2)) * noise)
        labels.append(np.full(count, lab, dtype=np.int64))
    return _finish("spiral", np.concatenate(parts), np.concatenate(labels), rng)


def moons(n: int = 200, noise: float = 0.1, seed: int = 0) -> Dataset:
    """Two interleaving half moons: the upper one class 0, the lower one class 1.

    ``noise`` is the standard deviation of Gaussian jitter in the moons' own
    units (radius 1). Other parameters as in :func:`circle`.
    """
    n, noise, rng = _setup("moons", n, noise, seed)
    n_up = n // 2
    t_up, t_low = np.linspace(0, np.pi, n_up), np.linspace(0, np.pi, n - n_up)
    up = np.column_stack([np.cos(t_up), np.sin(t_up)])
    low = np.column_stack([1 - np.cos(t_low), 0.5 - np.sin(t_low)])
    xy = np.concatenate([up, low]) + rng.normal(0, noise, (n, 2))
    xy = (xy - [0.5, 0.25]) * 4.0  # centre, then 4x so the later /5 gives about [-1.2, 1.2]
    label = (np.arange(n) >= n_up).astype(np.int64)
    return _finish("moons", xy, label, rng)
