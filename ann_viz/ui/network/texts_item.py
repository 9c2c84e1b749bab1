"""Many short texts (neuron numbers of wide layers) in one item: cached QStaticText, device pixels.

A pyqtgraph TextItem per label costs Python time on every repaint; tens of them would
be a noticeable part of a frame while training runs.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QStaticText


class TextsItem(pg.GraphicsObject):
    def __init__(self, font: QFont, colour: QColor):
        super().__init__()
        self.font, self.colour = font, colour
        self._cache: dict[str, QStaticText] = {}
        self._x = self._y = np.zeros(0)
        self._texts: list[QStaticText] = []
        self._offset = (0.0, 0.0)

    def set_texts(self, x: np.ndarray, y: np.ndarray, texts: list[str], offset_px: tuple[float, float]) -> None:
        """Texts left-aligned at (x, y) + offset (pixels), centred vertically."""
        self._x, self._y, self._offset = np.asarray(x, float), np.asarray(y, float), offset_px
        self._texts = [self._static(t) for t in texts]
        self.update()

    def set_colour(self, colour: QColor) -> None:
        self.colour = colour
        self.update()

    def _static(self, text: str) -> QStaticText:
        static = self._cache.get(text)
        if static is None:
            static = self._cache[text] = QStaticText(text)
            static.prepare(font=self.font)
        return static

    def boundingRect(self) -> QRectF:
        vb = self.getViewBox()
        return vb.viewRect() if vb is not None else QRectF()

    def paint(self, painter: QPainter, *_args) -> None:
        if not self._texts:
            return
        t = painter.transform()
        dx = t.m11() * self._x + t.m21() * self._y + t.dx() + self._offset[0]
        dy = t.m12() * self._x + t.m22() * self._y + t.dy() + self._offset[1]
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        painter.setPen(self.colour)
        for x, y, text in zip(dx.tolist(), dy.tolist(), self._texts):
            painter.drawStaticText(QPointF(x, y - text.size().height() / 2), text)
        painter.restore()
