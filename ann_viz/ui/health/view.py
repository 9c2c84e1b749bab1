"""Per-layer health in one picture: histograms over training of each layer's activations or
gradients (one band of bins per layer, time to the right), and the update-to-weight ratio of each
layer on a log scale with the healthy 1e-3 marked.

The numbers come from :class:`core.inspect.layer_health.HealthHistory`, fed with the snapshots
the trainer hands the GUI; drawing waits for the dock to be on screen, at most a few times a second.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.errors import AnnVizError
from ...core.inspect import NeuronNet
from ...core.inspect.layer_health import (BINS, GRADIENT_EDGES, HEALTHY_RATIO, HealthHistory)
from ...core.train import Snapshot
from ..language import Retranslatable
from ..log_axis import SparseLogAxis
from ..tr import fill

REDRAW_S = 0.2
RECORD_S = 0.1
FEW_RECORDS = 8
LAYER_COLOURS = ("#1565c0", "#ef6c00", "#2e7d32", "#c62828", "#6a1b9a", "#00838f", "#5d4037", "#ad1457")
KINDS = {"activations": QT_TRANSLATE_NOOP("HealthView", "Activations a per layer"),
         "gradients": QT_TRANSLATE_NOOP("HealthView", "Gradients δ = dE/dz per layer (log10 |δ|)")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthView", text)


def _band_marks(which: str, low: float, high: float) -> list[tuple[float, str]]:
    """Two values inside a band, with their labels: at its very edges a band's top and the next band's
    bottom were one label on the other ("1e-12" over "1e2")."""
    if which == "gradients":  # log10 |δ|: whole decades
        return [(v, f"1e{v:.0f}") for v in (np.ceil(low + 0.1 * (high - low)), np.floor(high - 0.1 * (high - low)))]
    return [(v, f"{v:.2g}") for v in (low + 0.15 * (high - low), high - 0.15 * (high - low))]


class HealthView(Retranslatable, QWidget):
    def __init__(self, controller, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.net: NeuronNet | None = None
        self.history: HealthHistory | None = None
        self._a_names: list[str] = []
        self._dirty = False
        self._drawn_at = 0.0
        self._recorded_at = 0.0
        self._running = False
        self.choice = QComboBox()
        for key in KINDS:
            self.choice.addItem("", key)
        self.choice.currentIndexChanged.connect(self._mark_dirty)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.caption.setFont(font)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setBackground("w")
        self.hist_plot = self.plots.addPlot(row=0, col=0)
        self.hist_plot.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.hist_plot.addItem(self.image)
        self.ratio_plot = self.plots.addPlot(row=0, col=1, axisItems={"left": SparseLogAxis("left")})
        self._side_by_side = True
        self.ratio_plot.setMenuEnabled(False)
        self.ratio_plot.setLogMode(y=True)
        self.ratio_plot.getAxis("left").enableAutoSIPrefix(False)  # ratios as they are, not "x0.001"
        self.ratio_plot.showGrid(y=True, alpha=0.2)
        self.ratio_legend = self.ratio_plot.addLegend(offset=(5, 5), labelTextSize="8pt")
        self.healthy = pg.InfiniteLine(np.log10(HEALTHY_RATIO), angle=0, pen=pg.mkPen("#9e9e9e", width=1.5,
                                                                                   style=pg.QtCore.Qt.DashLine))
        self.ratio_plot.addItem(self.healthy)
        self.ratio_curves: list[pg.PlotDataItem] = []
        self._separators: list[pg.InfiniteLine] = []
        header = QHBoxLayout()
        header.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(header)
        layout.addWidget(self.plots, 1)
        layout.addWidget(self.caption)
        self._timer = QTimer(self)
        self._timer.setInterval(int(REDRAW_S * 1000))
        self._timer.timeout.connect(self._tick)
        controller.snapshot_changed.connect(self.add_snapshot)
        controller.history_cleared.connect(self.clear)
        controller.state_changed.connect(self._state_changed)
        self.retranslate()
        if controller.latest is not None:
            self.add_snapshot(controller.latest)

    def retranslate(self) -> None:
        for k, key in enumerate(KINDS):
            self.choice.setItemText(k, _tr(KINDS[key]))
        self.ratio_plot.setLabel("left", _tr("‖Δw‖ / ‖w‖"))
        self.ratio_plot.setLabel("bottom", _tr("epoch"))
        self.plots.setToolTip(_tr("Left: one band per layer (its name in the middle, its range at the ends); "
                                  "brighter is more of the layer's values in that bin; time runs to the right, "
                                  "epochs below. Right: ‖Δw‖ / ‖w‖ of each layer's weights per step; about 1e-3 "
                                  "is healthy (dashed line), far below learns nothing, far above is unstable."))
        self._mark_dirty()

    # ----- records ---------------------------------------------------------------------------------
    @Slot()
    def clear(self) -> None:
        """A new trainer (a reset, an edit, another lesson): start the records again."""
        self.net, self.history = None, None
        self._recorded_at = 0.0
        self._mark_dirty()

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        self._running = state == "running"

    @Slot(object)
    def add_snapshot(self, snapshot: Snapshot) -> None:
        if (self.history is None or not self.net.matches(snapshot)) and not self._start(snapshot):
            return
        now = time.monotonic()
        if self._running and now - self._recorded_at < RECORD_S:
            return  # a few hundred records tell a run's story; the trainer may hand over 60 a second
        if self.history.add(snapshot, self._a_names):
            self._recorded_at = now
            self._mark_dirty()

    def _start(self, snapshot: Snapshot) -> bool:
        try:
            net = NeuronNet.from_graph(self.document.graph)
        except AnnVizError:
            return False
        if not net.matches(snapshot):
            return False
        self.net, self.history = net, HealthHistory.from_net(net)
        self._a_names = self.history.a_names(net)
        self._reset_curves()
        return True

    def _reset_curves(self) -> None:
        layers = list(self.history.layers)
        if layers == [curve.name() for curve in self.ratio_curves]:
            return  # the same layers (a reset, another seed): keep the items, their data follow at redraw
        for curve in self.ratio_curves:
            self.ratio_plot.removeItem(curve)
        self.ratio_legend.clear()
        self.ratio_curves = []
        for k, layer in enumerate(self.history.layers):
            pen = pg.mkPen(LAYER_COLOURS[k % len(LAYER_COLOURS)], width=2)
            curve = self.ratio_plot.plot(pen=pen, name=layer)
            self.ratio_curves.append(curve)

    # ----- drawing ---------------------------------------------------------------------------------
    @Slot()
    def _mark_dirty(self) -> None:
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def showing(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _tick(self) -> None:
        if not self._dirty:
            self._timer.stop()
        elif self.showing():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._mark_dirty()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A wide, short dock (under the editor): the two plots side by side; a tall one: stacked.
        side_by_side = self.width() > 1.2 * self.height()
        if side_by_side != self._side_by_side:
            self._side_by_side = side_by_side
            self.plots.ci.removeItem(self.ratio_plot)
            self.plots.addItem(self.ratio_plot, row=0 if side_by_side else 1, col=1 if side_by_side else 0)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def redraw(self) -> None:
        self._dirty = False
        self._drawn_at = time.monotonic()
        history = self.history
        if history is None or not history.epochs:
            self.image.clear()
            for curve in self.ratio_curves:
                curve.setData([], [])
            self.caption.setText(_tr("Step or train: each layer's histograms appear here as training runs."))
            return
        which = self.choice.currentData()
        image = history.image(which)  # records x (layers * bins)
        self.image.setImage(np.nan_to_num(image.T, nan=0.0), autoLevels=False, levels=(0.0, 1.0))
        self.image.setRect(pg.QtCore.QRectF(0, 0, len(history.epochs), len(history.layers) * BINS))
        self._axis_ticks(which)
        for curve, k in zip(self.ratio_curves, range(len(history.layers))):
            if history.ratios:
                ratios = np.array([r[k] for r in history.ratios])
                keep = np.isfinite(ratios) & (ratios > 0)
                curve.setData(np.array(history.ratio_epochs)[keep], ratios[keep])
            else:
                curve.setData([], [])
        self.hist_plot.autoRange(padding=0.0)
        self.ratio_plot.enableAutoRange()
        self.caption.setText(self._caption(which))

    def _axis_ticks(self, which: str) -> None:
        """Layer names at their bands, and each band's range where the bands are tall enough to read it;
        epochs under a few records."""
        history = self.history
        names, ranges = [], []
        for k, layer in enumerate(history.layers):
            edges = GRADIENT_EDGES if which == "gradients" else history.edges(k)
            names.append(((k + 0.5) * BINS, layer))
            ranges += [(k * BINS + BINS * (v - edges[0]) / (edges[-1] - edges[0]), text)
                       for v, text in _band_marks(which, edges[0], edges[-1])]
        for line in self._separators:
            self.hist_plot.removeItem(line)
        self._separators = [pg.InfiniteLine(k * BINS, angle=0, pen=pg.mkPen("w", width=1))
                            for k in range(1, len(history.layers))]  # where one layer's band ends
        for line in self._separators:
            self.hist_plot.addItem(line)
        band_px = self.hist_plot.getViewBox().height() / max(len(history.layers), 1)
        self.hist_plot.getAxis("left").setTicks([names, ranges] if band_px > 60 else [names])
        n = len(history.epochs)
        picks = sorted({int(round(t)) for t in np.linspace(0, n - 1, min(n, 6))})
        self.hist_plot.getAxis("bottom").setTicks([[(p + 0.5, str(history.epochs[p])) for p in picks]])

    def _caption(self, which: str) -> str:
        history = self.history
        text = _tr("Brighter: more values in that bin; time runs to the right.")
        if history.ratios:
            last = history.ratios[-1]
            worst = [(abs(np.log10(r / HEALTHY_RATIO)), layer, r) for layer, r in zip(history.layers, last)
                     if np.isfinite(r) and r > 0]
            if worst:
                _, layer, ratio = max(worst)
                text += " " + fill(_tr("Update/weight ratio about 1e-3 is healthy (dashed); %1 is at %2."),
                                   layer, f"{ratio:.1e}")
        if len(history.epochs) < FEW_RECORDS and not self._running:
            # "As fast as possible" trains a lesson in under a second, between a handful of snapshots
            text += " " + _tr("Few records: set a speed in epochs/s, or step, to record every epoch.")
        return text
