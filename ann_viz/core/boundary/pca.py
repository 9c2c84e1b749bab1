"""Principal component analysis by SVD: a 2-D picture of a wide hidden layer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .blas import one_blas_thread

EXACT_UP_TO = 64  # narrower layers (or fewer points) get a full SVD; wider ones a randomized one
OVERSAMPLE = 8
POWER_ITERATIONS = 6


@dataclass(frozen=True)
class PCA:
    """``components`` (k, d) are unit directions, by decreasing ``explained_variance``."""

    mean: np.ndarray
    components: np.ndarray
    explained_variance: np.ndarray
    explained_ratio: np.ndarray

    def transform(self, values: np.ndarray) -> np.ndarray:
        """Coordinates (n, k) of ``values`` (n, d) along the components."""
        return (np.asarray(values, dtype=np.float64) - self.mean) @ self.components.T


def _top_singular(centred: np.ndarray, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(singular values, right singular vectors) of the top ``k``: a full SVD for small matrices,
    else randomized subspace iteration (Halko, Martinsson & Tropp 2011) and the SVD of the
    small projected matrix: the same leading components, at a fraction of the cost for a
    512-wide layer (a full SVD there takes ~0.7 s, too long for a GUI frame)."""
    n, d = centred.shape
    if min(n, d) <= EXACT_UP_TO:
        _, s, vt = np.linalg.svd(centred, full_matrices=False)
        return s[:k], vt[:k]
    width = min(k + OVERSAMPLE, min(n, d))
    basis = centred @ np.random.default_rng(seed).normal(size=(d, width))
    for _ in range(POWER_ITERATIONS):
        basis, _ = np.linalg.qr(basis)
        basis, _ = np.linalg.qr(centred @ (centred.T @ basis))
    _, s, vt = np.linalg.svd(basis.T @ centred, full_matrices=False)
    return s[:k], vt[:k]


def fit_pca(values: np.ndarray, k: int = 2) -> PCA:
    """The first ``k`` principal components of the rows of ``values`` (n, d).

    Signs are fixed (each component's largest entry is positive) so that the picture
    does not flip from one training frame to the next. Where d or n is below k the
    missing components are zero with zero variance.
    """
    x = np.asarray(values, dtype=np.float64)
    if not np.isfinite(x).all():  # a diverged network: draw what is finite, never fail
        x = np.nan_to_num(x, nan=0.0, posinf=0.0, neginf=0.0)
    n, d = x.shape
    mean = x.mean(axis=0) if n else np.zeros(d)
    centred = x - mean
    components = np.zeros((k, d))
    variance = np.zeros(k)
    if n > 1 and d > 0:
        with one_blas_thread():
            s, vt = _top_singular(centred, k)
        m = len(s)
        components[:m] = vt
        variance[:m] = s ** 2 / (n - 1)
        big = np.argmax(np.abs(components), axis=1)
        signs = np.sign(components[np.arange(k), big])
        components *= np.where(signs == 0, 1.0, signs)[:, None]
    total = float((centred ** 2).sum() / (n - 1)) if n > 1 else 0.0
    ratio = variance / total if total > 0 else np.zeros(k)
    return PCA(mean, components, variance, ratio)
