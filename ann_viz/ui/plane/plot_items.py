"""Plot pieces the plane views share: a plain plot, data points by class and split, neuron lines."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsItem, QWidget

from ...core.boundary import TRAIN, PlanePoints, class_colour, clip_line, positive_marker
from .colours import apply_lut, diverging_lut

OUTLINE = "#303030"


def make_plot(x_label: str, y_label: str, aspect: bool = True) -> pg.PlotWidget:
    """A white plot with labelled axes, no pyqtgraph menu (the view's own menu exports), fixed range."""
    plot = pg.PlotWidget(background="w")
    plot.setMinimumSize(120, 120)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.vb.setMenuEnabled(False)
    item.vb.setMouseEnabled(False, False)
    item.showGrid(x=False, y=False)
    for side, text in (("bottom", x_label), ("left", y_label)):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen("#505050"))
        axis.setTextPen(pg.mkPen("#303030"))
        axis.enableAutoSIPrefix(False)
        # Ticks outside, and drawn from a cache: the data area repaints every frame, and its dirty
        # region (with Qt's margin) touches the axes; replaying their text costs ~1 ms a frame.
        axis.setStyle(tickLength=5)
        axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        item.setLabel(side, text, color="#303030")
    if aspect:
        item.vb.setAspectLocked(True)
    return plot


def point_style(points: PlanePoints, size: float = 9.0) -> dict:
    """Scatter keyword arguments: training points filled with their class colour, validation and
    test points hollow (white) with a thick outline in their class colour."""
    n = points.n
    if points.task == "regression":
        span = (float(points.targets.min()), float(points.targets.max())) if n else (0.0, 1.0)
        fills = apply_lut(points.targets, *span, diverging_lut("#f0f0f0", "#404090"))
        colours = [pg.mkColor(*c) for c in fills]
    else:
        palette = {c: pg.mkColor(class_colour(c)) for c in np.unique(points.labels)}
        colours = [palette[c] for c in points.labels]
    train = points.split == TRAIN
    white = pg.mkBrush("w")
    outline = pg.mkPen(OUTLINE, width=1.2)
    brushes = [pg.mkBrush(c) if t else white for c, t in zip(colours, train)]
    pens = [outline if t else pg.mkPen(c, width=2.2) for c, t in zip(colours, train)]
    return {"brush": brushes, "pen": pens, "size": size}


@dataclass(frozen=True)
class LineDrawing:
    """Where a neuron's line w . x + b = 0 is drawn inside a box: the clipped segment, a tick from
    its middle to a '+' (``marker``) on the positive side, as segment pairs ``xs``/``ys``."""

    segment: tuple
    marker: tuple[float, float]
    label_at: tuple[float, float]
    xs: np.ndarray
    ys: np.ndarray


def line_drawing(w, b: float, bounds) -> LineDrawing | None:
    """The drawing of w . x + b = 0 in ``bounds`` (x_min, x_max, y_min, y_max), None if it misses."""
    segment = clip_line(w, b, bounds)
    if segment is None:
        return None
    (x0, y0), (x1, y1) = segment
    span = max(bounds[1] - bounds[0], bounds[3] - bounds[2])
    mx, my = positive_marker(w, segment, 0.06 * span)
    middle = ((x0 + x1) / 2, (y0 + y1) / 2)
    arm = 0.022 * span
    xs = np.array([x0, x1, middle[0], mx, mx - arm, mx + arm, mx, mx])
    ys = np.array([y0, y1, middle[1], my, my, my, my - arm, my + arm])
    return LineDrawing(segment, (mx, my), positive_marker(w, segment, 0.12 * span), xs, ys)


class PathsItem(pg.GraphicsObject):
    """Many coloured polylines (segment pairs) in one item with one paint call: every frame's
    Python paint callback makes the training thread hand over the GIL, so fewer items, faster
    training. Its bounding box is fixed (``set_bounds``): the drawings stay inside it."""

    def __init__(self):
        super().__init__()
        self._paths: list = []
        self._rect = QRectF()

    def set_bounds(self, bounds) -> None:
        x_min, x_max, y_min, y_max = bounds
        self.prepareGeometryChange()
        self._rect = QRectF(x_min, y_min, x_max - x_min, y_max - y_min)

    def set_paths(self, paths) -> None:
        """``paths``: (xs, ys, pen) triples, each drawn as segment pairs."""
        self._paths = [(pg.arrayToQPath(np.asarray(xs, float), np.asarray(ys, float), connect="pairs"), pen)
                       for xs, ys, pen in paths if len(xs)]
        self.update()

    @property
    def drawn(self) -> int:
        return len(self._paths)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, *args) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        for path, pen in self._paths:
            painter.setPen(pen)
            painter.drawPath(path)


class NeuronLineItems:
    """One neuron's line (clipped to a box) with a tick and a '+' on its positive side, drawn as one
    curve of segment pairs, and an optional label."""

    def __init__(self, plot: pg.PlotWidget, colour: str, label: str = ""):
        self.plot = plot
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(colour, width=2.5), connect="pairs")
        self.label = pg.TextItem(label, color=colour, anchor=(0.5, 0.5)) if label else None
        if self.label is not None:
            self.label.setCacheMode(QGraphicsItem.DeviceCoordinateCache)  # it moves; its text stays
        for item in self.items():
            plot.addItem(item, ignoreBounds=True)
            item.setZValue(10)
        self.drawing: LineDrawing | None = None
        self._wanted = True

    @property
    def segment(self):
        return None if self.drawing is None else self.drawing.segment

    @property
    def marker(self):
        return None if self.drawing is None else self.drawing.marker

    def items(self) -> list:
        return [self.curve] + ([self.label] if self.label is not None else [])

    def set_line(self, w, b: float, bounds) -> None:
        """Draw w . x + b = 0 inside ``bounds`` (x_min, x_max, y_min, y_max); hide it if it misses."""
        self.drawing = line_drawing(w, b, bounds)
        self._show()
        if self.drawing is not None:
            self.curve.setData(self.drawing.xs, self.drawing.ys)
            if self.label is not None:
                self.label.setPos(*self.drawing.label_at)

    def _show(self) -> None:
        for item in self.items():
            item.setVisible(self._wanted and self.drawing is not None)

    def set_visible(self, on: bool) -> None:
        self._wanted = on
        self._show()

    def remove(self) -> None:
        for item in self.items():
            self.plot.removeItem(item)


def fixed_range(plot: pg.PlotWidget, bounds) -> None:
    x_min, x_max, y_min, y_max = bounds
    plot.getPlotItem().vb.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)


def pen_style(colour: str, width: float = 2.0, dashed: bool = False):
    return pg.mkPen(colour, width=width, style=Qt.DashLine if dashed else Qt.SolidLine)


def grid_rect(grid) -> QRectF:
    """The plot rectangle an image of the grid covers (pixel edges, not centres)."""
    return QRectF(grid.x_min, grid.y_min, grid.x_max - grid.x_min, grid.y_max - grid.y_min)


class SquareBox(QWidget):
    """Keeps one child square and centred (a plot with a locked aspect then has no empty bands)."""

    def __init__(self, child: QWidget, parent=None):
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setMinimumSize(child.minimumSize())

    def resizeEvent(self, event) -> None:
        side = min(self.width(), self.height())
        self.child.setGeometry(QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side))


class CornerText:
    """A label in a plot's top-left corner (e.g. the epoch): changing it re-lays out nothing, and
    it is redrawn at most ``per_second`` times a second (each redraw costs the trainer the GIL)."""

    def __init__(self, plot: pg.PlotWidget, per_second: float = 5.0):
        self.item = pg.TextItem("", color="#202020", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 190))
        self.item.setZValue(30)
        self.item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.item.setParentItem(plot.getPlotItem().vb)  # view-box coordinates: stays in the corner
        self._every = 1.0 / per_second
        self._last = -1.0
        self._text = ""
        self._pending = ""
        self._later = QTimer(plot)  # shows the last text of a burst (the final epoch of a run)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._apply)

    def set_text(self, text: str) -> None:
        self._pending = text
        wait = self._last + self._every - time.perf_counter()
        if wait <= 0:
            self._apply()
        elif not self._later.isActive():
            self._later.start(int(wait * 1000) + 1)

    def flush(self) -> None:
        """Show the latest text now, whatever the rate (a film's frame)."""
        self._later.stop()
        self._apply()

    def _apply(self) -> None:
        if self._pending != self._text:
            self._text = self._pending
            self.item.setText(self._text)
        self._last = time.perf_counter()

    def text(self) -> str:
        return self._text


def corner_text(plot: pg.PlotWidget) -> CornerText:
    return CornerText(plot)
