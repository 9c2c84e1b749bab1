"""The input plane: data points, the output's decision region and boundary, and the line each
first-layer neuron draws (w1*x1 + w2*x2 + b = 0, '+' on the side where z > 0).

XOR in the notes is "draw two lines": here the student watches them move until the
points are separated. Data that are not 2-D get the first-layer weights as images.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ...core.boundary import contour_segments, first_linear, neuron_colour, neuron_lines
from .base import PlaneView
from .draw_tool import DrawTool
from .colours import PALE_RGBA, apply_lut, class_blend, diverging_lut, with_alpha
from .plot_items import (LineDrawing, PathsItem, SquareBox, corner_text, fixed_range, grid_rect, line_drawing,
                         make_plot, pen_style, point_style)
from .weight_images import WeightImages
from ..caption_box import caption_box

REGRESSION_RGBA = with_alpha(diverging_lut("#ffffff", "#404090"))


class InputPlaneView(PlaneView):
    export_name = "input-plane"

    controls_shown = True  # False: a film's picture, without the check box

    def __init__(self, source, parent=None):
        super().__init__(source, parent)
        self.show_lines = QCheckBox()
        self.show_lines.setChecked(True)
        self.show_lines.toggled.connect(self._lines_toggled)
        self.header.addWidget(self.show_lines)
        self.plot = make_plot("x1", "x2")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        # The neuron lines and the decision boundary: one item, one paint call per frame.
        self.overlay = PathsItem()
        self.overlay.setZValue(10)
        self.plot.addItem(self.overlay, ignoreBounds=True)
        self.contour_pen = pen_style("#101010", 2.0, dashed=True)
        self.contour_xy = np.zeros((0, 2))  # the boundary's segments (pairs of points)
        self.scatter = pg.ScatterPlotItem()
        self.scatter.setZValue(20)
        self.scatter.setCacheMode(QGraphicsItem.DeviceCoordinateCache)  # the points stay; the map under them changes
        self.plot.addItem(self.scatter)
        self.epoch_text = corner_text(self.plot)
        self.lines: list[LineDrawing | None] = []  # per first-layer neuron; None where it misses the plot
        self.line_pens: list = []
        self.labels: list[pg.TextItem] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.readout = QLabel(" ")
        self.plane_page = QWidget()
        page = QVBoxLayout(self.plane_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(2)
        self.draw = DrawTool(self)
        self.header.addWidget(self.draw.bar.toggle)
        self.finish_header()
        page.addWidget(self.draw.bar)
        page.addWidget(self.draw.bar.message)
        page.addWidget(SquareBox(self.plot), 1)
        self.caption_box = caption_box(self.caption)
        page.addWidget(self.caption_box)
        page.addWidget(self.readout)
        self.weights = WeightImages()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plane_page)
        self.weights_page = QScrollArea()  # its tiles and preview never set the dock's (the window's) minimum
        self.weights_page.setWidget(self.weights)
        self.weights_page.setWidgetResizable(True)
        self.weights_page.setFrameShape(QScrollArea.NoFrame)
        self.stack.addWidget(self.weights_page)
        self.body.addWidget(self.stack)
        self.use_context_menu(self.plot)
        self._inputs = None
        self.heatmap: np.ndarray | None = None  # the values under the colours (P(class 1) for binary data)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._hover)
        self.retranslate()

    def retranslate(self) -> None:
        self.draw.bar.retranslate()
        self.show_lines.setText(self.tr("Hidden neurons' lines"))
        self.show_lines.setToolTip(self.tr("Each first-layer neuron's line z = w1*x1 + w2*x2 + b = 0; "
                                           "'+' marks the side where z > 0"))
        self.readout.setText(" ")
        super().retranslate()

    # ----- drawing ----------------------------------------------------------------------------------
    def show_frame(self, frame) -> None:
        self.frame = frame
        self.show_lines.setVisible(self.controls_shown and frame.grid is not None)
        self.draw.bar.toggle.setVisible(self.controls_shown and (frame.grid is not None or self.draw.spec() is not None))
        if frame.grid is None:
            self.stack.setCurrentWidget(self.weights_page)
            self.weights.show_frame(frame)
            return
        self.stack.setCurrentWidget(self.plane_page)
        self.show_empty(False)
        if frame.inputs is not self._inputs:
            self._set_inputs(frame)
        self._draw_decision(frame)
        self.image.setRect(grid_rect(frame.grid))  # after setImage: the rect scales by the image's size
        self._draw_lines(frame)
        self._draw_overlay()
        self.epoch_text.set_text(self.tr("epoch %1").replace("%1", str(frame.epoch)))
        caption = self._caption(frame)
        if caption != self.caption.text():  # a new text re-lays out the dock: only when it changes
            self.caption.setText(caption)

    def _set_inputs(self, frame) -> None:
        self._inputs = frame.inputs
        grid, points = frame.grid, frame.points
        names = points.feature_names
        item = self.plot.getPlotItem()
        item.setLabel("bottom", names[0], color="#303030")
        item.setLabel("left", names[1], color="#303030")
        self.scatter.setData(points.x[:, 0], points.x[:, 1], **point_style(points))
        fixed_range(self.plot, grid.bounds)
        self.overlay.set_bounds(grid.bounds)

    def _draw_decision(self, frame) -> None:
        decision = frame.decision()
        grid = frame.grid
        # The boundary from every other grid point (100 x 100 for the usual 200): the same curve,
        # interpolated, at a quarter of the cost.
        step = 2 if grid.resolution >= 200 else 1
        xs, ys = grid.xs[::step], grid.ys[::step]
        self.heatmap = decision.values
        if decision.kind == "binary":
            self._set_image(apply_lut(decision.values, 0.0, 1.0, PALE_RGBA))
            self.contour_xy = contour_segments(decision.values[::step, ::step], 0.5, xs, ys)
        elif decision.kind == "multiclass":
            self._set_image(class_blend(decision.values))
            probs = decision.values
            pieces = []
            for c in range(len(probs)):  # class c's region ends where another class becomes as likely
                others = np.delete(probs, c, axis=0).max(axis=0)
                pieces.append(contour_segments((probs[c] - others)[::step, ::step], 0.0, xs, ys))
            self.contour_xy = np.concatenate(pieces) if pieces else np.zeros((0, 2))
        else:
            lo, hi = float(np.min(decision.values)), float(np.max(decision.values))
            self._set_image(apply_lut(decision.values, lo, hi if hi > lo else lo + 1, REGRESSION_RGBA))
            self.contour_xy = np.zeros((0, 2))

    def _set_image(self, rgb: np.ndarray) -> None:
        """Colours already mapped (uint8): no levels, no lookup table in pyqtgraph."""
        self.image.setImage(rgb, autoLevels=False, levels=None, lut=None)

    def _draw_lines(self, frame) -> None:
        lines = neuron_lines(frame.network, frame.params)
        if len(lines) != len(self.line_pens):
            for label in self.labels:
                self.plot.removeItem(label)
            self.line_pens = [pg.mkPen(neuron_colour(k), width=2.5) for k in range(len(lines))]
            self.labels = [pg.TextItem(f"h{k + 1}", color=neuron_colour(k), anchor=(0.5, 0.5))
                           for k in range(len(lines) if len(lines) <= 12 else 0)]
            for label in self.labels:
                label.setCacheMode(QGraphicsItem.DeviceCoordinateCache)  # it moves; its text stays
                label.setZValue(12)
                self.plot.addItem(label, ignoreBounds=True)
        self.lines = [line_drawing(line.w, line.b, frame.grid.bounds) for line in lines]
        for label, drawing in zip(self.labels, self.lines):
            if drawing is not None:
                label.setPos(*drawing.label_at)

    def _draw_overlay(self) -> None:
        on = self.show_lines.isChecked()
        paths = [(d.xs, d.ys, pen) for d, pen in zip(self.lines, self.line_pens) if on and d is not None]
        paths.append((self.contour_xy[:, 0], self.contour_xy[:, 1], self.contour_pen))  # on top: where a
        self.overlay.set_paths(paths)  # neuron's line is the boundary, both show
        for label, drawing in zip(self.labels, self.lines):
            label.setVisible(on and drawing is not None)

    def drawing_changed(self, on: bool) -> None:
        """Draw on: the tool's own points (the project's, at once) stand in for the frame's."""
        self.scatter.setVisible(not on)
        if self.frame is not None and self.frame.grid is not None:
            self.caption.setText(self._caption(self.frame))

    def show_empty(self, empty: bool) -> None:
        """No points drawn: nothing was trained on them, so no shading, lines or boundary either."""
        for item in (self.image, self.overlay, *self.labels):
            item.setVisible(not empty)
        if empty:
            self.stack.setCurrentWidget(self.plane_page)

    def _lines_toggled(self, _on: bool) -> None:
        self._draw_overlay()

    def _caption(self, frame) -> str:
        kind = frame.decision().kind
        parts = []
        if kind == "binary":
            parts.append(self.tr("Shading: the network's P(class 1), blue above 0.5, orange below; "
                                 "black curve: output = 0.5, the decision boundary."))
        elif kind == "multiclass":
            parts.append(self.tr("Shading: the most likely class; black curves: where two classes are "
                                 "equally likely."))
        else:
            parts.append(self.tr("Shading: the network's output value."))
        if self.line_pens:
            first = frame.network.node_names[first_linear(frame.network)]
            parts.append(self.tr("Coloured lines: the neurons of %1 (h1, h2, ...), z = 0; '+' marks z > 0.")
                         .replace("%1", first))
        if not self.draw.on:  # (while drawing, every point is shown filled: the one to click and drag)
            parts.append(self.tr("Filled points: training data; hollow: validation/test."))
        return " ".join(parts)

    def _hover(self, event) -> None:
        frame = self.frame
        if frame is None or frame.grid is None or not self.plot.sceneBoundingRect().contains(event[0]):
            return
        p = self.plot.getPlotItem().vb.mapSceneToView(event[0])
        grid = frame.grid
        col = int((p.x() - grid.x_min) / (grid.x_max - grid.x_min) * grid.resolution)
        row = int((p.y() - grid.y_min) / (grid.y_max - grid.y_min) * grid.resolution)
        if not (0 <= col < grid.resolution and 0 <= row < grid.resolution):
            self.readout.setText(" ")
            return
        decision = frame.decision()
        text = f"({p.x():.2f}, {p.y():.2f}): "
        if decision.kind == "binary":
            text += self.tr("P(class 1) = %1").replace("%1", f"{decision.values[row, col]:.3f}")
        elif decision.kind == "multiclass":
            text += self.tr("most likely class %1").replace("%1", str(int(decision.values[:, row, col].argmax())))
        else:
            text += self.tr("output %1").replace("%1", f"{decision.values[row, col]:.3f}")
        first = first_linear(frame.network)
        if first is not None and self.line_pens:
            z = frame.grid_values(first)[:, row * grid.resolution + col]
            text += "; " + ", ".join(f"z{k + 1} = {v:+.2f}" for k, v in enumerate(z[:8]))
        self.readout.setText(text)

    # ----- export -----------------------------------------------------------------------------------
    def export_target(self):
        return self.plot if self.stack.currentWidget() is self.plane_page else self.weights.export_target()

    def pixel_value(self, x: float, y: float) -> float:
        """The heatmap's value under the plot point (x, y), found through the image item's mapping
        (for checking that the picture is not flipped)."""
        pixel = self.image.mapFromView(QPointF(x, y))
        return float(self.heatmap[int(pixel.y()), int(pixel.x())])

    def pixel_colour(self, x: float, y: float) -> tuple[int, ...]:
        pixel = self.image.mapFromView(QPointF(x, y))
        return tuple(int(c) for c in self.image.image[int(pixel.y()), int(pixel.x())])
