"""The sweep's pictures: a band of loss curves per network (median, 10-90% quantiles) and a
histogram of final losses, networks overlaid in their own colours."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ..language import Retranslatable
from ..training.loss_plot import rename_curve

COLOURS = ("#2a82da", "#e07b24", "#3aa655")
FLOOR = 1e-12  # losses are drawn on a log axis: keep zeros finite
BINS = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("SweepPlots", text)


def _tint(colour: str, alpha: int) -> pg.QtGui.QColor:
    c = pg.mkColor(colour)
    c.setAlpha(alpha)
    return c


class _Band:
    """Median curve and the 10-90% band of one network."""

    def __init__(self, plot: pg.PlotItem, colour: str, name: str):
        edge = pg.mkPen(_tint(colour, 90), width=1)
        self.low = plot.plot(pen=edge)
        self.high = plot.plot(pen=edge)
        self.fill = pg.FillBetweenItem(self.low, self.high, brush=_tint(colour, 60))
        plot.addItem(self.fill)
        self.median = plot.plot(pen=pg.mkPen(colour, width=2), name=name)
        self.items = [self.low, self.high, self.fill, self.median]

    def set(self, epochs: np.ndarray, band: np.ndarray) -> None:
        band = np.maximum(np.nan_to_num(band, nan=np.inf, posinf=1e30), FLOOR)
        x = np.asarray(epochs, dtype=float)
        self.low.setData(x, band[0])
        self.median.setData(x, band[1])
        self.high.setData(x, band[2])


class SweepPlots(Retranslatable, QWidget):
    """Loss bands (left) and final-loss histograms (right)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.band_plot = pg.PlotWidget(background=None)
        self.band_plot.showGrid(x=True, y=True, alpha=0.25)
        self.band_plot.setLogMode(y=True)
        self.band_plot.addLegend(offset=(-10, 10))
        self.hist_plot = pg.PlotWidget(background=None)
        self.hist_plot.setLogMode(x=True)
        self.hist_plot.showGrid(x=True, y=True, alpha=0.25)
        self.log_y = QCheckBox()
        self.log_y.setChecked(True)
        self.log_y.toggled.connect(lambda on: self.band_plot.setLogMode(y=on))
        # The loss on the line between two chosen seeds' solutions: shown once one is asked for.
        self.line_plot = pg.PlotWidget(background=None)
        self.line_plot.showGrid(x=True, y=True, alpha=0.25)
        self.line_curve = self.line_plot.plot(pen=pg.mkPen("#1f5fbf", width=2))
        self.line_ends = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#e8a000"), pen=pg.mkPen("#000000"))
        self.line_plot.addItem(self.line_ends)
        self.line_plot.hide()
        self.line_seeds = ("", "")
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.band_plot)
        splitter.addWidget(self.hist_plot)
        splitter.addWidget(self.line_plot)
        splitter.setSizes([600, 300, 300])
        top = QHBoxLayout()
        top.addWidget(self.log_y)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.bands: dict[int, _Band] = {}
        self.finals: dict[int, np.ndarray] = {}
        self.hist_items: list = []
        self.retranslate()

    def retranslate(self) -> None:
        self.band_plot.setLabel("bottom", _tr("epoch"))
        self.band_plot.setLabel("left", _tr("loss (median, 10-90%)"))
        self.hist_plot.setLabel("bottom", _tr("final loss"))
        self.hist_plot.setLabel("left", _tr("seeds"))
        self.log_y.setText(_tr("log scale"))
        self.line_plot.setLabel("left", _tr("loss"))
        self.line_plot.setLabel("bottom", _tr("0 = seed %1, 1 = seed %2").replace("%1", self.line_seeds[0])
                                .replace("%2", self.line_seeds[1]))

    def rename_band(self, index: int, name: str) -> None:
        if index in self.bands:
            rename_curve(self.band_plot, self.bands[index].median, name)

    def clear(self) -> None:
        for band in self.bands.values():
            for item in band.items:
                self.band_plot.removeItem(item)
        self.bands.clear()
        self.finals.clear()
        self._draw_histograms()

    def show_band(self, index: int, name: str, epochs: np.ndarray, band: np.ndarray) -> None:
        if index not in self.bands:
            self.bands[index] = _Band(self.band_plot.getPlotItem(), COLOURS[index % len(COLOURS)], name)
        self.bands[index].set(epochs, band)

    def show_line(self, seeds: tuple[int, int], alphas: np.ndarray, losses: np.ndarray) -> None:
        """The loss from one seed's trained weights (0) to another's (1), with the two solutions marked."""
        self.line_seeds = (str(seeds[0]), str(seeds[1]))
        self.line_curve.setData(alphas, losses)
        self.line_ends.setData([0.0, 1.0], np.interp([0.0, 1.0], alphas, losses))
        self.line_plot.show()
        self.retranslate()

    def show_final(self, index: int, final_loss: np.ndarray) -> None:
        self.finals[index] = np.asarray(final_loss, dtype=float)
        self._draw_histograms()

    def _draw_histograms(self) -> None:
        """One step histogram per network on shared logarithmic bins."""
        for item in self.hist_items:
            self.hist_plot.removeItem(item)
        self.hist_items = []
        finite = {i: v[np.isfinite(v)] for i, v in self.finals.items()}
        values = np.concatenate([v for v in finite.values()]) if finite else np.empty(0)
        if not len(values):
            return
        low, high = np.log10(max(values.min(), FLOOR)), np.log10(max(values.max(), FLOOR))
        edges = np.logspace(low - 0.05, max(high, low + 0.1) + 0.05, BINS + 1)
        for index, v in sorted(finite.items()):
            counts, _ = np.histogram(np.maximum(v, FLOOR), bins=edges)
            colour = COLOURS[index % len(COLOURS)]
            item = self.hist_plot.plot(edges, counts, stepMode="center", fillLevel=0,
                                       brush=_tint(colour, 80), pen=pg.mkPen(colour, width=1.5))
            self.hist_items.append(item)
