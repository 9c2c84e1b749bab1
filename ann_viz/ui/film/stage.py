"""The film's picture: the neuron view, the loss curve and the input plane side by side, fed one
film frame at a time (never by the live trainer) and grabbed as an RGB image."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from ...core.film import FilmFrame
from ...core.project import Project
from ..document import Document
from ..network.panel import NetworkPanel
from ..plane.input_plane import InputPlaneView
from ..plane.source import PlaneSource
from ..training.loss_plot import LossPlot

FILM_SIZE = (960, 544)  # about 16:9, multiples of 16 (H.264 needs no padding)


class _Feed(QObject):
    """What the plane source listens to in the app (the training controller), here silent:
    the stage hands it each frame itself."""

    snapshot_changed = Signal(object)
    history_cleared = Signal()
    weights_changed = Signal(object)
    latest = None


class FilmStage(QWidget):
    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WA_DontShowOnScreen)  # laid out and painted, never on screen
        self.setFixedSize(*FILM_SIZE)
        self.setAutoFillBackground(True)
        self.document = Document(project, self)
        self.network = NetworkPanel(self)
        self.network.set_document(self.document)
        self.loss = LossPlot(self)
        self.source = PlaneSource(_Feed(self), self.document, self)
        self.plane = InputPlaneView(self.source, self)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.network, 0, 0)
        layout.addWidget(self.loss, 1, 0)
        layout.addWidget(self.plane, 0, 1, 2, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(0, 3)
        layout.setRowStretch(1, 2)
        self._hide_controls()
        self.source.reload()
        self.show()  # WA_DontShowOnScreen: this only lays the views out

    def _hide_controls(self) -> None:
        """A film shows the pictures, not the buttons and hints around them."""
        side = self.network.split.widget(1)  # the legend and the inspector tabs (chain rule, gradient check)
        for widget in (self.network.controls, self.network.timeline, side, self.loss.log_y, self.loss.readout,
                       self.plane.export_button, self.plane.caption_box, self.plane.readout):
            widget.hide()
        self.plane.controls_shown = False

    def render(self, frame: FilmFrame) -> np.ndarray:
        """Show ``frame`` in every view and return the picture as RGB [H, W, 3] uint8."""
        if len(frame.history):
            self.loss.append(frame.history)
            self.loss.redraw_now()
        self.network.add_snapshot(frame.snapshot)
        self.network.redraw()
        self.source.draw_now(frame.snapshot)
        self.plane.epoch_text.flush()
        QApplication.sendPostedEvents()  # the plots' items move and re-text through posted events
        image = self.grab().toImage().convertToFormat(QImage.Format_RGB888)
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
        return rows[:, :width * 3].reshape(height, width, 3).copy()
