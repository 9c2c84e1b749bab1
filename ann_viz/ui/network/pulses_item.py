"""Pulses travelling along the edges, all in one :class:`DotsItem`.

Forward: input to output, each carrying w * a (size: magnitude, colour: sign).
Backward: output to input, carrying dE/dw. Loss: a ring swelling around the outputs.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from .dots_item import DotsItem, dot_pen
from .frame import Frame
from .style import HIGHLIGHT, NEGATIVE, POSITIVE, cosmetic

Z_PULSES = 25  # above the numbers: a pulse passing a label stays visible
SIZES = (6.0, 9.0, 12.0, 16.0)
MAX_PULSES = 160  # in a dense drawing only the largest values travel (each pulse is painted every tick)


def along(e, mask: np.ndarray, f: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points ``f`` of the way along the chosen edges, through their midpoints."""
    first = f < 0.5
    t = np.where(first, 2 * f, 2 * f - 1)
    ax = np.where(first, e.x0[mask], e.xm[mask])
    ay = np.where(first, e.y0[mask], e.ym[mask])
    bx = np.where(first, e.xm[mask], e.x1[mask])
    by = np.where(first, e.ym[mask], e.y1[mask])
    return ax + t * (bx - ax), ay + t * (by - ay)


class PulseLayer:
    def __init__(self, view_box: pg.ViewBox):
        self.item = DotsItem()
        self.item.setZValue(Z_PULSES)
        view_box.addItem(self.item)
        self._pens = {}
        for sign, colour in enumerate((POSITIVE, NEGATIVE)):
            for k, size in enumerate(SIZES):
                self._pens[(sign, k)] = (dot_pen(colour.darker(170), size + 2), dot_pen(colour, size))
        self._loss_pen = cosmetic(HIGHLIGHT, 3.0)
        self.count = 0

    def clear(self) -> None:
        if self.count:
            self.item.clear()
        self.count = 0

    def show(self, frame: Frame, phase: str, progress: float, neuron_size: float) -> None:
        if phase in ("forward", "backward"):
            self._show_wave(frame, phase, progress)
        elif phase == "loss":
            n = frame.neurons
            out = n.column == frame.output_column
            self.item.set_dots([], [(self._loss_pen, n.x[out], n.y[out], neuron_size / 2 + 4 + 14 * progress)])
            self.count = int(out.sum())
        else:
            self.clear()

    def _show_wave(self, frame: Frame, phase: str, progress: float) -> None:
        e = frame.edges
        wave = progress * frame.max_depth if phase == "forward" else (1.0 - progress) * frame.max_depth
        span = np.maximum(e.depth1 - e.depth0, 1)
        f = (wave - e.depth0) / span
        values = e.forward if phase == "forward" else e.backward
        mask = (f > 0) & (f < 1) & np.isfinite(values)
        if not mask.any():
            self.clear()
            return
        if mask.sum() > MAX_PULSES:
            candidates = np.flatnonzero(mask)
            keep = np.argpartition(-np.abs(values[candidates]), MAX_PULSES - 1)[:MAX_PULSES]
            mask = np.zeros_like(mask)
            mask[candidates[keep]] = True
        f, v = f[mask], values[mask]
        x, y = along(e, mask, f)
        finite = np.abs(values[np.isfinite(values)])
        top = finite.max() if finite.size else 0.0
        size = np.minimum((np.abs(v) / (top if top > 0 else 1.0) * len(SIZES)).astype(int), len(SIZES) - 1)
        negative = (v < 0).astype(int)
        outlines, fills = [], []
        for (sign, k), (outline, fill) in self._pens.items():
            m = (negative == sign) & (size == k)
            if m.any():
                outlines.append((outline, x[m], y[m], (0.0, 0.0)))
                fills.append((fill, x[m], y[m], (0.0, 0.0)))
        self.item.set_dots(outlines + fills)
        self.count = int(mask.sum())
