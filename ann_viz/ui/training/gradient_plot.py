"""Per-layer gradient size over time (log scale): vanishing gradients made visible.

The deep sigmoid lesson shows the first layers' ||dL/dW|| orders of magnitude below
the last layer's; its ReLU twin does not.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.train import Snapshot, layer_gradient_norms
from ..language import Retranslatable
from .live_plot import GRADIENT_PHASE_S, SteppedRange, ms_to_phase, speed_up_axes
from .series import DecimatedSeries

COLOURS = ["#2a82da", "#e07b24", "#4f9d69", "#b5566b", "#8a6bb8", "#c9a227", "#3aa6a6", "#7f7f7f"]


class GradientPlot(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(background=None)
        self.plot.setLogMode(y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.retranslate()
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        speed_up_axes(self.plot.getPlotItem())
        self.range = SteppedRange(self.plot.getPlotItem(), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.series: dict[str, DecimatedSeries] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.redraws = 0
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.timeout.connect(self._draw)

    def retranslate(self) -> None:
        self.plot.setLabel("bottom", QCoreApplication.translate("GradientPlot", "epoch"))
        self.plot.setLabel("left", QCoreApplication.translate("GradientPlot", "||dL/dW|| per layer"))

    @Slot()
    def clear(self) -> None:
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.legend.clear()
        self.series, self.curves = {}, {}

    @Slot(object)
    def add_snapshot(self, snapshot: Snapshot) -> None:
        norms = layer_gradient_norms(snapshot)
        for name, norm in norms.items():
            if norm <= 0:
                continue  # log scale: a zero gradient has no place on it
            if name not in self.series:
                self.series[name] = DecimatedSeries(limit=5000)
                pen = pg.mkPen(COLOURS[len(self.curves) % len(COLOURS)], width=2)
                self.curves[name] = self.plot.plot(pen=pen, name=name)
            self.series[name].extend(np.array([float(snapshot.epoch)]), np.array([norm]))
        if norms and not self._redraw.isActive():
            # Half a period after the loss plot's redraws: their repaints never share an event-loop turn.
            self._redraw.start(ms_to_phase(GRADIENT_PHASE_S))

    def _draw(self) -> None:
        self.redraws += 1
        for name, curve in self.curves.items():
            curve.setData(self.series[name].x, self.series[name].y)
        self.range.fit([(s.x, s.y) for s in self.series.values()])
