"""A square grid of points over the input plane, laid out for neuron-major forward passes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import _t


@dataclass(frozen=True)
class PlaneGrid:
    """``resolution`` x ``resolution`` samples at pixel centres of the box [x_min, x_max] x [y_min, y_max].

    Point ``k`` is pixel (row ``k // resolution``, column ``k % resolution``): rows go
    up in y, columns right in x, so ``values.reshape(resolution, resolution)`` is an
    image whose row 0 is the bottom edge (as a plot with y pointing up draws it).
    """

    x_min: float
    x_max: float
    y_min: float
    y_max: float
    resolution: int = 200

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return self.x_min, self.x_max, self.y_min, self.y_max

    @property
    def xs(self) -> np.ndarray:
        """x of each column's sample (pixel centres)."""
        step = (self.x_max - self.x_min) / self.resolution
        return (self.x_min + (np.arange(self.resolution) + 0.5) * step).astype(np.float32)

    @property
    def ys(self) -> np.ndarray:
        """y of each row's sample (pixel centres)."""
        step = (self.y_max - self.y_min) / self.resolution
        return (self.y_min + (np.arange(self.resolution) + 0.5) * step).astype(np.float32)

    @property
    def n_points(self) -> int:
        return self.resolution * self.resolution

    def points(self) -> np.ndarray:
        """The samples as a (2, resolution**2) float32 array: features x points."""
        gx, gy = np.meshgrid(self.xs, self.ys)
        return np.stack([gx.ravel(), gy.ravel()]).astype(np.float32)

    def image(self, row: np.ndarray) -> np.ndarray:
        """One feature's values over the grid (a 1-D row of ``n_points``) as a (rows, columns) image view."""
        return row.reshape(self.resolution, self.resolution)


def grid_for(x: np.ndarray, resolution: int = 200, margin: float = 0.25) -> PlaneGrid:
    """A grid covering 2-D points ``x`` (n, 2) with ``margin`` x their extent on every side.

    The box is square in data units (the larger extent wins) so that lines keep their
    angles on a plot with a locked aspect ratio; an empty or flat set gets [-1, 1].
    """
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] != 2:
        raise ValueError(_t("grid_for needs (n, 2) points, not shape {shape}").format(shape=x.shape))
    if len(x) == 0:
        lo, hi = np.array([-1.0, -1.0]), np.array([1.0, 1.0])
    else:
        lo, hi = x.min(axis=0), x.max(axis=0)
    centre = (lo + hi) / 2
    half = max(float((hi - lo).max()) / 2, 1e-3) * (1 + 2 * margin)
    if not np.isfinite(half) or half < 1e-3:
        half = 1.0
    return PlaneGrid(float(centre[0] - half), float(centre[0] + half),
                     float(centre[1] - half), float(centre[1] + half), int(resolution))
