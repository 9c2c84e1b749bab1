"""Every neuron's activation over the input plane: one row of thumbnails per layer, enlarged on
hover, pinned on click. All maps come from the frame's one batched forward of the grid.

Data that are not 2-D get a 2-D projection (PCA) of a hidden layer instead.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QLabel, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from ...core.boundary import first_linear, neuron_colour
from ...core.graph import ACTIVATION_KINDS
from ..figure_export import export_widget_image
from .base import PlaneView
from .colours import SIGNED_RGBA, apply_lut
from .mosaic import Mosaic
from .neuron_figure import neuron_figure, row_text
from .plot_items import NeuronLineItems, SquareBox, fixed_range, grid_rect, make_plot, point_style
from .projection import Projection
from ..caption_box import caption_box

THUMBNAIL_PIXELS = 50
BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0)}


def map_nodes(network, with_z: bool) -> list[int]:
    """Nodes that get a row: all but Input, Output and Dropout; a Linear whose only reader is an
    activation is left out unless ``with_z`` (its neurons appear, activated, in the next row)."""
    rows = []
    for i, kind in enumerate(network.kinds):
        if i == 0 or kind in ("output", "dropout"):
            continue
        readers = network.consumers[i]
        if kind == "linear" and not with_z and len(readers) == 1 and network.kinds[readers[0]] in ACTIVATION_KINDS:
            continue
        rows.append(i)
    return rows


def first_layer_family(network) -> set[int]:
    """The first Linear and the element-wise nodes right after it: neuron k is the line's neuron k."""
    first = first_linear(network)
    if first is None:
        return set()
    family, node = {first}, first
    while len(network.consumers[node]) == 1 and network.kinds[network.consumers[node][0]] in ACTIVATION_KINDS:
        node = network.consumers[node][0]
        family.add(node)
    return family


def layer_levels(kind: str, values: np.ndarray) -> tuple[float, float]:
    """Colour range: fixed for bounded activations, else symmetric around 0 over the whole layer."""
    if kind in BOUNDED:
        return BOUNDED[kind]
    top = float(np.nanmax(np.abs(values))) if values.size else 1.0
    top = top if np.isfinite(top) and top > 0 else 1.0
    return -top, top


class NeuronMapsView(PlaneView):
    export_name = "neuron-maps"

    def __init__(self, source, parent=None):
        super().__init__(source, parent)
        self.with_z = QCheckBox()
        self.with_z.toggled.connect(self._rebuild_rows)
        self.header.addWidget(self.with_z)
        self.finish_header()
        self.rows: list[tuple[int, QLabel, Mosaic]] = []
        self.levels: dict[int, tuple[float, float]] = {}
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(2, 2, 2, 2)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)
        scroll.setMinimumHeight(48)  # a row of thumbnails; the dock stays short enough for 1280x720
        self.preview = make_plot("x1", "x2")
        self.preview_image = pg.ImageItem(axisOrder="row-major")
        self.preview_values: np.ndarray | None = None  # the shown neuron's values over the grid
        self.preview.addItem(self.preview_image)
        self.preview_points = pg.ScatterPlotItem()
        self.preview_points.setZValue(20)
        self.preview.addItem(self.preview_points)
        self.preview_line = NeuronLineItems(self.preview, neuron_colour(0))
        self.preview_line.set_visible(False)
        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(SquareBox(self.preview), 1)
        side_layout.addWidget(caption_box(self.preview_caption))
        self.maps_page = QSplitter(Qt.Vertical)  # docks are narrow: thumbnails above, the big map below
        self.maps_page.addWidget(scroll)
        self.maps_page.addWidget(side)
        self.maps_page.setStretchFactor(0, 1)
        self.maps_page.setStretchFactor(1, 1)
        self.projection = Projection()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.maps_page)
        self.stack.addWidget(self.projection)
        self.body.addWidget(self.stack)
        self.use_context_menu(self.preview)
        self.pinned: tuple[int, int] | None = None
        self.hovered: tuple[int, int] | None = None
        self._network = None
        self._inputs = None
        source.setup_changed.connect(self._rebuild_rows)
        self.retranslate()

    def retranslate(self) -> None:
        self.with_z.setText(self.tr("Pre-activations (z)"))
        self.with_z.setToolTip(self.tr("Also show each Linear layer's z = W a + b before its activation"))
        super().retranslate()

    # ----- rows -----------------------------------------------------------------------------------
    def _rebuild_rows(self) -> None:
        for _, label, mosaic in self.rows:
            label.deleteLater()
            mosaic.deleteLater()
        self.rows = []
        network = self.source.network
        self._network = network
        self.pinned = self.hovered = None
        if network is None:
            return
        for node in map_nodes(network, self.with_z.isChecked()):
            label = QLabel()
            label.setWordWrap(True)
            mosaic = Mosaic(tile_px=56)
            mosaic.hovered.connect(lambda k, n=node: self._hover(n, k))
            mosaic.clicked.connect(lambda k, n=node: self._click(n, k))
            at = self.rows_layout.count() - 1  # before the stretch
            self.rows_layout.insertWidget(at, label)
            self.rows_layout.insertWidget(at + 1, mosaic)
            self.rows.append((node, label, mosaic))
        if self.rows:
            first = self.rows[0][0]
            self.pinned = (first, 0)
        if self.frame is not None and self.frame.network is network:
            self.show_frame(self.frame)

    # ----- drawing ----------------------------------------------------------------------------------
    def show_frame(self, frame) -> None:
        self.frame = frame
        if frame.grid is None:
            self.stack.setCurrentWidget(self.projection)
            self.projection.show_frame(frame)
            return
        self.stack.setCurrentWidget(self.maps_page)
        if frame.network is not self._network:
            self._rebuild_rows_for(frame.network)
        grid = frame.grid
        stride = max(1, grid.resolution // THUMBNAIL_PIXELS)
        n = frame.inputs.n_data
        for node, label, mosaic in self.rows:
            kind = frame.network.kinds[node]
            block = frame.values[node][:, n:].reshape(-1, grid.resolution, grid.resolution)
            thumbs = block[:, ::-stride, ::stride]  # row 0 at the top for QImage
            lo, hi = layer_levels(kind, thumbs)
            self.levels[node] = (lo, hi)
            mosaic.set_tiles(apply_lut(thumbs, lo, hi), [neuron_colour(k) for k in range(len(thumbs))])
            text = row_text(frame.network.node_names[node], kind, len(thumbs), lo, hi)
            if text != label.text():  # a new text re-lays out the rows: only when it changes
                label.setText(text)
        if frame.inputs is not self._inputs:
            self._inputs = frame.inputs
            self.preview_points.setData(frame.points.x[:, 0], frame.points.x[:, 1], **point_style(frame.points, 7))
            names = frame.points.feature_names
            self.preview.getPlotItem().setLabel("bottom", names[0], color="#303030")
            self.preview.getPlotItem().setLabel("left", names[1], color="#303030")
            fixed_range(self.preview, grid.bounds)
        self._draw_preview()

    def _rebuild_rows_for(self, network) -> None:
        self._network = network
        self._rebuild_rows()

    def _hover(self, node: int, k: int) -> None:
        self.hovered = (node, k) if k >= 0 else None
        self._draw_preview()

    def _click(self, node: int, k: int) -> None:
        self.pinned = (node, k)
        for n, _, mosaic in self.rows:
            mosaic.selected = k if n == node else -1
            mosaic.update()
        self._draw_preview()

    def _draw_preview(self) -> None:
        frame, target = self.frame, self.hovered or self.pinned
        if frame is None or frame.grid is None or target is None or target[0] not in self.levels:
            return
        node, k = target
        if k >= frame.network.widths[node]:
            return
        self.preview_values = frame.grid_image(node, k)
        self.preview_image.setImage(apply_lut(self.preview_values, *self.levels[node], SIGNED_RGBA),
                                    autoLevels=False, levels=None, lut=None)
        self.preview_image.setRect(grid_rect(frame.grid))
        on_line = node in first_layer_family(frame.network)  # the first layer's neuron k: its line too
        self.preview_line.set_visible(on_line)
        if on_line:
            name = frame.network.node_names[first_linear(frame.network)]
            w = np.asarray(frame.params[f"{name}.weight"])[k]
            bias = frame.params.get(f"{name}.bias")
            self.preview_line.curve.setPen(pg.mkPen(neuron_colour(k), width=2.5))
            self.preview_line.set_line(w, float(bias[k]) if bias is not None else 0.0, frame.grid.bounds)
        name = frame.network.node_names[node]
        lo, hi = self.levels[node]
        state = self.tr("pinned; hover another to compare") if target == self.pinned else self.tr("click to pin")
        self._set_caption(self.tr("<b>%1, neuron %2</b> over the input plane (blue high, orange low, %3 to %4); %5")
                          .replace("%1", name).replace("%2", str(k + 1)).replace("%3", f"{lo:.3g}")
                          .replace("%4", f"{hi:.3g}").replace("%5", state))

    def _set_caption(self, text: str) -> None:
        if text != self.preview_caption.text():
            self.preview_caption.setText(text)

    def export_target(self):
        """The projection's plot, or (2-D data) a figure of every neuron's map, built for the export."""
        if self.stack.currentWidget() is self.projection:
            return self.projection.canvas
        return neuron_figure(self)

    def export_to(self, path) -> None:
        target = self.export_target()
        try:
            export_widget_image(target, path)
        finally:
            if target is not self.projection.canvas:
                target.deleteLater()
