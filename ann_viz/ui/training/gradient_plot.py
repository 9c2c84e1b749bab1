"""Per-layer gradient size over time (log scale): vanishing gradients made visible.

The deep sigmoid lesson shows the first layers' ||dL/dW|| orders of magnitude below
the last layer's; its ReLU twin does not. Points come from the history (every epoch of
every engine, columns 4.. of the rows); snapshots only name the layers.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.train import Snapshot
from ..language import Retranslatable
from ..log_axis import SparseLogAxis
from .live_plot import GRADIENT_PHASE_S, SteppedRange, ms_to_phase, speed_up_axes
from .loss_plot import rename_curve
from .series import DecimatedSeries

FIRST_GRADIENT_COLUMN = 4  # history rows: epoch, train loss, val loss, accuracy, then one per layer

COLOURS = ["#2a82da", "#e07b24", "#4f9d69", "#b5566b", "#8a6bb8", "#c9a227", "#3aa6a6", "#7f7f7f"]


class GradientPlot(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(background=None, axisItems={"left": SparseLogAxis("left")})  # 1, 2, 5 labelled
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
        self.series: dict[int, DecimatedSeries] = {}  # by layer (history column)
        self.curves: dict[int, pg.PlotDataItem] = {}
        self.names: list[str] = []
        self.redraws = 0
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.timeout.connect(self._draw)

    def retranslate(self) -> None:
        self.plot.setLabel("bottom", QCoreApplication.translate("GradientPlot", "epoch"))
        self.plot.setLabel("left", QCoreApplication.translate("GradientPlot", "||dL/dW|| per layer"))

    @Slot()
    def clear(self) -> None:
        """Empty the curves but keep them: a new run of the same network reuses them (creating
        a curve costs ~20 ms of the GUI thread, at the very moment a run starts)."""
        for i, curve in self.curves.items():
            self.series[i].clear()
            curve.setData([], [])
        self.names: list[str] = []

    def _drop_curves_from(self, count: int) -> None:
        """Layers the current network no longer has leave the plot and its legend."""
        for i in [i for i in self.curves if i >= count]:
            self.plot.removeItem(self.curves.pop(i))
            del self.series[i]

    @Slot(object)
    def add_snapshot(self, snapshot: Snapshot) -> None:
        """Learn the layers' names (the history's gradient columns follow the weights' order)."""
        names = [name.rsplit(".", 1)[0] for name in snapshot.params if name.endswith(".weight")]
        if names == self.names:
            return
        self.names = names
        self._drop_curves_from(len(names))
        for i, curve in self.curves.items():
            if i < len(names):
                rename_curve(self.plot, curve, names[i])

    @Slot(int)
    def truncate(self, kept: int) -> None:
        """Step back: only the first ``kept`` epochs' rows still hold."""
        for series in self.series.values():
            series.truncate(kept)
        if self.series and not self._redraw.isActive():
            self._redraw.start(ms_to_phase(GRADIENT_PHASE_S))

    @Slot(object)
    def append(self, rows: np.ndarray) -> None:
        """History rows (epoch, train, val, accuracy, ||dL/dW|| per layer...)."""
        epochs = rows[:, 0]
        for i in range(rows.shape[1] - FIRST_GRADIENT_COLUMN):
            norms = rows[:, FIRST_GRADIENT_COLUMN + i]
            shown = np.isfinite(norms) & (norms > 0)  # log scale: a zero gradient has no place on it
            if not shown.any():
                continue
            if i not in self.series:
                self.series[i] = DecimatedSeries(limit=5000)
                pen = pg.mkPen(COLOURS[i % len(COLOURS)], width=2)
                name = self.names[i] if i < len(self.names) else f"#{i + 1}"
                self.curves[i] = self.plot.plot(pen=pen, name=name)
            self.series[i].extend(epochs[shown], norms[shown])
        if self.series and not self._redraw.isActive():
            # Half a period after the loss plot's redraws: their repaints never share an event-loop turn.
            self._redraw.start(ms_to_phase(GRADIENT_PHASE_S))

    def _draw(self) -> None:
        self.redraws += 1
        for i, curve in self.curves.items():
            curve.setData(self.series[i].x, self.series[i].y)
        self.range.fit([(s.x, s.y) for s in self.series.values()])
