"""Every edge of the neuron view in one batched item: one QPainterPath per bin.

Bins: sign (colour) x magnitude (width and paleness), plus "not known yet" and the
identity paths of residual/concat merges. Redrawing N edges costs a few paths, not N
items; see :class:`SegmentsItem` for why they are drawn in device pixels.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from .frame import Edges
from .segments_item import SegmentsItem
from .style import HIGHLIGHT, IDENTITY, UNKNOWN, cosmetic, edge_pens, magnitude_bins, mixed

Z_EDGES = 0
DENSE = 300  # more drawn edges than this: thinner lines, no antialiasing (stays fluid)
# Drawing order: faint kinds first, then thin to thick so strong edges stay on top.
ORDER = [("unknown",), ("identity",)] + [(s, b) for b in range(4) for s in (0, 1)]


class EdgeLayer:
    def __init__(self, view_box: pg.ViewBox, background: QColor):
        self.item = SegmentsItem()
        self.item.setZValue(Z_EDGES)
        self.highlight = SegmentsItem()
        self.highlight.setZValue(Z_EDGES - 1)
        view_box.addItem(self.item)
        view_box.addItem(self.highlight)
        self._highlight_pen = cosmetic(HIGHLIGHT, 9.0)
        self.drawn_counts: dict[tuple, int] = {}
        self.background = background
        self.dense = False
        self.fast = False  # while training runs: no antialiasing (cheaper to paint)
        self._styled_for = (False, False)
        self.pens = self._pens()

    def _pens(self) -> dict[tuple, QPen]:
        aliased = self.dense or self.fast
        pens: dict[tuple, QPen] = dict(edge_pens(self.background, 0.5 if self.dense else 1.0,
                                                 1.0 if aliased else 0.6))
        pens[("unknown",)] = cosmetic(mixed(UNKNOWN, self.background, 0.5), 0.8)
        identity = cosmetic(IDENTITY, 1.2)
        identity.setStyle(Qt.DashLine)
        pens[("identity",)] = identity
        return pens

    def restyle(self, background: QColor) -> None:
        """New pens for another background (the light/dark theme was switched)."""
        self.background = background
        self.pens = self._pens()
        self.item.set_pens([self.pens[key] for key in ORDER if self.drawn_counts.get(key)])

    def show(self, edges: Edges) -> None:
        dense = len(edges) > DENSE
        if (dense, self.fast) != self._styled_for:
            self.dense = dense
            self._styled_for = (dense, self.fast)
            self.pens = self._pens()
        self.item.antialias = not (dense or self.fast)
        known = np.isfinite(edges.value) & ~edges.identity
        negative = edges.value < 0
        bins = magnitude_bins(edges.value, edges.scale)
        masks = {("unknown",): ~known & ~edges.identity, ("identity",): edges.identity}
        for sign in (0, 1):
            for b in range(4):
                masks[(sign, b)] = known & (negative == bool(sign)) & (bins == b)
        parts = []
        for key in ORDER:
            mask = masks[key]
            self.drawn_counts[key] = int(mask.sum())
            parts.append((self.pens[key],) + halves(edges, mask))
        self.item.set_bins(parts)

    def show_highlight(self, edges: Edges | None, index: int | None) -> None:
        if edges is None or index is None or index >= len(edges):
            self.highlight.set_bins([])
            return
        mask = np.zeros(len(edges), dtype=bool)
        mask[index] = True
        self.highlight.set_bins([(self._highlight_pen,) + halves(edges, mask)])


def halves(edges: Edges, mask: np.ndarray) -> tuple[np.ndarray, ...]:
    """(x0, y0, x1, y1) of both halves of each chosen edge (they meet at its midpoint, where a
    skip path bends)."""
    c = np.concatenate
    return (c([edges.x0[mask], edges.xm[mask]]), c([edges.y0[mask], edges.ym[mask]]),
            c([edges.xm[mask], edges.x1[mask]]), c([edges.ym[mask], edges.y1[mask]]))
