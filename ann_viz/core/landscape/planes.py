"""Planes and lines through weight space: an origin and one or two directions, each a dict
{parameter name: array} with the parameters' shapes (a point is origin + a*d1 + b*d2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

Params = Mapping[str, np.ndarray]


@dataclass(frozen=True)
class Plane:
    """``d2`` is None for a line. ``kind`` says how the directions were chosen."""

    kind: str  # "weights", "random", "pca", "line"
    origin: dict[str, np.ndarray]
    d1: dict[str, np.ndarray]
    d2: dict[str, np.ndarray] | None = None
    explained: tuple[float, ...] = ()  # PCA: the fraction of the path's variance along d1, d2

    def point(self, a: float, b: float = 0.0) -> dict[str, np.ndarray]:
        d2 = self.d2 or {n: 0.0 for n in self.origin}
        return {n: self.origin[n] + a * self.d1[n] + b * d2[n] for n in self.origin}


def _float(params: Params) -> dict[str, np.ndarray]:
    return {n: np.array(v, dtype=np.float64) for n, v in params.items()}


def trainable(name: str) -> bool:
    """Weights and biases move along a direction; BatchNorm running statistics never do."""
    return not name.endswith(("running_mean", "running_var", "num_batches_tracked"))


def weight_pair_plane(params: Params, first: tuple[str, tuple[int, ...]], second: tuple[str, tuple[int, ...]]) -> Plane:
    """Two chosen weights vary (by the offsets a and b), all others stay fixed."""
    origin = _float(params)
    directions = []
    for name, index in (first, second):
        d = {n: np.zeros_like(v) for n, v in origin.items()}
        d[name][tuple(index)] = 1.0
        directions.append(d)
    return Plane("weights", origin, directions[0], directions[1])


def _filter_normalised(weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    d = rng.standard_normal(weights.shape)
    if weights.ndim < 2:
        return np.zeros_like(weights)  # biases and BatchNorm's scale/shift stay put (Li et al. 2018)
    for i in range(weights.shape[0]):  # a filter is one output neuron's incoming weights
        norm = np.linalg.norm(d[i])
        d[i] *= np.linalg.norm(weights[i]) / norm if norm > 0 else 0.0
    return d


def random_plane(params: Params, seed: int = 0) -> Plane:
    """Two random Gaussian directions, each filter scaled to the norm of the weights' filter."""
    origin = _float(params)
    rng = np.random.default_rng(seed)
    d1, d2 = ({n: _filter_normalised(v, rng) if trainable(n) else np.zeros_like(v) for n, v in origin.items()}
              for _ in range(2))
    return Plane("random", origin, d1, d2)


def _flat(params: Params, names: Sequence[str]) -> np.ndarray:
    return np.concatenate([np.ravel(params[n]) for n in names])


def _unflat(vector: np.ndarray, like: Params, names: Sequence[str]) -> dict[str, np.ndarray]:
    out, at = {n: np.zeros_like(like[n]) for n in like}, 0
    for n in names:
        size = like[n].size
        out[n] = vector[at:at + size].reshape(like[n].shape)
        at += size
    return out


def pca_plane(trajectory: Sequence[Params]) -> Plane:
    """The top two principal directions of the path's offsets from its last point (which is the
    origin), so the path lies in (or close to) the plane. Needs three or more distinct points."""
    origin = _float(trajectory[-1])
    names = [n for n in origin if trainable(n)]
    end = _flat(origin, names)
    offsets = np.stack([_flat(_float(p), names) - end for p in trajectory])
    _, s, vt = np.linalg.svd(offsets - offsets.mean(axis=0), full_matrices=False)
    total = float((s ** 2).sum()) or 1.0
    rows = [vt[k] if k < len(vt) else np.zeros_like(end) for k in range(2)]
    explained = tuple(float(s[k] ** 2 / total) if k < len(s) else 0.0 for k in range(2))
    return Plane("pca", origin, _unflat(rows[0], origin, names), _unflat(rows[1], origin, names), explained)


def line_between(start: Params, end: Params) -> Plane:
    """The straight line from ``start`` (a = 0) to ``end`` (a = 1), e.g. initial to current weights."""
    origin = _float(start)
    finish = _float(end)
    return Plane("line", origin, {n: finish[n] - origin[n] for n in origin})
