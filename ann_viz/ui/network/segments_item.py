"""Many line segments in a few pens, drawn as one QPainterPath per pen in device pixels.

Qt's raster engine strokes a wide cosmetic pen under pyqtgraph's scaling view transform
about fifty times slower than the same path already mapped to pixels, so this item maps
its segments itself (NumPy, once per view change) and draws with the identity transform.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen


class SegmentsItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self._bins: list[tuple[QPen, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        self._bounds = QRectF()
        self._key = None
        self._paths: list[tuple[QPen, object]] = []
        self.antialias = True

    def set_bins(self, bins: list[tuple[QPen, np.ndarray, np.ndarray, np.ndarray, np.ndarray]]) -> None:
        """(pen, x0, y0, x1, y1) per bin, drawn in order (later bins on top)."""
        self.prepareGeometryChange()
        self._bins = [b for b in bins if len(b[1])]
        if self._bins:
            xs = np.concatenate([np.concatenate([b[1], b[3]]) for b in self._bins])
            ys = np.concatenate([np.concatenate([b[2], b[4]]) for b in self._bins])
            pad_x = 0.02 * max(float(np.ptp(xs)), 1e-9)
            pad_y = 0.02 * max(float(np.ptp(ys)), 1e-9)
            self._bounds = QRectF(float(xs.min()) - pad_x, float(ys.min()) - pad_y,
                                  float(np.ptp(xs)) + 2 * pad_x, float(np.ptp(ys)) + 2 * pad_y)
        else:
            self._bounds = QRectF()
        self._key = None
        self.update()

    def set_pens(self, pens: list[QPen]) -> None:
        self._bins = [(pen,) + tuple(b[1:]) for pen, b in zip(pens, self._bins)]
        self._paths = [(pen, path) for pen, (_, path) in zip(pens, self._paths)]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *_args) -> None:
        if not self._bins:
            return
        t = painter.transform()
        key = (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())
        if key != self._key:
            self._key = key
            self._paths = [(pen, self._device_path(t, x0, y0, x1, y1)) for pen, x0, y0, x1, y1 in self._bins]
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.Antialiasing, self.antialias)
        for pen, path in self._paths:
            painter.setPen(pen)
            painter.drawPath(path)
        painter.restore()

    @staticmethod
    def _device_path(t, x0, y0, x1, y1):
        x = np.column_stack([x0, x1]).ravel()
        y = np.column_stack([y0, y1]).ravel()
        dx = t.m11() * x + t.m21() * y + t.dx()
        dy = t.m12() * x + t.m22() * y + t.dy()
        return pg.arrayToQPath(dx, dy, connect="pairs")
