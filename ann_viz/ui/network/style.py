"""Colours, widths and bins of the neuron view: values are binned so each bin is one item/brush."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QPen

POSITIVE = QColor("#2a82da")  # blue: positive weights, activations, gradients
NEGATIVE = QColor("#e07b24")  # orange: negative ones
UNKNOWN = QColor(150, 150, 150)  # not computed yet (e.g. a gradient before the backward pass)
IDENTITY = QColor(120, 120, 120)  # residual / concat paths
HIGHLIGHT = QColor(255, 200, 0, 170)

WIDTH_LIMITS = np.array([0.15, 0.4, 0.7])  # |value| / scale at which an edge gets thicker
WIDTHS = (0.7, 1.6, 2.9, 4.6)
STRENGTHS = (0.35, 0.55, 0.8, 1.0)  # weak edges are paler (mixed with the background: opaque lines
# draw about ten times faster than translucent ones in Qt's raster engine)
FILL_LEVELS = 10  # fill colours per sign
RING_WIDTHS = (1.5, 2.5, 3.5, 5.0)


def magnitude_bins(values: np.ndarray, scale: np.ndarray | float) -> np.ndarray:
    """0..3 by |value| / scale (NaN counts as 0)."""
    rel = np.nan_to_num(np.abs(values) / scale)
    return np.searchsorted(WIDTH_LIMITS, rel, side="right")


def cosmetic(colour: QColor, width: float) -> QPen:
    """A pen whose width is in pixels (scatter symbols are scaled paths: others would grow with them)."""
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    return pen


def tinted(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def mixed(colour: QColor, background: QColor, strength: float) -> QColor:
    """``colour`` at ``strength`` over ``background``, as an opaque colour."""
    t = strength
    return QColor(int(t * colour.red() + (1 - t) * background.red()),
                  int(t * colour.green() + (1 - t) * background.green()),
                  int(t * colour.blue() + (1 - t) * background.blue()))


def edge_pens(background: QColor, scale: float = 1.0, thinnest: float = 0.6) -> dict[tuple[int, int], QPen]:
    """(sign 0: positive / 1: negative, bin) -> a cosmetic pen; ``scale`` thins dense drawings.

    Without antialiasing a line under one pixel wide looks dotted: pass ``thinnest=1``.
    """
    pens = {}
    for sign, colour in enumerate((POSITIVE, NEGATIVE)):
        for b, (width, strength) in enumerate(zip(WIDTHS, STRENGTHS)):
            pens[(sign, b)] = cosmetic(mixed(colour, background, strength), max(thinnest, width * scale))
    return pens


def fill_colours() -> list[QColor]:
    """Index FILL_LEVELS + k (k in -FILL_LEVELS..FILL_LEVELS): white at 0, blue up, orange down."""
    white = np.array([255, 255, 255])
    out = []
    for k in range(-FILL_LEVELS, FILL_LEVELS + 1):
        base = POSITIVE if k > 0 else NEGATIVE
        t = abs(k) / FILL_LEVELS
        rgb = (1 - t) * white + t * np.array([base.red(), base.green(), base.blue()])
        out.append(QColor(*(int(v) for v in rgb)))
    return out


def fill_index(values: np.ndarray, scale: np.ndarray | float) -> np.ndarray:
    """Index into :func:`fill_colours`; NaN (unknown) maps to the white middle."""
    rel = np.clip(np.nan_to_num(values / scale), -1.0, 1.0)
    return np.rint(rel * FILL_LEVELS).astype(int) + FILL_LEVELS


def ring_pens() -> dict[tuple[int, int], QPen]:
    pens = {}
    for sign, colour in enumerate((POSITIVE, NEGATIVE)):
        for b, width in enumerate(RING_WIDTHS):
            pens[(sign, b)] = cosmetic(tinted(colour, 235), width)
    return pens
