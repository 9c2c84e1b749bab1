"""A layer-level link: a curve from an output port to an input port, labelled with the tensor width.

Layer graphs have tens of links, so ordinary items are fine here (the neuron-level
view batches its thousands of edges instead).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from ...core.graph import Link


def curve(start: QPointF, end: QPointF) -> QPainterPath:
    path = QPainterPath(start)
    span = end.x() - start.x()
    if span > 250 and abs(end.y() - start.y()) < 40:
        # A skip connection along a row would hide behind the nodes it skips: arc over them.
        lift = QPointF(0, -(60 + 0.08 * span))
        path.cubicTo(start + QPointF(60, 0) + lift * 1.3, end - QPointF(60, 0) + lift * 1.3, end)
        return path
    dx = max(40.0, abs(span) / 2)
    path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
    return path


class LinkItem(QGraphicsPathItem):
    def __init__(self, link: Link | None):
        super().__init__()
        self.link = link
        self.setZValue(0)
        self.setFlag(QGraphicsItem.ItemIsSelectable, link is not None)
        self.label = QGraphicsSimpleTextItem(self)
        self.set_style(False)

    def set_style(self, problem: bool) -> None:
        colour = QColor("#d03030") if problem else QColor("#808890")
        pen = QPen(colour, 2.2)
        if self.link is None:
            pen.setStyle(Qt.DashLine)
        self.setPen(pen)
        self.label.setBrush(colour)

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        path = curve(start, end)
        self.setPath(path)
        mid = path.pointAtPercent(0.5)
        rect = self.label.boundingRect()
        self.label.setPos(mid.x() - rect.width() / 2, mid.y() - rect.height() - 2)

    def set_width(self, width: int | None) -> None:
        self.label.setText("" if width is None else str(width))

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)  # easy to click
        return stroker.createStroke(self.path())

    def paint(self, painter, option, widget=None):
        pen = QPen(QColor("#2a82da"), 3.5) if self.isSelected() else self.pen()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.drawPath(self.path())
