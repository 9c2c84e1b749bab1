"""Inside one neuron: its activation f(z) and slope f'(z), each sample's current z marked on the
curve, and the tangent at the chosen sample (the slope backprop multiplies by)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.inspect.neuron_health import (DEAD, PLOTTABLE, SATURATED, SATURATED_SLOPE, activation_and_slope,
                                           activation_kind, classify)
from ..tr import fill

F_COLOUR, SLOPE_COLOUR, TANGENT_COLOUR, SAMPLE_COLOUR = "#1565c0", "#ef6c00", "#6a1b9a", "#2e7d32"
# A Maxout neuron's pieces (thin, one colour each) under their maximum (thick, F_COLOUR).
PIECE_COLOURS = ("#ef6c00", "#2e7d32", "#c62828", "#6a1b9a", "#00838f", "#827717", "#ad1457", "#4e342e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("NeuronCurve", text)


class NeuronCurve(QWidget):
    """The curve of neuron ``j`` of a column; hidden content and a sentence when it has none."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMinimumHeight(150)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.legend = self.plot.addLegend(offset=(5, 5))
        self.f_curve = self.plot.plot(pen=pg.mkPen(F_COLOUR, width=2.5))
        self.slope_curve = self.plot.plot(pen=pg.mkPen(SLOPE_COLOUR, width=2, style=pg.QtCore.Qt.DashLine))
        self.tangent = self.plot.plot(pen=pg.mkPen(TANGENT_COLOUR, width=1.5))
        self.samples = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(SAMPLE_COLOUR), pen=pg.mkPen("w"))
        self.chosen = pg.ScatterPlotItem(size=13, brush=pg.mkBrush(TANGENT_COLOUR), pen=pg.mkPen("w"))
        self.plot.addItem(self.samples)
        self.plot.addItem(self.chosen)
        self.pieces = [self.plot.plot(pen=pg.mkPen(colour, width=1.5, style=pg.QtCore.Qt.DashLine))
                       for colour in PIECE_COLOURS]
        self.f_curve.setZValue(2)  # a Maxout neuron's maximum over its (dashed) pieces
        self.samples.setZValue(3)
        self.chosen.setZValue(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self.shown: tuple | None = None  # (kind, z values, chosen sample)
        self._label_items()

    def _label_items(self, pieces: int = 0) -> None:
        self.legend.clear()
        if pieces:
            self.legend.addItem(self.f_curve, "max")
            for i in range(pieces):
                self.legend.addItem(self.pieces[i], fill(_tr("piece %1"), i + 1))
            self.legend.addItem(self.samples, _tr("samples"))
            return
        self.legend.addItem(self.f_curve, "f(z)")
        self.legend.addItem(self.slope_curve, "f′(z)")
        self.legend.addItem(self.samples, _tr("samples' z"))
        self.legend.addItem(self.tangent, _tr("tangent"))

    def retranslate(self) -> None:
        if self.shown is not None and self.shown[0] == "maxout":
            self.show_maxout(*self.shown[1:])
            return
        self._label_items()
        if self.shown is not None:
            self.show_neuron(*self.shown)

    def clear(self, text: str = "") -> None:
        self.shown = None
        for item in (self.f_curve, self.slope_curve, self.tangent, *self.pieces):
            item.setData([], [])
        self.samples.setData([], [])
        self.chosen.setData([], [])
        self.caption.setText(text)
        self.plot.setVisible(False)

    def show_column_neuron(self, column, j: int, snapshot, sample: int | None) -> None:
        """Neuron ``j`` of a neuron-view column, from the snapshot's z of the batch."""
        z = snapshot.values.get(column.head) if column.kind == "linear" else None
        kind, params = activation_kind(column.chain)
        if z is None:
            self.clear(_tr("Step the forward phase to see this neuron's z on its activation."))
        elif kind is None:
            self.show_neuron("identity", {}, np.asarray(z)[:, j], sample)
        elif kind not in PLOTTABLE:
            self.clear(fill(_tr("%1 acts on the whole layer at once: no curve of one neuron."), kind))
        else:
            self.show_neuron(kind, params, np.asarray(z)[:, j], sample)

    def show_maxout(self, pieces, label: str, sample: int | None) -> None:
        """A Maxout neuron (``pieces``: a :class:`MaxoutPieces`, or None when it has none to draw)."""
        if pieces is None:
            self.clear(_tr("Step the forward phase to see this Maxout neuron's pieces (they are drawn when "
                           "a Linear layer feeds the Maxout)."))
            return
        self.shown = ("maxout", pieces, label, sample)
        self._label_items(pieces.k)
        for item in (self.slope_curve, self.tangent, *self.pieces[pieces.k:]):
            item.setData([], [])
        for i in range(pieces.k):
            self.pieces[i].setData(pieces.t, pieces.pieces[i])
        self.f_curve.setData(pieces.t, pieces.top)
        self.samples.setData(pieces.sample_t, pieces.sample_values)
        n = len(pieces.sample_t)
        k = 0 if sample is None or sample >= n else sample
        self.chosen.setData(pieces.sample_t[k:k + 1], pieces.sample_values[k:k + 1])
        finite = pieces.pieces[np.isfinite(pieces.pieces)]
        if finite.size:
            lo, hi = float(finite.min()), float(finite.max())
            self.plot.setRange(xRange=(pieces.t[0], pieces.t[-1]), yRange=(lo, hi), padding=0.05)
        self.plot.setVisible(True)
        where = (_tr("drawn against its input") if pieces.on_axis else
                 _tr("drawn along the inputs' main direction through their mean (samples off that line "
                     "show their own values)"))
        text = fill(_tr("%1 = max of %2 pieces, %3."), label, pieces.k, where)
        if n:
            text += " " + fill(_tr("Sample %1 takes piece %2 (%3): only that piece's weights get its gradient."),
                               k + 1, int(pieces.winner[k]) + 1, f"{pieces.sample_values[k]:.4g}")
        self.caption.setText(text)

    def show_neuron(self, kind: str, params: dict, z: np.ndarray, sample: int | None) -> None:
        if self.shown is None or self.shown[0] == "maxout":
            self._label_items()
            for item in self.pieces:
                item.setData([], [])
        self.shown = (kind, params, z, sample)
        z = np.asarray(z, dtype=np.float64)
        finite = z[np.isfinite(z)]
        reach = max(4.0, float(np.abs(finite).max()) * 1.15 if finite.size else 0.0)
        grid = np.linspace(-reach, reach, 401)
        f, slope = activation_and_slope(kind, grid, params)
        self.f_curve.setData(grid, f)
        self.slope_curve.setData(grid, slope)
        fz, sz = activation_and_slope(kind, z, params)
        self.samples.setData(z, fz)
        k = 0 if sample is None or sample >= len(z) else sample
        if len(z):
            half = reach / 3
            xs = np.array([z[k] - half, z[k] + half])
            self.tangent.setData(xs, fz[k] + sz[k] * (xs - z[k]))
            self.chosen.setData([z[k]], [fz[k]])
        lo, hi = float(min(f.min(), slope.min())), float(max(f.max(), slope.max()))
        self.plot.setRange(xRange=(-reach, reach), yRange=(lo - 0.1 * (hi - lo + 1e-9), hi + 0.1 * (hi - lo + 1e-9)),
                           padding=0.0)
        self.plot.setVisible(True)
        state = classify(kind, z[:, None])[0] if len(z) else ""
        text = fill(_tr("%1: sample %2 has z = %3, f′(z) = %4 (the tangent's slope)."), kind, k + 1,
                    f"{z[k]:.4g}" if len(z) else "–", f"{sz[k]:.4g}" if len(z) else "–")
        if state == SATURATED:
            text += " " + fill(_tr("Saturated: |f′(z)| < %1 for every sample, so almost no gradient passes."),
                               f"{SATURATED_SLOPE:g}")
        elif state == DEAD:
            text += " " + _tr("Dead: z ≤ 0 for every sample, so no gradient reaches its weights.")
        self.caption.setText(text)
