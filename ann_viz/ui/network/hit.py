"""Which drawn edge or neuron is under the mouse: distances measured in pixels (NumPy only)."""

from __future__ import annotations

import numpy as np


def nearest_point(px: float, py: float, xs: np.ndarray, ys: np.ndarray, sx: float, sy: float,
                  radius: float) -> int | None:
    """Index of the point nearest (px, py) within ``radius`` pixels; sx, sy: pixels per data unit."""
    if len(xs) == 0:
        return None
    d = np.hypot((xs - px) * sx, (ys - py) * sy)
    k = int(np.argmin(d))
    return k if d[k] <= radius else None


def nearest_segment(px: float, py: float, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray,
                    sx: float, sy: float, tolerance: float) -> int | None:
    """Index of the segment nearest (px, py) within ``tolerance`` pixels."""
    if len(x0) == 0:
        return None
    ax, ay = (x0 - px) * sx, (y0 - py) * sy
    bx, by = (x1 - px) * sx, (y1 - py) * sy
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = np.clip(-(ax * dx + ay * dy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    d = np.hypot(ax + t * dx, ay + t * dy)
    k = int(np.argmin(d))
    return k if d[k] <= tolerance else None
