"""What makes a live pyqtgraph plot cheap to redraw while training runs on another thread.

Measured offscreen (bench/bench_app.py): with pyqtgraph's auto-range a loss-plot
update cost 15-25 ms of the GUI thread. Auto-range moves both ranges on every new
point, so every redraw regenerated both axes (tick values, labels, grid) and painted
twice (the range is applied while painting, which asks for another paint); and every
paint replayed the axes' grid lines, which Qt's raster engine draws slowly because
they are translucent (50-150 us a line, about 50 lines an axis: 2-3 ms). Here:

- the ranges move in steps (1, 1.5, 2, 3, 4, 5, 6, 8 x 10^k; decades on a log axis),
  set before painting, so the axes change a few times a run and a redraw paints once;
- the axes are painted from a pixmap (``DeviceCoordinateCache``) until they change;
- the grid has two tick levels, not three (the third's lines are 2-8 % opaque);
- redraws come at fixed phases of a shared period, so two plots never repaint in
  the same turn of the event loop.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QGraphicsItem

STEPS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
REDRAW_PERIOD_S = 0.1  # each plot redraws at most 10 times a second, at its own phase of this period
LOSS_PHASE_S = 0.0
GRADIENT_PHASE_S = REDRAW_PERIOD_S / 2


def step_up(value: float) -> float:
    """The smallest of ``STEPS`` x 10^k that is >= ``value`` (> 0)."""
    decade = 10.0 ** math.floor(math.log10(value))
    for step in STEPS:
        if step * decade >= value * (1 - 1e-12):
            return step * decade
    return 10 * decade


def stepped_span(low: float, high: float) -> tuple[float, float]:
    """A range holding [low, high] that changes only when the data cross a step; it includes 0."""
    top = step_up(high) if high > 0 else 0.0
    bottom = -step_up(-low) if low < 0 else 0.0
    if top == bottom:
        top = bottom + 1.0
    return bottom, top


def decade_span(low: float, high: float) -> tuple[float, float]:
    """Whole decades (in log10 units) holding [low, high], both > 0."""
    bottom, top = math.floor(math.log10(low)), math.ceil(math.log10(high))
    return float(bottom), float(max(top, bottom + 1))


def ms_to_phase(phase: float, period: float = REDRAW_PERIOD_S) -> int:
    """Milliseconds from now to the next moment that is ``phase`` seconds into a ``period``."""
    now = time.monotonic()
    return max(0, int(((phase - now) % period) * 1000))


def speed_up_axes(plot: pg.PlotItem) -> None:
    """Cache the axes as pixmaps, draw two grid levels (see the module's docstring), and draw
    long curves downsampled to the pixels they cover."""
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        axis.setStyle(maxTickLevel=1)
    # A curve of 20,000 points on a plot ~500 px wide: draw at most a few points per pixel
    # column, keeping each column's min and max ("peak"), so spikes stay visible. This
    # halves the plots' paint time during long runs.
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)


class SteppedRange(QObject):
    """Keeps a plot's view on its data, in steps (see the module's docstring).

    pyqtgraph's own auto-range stays off. A pan or zoom by the user stops the following,
    as it stops pyqtgraph's; the "A" button (or the menu's auto-range) resumes it.
    """

    def __init__(self, plot: pg.PlotItem, parent=None):
        super().__init__(parent)
        self.plot = plot
        self.view = plot.getViewBox()
        self.following = True
        self._bounds: tuple | None = None  # (x low, x high, y low, y high, smallest y > 0)
        self._shown: tuple | None = None
        self.view.disableAutoRange()
        self.view.sigRangeChangedManually.connect(self._moved_by_user)
        self.view.sigStateChanged.connect(self._state_changed)

    def fit(self, curves: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """Data bounds of ``curves`` ((x, y) pairs); the view follows them when following."""
        xs = [x for x, _ in curves if len(x)]
        ys = [y[np.isfinite(y)] for _, y in curves]
        ys = [y for y in ys if len(y)]
        if not xs or not ys:
            return
        positive = [y[y > 0] for y in ys]
        positive = [y for y in positive if len(y)]
        self._bounds = (min(float(x[0]) for x in xs), max(float(x[-1]) for x in xs),
                        min(float(y.min()) for y in ys), max(float(y.max()) for y in ys),
                        min(float(y.min()) for y in positive) if positive else None)
        self.apply()

    def apply(self, force: bool = False) -> None:
        """Set the stepped range now (before the next paint) if it differs from the shown one."""
        if not self.following or self._bounds is None:
            return
        x_low, x_high, y_low, y_high, y_min_positive = self._bounds
        x_range = stepped_span(min(x_low, 0.0), x_high)
        if self.plot.ctrl.logYCheck.isChecked():
            if y_min_positive is None:
                return
            y_range = decade_span(y_min_positive, max(y_high, y_min_positive))
        else:
            y_range = stepped_span(y_low, y_high)
        target = (x_range, y_range)
        if target == self._shown and not force:
            return
        self._shown = target
        # padding=None: pyqtgraph's own auto-range margins (2-10 %, by the view's size in pixels)
        self.view.setRange(xRange=x_range, yRange=y_range, padding=None, disableAutoRange=False)
        self.view.updateMatrix()  # now, not while painting: a change during a paint asks for a second one

    @Slot(object)
    def _moved_by_user(self, _mask) -> None:
        self.following = False

    @Slot(object)
    def _state_changed(self, _view) -> None:
        if any(self.view.state["autoRange"]):  # the "A" button or the menu's auto-range: ours is that, in steps
            self.view.disableAutoRange()
            self.following = True
            self.apply(force=True)
