"""First-layer weights as pictures, for inputs that are images rather than points in a plane.

Each tile is one neuron: its incoming weights laid out like the input (8x8 or 28x28
pixels), blue where a bright pixel raises the neuron's z, orange where it lowers it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...core.boundary import first_linear, neuron_colour, square_side, weight_images
from .colours import apply_lut, qimage
from .mosaic import Mosaic

PREVIEW_PX = 168


class WeightImages(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.mosaic = Mosaic(tile_px=48)
        self.mosaic.hovered.connect(self._hovered)
        self.mosaic.clicked.connect(self._clicked)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mosaic)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_PX, PREVIEW_PX)
        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        side = QWidget()
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.preview)
        side_layout.addWidget(self.preview_caption, 1)
        split = QSplitter(Qt.Vertical)  # docks are narrow: tiles above, the enlarged one below
        split.addWidget(scroll)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.images = np.zeros((0, 1, 1))
        self.scale = 1.0
        self.layer = ""
        self._pinned = -1

    def show_frame(self, frame) -> None:
        network = frame.network
        first = first_linear(network)
        features = network.n_inputs
        if first is None:
            self.note.setText(self.tr("The data have %1 input features, not 2: there is no input plane to "
                                      "draw, and no Linear layer reads the inputs directly.")
                              .replace("%1", str(features)))
            self.mosaic.set_tiles(np.zeros((0, 1, 1, 3), dtype=np.uint8))
            return
        self.layer = network.node_names[first]
        weight = np.asarray(frame.params[f"{self.layer}.weight"])
        self.images = weight_images(weight)
        self.scale = float(np.abs(weight).max()) or 1.0
        side = square_side(features)
        shape = self.tr("%1x%1 images").replace("%1", str(side)) if side else self.tr("a strip of %1 values").replace(
            "%1", str(features))
        if features == 1:  # a 1-D lesson (regression): no "1 input features ... a strip of 1 values"
            note = self.tr("The data have one input feature, not 2: no input plane to draw. Instead, each tile "
                           "shows one neuron of %2: its incoming weight as a colour (blue: positive, orange: "
                           "negative, white: 0; scale \u00b1%4). Hover or click a tile to enlarge it.")
        else:
            note = self.tr("The data have %1 input features, not 2: no input plane to draw. Instead, "
                           "each tile shows one neuron of %2: its %1 incoming weights as %3 (blue: "
                           "positive, orange: negative, white: 0; scale \u00b1%4). Hover or click a tile "
                           "to enlarge it.")
        self.note.setText(note.replace("%1", str(features)).replace("%2", self.layer).replace("%3", shape)
                          .replace("%4", f"{self.scale:.3g}"))
        tiles = apply_lut(self.images, -self.scale, self.scale)
        self.mosaic.tile_px = 48 if side else 96
        self.mosaic.set_tiles(tiles, [neuron_colour(k) for k in range(len(tiles))])
        self._show_preview(self._pinned if self._pinned >= 0 else 0)

    def _hovered(self, index: int) -> None:
        self._show_preview(index if index >= 0 else max(self._pinned, 0))

    def _clicked(self, index: int) -> None:
        self._pinned = -1 if index == self._pinned else index
        self.mosaic.selected = self._pinned
        self.mosaic.update()

    def _show_preview(self, index: int) -> None:
        if not 0 <= index < len(self.images):
            self.preview.clear()
            self.preview_caption.clear()
            return
        tile = apply_lut(self.images[index], -self.scale, self.scale)
        pixmap = QPixmap.fromImage(qimage(tile)).scaled(PREVIEW_PX, PREVIEW_PX, Qt.KeepAspectRatio,
                                                         Qt.FastTransformation)
        self.preview.setPixmap(pixmap)
        w = self.images[index]
        self.preview_caption.setText(self.tr("%1, neuron %2: weights from %3 to %4%5")
                                     .replace("%1", self.layer).replace("%2", str(index + 1))
                                     .replace("%3", f"{w.min():+.3f}").replace("%4", f"{w.max():+.3f}")
                                     .replace("%5", self.tr(" (pinned)") if index == self._pinned else ""))

    def export_target(self) -> QWidget:
        return self.mosaic
