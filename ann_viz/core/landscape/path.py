"""Where a sequence of weights lies in a plane's coordinates (least squares onto d1, d2)."""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from .planes import Plane


def project_path(plane: Plane, trajectory: Sequence[Mapping[str, np.ndarray]]) -> np.ndarray:
    """[len(trajectory), 2] (or [n, 1] for a line) coordinates (a, b) of each point's offset from the origin.

    For the PCA plane of the same path the residual is the variance the top two directions miss."""
    names = list(plane.origin)
    basis = [plane.d1] + ([plane.d2] if plane.d2 is not None else [])
    matrix = np.stack([np.concatenate([np.ravel(d[n]) for n in names]) for d in basis], axis=1)
    origin = np.concatenate([np.ravel(plane.origin[n]) for n in names])
    offsets = np.stack([np.concatenate([np.ravel(np.asarray(p[n], dtype=np.float64)) for n in names]) - origin
                        for p in trajectory])
    coords, *_ = np.linalg.lstsq(matrix, offsets.T, rcond=None)
    return coords.T
