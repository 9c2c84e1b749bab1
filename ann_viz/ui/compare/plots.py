"""The comparison's plots, every run in its colour: loss and accuracy over the epochs (a line marks the
timeline's epoch), and each layer's gradient size at that epoch (log scale: the vanishing gradient
is a line falling towards the input)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..language import Retranslatable
from ..log_axis import SparseLogAxis

COLOURS = ("#2a82da", "#e07b24", "#3aa655", "#c03c8c")
FLOOR = 1e-12  # log axes: zeros stay finite


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComparePlots", text)


def _plot(log_y: bool) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w", axisItems={"left": SparseLogAxis("left")} if log_y else None)
    plot.setMinimumHeight(120)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.showGrid(x=True, y=True, alpha=0.2)
    item.setLogMode(y=log_y)
    for side in ("bottom", "left"):
        item.getAxis(side).enableAutoSIPrefix(False)
    # A fixed width: an axis that sizes itself to its tick labels can oscillate with them (new width,
    # new ticks, new width...), relaying out and repainting the plot without end.
    item.getAxis("left").setWidth(56)  # room for "0.0001" and "1e-05"
    item.getAxis("bottom").setHeight(34)
    return plot


class ComparePlots(Retranslatable, QWidget):
    """``show_state(state, epoch)`` draws every run; ``set_epoch(epoch)`` moves the timeline's mark."""

    epoch_picked = Signal(int)  # the mark was dragged to this epoch

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_plot = _plot(True)
        self.accuracy_plot = _plot(False)
        self.accuracy_plot.setYRange(0, 1.02)
        self.grad_plot = _plot(True)
        self.legend = self.loss_plot.addLegend(offset=(-8, 8), labelTextSize="8pt")
        self.loss_curves: list[pg.PlotDataItem] = []
        self.accuracy_curves: list[pg.PlotDataItem] = []
        self.grad_curves: list[pg.PlotDataItem] = []
        # The timeline's epoch, also a handle: drag it on either plot to move the timeline.
        self.marks = [pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen("#606060", width=1.5, style=Qt.DashLine),
                                      hoverPen=pg.mkPen("#202020", width=3)) for _ in range(2)]
        for plot, mark in zip((self.loss_plot, self.accuracy_plot), self.marks):
            plot.addItem(mark, ignoreBounds=True)
            mark.sigDragged.connect(self._mark_dragged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for plot, stretch in ((self.loss_plot, 3), (self.accuracy_plot, 2), (self.grad_plot, 3)):
            layout.addWidget(plot, stretch)
        self.state = None
        self.epoch = 0
        self.names: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.loss_plot.setTitle(_tr("Training loss (log scale)"), size="9pt")
        self.accuracy_plot.setTitle(_tr("Training accuracy"), size="9pt")
        self.grad_plot.setTitle(_tr("Gradient size ||dL/dW|| per layer at the timeline's epoch (log)"), size="9pt")
        self.loss_plot.setLabel("bottom", _tr("epoch"))
        self.accuracy_plot.setLabel("bottom", _tr("epoch"))
        self.grad_plot.setLabel("bottom", _tr("layer (1 = next to the input)"))
        if self.state is not None:
            self.show_state(self.state, self.epoch, self.names)

    # ----- drawing -----------------------------------------------------------------------------
    def _ensure_curves(self, count: int, names: list[str]) -> None:
        if len(self.loss_curves) == count and names == self.names:
            return
        for plot, curves in ((self.loss_plot, self.loss_curves), (self.accuracy_plot, self.accuracy_curves),
                             (self.grad_plot, self.grad_curves)):
            for curve in curves:
                plot.removeItem(curve)
            curves.clear()
        self.legend.clear()
        self.names = list(names)
        for i in range(count):
            colour = COLOURS[i % len(COLOURS)]
            pen = pg.mkPen(colour, width=2)
            self.loss_curves.append(self.loss_plot.plot(pen=pen, name=names[i]))
            self.accuracy_curves.append(self.accuracy_plot.plot(pen=pen, symbol="o", symbolSize=3,
                                                                symbolBrush=colour, symbolPen=None))
            self.grad_curves.append(self.grad_plot.plot(pen=pen, symbol="o", symbolSize=7, symbolBrush=colour,
                                                        symbolPen=None))

    def show_state(self, state, epoch: int, names: list[str]) -> None:
        """Every run's curves from ``state`` (a CompareState); ``names``: the runs' shown labels."""
        self.state = state
        self._ensure_curves(len(state.runs), names)
        for run, loss, accuracy in zip(state.runs, self.loss_curves, self.accuracy_curves):
            epochs = np.arange(1, len(run.loss) + 1, dtype=float)
            loss.setData(epochs, np.maximum(np.nan_to_num(run.loss, nan=np.inf, posinf=1e30), FLOOR))
            keep = np.isfinite(run.accuracy)
            accuracy.setData(run.marks[keep].astype(float), run.accuracy[keep])
        self.loss_plot.setXRange(0, max(1, state.epochs), padding=0.01)
        self.accuracy_plot.setXRange(0, max(1, state.epochs), padding=0.01)
        self.set_epoch(epoch)

    def set_epoch(self, epoch: int) -> None:
        """Mark ``epoch`` and show each run's per-layer gradient sizes there (its last epoch if it ended sooner)."""
        self.epoch = epoch
        for mark in self.marks:
            mark.setValue(epoch)
        if self.state is None:
            return
        top = 1
        for run, curve in zip(self.state.runs, self.grad_curves):
            sizes = self.grad_sizes(run, epoch)
            top = max(top, len(sizes))
            curve.setData(np.arange(1, len(sizes) + 1, dtype=float), np.maximum(sizes, FLOOR))
        self.grad_plot.setXRange(0.7, top + 0.3, padding=0)
        self._layer_ticks(top)

    def _layer_ticks(self, top: int) -> None:
        """Whole layers only: their names where every run has the same layers, else their numbers."""
        layers = {run.layers for run in self.state.runs if run.layers}
        names = next(iter(layers)) if len(layers) == 1 else ()
        ticks = [(i, names[i - 1] if len(names) >= i else str(i)) for i in range(1, top + 1)]
        self.grad_plot.getPlotItem().getAxis("bottom").setTicks([ticks])

    def _mark_dragged(self, mark) -> None:
        epoch = int(round(mark.value()))
        top = self.state.epochs if self.state is not None else epoch
        self.epoch_picked.emit(max(0, min(epoch, top)))

    @staticmethod
    def grad_sizes(run, epoch: int) -> np.ndarray:
        """The run's ||dL/dW|| per layer after ``epoch`` epochs (epoch 0: none yet); NaN rows skipped."""
        norms = run.grad_norms
        if not len(norms) or epoch < 1:
            return np.empty(0)
        row = norms[min(epoch, len(norms)) - 1]
        return np.nan_to_num(row, nan=FLOOR, posinf=1e30)
