"""Neurons of the neuron view: fill = activation a, ring = delta dE/dz, small square above = bias.

All of them in one :class:`DotsItem`, colours binned (style.py) so each bin is one batch.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from .dots_item import DotsItem, dot_pen
from .frame import Neurons
from .style import HIGHLIGHT, NEGATIVE, POSITIVE, RING_WIDTHS, cosmetic, fill_colours, fill_index, magnitude_bins

Z_NEURONS = 10
OUTLINE = QColor(110, 110, 110)
FLAG_COLOURS = {"saturated": QColor(239, 108, 0), "dead": QColor(33, 33, 33)}  # core.inspect.neuron_health
BIAS_GAP = 4  # pixels between a neuron and its bias square
MIN_SIZE_FOR_BIAS = 12


class NeuronLayer:
    def __init__(self, view_box: pg.ViewBox):
        self.view_box = view_box
        self.selected: int | None = None
        self.item = DotsItem()
        self.item.setZValue(Z_NEURONS)
        self.selection = DotsItem()
        self.selection.setZValue(Z_NEURONS + 1)
        self.flags = DotsItem()  # a small square at the lower right: saturated (orange) or dead (black)
        self.flags.setZValue(Z_NEURONS + 1)
        view_box.addItem(self.item)
        view_box.addItem(self.selection)
        view_box.addItem(self.flags)
        self._colours = fill_colours()
        self._selected_pen = cosmetic(HIGHLIGHT, 4.0)
        self.size = 20.0
        self.neurons: Neurons | None = None
        self.bias_index = np.zeros(0, dtype=np.int64)  # neuron index of each bias square

    def bias_size(self) -> float:
        return max(6.0, self.size * 0.4)

    def bias_offset_px(self) -> float:
        """How far above its neuron's centre a bias square is drawn (pixels, clear of the ring)."""
        return self.size / 2 + 3 + RING_WIDTHS[-1] + BIAS_GAP + self.bias_size() / 2

    def show(self, neurons: Neurons, size: float, background: QColor) -> None:
        """Rings as discs under the neuron (ring colour, then a background gap), so every layer is
        one batched ``drawPoints`` per colour, not one call per neuron."""
        self.neurons, self.size = neurons, size
        groups = []
        known = np.isfinite(neurons.delta)
        if known.any():
            d = neurons.delta[known]
            bins = magnitude_bins(d, neurons.delta_scale)
            x, y = neurons.x[known], neurons.y[known]
            for sign, colour in enumerate((POSITIVE, NEGATIVE)):
                for b, width in enumerate(RING_WIDTHS):
                    mask = ((d < 0) == bool(sign)) & (bins == b)
                    if mask.any():
                        groups.append((dot_pen(colour, size + 6 + 2 * width), x[mask], y[mask], (0.0, 0.0)))
            groups.append((dot_pen(background, size + 6), x, y, (0.0, 0.0)))
        groups.append((dot_pen(OUTLINE, size + 2), neurons.x, neurons.y, (0.0, 0.0)))
        groups += self._filled(fill_index(neurons.a, neurons.a_scale), neurons.x, neurons.y, size, False, 0.0)
        has = np.isfinite(neurons.bias) & (size >= MIN_SIZE_FOR_BIAS)  # dense columns: click a neuron instead
        self.bias_index = np.flatnonzero(has)
        if has.any():
            b = neurons.bias[has]
            s, up = self.bias_size(), -self.bias_offset_px()
            x, y = neurons.x[has], neurons.y[has]
            groups.append((dot_pen(OUTLINE, s + 2, square=True), x, y, (0.0, up)))
            groups += self._filled(fill_index(b, max(1.0, float(np.abs(b).max()))), x, y, s, True, up)
        self.item.set_dots(groups)

    def _filled(self, index, x, y, size, square, up) -> list:
        groups = []
        for level in np.unique(index):
            mask = index == level
            groups.append((dot_pen(self._colours[level], size, square), x[mask], y[mask], (0.0, up)))
        return groups

    def show_flags(self, states: np.ndarray) -> None:
        """``states``: per drawn neuron, "ok", "saturated" or "dead"."""
        n = self.neurons
        groups = []
        if n is not None and len(states) == len(n.x):
            corner = (self.size / 2, self.size / 2)
            side = max(5.0, self.size * 0.35)
            for state, colour in FLAG_COLOURS.items():
                mask = states == state
                if mask.any():
                    groups.append((dot_pen(QColor(255, 255, 255), side + 2, True), n.x[mask], n.y[mask], corner))
                    groups.append((dot_pen(colour, side, True), n.x[mask], n.y[mask], corner))
        self.flags.set_dots(groups)

    def select(self, index: int | None) -> None:
        n = self.neurons
        if n is None or index is None or index >= len(n.x):
            self.selection.clear()
            self.selected = None
            return
        self.selected = index  # the ringed neuron (its index in the drawn frame)
        self.selection.set_dots([], [(self._selected_pen, n.x[index:index + 1], n.y[index:index + 1],
                                      self.size / 2 + 9)])
