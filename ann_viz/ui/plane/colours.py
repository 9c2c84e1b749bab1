"""Colour maps for the plane views: NumPy lookup tables, and arrays turned into QImages.

Negative (or class 0) is orange, positive (or class 1) blue, the middle white: the
colours of the points, so a heatmap reads as "which class this place votes for".
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

from ...core.boundary import class_colour


def rgb(colour: str) -> np.ndarray:
    c = QColor(colour)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def diverging_lut(low: str, high: str, n: int = 256, strength: float = 1.0) -> np.ndarray:
    """(n, 3) uint8: ``low`` -> white -> ``high``; ``strength`` < 1 pales both ends."""
    t = np.linspace(-1.0, 1.0, n)[:, None]
    white = np.array([255.0, 255.0, 255.0])
    ends = np.where(t < 0, rgb(low), rgb(high))
    mixed = white + (ends - white) * np.abs(t) * strength
    return np.clip(np.round(mixed), 0, 255).astype(np.uint8)


def with_alpha(lut: np.ndarray) -> np.ndarray:
    """(n, 4) uint8: opaque RGBA. A 4-channel uint8 image goes to the screen without conversion
    (an indexed image with a colour table is converted on every paint: ~4x slower)."""
    return np.concatenate([lut, np.full((len(lut), 1), 255, np.uint8)], axis=1)


SIGNED_LUT = diverging_lut(class_colour(0), class_colour(1))
PALE_LUT = diverging_lut(class_colour(0), class_colour(1), strength=0.6)  # under data points
SIGNED_RGBA = with_alpha(SIGNED_LUT)
PALE_RGBA = with_alpha(PALE_LUT)


def apply_lut(values: np.ndarray, low: float, high: float, lut: np.ndarray = SIGNED_LUT) -> np.ndarray:
    """Map values (any shape) in [low, high] to colours, shape + (channels of ``lut``,) uint8;
    out of range is clipped, NaN takes the lowest colour. Runs every frame: few passes, and a
    4-channel table is looked up as packed 32-bit words."""
    n = len(lut)
    span = high - low if high > low else 1.0
    index = np.subtract(values, np.float32(low), dtype=np.float32)
    index *= np.float32((n - 1) / span)
    np.fmax(index, 0, out=index)  # fmax/fmin also turn NaN into the bound
    np.fmin(index, n - 1, out=index)
    index = index.astype(np.uint8 if n <= 256 else np.intp)
    if lut.shape[1] == 4:
        packed = np.ascontiguousarray(lut).view(np.uint32).ravel()
        return packed[index].view(np.uint8).reshape(index.shape + (4,))
    return lut[index]


def class_blend(probs: np.ndarray, strength: float = 0.6) -> np.ndarray:
    """RGBA uint8 (rows, columns, 4) of class probabilities (classes, rows, columns): each place
    tinted by its most likely class, paler where the network is unsure."""
    colours = np.stack([rgb(class_colour(c)) for c in range(len(probs))])
    best = probs.argmax(axis=0)
    confidence = probs.max(axis=0)[..., None]
    chance = 1.0 / len(probs)
    weight = np.clip((confidence - chance) / (1 - chance), 0, 1) * strength
    mixed = 255.0 + (colours[best] - 255.0) * weight
    rgba = np.full(mixed.shape[:2] + (4,), 255, np.uint8)
    rgba[..., :3] = np.clip(np.round(mixed), 0, 255)
    return rgba


def qimage(rgb_array: np.ndarray) -> QImage:
    """A QImage owning a copy of an (h, w, 3) uint8 array (row 0 at the top)."""
    array = np.ascontiguousarray(rgb_array, dtype=np.uint8)
    h, w = array.shape[:2]
    image = QImage(array.data, w, h, 3 * w, QImage.Format_RGB888)
    return image.copy()  # detach from the NumPy buffer
