"""Dots of a fixed pixel size at data positions (neurons, bias squares, pulses), drawn in batches.

Each group is one pen drawn with ``QPainter.drawPoints``: a round-capped pen of width d
paints discs of diameter d, a square-capped one squares. Rings are ellipses. Everything
is drawn in device pixels (see segments_item.py), and a group costs one C++ call, where
a ScatterPlotItem's per-point styling costs Python time on every frame.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen


def dot_pen(colour: QColor, diameter: float, square: bool = False) -> QPen:
    pen = QPen(colour, diameter)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.SquareCap if square else Qt.RoundCap)
    return pen


class DotsItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        # (pen, x, y, offset in pixels); drawn in order, later groups on top
        self._groups: list[tuple[QPen, np.ndarray, np.ndarray, tuple[float, float]]] = []
        self._rings: list[tuple[QPen, np.ndarray, np.ndarray, float]] = []  # (pen, x, y, radius px)

    def set_dots(self, groups: list, rings: list = ()) -> None:
        self._groups = [g for g in groups if len(g[1])]
        self._rings = [r for r in rings if len(r[1])]
        self.update()

    def clear(self) -> None:
        self.set_dots([], [])

    def boundingRect(self) -> QRectF:
        vb = self.getViewBox()
        return vb.viewRect() if vb is not None else QRectF()

    def paint(self, painter: QPainter, *_args) -> None:
        if not self._groups and not self._rings:
            return
        t = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setBrush(Qt.NoBrush)
        for pen, x, y, (ox, oy) in self._groups:
            dx, dy = _device(t, x, y)
            poly = fn.create_qpolygonf(len(dx))
            arr = fn.ndarray_from_qpolygonf(poly)
            arr[:, 0] = dx + ox
            arr[:, 1] = dy + oy
            painter.setPen(pen)
            painter.drawPoints(poly)
        for pen, x, y, radius in self._rings:
            painter.setPen(pen)
            dx, dy = _device(t, x, y)
            for px, py in zip(dx.tolist(), dy.tolist()):
                painter.drawEllipse(QPointF(px, py), radius, radius)
        painter.restore()


def _device(t, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return t.m11() * x + t.m21() * y + t.dx(), t.m12() * x + t.m22() * y + t.dy()
