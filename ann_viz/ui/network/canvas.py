"""The drawing surface of the neuron view: batched edge, neuron, pulse and label items.

It draws :class:`Frame` s and reports what the mouse points at (an edge, a neuron or a
bias square) as :class:`Target` s; it computes nothing about the network itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Signal
from PySide6.QtWidgets import QApplication, QGraphicsItem

from ...core.inspect import NeuronNet
from .edges_item import EdgeLayer
from .frame import Frame
from .hit import nearest_point, nearest_segment
from .labels_item import LabelLayer
from .neurons_item import NeuronLayer
from .pulses_item import PulseLayer

EDGE_TOLERANCE_PX = 5.0
TOP_PX = 56.0  # room for the column titles (up to three lines)
BOTTOM_PX = 12.0
SIDE_PX = 70.0  # room for labels beside the first and last columns


@dataclass(frozen=True)
class Target:
    """What the mouse points at. kind: "edge" (a weight), "path" (identity), "neuron", "bias"."""

    kind: str
    column: int  # target column for edges, the neuron's column otherwise
    j: int
    i: int = -1  # source neuron (edges)
    layer: str | None = None  # the Linear layer (edges, bias, neurons of a Linear)


class NetworkCanvas(pg.PlotWidget):
    hovered = Signal(object, QPoint)  # Target or None, global position
    clicked = Signal(object)
    double_clicked = Signal(object, QPoint)
    resized = Signal()

    def __init__(self, tr, parent=None):
        background = QApplication.palette().base().color()
        super().__init__(parent, background=background)
        item = self.getPlotItem()
        for axis in ("left", "bottom"):
            item.hideAxis(axis)
        item.hideButtons()
        item.setMenuEnabled(False)
        self.vb: pg.ViewBox = item.getViewBox()
        self.vb.setDefaultPadding(0.0)
        self.edges = EdgeLayer(self.vb, background)
        self.neurons = NeuronLayer(self.vb)
        self.pulses = PulseLayer(self.vb)
        self.labels = LabelLayer(self.vb, tr)
        # Between new numbers only the pulses move: edges and neurons are blitted from a cache.
        for item in (self.edges.item, self.neurons.item):
            item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.net: NeuronNet | None = None
        self.frame: Frame | None = None
        self.neuron_size = 20.0
        self._hover: Target | None = None
        self._marked: Target | None = None  # an edge kept highlighted when none is hovered (a divergence's)
        self._slots = 0
        self.vb.sigTransformChanged.connect(self._transform_changed)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)

    # ----- structure and frames -------------------------------------------------------------
    def set_net(self, net: NeuronNet | None, summarised: list[bool]) -> None:
        self.net, self.frame, self._marked = net, None, None
        self.labels.set_net(net, summarised)
        self._cache_labels()
        self.pulses.clear()
        self.edges.item.set_bins([])
        self.edges.show_highlight(None, None)
        self.neurons.item.clear()
        self.neurons.select(None)
        self._slots = 0

    def draw(self, frame: Frame, numbers: bool, quantity: str, loss: float | None) -> None:
        slots = int(np.bincount(frame.neurons.column).max()) + (1 if frame.markers else 0)
        refit = self.frame is None or slots != self._slots
        self.frame, self._slots = frame, slots
        self.neuron_size = self._size_for(slots)
        self.edges.show(frame.edges)
        self.neurons.show(frame.neurons, self.neuron_size, self.edges.background)
        self.labels.show(frame, numbers, quantity, loss, self.neuron_size)
        self._cache_labels()
        if refit:
            self.fit()
        self._rehighlight()

    def _cache_labels(self) -> None:
        """Texts, too, are blitted until they change: while training runs the pulses repaint the view
        30 times a second, and each TextItem painted is a Python call that waits for the GIL."""
        for item in self.labels.items:
            if item.cacheMode() == QGraphicsItem.NoCache:
                item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
                item.textItem.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def _size_for(self, slots: int) -> float:
        height = max(self.vb.height() - TOP_PX - 40, 60.0)
        return float(np.clip(0.5 * height / max(slots, 1), 7.0, 30.0))

    def fit(self) -> None:
        """Show the whole network, with room in pixels for titles above and numbers below."""
        frame = self.frame
        width, height = self.vb.width(), self.vb.height()
        if frame is None or width < 40 or height < 40:
            return
        n = frame.neurons
        half = self.neuron_size / 2
        top = TOP_PX + half
        half_label = self.labels.lines_below() * self.labels.line_height() / 2
        bottom = min(BOTTOM_PX + max(half, half_label), 0.3 * height)
        y0, y1 = float(n.y.min()), float(n.y.max())
        per_y = max(y1 - y0, 1.0) / max(height - top - bottom, 20.0)
        if y1 - y0 < 1e-9:
            y0, y1 = y0 - 0.5, y1 + 0.5
            per_y = 1.0 / max(height - top - bottom, 20.0)
        per_x = max(frame.max_depth, 1) / max(width - 2 * SIDE_PX, 20.0)
        self.vb.setRange(xRange=(-SIDE_PX * per_x, frame.max_depth + SIDE_PX * per_x),
                         yRange=(y0 - bottom * per_y, y1 + top * per_y), padding=0.0)

    def set_fast(self, fast: bool) -> None:
        """While training runs: edges without antialiasing (Qt paints them holding the GIL the trainer needs)."""
        self.edges.fast = fast

    def animate(self, phase: str | None, progress: float) -> None:
        if self.frame is None or phase is None:
            self.pulses.clear()
        else:
            self.pulses.show(self.frame, phase, progress, self.neuron_size)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "edges"):  # light/dark theme switched
            background = self.palette().base().color()
            self.setBackground(background)
            self.edges.restyle(background)
            self.labels.restyle()
            if self.frame is not None:
                self.neurons.show(self.frame.neurons, self.neuron_size, background)

    def _transform_changed(self) -> None:
        self.labels.place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "labels"):
            self.resized.emit()
        if getattr(self, "frame", None) is not None:  # pyqtgraph resizes during construction
            self.neuron_size = self._size_for(self._slots)
            self.neurons.show(self.frame.neurons, self.neuron_size, self.edges.background)
            self.labels.size = self.neuron_size
            self.fit()

    # ----- what is under the mouse ------------------------------------------------------------
    def target_at(self, scene_pos: QPointF) -> Target | None:
        frame = self.frame
        if frame is None or self.net is None or not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.vb.mapSceneToView(scene_pos)
        px, py = self.vb.viewPixelSize()
        sx, sy = 1.0 / px, 1.0 / py
        n = frame.neurons
        biases = self.neurons.bias_index
        up = self.neurons.bias_offset_px() * py  # bias squares sit that many pixels above their neuron
        k = nearest_point(p.x(), p.y(), n.x[biases], n.y[biases] + up, sx, sy, self.neurons.bias_size() / 2 + 2)
        if k is not None:
            m = int(biases[k])
            return Target("bias", int(n.column[m]), int(n.j[m]), layer=self.net.columns[int(n.column[m])].head)
        k = nearest_point(p.x(), p.y(), n.x, n.y, sx, sy, self.neuron_size / 2 + 3)
        if k is not None:
            column = self.net.columns[int(n.column[k])]
            return Target("neuron", column.index, int(n.j[k]), layer=column.head if column.kind == "linear" else None)
        e = frame.edges
        c = np.concatenate
        k = nearest_segment(p.x(), p.y(), c([e.x0, e.xm]), c([e.y0, e.ym]), c([e.xm, e.x1]), c([e.ym, e.y1]),
                            sx, sy, EDGE_TOLERANCE_PX)
        if k is None:
            return None
        k %= len(e)  # either half of the edge
        conn = self.net.connections[int(e.conn[k])]
        kind = "edge" if conn.kind == "weights" else "path"
        return Target(kind, conn.target, int(e.j[k]), int(e.i[k]), conn.layer)

    def edge_index(self, target: Target | None) -> int | None:
        """Where ``target`` (an edge) is in the current frame, if it is drawn."""
        if self.frame is None or target is None or target.kind not in ("edge", "path"):
            return None
        e = self.frame.edges
        conn_targets = np.array([self.net.connections[c].target for c in e.conn]) if len(e) else np.zeros(0)
        hits = np.flatnonzero((conn_targets == target.column) & (e.j == target.j) & (e.i == target.i))
        return int(hits[0]) if len(hits) else None

    def neuron_index(self, column: int, j: int) -> int | None:
        if self.frame is None:
            return None
        n = self.frame.neurons
        hits = np.flatnonzero((n.column == column) & (n.j == j))
        return int(hits[0]) if len(hits) else None

    def _rehighlight(self) -> None:
        shown = self._hover if self._hover is not None and self._hover.kind in ("edge", "path") else self._marked
        self.edges.show_highlight(self.frame.edges if self.frame else None, self.edge_index(shown))

    def mark_edge(self, target: Target | None) -> None:
        """Keep this edge highlighted (while the mouse is on no other edge); None: no mark."""
        self._marked = target
        self._rehighlight()

    @property
    def marked_edge(self) -> Target | None:
        return self._marked

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        target = self.target_at(scene_pos)
        if target != self._hover:
            self._hover = target
            self._rehighlight()
        view_pos = self.mapFromScene(scene_pos)
        self.hovered.emit(target, self.mapToGlobal(view_pos))

    def _mouse_clicked(self, event) -> None:
        if event.double():
            return  # handled in mouseDoubleClickEvent (pyqtgraph may report the first click instead)
        target = self.target_at(event.scenePos())
        if target is not None:
            self.clicked.emit(target)
            event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        scene_pos = self.mapToScene(event.position().toPoint())
        target = self.target_at(scene_pos)
        if target is None:
            self.fit()
        else:
            self.double_clicked.emit(target, self.mapToGlobal(event.position().toPoint()))
        super().mouseDoubleClickEvent(event)

    def select_neuron(self, column: int | None, j: int | None) -> None:
        self.neurons.select(None if column is None else self.neuron_index(column, j))
