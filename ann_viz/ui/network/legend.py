"""The neuron view's legend: what colour, width, fill, ring, squares and pulses mean."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..language import Retranslatable
from .style import FILL_LEVELS, NEGATIVE, POSITIVE, WIDTH_LIMITS, WIDTHS, fill_colours

GLYPH = 26
GAP = 14


class Legend(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.quantity_text = ""
        self.scale_text = ""  # the magnitudes where edges get thicker, or "" when not known
        self.per_layer = False
        self._fills = fill_colours()

    def retranslate(self) -> None:
        self.updateGeometry()  # the words are made when painting; their widths change
        self.update()

    def set_quantity(self, text: str, scale: float | None, per_layer: bool = False) -> None:
        """``scale``: the magnitude drawn at full width, shared by the whole network (None: per layer,
        or nothing known yet)."""
        scale_text = "" if scale is None else " · ".join(f"{v:.2g}" for v in WIDTH_LIMITS * scale)
        if (text, scale_text, per_layer) == (self.quantity_text, self.scale_text, self.per_layer):
            return  # called on every frame: repaint only when the words change
        height = self.heightForWidth(self.width())
        self.quantity_text, self.scale_text, self.per_layer = text, scale_text, per_layer
        if self.heightForWidth(self.width()) != height:
            # Only then: a new geometry re-lays out the dock, and resizes the neuron view under it
            # (~15 ms of the GUI thread), which the scale's digits changing during a run never need.
            self.updateGeometry()
        self.update()

    def _entries(self) -> list[tuple[str, str]]:
        width = self.tr("edge width: |%1|").replace("%1", self.quantity_text)
        if self.per_layer:
            width += self.tr(", per layer (each layer's largest is thickest)")
        elif self.scale_text:
            width += self.tr(", thicker from %1 (one scale for the whole network)").replace("%1", self.scale_text)
        return [("lines", self.tr("positive / negative")), ("widths", width),
                ("fill", self.tr("fill: activation a")), ("ring", self.tr("ring: δ = dE/dz")),
                ("bias", self.tr("square: bias b")),
                ("pulse", self.tr("pulses: w·a forward, dE/dw backward"))]

    def _layout(self, width: int) -> list[tuple[str, str, QPointF]]:
        fm = self.fontMetrics()
        row_h = fm.height() + 8
        x, y, out = 4.0, 4.0, []
        room = max(40, width - 8 - GLYPH - 4)  # for one entry's words on a row of its own
        for kind, text in self._entries():
            lines = _wrapped(fm, text, room)
            w = GLYPH + 4 + max(fm.horizontalAdvance(line) for line in lines) + GAP
            if x + w > width and x > 4:
                x, y = 4.0, y + row_h
            out.append((kind, lines[0], QPointF(x, y)))
            for line in lines[1:]:  # an entry wider than the legend goes on below its glyph, never cut
                y += row_h
                out.append(("", line, QPointF(x, y)))
            x += w
        return out

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        items = self._layout(width)
        row_h = self.fontMetrics().height() + 8
        rows = 1 + (round((items[-1][2].y() - 4) / row_h) if items else 0)
        return rows * row_h + 6

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(300))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        fm = self.fontMetrics()
        h = fm.height()
        for kind, text, pos in self._layout(self.width()):
            if kind:
                self._glyph(painter, kind, QRectF(pos.x(), pos.y(), GLYPH, h))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(pos.x() + GLYPH + 4, pos.y() + fm.ascent()), text)
        painter.end()

    def _glyph(self, painter: QPainter, kind: str, box: QRectF) -> None:
        c = box.center()
        grey = QPen(QColor(110, 110, 110), 1)
        if kind == "lines":
            painter.setPen(QPen(POSITIVE, 3))
            painter.drawLine(QPointF(box.left(), c.y() - 3), QPointF(box.right(), c.y() - 3))
            painter.setPen(QPen(NEGATIVE, 3))
            painter.drawLine(QPointF(box.left(), c.y() + 3), QPointF(box.right(), c.y() + 3))
        elif kind == "widths":
            for k, w in enumerate(WIDTHS):  # the four widths edges are drawn with, thinnest first
                painter.setPen(QPen(QColor(120, 120, 120), w))
                x = box.left() + 3 + k * 6.5
                painter.drawLine(QPointF(x, box.top() + 1), QPointF(x, box.bottom() - 1))
        elif kind == "fill":
            for k, level in enumerate((-FILL_LEVELS, 0, FILL_LEVELS)):
                painter.setPen(grey)
                painter.setBrush(self._fills[level + FILL_LEVELS])
                painter.drawEllipse(QPointF(box.left() + 4 + k * 9, c.y()), 4, 4)
        elif kind == "ring":
            painter.setBrush(Qt.white)
            painter.setPen(QPen(POSITIVE, 3))
            painter.drawEllipse(c, 6, 6)
        elif kind == "bias":
            painter.setPen(grey)
            painter.setBrush(Qt.white)
            painter.drawEllipse(QPointF(c.x(), c.y() + 3), 4, 4)  # a neuron, its bias square above it
            painter.setBrush(QBrush(POSITIVE))
            painter.drawRect(QRectF(c.x() - 3, c.y() - 8, 6, 6))
        elif kind == "pulse":
            for k, r in enumerate((2.5, 4, 5.5)):
                painter.setPen(Qt.NoPen)
                painter.setBrush(POSITIVE if k != 1 else NEGATIVE)
                painter.drawEllipse(QPointF(box.left() + 3 + k * 9, c.y()), r, r)


def _wrapped(fm, text: str, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` (broken at spaces; a single longer word stays whole)."""
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if line and fm.horizontalAdvance(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line]
