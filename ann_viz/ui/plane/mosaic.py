"""A grid of small images (one per neuron) drawn as one picture; hover and click pick a tile."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .colours import qimage

GAP = 3


class Mosaic(QWidget):
    """Tiles of equal size, wrapped to the widget's width. ``hovered`` sends -1 on leaving."""

    hovered = Signal(int)
    clicked = Signal(int)

    def __init__(self, tile_px: int = 56, parent=None):
        super().__init__(parent)
        self.tile_px = tile_px
        self.tiles = np.zeros((0, 1, 1, 3), dtype=np.uint8)
        self.frame_colours: list[str] = []
        self.selected = -1
        self._images: list = []
        self._hover = -1
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_tiles(self, tiles: np.ndarray, frame_colours: list[str] | None = None) -> None:
        """``tiles`` (n, h, w, 3) uint8, row 0 at the top; ``frame_colours`` one per tile, optional."""
        resized = len(tiles) != len(self.tiles)
        self.tiles = tiles
        self.frame_colours = list(frame_colours or [])
        self._images = [qimage(t) for t in tiles]
        if resized:
            self._update_height()
        self.update()

    # ----- geometry -------------------------------------------------------------------------------
    def _columns(self) -> int:
        return max(1, (self.width() - GAP) // (self.tile_px + GAP))

    def _update_height(self) -> None:
        rows = -(-len(self.tiles) // self._columns()) if len(self.tiles) else 0
        self.setFixedHeight(GAP + rows * (self.tile_px + GAP))

    def tile_rect(self, index: int) -> QRect:
        row, col = divmod(index, self._columns())
        return QRect(GAP + col * (self.tile_px + GAP), GAP + row * (self.tile_px + GAP), self.tile_px, self.tile_px)

    def tile_at(self, x: float, y: float) -> int:
        col, row = int((x - GAP) // (self.tile_px + GAP)), int((y - GAP) // (self.tile_px + GAP))
        if col < 0 or row < 0 or col >= self._columns():
            return -1
        index = row * self._columns() + col
        return index if index < len(self.tiles) and self.tile_rect(index).contains(int(x), int(y)) else -1

    def sizeHint(self) -> QSize:
        return QSize(4 * (self.tile_px + GAP), self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_height()

    # ----- painting and mouse -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        for i, image in enumerate(self._images):
            rect = self.tile_rect(i)
            if not rect.intersects(event.rect()):
                continue
            painter.drawImage(QRectF(rect), image)
            colour = self.frame_colours[i] if i < len(self.frame_colours) else "#909090"
            width = 3 if i in (self.selected, self._hover) else 1.5
            painter.setPen(QPen(QColor(colour), width))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            if self.tile_px >= 32:
                painter.setPen(QColor("#202020"))
                painter.drawText(rect.adjusted(3, 1, 0, 0), Qt.AlignLeft | Qt.AlignTop, str(i + 1))
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        index = self.tile_at(event.position().x(), event.position().y())
        if index != self._hover:
            self._hover = index
            self.update()
            self.hovered.emit(index)

    def leaveEvent(self, event) -> None:
        if self._hover != -1:
            self._hover = -1
            self.update()
            self.hovered.emit(-1)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            index = self.tile_at(event.position().x(), event.position().y())
            if index >= 0:
                self.clicked.emit(index)
        super().mousePressEvent(event)
