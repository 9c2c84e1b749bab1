"""Text in the neuron view: column titles, "+N" markers, neuron numbers, edge values.

Numbers next to neurons and edges appear only for small networks (the worked example,
XOR, the gates), where they can be read; wide layers get neuron indices instead.
Positions carry pixel offsets, so :meth:`LabelLayer.place` runs again on zoom/resize.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from ...core.inspect import NeuronNet
from .frame import Frame
from .texts_item import TextsItem

Z_LABELS = 20
SMALL_NEURONS = 24  # at most this many neurons (and 10 per column): numbers beside them (left)
SMALL_EDGES = 24  # at most this many weights: values on the edges
EDGE_LABEL_AT = 0.3  # fraction of the way from source to target


def fmt(v: float, digits: int = 4) -> str:
    if v is None or not math.isfinite(v):
        return "–"
    text = f"{v:.{digits}g}"
    return text.replace("-", "−")


def column_title(column) -> str:
    """The layer's name, its activation(s) below it."""
    return column.head if not column.activation else f"{column.head}\n{column.activation.replace('+', ' + ')}"


class LabelLayer:
    def __init__(self, view_box: pg.ViewBox, tr):
        self.view_box, self.tr = view_box, tr
        self.items: list[pg.TextItem] = []
        self.titles: list[pg.TextItem] = []
        self.markers: list[pg.TextItem] = []
        self.neuron_labels: list[pg.TextItem] = []
        self.edge_labels: list[pg.TextItem] = []
        self.net: NeuronNet | None = None
        self.frame: Frame | None = None
        self.size = 20.0
        self._neuron_lines: list[list[str]] = []
        self._shown_lines: list = []
        self.font = QFont()
        self.font.setPointSizeF(max(7.0, self.font.pointSizeF() * 0.85))
        self.notes: dict[int, str] = {}  # column index -> "2 saturated" (neuron health), after its title
        self._loss: float | None = None
        self.numbers = TextsItem(self.font, QApplication.palette().text().color())  # "#k" of wide layers
        self.numbers.setZValue(Z_LABELS)
        view_box.addItem(self.numbers)

    # ----- structure ---------------------------------------------------------------------
    def clear(self) -> None:
        for item in self.items:
            self.view_box.removeItem(item)
        self.items, self.titles, self.markers = [], [], []
        self.numbers.set_texts(np.zeros(0), np.zeros(0), [], (0.0, 0.0))
        self.neuron_labels, self.edge_labels = [], []
        self._neuron_lines, self._shown_lines = [], []
        self.frame, self.notes = None, {}

    def restyle(self) -> None:
        """Text and label backgrounds in the current palette's colours (after a theme switch)."""
        colour = QApplication.palette().text().color()
        self.numbers.set_colour(colour)
        for item in self.items:
            item.setColor(colour)
            if item.fill.style() != Qt.NoBrush:
                item.fill = self._fill()
            item.update()

    @staticmethod
    def _fill():
        base = QApplication.palette().base().color()
        return pg.mkBrush(QColor(base.red(), base.green(), base.blue(), 200))

    def _text(self, anchor, fill=None) -> pg.TextItem:
        colour = QApplication.palette().text().color()
        item = pg.TextItem(anchor=anchor, color=colour, fill=fill)
        item.setFont(self.font)
        item.setZValue(Z_LABELS)
        self.view_box.addItem(item)
        self.items.append(item)
        return item

    def set_net(self, net: NeuronNet | None, summarised: list[bool]) -> None:
        self.clear()
        self.net = net
        if net is None:
            return
        for column in net.columns:
            title = self._text((0.5, 1.0))
            title.setText(column_title(column))
            self.titles.append(title)
        self.markers = [self._text((0.5, 0.5)) for c in net.columns if summarised[c.index]]
        self._summarised = summarised

    def small(self, frame: Frame) -> tuple[bool, bool]:
        n = frame.neurons
        per_column = np.bincount(n.column).max() if len(n.column) else 0
        weights = int((~frame.edges.identity).sum())
        return len(n.x) <= SMALL_NEURONS and per_column <= 10, weights <= SMALL_EDGES

    # ----- per frame ---------------------------------------------------------------------
    def show(self, frame: Frame, numbers: bool, quantity: str, loss: float | None, size: float) -> None:
        self.frame, self.size = frame, size
        net = self.net
        if net is None:
            return
        for k, (_, _, hidden) in enumerate(frame.markers):
            self.markers[k].setText(QCoreApplication.translate("LabelLayer", "+%1 more").replace("%1", str(hidden)))
        show_neurons, show_edges = self.small(frame)
        fill = self._fill()
        self._sync(self.neuron_labels, len(frame.neurons.x) if numbers and show_neurons else 0, (1.0, 0.5), fill)
        edge_count = len(frame.edges) if numbers and show_edges else 0
        self._sync(self.edge_labels, edge_count, (0.5, 0.5), fill)
        self._neuron_lines = [self._neuron_text(frame, k).split("\n") for k in range(len(self.neuron_labels))]
        self._shown_lines = [None] * len(self.neuron_labels)
        for k, item in enumerate(self.edge_labels):
            item.setText(self._edge_text(frame, k, quantity))
        self._loss = loss
        self._set_titles(frame.output_column)
        self.place()

    def set_notes(self, notes: dict[int, str]) -> None:
        """A short note per column after its title (neuron health counts); redrawn only when changed."""
        if notes != self.notes:
            self.notes = notes
            if self.frame is not None:
                self._set_titles(self.frame.output_column)

    def _set_titles(self, out: int) -> None:
        for column, title in zip(self.net.columns, self.titles):
            text = column_title(column)
            if column.index == out and self._loss is not None:
                text += f"\nE = {fmt(self._loss, 5)}"
            if column.index in self.notes:
                text += " · " + self.notes[column.index]
            if title.toPlainText() != text:
                title.setText(text)

    def _sync(self, items: list, count: int, anchor, fill=None) -> None:
        while len(items) > count:
            item = items.pop()
            self.view_box.removeItem(item)
            self.items.remove(item)
        while len(items) < count:
            items.append(self._text(anchor, fill))

    def _neuron_text(self, frame: Frame, k: int) -> str:
        n, net = frame.neurons, self.net
        column = net.columns[int(n.column[k])]
        j = int(n.j[k])
        a_label = net.a_label(column, j)
        if column.kind == "input":
            return f"{a_label} = {fmt(n.a[k])}"
        z_label = net.z_label(column, j)
        lines = [f"{z_label} = {fmt(n.z[k])}", f"{a_label} = {fmt(n.a[k])}"]
        if math.isfinite(n.delta[k]):
            lines.append(f"δ{z_label[1:]} = {fmt(n.delta[k])}")
        if math.isfinite(n.bias[k]):
            lines.append(f"b = {fmt(n.bias[k])}")
        if math.isfinite(n.target[k]):
            lines.append(f"t{j + 1} = {fmt(n.target[k])}")
        return "\n".join(lines)

    def _edge_text(self, frame: Frame, k: int, quantity: str) -> str:
        e, net = frame.edges, self.net
        conn = net.connections[int(e.conn[k])]
        if conn.kind != "weights":
            return ""
        label = net.weight_label(conn.layer, int(e.j[k]), int(e.i[k]))
        v = fmt(e.value[k])
        if quantity == "weight":
            return f"{label} = {v}"
        if quantity == "contribution":
            source = net.a_label(net.columns[conn.source], int(e.i[k]))
            return f"{label}·{source} = {v}"
        if quantity == "gradient":
            return f"dE/d{label} = {v}"
        return f"Δ{label} = {v}"

    def line_height(self) -> float:
        return float(QFontMetricsF(self.font).height())

    def lines_below(self) -> int:
        """Lines of numbers a neuron may carry (half of them reach below the lowest neurons)."""
        if not self.neuron_labels or self.net is None:
            return 0
        return max(1 if c.kind == "input" else 3 + c.has_bias + (c.is_output and self.net.loss != "ce")
                   for c in self.net.columns)

    # ----- positions ---------------------------------------------------------------------
    def place(self) -> None:
        frame = self.frame
        if frame is None or self.net is None:
            return
        px, py = self.view_box.viewPixelSize()
        line_h = self.line_height()
        n = frame.neurons
        top = (n.y.max() if len(n.y) else 0.0) + (self.size / 2 + 14) * py
        for column, title in zip(self.net.columns, self.titles):
            title.setPos(float(column.depth), top)
        for (x, y, _), item in zip(frame.markers, self.markers):
            item.setPos(x, y)
        # Neuron numbers of summarised columns, where they do not overlap one another.
        roomy = np.array([frame.spacing[c] / py >= 1.1 * line_h for c in range(len(frame.spacing))])
        wide = np.array(self._summarised)[n.column] & roomy[n.column] if len(n.x) else np.zeros(0, bool)
        self.numbers.set_texts(n.x[wide], n.y[wide], [f"#{int(j) + 1}" for j in n.j[wide]],
                               (self.size / 2 + 3, 0.0))
        for k, item in enumerate(self.neuron_labels):
            # Left of the neuron, where its incoming edges end (edge values sit near their source).
            item.setPos(n.x[k] - (self.size / 2 + 4) * px, n.y[k])
            # As many lines as fit between this neuron and the next (z, a first; bias and target last).
            gap_px = frame.spacing[int(n.column[k])] / py - 8
            lines = self._neuron_lines[k][:max(1, int(gap_px // line_h))]
            if lines != self._shown_lines[k]:
                self._shown_lines[k] = lines
                item.setText("\n".join(lines))
        e = frame.edges
        for k, item in enumerate(self.edge_labels):
            item.setPos(e.x0[k] + EDGE_LABEL_AT * (e.x1[k] - e.x0[k]), e.y0[k] + EDGE_LABEL_AT * (e.y1[k] - e.y0[k]))
