"""A layer node on the canvas: kind, name, output width, key parameters, and two ports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from ...core.graph import Node
from ...core.i18n import _t
from ..tr import tr_core

WIDTH, HEIGHT, PORT_R = 150.0, 66.0, 7.0

CATEGORY_COLOURS = {
    "io": QColor("#5b7db1"),
    "linear": QColor("#d08b3a"),
    "activation": QColor("#4f9d69"),
    "regularization": QColor("#8a6bb8"),
    "merge": QColor("#b5566b"),
}


def key_params(node: Node) -> str:
    """The one-line summary shown under the name (units, p, loss, ...)."""
    p = node.params
    if node.kind == "input":
        return ""
    if node.kind == "linear":
        text = "" if p["bias"] else tr_core("no bias")
        if p["init"] != "default":
            text = (text + ", " if text else "") + tr_core(p["init"]).replace("_", " ")
        return text
    if node.kind == "leaky_relu":
        return QCoreApplication.translate("NodeItem", "slope %1").replace("%1", f"{p['slope']:g}")
    if node.kind == "elu":
        return f"alpha {p['alpha']:g}"
    if node.kind == "maxout":
        return f"k {p['k']}"
    if node.kind == "dropout":
        return f"p {p['p']:g}"
    if node.kind == "output":
        return tr_core({"mse": _t("MSE"), "bce": _t("BCE"), "bce_logits": _t("BCE with logits"),
                        "ce": _t("Cross-entropy")}[p["loss"]])
    return ""


class NodeItem(QGraphicsObject):
    """Mirrors one core node. It never edits the model: the scene turns gestures into commands."""

    def __init__(self, node: Node):
        super().__init__()
        self.node = node
        self.width: int | None = None
        self.problem: str = ""
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
                      | QGraphicsItem.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setPos(QPointF(*node.position))
        self.refresh()

    # ----- geometry --------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-PORT_R - 1, -1, WIDTH + 2 * PORT_R + 2, HEIGHT + 2)

    def body_rect(self) -> QRectF:
        return QRectF(0, 0, WIDTH, HEIGHT)

    def has_input(self) -> bool:
        return self.node.spec.max_inputs != 0

    def has_output(self) -> bool:
        return self.node.spec.has_output

    def input_port_pos(self) -> QPointF:
        return self.mapToScene(QPointF(0, HEIGHT / 2))

    def output_port_pos(self) -> QPointF:
        return self.mapToScene(QPointF(WIDTH, HEIGHT / 2))

    def port_at(self, scene_pos: QPointF) -> str | None:
        """"in" or "out" when ``scene_pos`` is on a port (with a forgiving radius)."""
        local = self.mapFromScene(scene_pos)
        for name, centre, present in (("out", QPointF(WIDTH, HEIGHT / 2), self.has_output()),
                                      ("in", QPointF(0, HEIGHT / 2), self.has_input())):
            if present and (local - centre).manhattanLength() <= PORT_R * 2:
                return name
        return None

    # ----- state from the model and validation -----------------------------------
    def refresh(self) -> None:
        tip = f"{self.node.name} ({tr_core(self.node.spec.label)})\n{tr_core(self.node.spec.description)}"
        if key_params(self.node):
            tip += "\n" + key_params(self.node)
        if self.problem:
            tip += "\n\n" + self.problem
        self.setToolTip(tip)
        self.update()

    def set_state(self, width: int | None, problem: str) -> None:
        if (width, problem) != (self.width, self.problem):
            self.width, self.problem = width, problem
            self.refresh()

    # ----- painting -----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        palette = widget.palette() if widget else None
        base = palette.base().color() if palette else QColor("white")
        text = palette.text().color() if palette else QColor("black")
        colour = CATEGORY_COLOURS.get(self.node.spec.category, QColor("gray"))
        body = QPainterPath()
        body.addRoundedRect(self.body_rect(), 8, 8)
        painter.fillPath(body, base)
        header = QRectF(0, 0, WIDTH, 22)
        painter.save()
        painter.setClipPath(body)
        painter.fillRect(header, colour)
        painter.restore()
        border = QPen(QColor("#d03030") if self.problem else colour.darker(130), 3 if self.problem else 1.5)
        if self.isSelected():
            border = QPen(QColor("#2a82da"), 3)
        painter.setPen(border)
        painter.drawPath(body)
        self._paint_text(painter, header, text)
        self._paint_ports(painter, colour)

    def texts(self, font: QFont) -> list[tuple[QRectF, int, str, bool]]:
        """What the node writes: (rect, alignment, text, bold), the label's room less the width's."""
        bold = QFont(font)
        bold.setBold(True)
        header, name_row = QRectF(8, 0, WIDTH - 16, 22), QRectF(8, 24, WIDTH - 16, 20)
        label = tr_core(self.node.spec.label)
        width = "" if not self.has_output() else f"→ {'?' if self.width is None else self.width}"
        beside = -QFontMetricsF(bold).horizontalAdvance(width) - 6 if width else 0
        room, width_row, name_room = header.adjusted(0, 0, beside, 0), header, name_row
        if QFontMetricsF(bold).horizontalAdvance(label) * 0.7 > room.width():  # a long label: the width goes below
            room, width_row, name_room = header, name_row, name_row.adjusted(0, 0, beside, 0)
        extra = key_params(self.node)
        if self.node.kind == "input":
            extra = _count("%n feature(s)", self.node.params["features"])
        elif self.node.kind == "linear":
            extra = _count("%n unit(s)", self.node.params["units"]) + (", " + extra if extra else "")
        return [(room, Qt.AlignVCenter | Qt.AlignLeft, label, True),
                (width_row, Qt.AlignVCenter | Qt.AlignRight, width, width_row is header),
                (name_room, Qt.AlignVCenter | Qt.AlignLeft, self.node.name, False),
                (QRectF(8, 43, WIDTH - 16, 18), Qt.AlignVCenter | Qt.AlignLeft, extra, False)]

    def _paint_text(self, painter: QPainter, header: QRectF, text_colour: QColor) -> None:
        base = QFont(painter.font())
        light = text_colour.lighter(160) if text_colour.lightness() < 128 else text_colour.darker(140)
        for index, (rect, align, text, bold) in enumerate(self.texts(base)):
            font = QFont(base)
            font.setBold(bold)
            font, text = fitted(font, text, rect.width())
            painter.setFont(font)
            painter.setPen(QColor("white") if bold else text_colour if index < 3 else light)
            painter.drawText(rect, align, text)

    def _paint_ports(self, painter: QPainter, colour: QColor) -> None:
        painter.setPen(QPen(colour.darker(150), 1.5))
        painter.setBrush(QBrush(QColor("#d03030") if self.problem and not self.has_output() else colour))
        if self.has_input():
            painter.drawEllipse(QPointF(0, HEIGHT / 2), PORT_R, PORT_R)
        if self.has_output():
            painter.drawEllipse(QPointF(WIDTH, HEIGHT / 2), PORT_R, PORT_R)

    def itemChange(self, change, value):
        if change == QGraphicsItem.ItemPositionHasChanged and self.scene() is not None:
            self.scene().node_item_moved(self)
        return super().itemChange(change, value)


def fitted(font: QFont, text: str, width: float, smallest: float = 0.7) -> tuple[QFont, str]:
    """``font`` made smaller (to ``smallest`` of its size) until ``text`` fits ``width``; a text
    still too long is elided (the node's tooltip has it whole). A long name, a Korean label or
    "xavier uniform" was cut off mid-word ("explic", "predicte")."""
    needed = QFontMetricsF(font).horizontalAdvance(text)
    if needed <= width or not text:
        return font, text
    size = font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())
    small = QFont(font)
    scaled = max(size * width / needed * 0.98, size * smallest)
    if font.pointSizeF() > 0:
        small.setPointSizeF(scaled)
    else:
        small.setPixelSize(max(1, int(scaled)))
    return small, QFontMetricsF(small).elidedText(text, Qt.ElideRight, width)


def _count(text: str, count: int) -> str:
    """Plural-aware counts through Qt's translator ("%n unit(s)")."""
    return QCoreApplication.translate("NodeItem", text, "", count)
