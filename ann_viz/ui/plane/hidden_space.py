"""Hidden space: the data points and a warped grid of the input plane, placed by the values of
two (or three) neurons of a hidden layer, with the next layer's separating line drawn there.

In XOR's hidden layer the four corners move until one straight line, the output
neuron's, separates the classes: the hidden layer made XOR linearly separable.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget

from ...core.boundary import hidden_boundary, next_linear
from .base import PlaneView
from .hidden_space_3d import HiddenSpace3D, gl_available
from .plot_items import NeuronLineItems, corner_text, make_plot, point_style
from ..caption_box import caption_box

GRID_LINES = 20  # warped grid lines each way
BOUNDARY_COLOUR = "#101010"


def hidden_nodes(network) -> list[int]:
    """Nodes with at least two neurons to place points by (not Input, Output or Dropout)."""
    return [i for i, kind in enumerate(network.kinds)
            if i > 0 and kind not in ("output", "dropout") and network.widths[i] >= 2]


def default_hidden(network) -> int | None:
    nodes = hidden_nodes(network)
    activated = [i for i in nodes if network.kinds[i] != "linear"]
    return (activated or nodes or [None])[0]


def warped_grid(frame, node: int, neurons: list[int]) -> np.ndarray:
    """Grid lines of the input plane mapped into the chosen neurons: (points, len(neurons)),
    lines separated by NaN rows (for connect="finite")."""
    grid = frame.grid
    images = [frame.grid_image(node, k) for k in neurons]
    step = max(1, grid.resolution // GRID_LINES)
    index = np.unique(np.r_[np.arange(0, grid.resolution, step), grid.resolution - 1])
    coords = []
    for image in images:
        rows = image[index, :]  # lines of constant x2
        cols = image[:, index].T  # lines of constant x1
        block = np.concatenate([rows, cols])
        coords.append(np.concatenate([block, np.full((len(block), 1), np.nan, np.float32)], axis=1).ravel())
    return np.stack(coords, axis=1)


class HiddenSpaceView(PlaneView):
    export_name = "hidden-space"

    def __init__(self, source, parent=None):
        super().__init__(source, parent)
        self.layer = QComboBox()
        self.axes = [QComboBox() for _ in range(3)]
        self.layer_label = QLabel()
        self.axis_labels = [QLabel() for _ in self.axes]
        self.header.addWidget(self.layer_label)
        self.header.addWidget(self.layer)
        choices = QHBoxLayout()  # a second row: the dock stays narrow
        choices.setContentsMargins(4, 0, 4, 0)
        for label, combo in zip(self.axis_labels, self.axes):
            choices.addWidget(label)
            choices.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _: self._redraw())
        choices.addStretch(1)
        self.body.addLayout(choices)
        self.layer.currentIndexChanged.connect(lambda _: self._layer_changed())
        self.finish_header()
        self.plot = make_plot("", "", aspect=False)
        self.grid_curve = pg.PlotCurveItem(connect="finite", pen=pg.mkPen(110, 110, 110, 200, width=1))
        self.plot.addItem(self.grid_curve)
        self.scatter = pg.ScatterPlotItem()
        self.scatter.setZValue(20)
        self.plot.addItem(self.scatter)
        self.boundary = NeuronLineItems(self.plot, BOUNDARY_COLOUR)
        self.epoch_text = corner_text(self.plot)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.view_3d: HiddenSpace3D | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.body.addWidget(self.stack, 1)
        self.body.addWidget(caption_box(self.caption))
        self.use_context_menu(self.plot)
        self._network = None
        self.line = None  # the boundary drawn (NeuronLine in the chosen coordinates), for tests
        self.points_xy = None  # the drawn data points' coordinates
        source.setup_changed.connect(self._fill_layers)
        self.retranslate()

    def retranslate(self) -> None:
        self.layer.setToolTip(self.tr("The hidden layer whose neurons give the coordinates"))
        self.layer_label.setText(self.tr("Layer:"))
        for label, text in zip(self.axis_labels, (self.tr("x:"), self.tr("y:"), self.tr("z:"))):
            label.setText(text)
        self.axes[2].setToolTip(self.tr("A third neuron gives a 3-D view (needs OpenGL)"))
        for combo in self.axes:
            for i in range(combo.count()):
                combo.setItemText(i, self._neuron_choice(combo.itemData(i)))
        super().retranslate()

    def _neuron_choice(self, k: int) -> str:
        return self.tr("none (2-D)") if k < 0 else self.tr("neuron %1").replace("%1", str(k + 1))

    # ----- choices --------------------------------------------------------------------------------
    def _fill_layers(self) -> None:
        network = self.source.network
        self._network = network
        self.layer.blockSignals(True)
        self.layer.clear()
        if network is not None:
            for i in hidden_nodes(network):
                self.layer.addItem(f"{network.node_names[i]} ({network.widths[i]})", i)
            self.layer.setCurrentIndex(max(0, self.layer.findData(default_hidden(network))))
        self.layer.blockSignals(False)
        self._layer_changed()

    def _layer_changed(self) -> None:
        node, network = self.layer.currentData(), self._network
        width = network.widths[node] if network is not None and node is not None else 0
        for a, combo in enumerate(self.axes):
            combo.blockSignals(True)
            combo.clear()
            for k in ([-1] if a == 2 else []) + list(range(width)):
                combo.addItem(self._neuron_choice(k), k)
            combo.setCurrentIndex(min(a, combo.count() - 1) if a < 2 else 0)
            combo.blockSignals(False)
        self._redraw()

    def choose(self, node_name: str, x: int, y: int, z: int = -1) -> None:
        """Pick the layer and neurons (0-based; z -1 for 2-D), as the combo boxes do."""
        self.layer.setCurrentIndex(self.layer.findData(self._network.index_of(node_name)))
        for combo, k in zip(self.axes, (x, y, z)):
            combo.setCurrentIndex(combo.findData(k))

    def chosen(self) -> tuple[int | None, list[int]]:
        neurons = [c.currentData() for c in self.axes]
        return self.layer.currentData(), [k for k in neurons if k is not None and k >= 0]

    # ----- drawing ----------------------------------------------------------------------------------
    def show_frame(self, frame) -> None:
        self.frame = frame
        if frame.network is not self._network:
            self._fill_layers()
            return
        self._redraw()

    def _redraw(self) -> None:
        frame = self.frame
        node, neurons = self.chosen()
        if frame is None or node is None or len(neurons) < 2 or frame.network is not self._network:
            return
        values = frame.data_values(node)
        mean = values.mean(axis=1)
        self.line = hidden_boundary(frame.network, frame.params, node, neurons, mean)
        note = ""
        if len(neurons) == 3:
            if gl_available():
                self._draw_3d(frame, node, neurons)
                self._set_caption(self._caption(frame, node, neurons))
                return
            note = self.tr("3-D needs OpenGL, which is not available here: showing the first two neurons. ")
            neurons = neurons[:2]
            self.line = hidden_boundary(frame.network, frame.params, node, neurons, mean)
        self.stack.setCurrentWidget(self.plot)
        self._draw_2d(frame, node, neurons)
        self.epoch_text.set_text(self.tr("epoch %1").replace("%1", str(frame.epoch)))
        self._set_caption(note + self._caption(frame, node, neurons))

    def _set_caption(self, text: str) -> None:
        if text != self.caption.text():  # a new text re-lays out the dock: only when it changes
            self.caption.setText(text)

    def _draw_2d(self, frame, node: int, neurons: list[int]) -> None:
        name = frame.network.node_names[node]
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("%1 neuron %2").replace("%1", name).replace("%2", str(neurons[0] + 1)),
                      color="#303030")
        item.setLabel("left", self.tr("%1 neuron %2").replace("%1", name).replace("%2", str(neurons[1] + 1)),
                      color="#303030")
        self.points_xy = frame.data_values(node)[neurons].T
        self.scatter.setData(self.points_xy[:, 0], self.points_xy[:, 1], **point_style(frame.points))
        extent = [self.points_xy]
        if frame.grid is not None:
            warped = warped_grid(frame, node, neurons)
            self.grid_curve.setData(warped[:, 0], warped[:, 1])
            extent.append(warped[np.isfinite(warped[:, 0])])
        else:
            self.grid_curve.setData([], [])
        both = np.concatenate(extent)
        lo, hi = both.min(axis=0), both.max(axis=0)
        pad = np.maximum((hi - lo) * 0.06, 1e-3)
        bounds = tuple(float(v) for v in (lo[0] - pad[0], hi[0] + pad[0], lo[1] - pad[1], hi[1] + pad[1]))
        item.vb.setRange(xRange=bounds[:2], yRange=bounds[2:], padding=0)
        if self.line is not None:
            self.boundary.set_line(self.line.w, self.line.b, bounds)
        else:
            self.boundary.set_visible(False)

    def _draw_3d(self, frame, node: int, neurons: list[int]) -> None:
        if self.view_3d is None:
            self.view_3d = HiddenSpace3D()
            self.stack.addWidget(self.view_3d)
        self.stack.setCurrentWidget(self.view_3d)
        self.points_xy = frame.data_values(node)[neurons].T
        warped = warped_grid(frame, node, neurons) if frame.grid is not None else None
        self.view_3d.show_points(self.points_xy, frame.points, warped, self.line)

    def _caption(self, frame, node: int, neurons: list[int]) -> str:
        network = frame.network
        text = self.tr("Points: the data placed by these neurons' values (filled: training, "
                       "hollow: validation/test)")
        if frame.grid is not None:
            text += self.tr("; grey: the input plane's grid lines, bent by the layers up to here")
        text += ". "
        nxt = next_linear(network, node)
        if self.line is not None:
            held = network.widths[node] > len(neurons)
            text += self.tr("Black line: where %1 (the next layer) gives 0, w . h + b = 0; '+' marks its positive "
                            "side.").replace("%1", network.node_names[nxt])
            if held:
                text += " " + self.tr("The other neurons are held at their mean.")
        elif nxt is not None:
            text += self.tr("The next layer, %1, has %2 units: no single separating line.").replace(
                "%1", network.node_names[nxt]).replace("%2", str(network.widths[nxt]))
        else:
            text += self.tr("No Linear layer reads this one directly: no separating line.")
        return text

    def export_target(self):
        current = self.stack.currentWidget()
        return current.view if current is self.view_3d else current  # the GL widget itself: captured by frame buffer
