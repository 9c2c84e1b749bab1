"""Loss (train, validation) and accuracy against epoch, with a log-y toggle and hover read-out."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QHBoxLayout, QWidget

from .series import DecimatedSeries


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPlot", text)


class LossPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(background=None)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLabel("bottom", _tr("epoch"))
        self.plot.setLabel("left", _tr("loss"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)  # "loss (x0.001)" confuses students
        self.plot.addLegend(offset=(-10, 10))
        self.series = {name: DecimatedSeries() for name in ("train", "val", "accuracy")}
        self.curves = {
            "train": self.plot.plot(pen=pg.mkPen("#2a82da", width=2), name=_tr("train loss")),
            "val": self.plot.plot(pen=pg.mkPen("#e07b24", width=2), name=_tr("validation loss")),
        }
        self.log_y = QCheckBox(_tr("log scale"))
        self.log_y.toggled.connect(lambda on: self.plot.setLogMode(y=on))
        self.readout = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.log_y)
        top.addStretch(1)
        top.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plot)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._hover)
        self._dirty = False
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(200)  # each redraw repaints the axes (~10 ms): 5 Hz is smooth enough
        self._redraw.timeout.connect(self._draw)
        for curve in self.curves.values():
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)

    @Slot()
    def clear(self) -> None:
        for series in self.series.values():
            series.clear()
        for curve in self.curves.values():
            curve.setData([], [])
        self.readout.setText("")

    @Slot(object)
    def append(self, rows: np.ndarray) -> None:
        epochs = rows[:, 0]
        self.series["train"].extend(epochs, rows[:, 1])
        finite = np.isfinite(rows[:, 2])
        if finite.any():
            self.series["val"].extend(epochs[finite], rows[finite, 2])
        finite = np.isfinite(rows[:, 3])
        if finite.any():
            self.series["accuracy"].extend(epochs[finite], rows[finite, 3])
        self._dirty = True
        if not self._redraw.isActive():
            self._redraw.start()

    def _draw(self) -> None:
        """At most ~12 redraws a second: a redraw holds the GIL the trainer needs."""
        if not self._dirty:
            return
        self._dirty = False
        for name, curve in self.curves.items():
            s = self.series[name]
            curve.setData(s.x, s.y)

    def _hover(self, event) -> None:
        pos = event[0]
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.getPlotItem().vb.mapSceneToView(pos).x()
        s = self.series["train"]
        if not len(s):
            return
        i = int(np.clip(np.searchsorted(s.x, x), 0, len(s) - 1))
        text = _tr("epoch %1: loss %2").replace("%1", f"{int(s.x[i])}").replace("%2", f"{s.y[i]:.6g}")
        self.readout.setText(text)

    def last_accuracy(self) -> float | None:
        s = self.series["accuracy"]
        return float(s.y[-1]) if len(s) else None
