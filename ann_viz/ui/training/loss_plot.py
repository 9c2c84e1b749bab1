"""Loss (train, validation) and accuracy against epoch, with a log-y toggle and hover read-out."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..language import Retranslatable
from .live_plot import LOSS_PHASE_S, SteppedRange, ms_to_phase, speed_up_axes
from .series import DecimatedSeries


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPlot", text)


class LossPlot(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(background=None)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.getAxis("left").enableAutoSIPrefix(False)  # "loss (x0.001)" confuses students
        self.plot.addLegend(offset=(-10, 10))
        speed_up_axes(self.plot.getPlotItem())
        self.range = SteppedRange(self.plot.getPlotItem(), self)
        self.series = {name: DecimatedSeries() for name in ("train", "val", "accuracy")}
        self.curves = {
            "train": self.plot.plot(pen=pg.mkPen("#2a82da", width=2), name=_tr("train loss")),
            "val": self.plot.plot(pen=pg.mkPen("#e07b24", width=2), name=_tr("validation loss")),
        }
        self._show_in_legend("val", False)  # listed once a validation split gives it values
        self.log_y = QCheckBox()
        self.log_y.toggled.connect(lambda on: self.plot.setLogMode(y=on))
        self.readout = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.log_y)
        top.addStretch(1)
        top.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        # What to try when a run ended on a plateau: beside the flat curve, where the student looks
        # (beside, not above: the plot keeps its height in a short dock).
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.note.setStyleSheet("color: #b06000;")
        self.note.hide()
        self.note_area = QScrollArea()  # a short dock scrolls the note rather than clipping it
        self.note_area.setWidget(self.note)
        self.note_area.setWidgetResizable(True)
        self.note_area.setFrameShape(QScrollArea.NoFrame)
        self.note_area.hide()
        row = QHBoxLayout()
        row.addWidget(self.plot, 3)
        row.addWidget(self.note_area, 2)
        layout.addLayout(row, 1)
        self.retranslate()
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._hover)
        self._dirty = False
        self.redraws = 0
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.timeout.connect(self._draw)

    @Slot(str)
    def set_note(self, text: str) -> None:
        """A sentence above the plot ("" hides it); the caller gives it in the current language."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.note_area.setVisible(bool(text))

    def retranslate(self) -> None:
        self.plot.setLabel("bottom", _tr("epoch"))
        self.plot.setLabel("left", _tr("loss"))
        self.log_y.setText(_tr("log scale"))
        rename_curve(self.plot, self.curves["train"], _tr("train loss"))
        rename_curve(self.plot, self.curves["val"], _tr("validation loss"))
        self.readout.setText("")

    @Slot()
    def clear(self) -> None:
        for series in self.series.values():
            series.clear()
        for curve in self.curves.values():
            curve.setData([], [])
        self._show_in_legend("val", False)
        self.readout.setText("")

    @Slot(int)
    def truncate(self, kept: int) -> None:
        """Step back: only the first ``kept`` epochs' rows still hold."""
        for series in self.series.values():
            series.truncate(kept)
        self._dirty = True
        if not self._redraw.isActive():
            self._redraw.start(ms_to_phase(LOSS_PHASE_S))

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
            self._redraw.start(ms_to_phase(LOSS_PHASE_S))

    def _draw(self) -> None:
        """At most 10 redraws a second (each holds the GIL the trainer needs for 1-2 ms), at this
        plot's own phase so that it never repaints in the same event-loop turn as the gradient plot."""
        if not self._dirty:
            return
        self._dirty = False
        self.redraws += 1
        for name, curve in self.curves.items():
            s = self.series[name]
            curve.setData(s.x, s.y)
        self._show_in_legend("val", len(self.series["val"]) > 0)
        self.range.fit([(s.x, s.y) for name, s in self.series.items() if name in self.curves])

    def _show_in_legend(self, name: str, shown: bool) -> None:
        """A curve without values stays out of the legend (a run without a validation split)."""
        legend, curve = self.plot.getPlotItem().legend, self.curves[name]
        if (legend.getLabel(curve) is not None) != shown:
            legend.addItem(curve, curve.opts["name"]) if shown else legend.removeItem(curve)

    def redraw_now(self) -> None:
        """Draw what was appended at once, not at the plot's next redraw (a film's frames)."""
        self._redraw.stop()
        self._dirty = True
        self._draw()

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


def rename_curve(plot: pg.PlotWidget, curve: pg.PlotDataItem, name: str) -> None:
    """A curve's name, in the plot's legend too."""
    curve.opts["name"] = name
    legend = plot.getPlotItem().legend
    label = legend.getLabel(curve) if legend is not None else None
    if label is not None:
        label.setText(name)
        legend.updateSize()
