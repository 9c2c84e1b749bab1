"""A landscape frame as a 3-D relief: heights on the log-loss scale, on a square base. Each direction
is stretched to [-1, 1] (as the 2-D map fills its box) and the heights to half the base's width, so
that neither a long thin path nor a steep wall flattens the picture. Qt-free (the GL view draws it)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FLOOR = 1e-12  # log scale: a loss of exactly 0 sits at the floor
HEIGHT = 1.0  # the relief is half as tall as its base (2 x 2) is wide


@dataclass(frozen=True)
class Relief:
    """``heights[j, i]`` above (x[i], y[j]), the frame's alphas and betas stretched to [-1, 1]; ``path``
    the optimizer's points (n x 3) on it; ``shade`` in 0..1 for the colour map (0 lowest loss).
    ``height_of`` maps a loss to a height."""

    x: np.ndarray
    y: np.ndarray
    heights: np.ndarray
    shade: np.ndarray
    path: np.ndarray
    low: float
    scale: float

    def height_of(self, loss: float) -> float:
        return (np.log10(max(loss, FLOOR)) - self.low) * self.scale


def relief(frame) -> Relief | None:
    """The relief of a plane frame (None for a line, or a frame without finite losses)."""
    if frame.betas is None:
        return None
    logs = np.log10(np.maximum(np.asarray(frame.losses, dtype=np.float64), FLOOR))
    finite = np.isfinite(logs)
    if not finite.any():
        return None
    low, high = float(logs[finite].min()), float(logs[finite].max())
    scale = HEIGHT / max(high - low, 1e-9)
    half_a = max(float(np.abs(frame.alphas).max()), 1e-12)
    half_b = max(float(np.abs(frame.betas).max()), 1e-12)
    heights = np.where(finite, (logs - low) * scale, HEIGHT)  # no finite loss (overflow): at the top, as pale
    shade = np.where(finite, (logs - low) / max(high - low, 1e-9), 1.0)
    path_losses = frame.path_losses if frame.path_losses is not None else np.full(len(frame.path), np.nan)
    path_heights = (np.log10(np.maximum(np.asarray(path_losses, dtype=np.float64), FLOOR)) - low) * scale
    path = np.column_stack([frame.path[:, 0] / half_a, frame.path[:, 1] / half_b, path_heights])
    return Relief(np.asarray(frame.alphas) / half_a, np.asarray(frame.betas) / half_b, heights, shade, path,
                  low, scale)
