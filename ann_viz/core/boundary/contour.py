"""Marching squares: the line segments where a sampled function crosses a level.

Returned as pairs of points (segment ``k`` runs from row ``2k`` to row ``2k + 1``),
ready for one ``PlotCurveItem(connect="pairs")``.
"""

from __future__ import annotations

import numpy as np

# Corners of a cell: 0 bottom-left, 1 bottom-right, 2 top-right, 3 top-left (rows go up in y).
# Edges: 0 bottom (0-1), 1 right (1-2), 2 top (3-2), 3 left (0-3).
# Case = sum of 2**corner over corners above the level -> the edges each segment joins.
_SEGMENTS: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((3, 0),), 2: ((0, 1),), 3: ((3, 1),), 4: ((1, 2),), 6: ((0, 2),), 7: ((2, 3),),
    8: ((2, 3),), 9: ((0, 2),), 11: ((1, 2),), 12: ((1, 3),), 13: ((0, 1),), 14: ((3, 0),),
}
# Saddles (two opposite corners above): the cell centre decides which pair is joined.
_SADDLE_CENTRE_ABOVE = {5: ((0, 1), (2, 3)), 10: ((3, 0), (1, 2))}
_SADDLE_CENTRE_BELOW = {5: ((3, 0), (1, 2)), 10: ((0, 1), (2, 3))}


def _fraction(a: np.ndarray, b: np.ndarray, level: float) -> np.ndarray:
    """Where between a and b the level lies (0..1); 0.5 where a == b (no crossing there)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (level - a) / (b - a)
    t[~np.isfinite(t)] = 0.5
    return np.clip(t, 0.0, 1.0, out=t)


def contour_segments(z: np.ndarray, level: float, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Segments of the contour ``z == level``.

    Parameters
    ----------
    z : ndarray, shape (len(ys), len(xs))
        Samples; ``z[r, c]`` is the value at ``(xs[c], ys[r])``. NaN counts as below.
    level : float
    xs, ys : ndarray
        Increasing sample coordinates.

    Returns
    -------
    ndarray, shape (2 * n_segments, 2)
        Consecutive rows are the two ends (x, y) of one segment; empty (0, 2) when
        the level is not crossed.
    """
    z = np.asarray(z)
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    if z.ndim != 2 or z.shape != (len(ys), len(xs)) or min(z.shape) < 2:
        return np.zeros((0, 2))
    above = z > level  # NaN compares False: below
    case = (above[:-1, :-1] * 1 + above[:-1, 1:] * 2 + above[1:, 1:] * 4 + above[1:, :-1] * 8).astype(np.int8)
    r, c = np.nonzero((case != 0) & (case != 15))  # only cells the contour crosses: a thin line of them
    if len(r) == 0:
        return np.zeros((0, 2))
    case = case[r, c]
    v = tuple(np.asarray(a, dtype=np.float64) for a in (z[r, c], z[r, c + 1], z[r + 1, c + 1], z[r + 1, c]))
    x0, x1, y0, y1 = xs[c], xs[c + 1], ys[r], ys[r + 1]
    edges = (
        (x0 + _fraction(v[0], v[1], level) * (x1 - x0), y0),  # bottom
        (x1, y0 + _fraction(v[1], v[2], level) * (y1 - y0)),  # right
        (x0 + _fraction(v[3], v[2], level) * (x1 - x0), y1),  # top
        (x0, y0 + _fraction(v[0], v[3], level) * (y1 - y0)),  # left
    )
    centre_above = (v[0] + v[1] + v[2] + v[3]) / 4 > level
    pieces = []
    for code in np.unique(case):
        cells = case == code
        if code in (5, 10):
            for mask, table in ((cells & centre_above, _SADDLE_CENTRE_ABOVE),
                                (cells & ~centre_above, _SADDLE_CENTRE_BELOW)):
                pieces += _pairs(edges, mask, table[int(code)])
        else:
            pieces += _pairs(edges, cells, _SEGMENTS[int(code)])
    return np.concatenate(pieces) if pieces else np.zeros((0, 2))


def _pairs(edges, mask: np.ndarray, segments) -> list[np.ndarray]:
    out = []
    if not mask.any():
        return out
    for a, b in segments:
        start = np.stack([edges[a][0][mask], edges[a][1][mask]], axis=1)
        end = np.stack([edges[b][0][mask], edges[b][1][mask]], axis=1)
        out.append(np.stack([start, end], axis=1).reshape(-1, 2))
    return out
