"""A 2-D picture of a wide layer: its values at the data points projected on their first two
principal components (PCA by SVD, in the core), coloured by class."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.boundary import class_colour, fit_pca
from ..language import Retranslatable
from .plot_items import corner_text, make_plot, point_style


def projection_nodes(network) -> list[int]:
    """Layers worth projecting: the input and every node but Output and Dropout."""
    return [i for i, kind in enumerate(network.kinds) if kind not in ("output", "dropout")]


def default_node(network) -> int:
    """The first hidden layer after its activation (else the first node after the input)."""
    nodes = projection_nodes(network)
    for i in nodes:
        if i > 0 and network.kinds[i] != "linear" and network.widths[i] > 1:
            return i
    return nodes[1] if len(nodes) > 1 else nodes[0]


class Projection(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.layer = QComboBox()
        self.layer.currentIndexChanged.connect(lambda _: self._redraw())
        top = QHBoxLayout()
        self.layer_label = QLabel()
        top.addWidget(self.layer_label)
        top.addWidget(self.layer)
        top.addStretch(1)
        self.plot = make_plot("PC1", "PC2", aspect=False)
        self.scatter = pg.ScatterPlotItem()
        self.plot.addItem(self.scatter)
        self.legend = pg.LegendItem(offset=(-5, 5), labelTextColor="#303030", brush=pg.mkBrush(255, 255, 255, 200))
        self.legend.setParentItem(self.plot.getPlotItem().vb)
        self.epoch_text = corner_text(self.plot)
        self.canvas = QWidget()
        canvas = QVBoxLayout(self.canvas)
        canvas.setContentsMargins(0, 0, 0, 0)
        canvas.addWidget(self.plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.frame = None
        self.pca = None
        self.scores = None
        self._network = None
        self._legend_for = None
        self.retranslate()

    def retranslate(self) -> None:
        """The words that stay; those of the frame come with it (the neuron maps view shows it again)."""
        self.layer.setToolTip(self.tr("The layer whose values are projected"))
        self.layer_label.setText(self.tr("Layer:"))

    def _fill_layers(self, network) -> None:
        self._network = network
        self.layer.blockSignals(True)
        self.layer.clear()
        for i in projection_nodes(network):
            self.layer.addItem(f"{network.node_names[i]} ({network.widths[i]})", i)
        self.layer.setCurrentIndex(max(0, self.layer.findData(default_node(network))))
        self.layer.blockSignals(False)

    def show_frame(self, frame) -> None:
        self.frame = frame
        if frame.network is not self._network:
            self._fill_layers(frame.network)
        self._redraw()

    def _redraw(self) -> None:
        frame = self.frame
        node = self.layer.currentData()
        if frame is None or node is None:
            return
        points = frame.points
        self.pca = fit_pca(frame.data_values(node).T, 2)
        self.scores = self.pca.transform(frame.data_values(node).T)
        self.scatter.setData(self.scores[:, 0], self.scores[:, 1], **point_style(points, 7))
        ratio = self.pca.explained_ratio
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("PC1 (%1% of the variance)").replace("%1", f"{100 * ratio[0]:.0f}"),
                      color="#303030")
        item.setLabel("left", self.tr("PC2 (%1%)").replace("%1", f"{100 * ratio[1]:.0f}"), color="#303030")
        self._fill_legend(points)
        self.epoch_text.set_text(self.tr("epoch %1").replace("%1", str(frame.epoch)))
        note = (self.tr("Each point is one sample (filled: training, hollow: validation/test), placed by the "
                        "values of layer %1 along their two main directions of variation (PCA). Classes drawn "
                        "apart here are easy for the next layers to separate.")
                .replace("%1", frame.network.node_names[node]))
        if note != self.note.text():
            self.note.setText(note)

    def _fill_legend(self, points) -> None:
        if self._legend_for is points or points.task == "regression":
            return
        self._legend_for = points
        self.legend.clear()
        names = points.class_names or tuple(str(c) for c in range(points.n_classes))
        for c, name in enumerate(names):
            sample = pg.ScatterPlotItem(symbol="o", size=8, brush=pg.mkBrush(class_colour(c)), pen=pg.mkPen("#303030"))
            self.legend.addItem(sample, name)
