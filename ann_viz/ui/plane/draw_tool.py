"""Drawing data on the input plane: click to add a point, drag to move it, right-click or Delete to
remove it. Every edit is a :class:`...data.command.DrawCommand` on the document's undo stack, which
the training panel hands to a running trainer live; the points shown are always the project's.

Drawing starts from the current data (a 2-input set: its points become a drawn set, the same
samples, so training goes on as it was) or, with Clear, from an empty plane. The drawn set keeps
the box the plane showed, so the canvas never moves while points are added.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem

from ...core.boundary import class_colour
from ...core.data import make_dataset
from ...core.data.drawn import DEFAULT_BOX, MAX_POINTS, check_drawn, drawn_spec, spec_from_dataset
from ...core.errors import AnnVizError
from ..data.command import DrawCommand
from ..tr import tr_core
from .colours import apply_lut, diverging_lut
from .draw_bar import DrawBar
from .plot_items import OUTLINE, fixed_range

HIT_PX = 9.0  # a press this close to a point (in pixels) takes the point, not a new one
DRAG_PX = 3.0  # a drag shorter than this is a click (it selects the point)
VALUE_LUT = diverging_lut("#f0f0f0", "#404090")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrawTool", text)


class DrawTool(QObject):
    """Owns the Draw toggle and bar of an :class:`.input_plane.InputPlaneView` and its mouse on the plot."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.document = view.source.document
        self.bar = DrawBar(view)
        self.bar.hide()
        self.points = np.zeros((0, 3))  # the project's drawn points (x1, x2, label)
        self.selected: int | None = None
        self._drag: tuple[int, QPointF] | None = None  # (point, where the press was, in pixels)
        self._moved = False
        self._removed_by_click = False
        self.items = pg.ScatterPlotItem()
        self.items.setZValue(25)
        self.items.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        view.plot.addItem(self.items)
        self.items.hide()
        self.bar.toggle.toggled.connect(self._toggled)
        self.bar.clear.clicked.connect(self.clear)
        self.document.undo_stack.indexChanged.connect(self.follow)
        self.document.replaced.connect(self._replaced)
        view.plot.viewport().installEventFilter(self)
        view.plot.installEventFilter(self)  # key presses go to the view, not its viewport
        view.plot.setFocusPolicy(Qt.ClickFocus)
        self.follow()

    # ----- state ------------------------------------------------------------------------------------
    @property
    def on(self) -> bool:
        return self.bar.toggle.isChecked()

    def spec(self) -> dict | None:
        data = self.document.project.data
        return data if isinstance(data, dict) and data.get("kind") == "drawn" else None

    def follow(self, *_) -> None:
        """Show the project's drawn points (after an edit, undo/redo, another project)."""
        spec = self.spec()
        if spec is None:
            self.points = np.zeros((0, 3))
            if self.on:
                self.bar.toggle.setChecked(False)  # the data are no longer drawn (undone, or replaced)
            return
        try:
            task, classes, box, self.points = check_drawn(spec)
        except AnnVizError:
            self.points = np.zeros((0, 3))
            return
        if self.selected is not None and self.selected >= len(self.points):
            self.selected = None
        self.bar.show_task(task, classes)
        self.bar.toggle.setVisible(self.view.controls_shown)  # (an empty plane has no frame to say so)
        self.view.show_empty(not len(self.points))
        if self.on:
            fixed_range(self.view.plot, box)
            self.view.overlay.set_bounds(box)
            self._show_points()

    def _replaced(self) -> None:
        """Another project: it opens with Draw off (its points show as data until Draw is turned on)."""
        self.bar.toggle.setChecked(False)
        self.bar.say("")
        self.follow()

    def _toggled(self, on: bool) -> None:
        if on:
            self.bar.say("")  # (turned off because drawing was refused, the reason stays)
        if on and self.spec() is None and not self._begin():
            self.bar.toggle.setChecked(False)
            return
        self.bar.setVisible(on)
        self.items.setVisible(on)
        self.view.drawing_changed(on)
        self.selected = None
        self.follow()

    def _begin(self) -> bool:
        """Turn the current data into a drawn set (one undoable step); False, saying why, if they
        cannot be drawn (not two inputs, too many samples)."""
        source = self.view.source
        grid = source.inputs.grid if source.inputs is not None else None
        try:
            spec = spec_from_dataset(make_dataset(self.document.project.data),
                                     grid.bounds if grid is not None else DEFAULT_BOX)
        except AnnVizError as err:
            self.bar.say(tr_core(str(err)))
            return False
        self._push(spec, lambda: _tr("Draw on the current data"))
        return True

    # ----- edits --------------------------------------------------------------------------------------
    def _push(self, spec: dict, text) -> None:
        self.document.undo_stack.push(DrawCommand(self.document, spec, text))

    def _edited(self, rows, text) -> None:
        spec = self.spec()
        self._push(drawn_spec(rows, spec["task"], spec["classes"], spec["box"]), text)

    def add(self, x: float, y: float) -> None:
        if len(self.points) >= MAX_POINTS:
            self.bar.say(_tr("A drawn set holds at most %1 points.").replace("%1", str(MAX_POINTS)))
            return
        x, y = self._inside(x, y)
        self._edited(np.vstack([self.points, [x, y, self.bar.label()]]), lambda: _tr("Add a point"))
        self.selected = len(self.points) - 1
        self._show_points()

    def move(self, index: int, x: float, y: float) -> None:
        rows = self.points.copy()
        rows[index, :2] = self._inside(x, y)
        self._edited(rows, lambda: _tr("Move a point"))

    def remove(self, index: int) -> None:
        self._edited(np.delete(self.points, index, axis=0), lambda: _tr("Remove a point"))
        self.selected = None
        self._show_points()

    def clear(self) -> None:
        if len(self.points):
            self._edited(np.zeros((0, 3)), lambda: _tr("Clear the drawn points"))

    def _inside(self, x: float, y: float) -> tuple[float, float]:
        x_min, x_max, y_min, y_max = self.spec()["box"]
        return float(np.clip(x, x_min, x_max)), float(np.clip(y, y_min, y_max))

    # ----- the mouse and keys ------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if not self.on or self.spec() is None:
            return False
        kind = event.type()
        if kind == QEvent.MouseButtonPress:
            return self._press(event)
        if kind == QEvent.MouseMove and self._drag is not None:
            return self._drag_to(event)
        if kind == QEvent.MouseButtonRelease and self._drag is not None:
            return self._release(event)
        if kind == QEvent.ContextMenu:
            return self._ate_menu()
        deleting = event.type() in (QEvent.ShortcutOverride, QEvent.KeyPress) and self.selected is not None \
            and event.key() in (Qt.Key_Delete, Qt.Key_Backspace)
        if deleting and kind == QEvent.ShortcutOverride:
            event.accept()  # the key is ours here, not the graph editor's Delete shortcut
            return True
        if deleting:
            self.remove(self.selected)
            return True
        return False

    def _ate_menu(self) -> bool:
        """A right-click that removed a point opens no menu."""
        ate, self._removed_by_click = self._removed_by_click, False
        return ate

    def _plot_xy(self, pos) -> tuple[float, float]:
        plot = self.view.plot
        p = plot.getPlotItem().vb.mapSceneToView(plot.mapToScene(pos.toPoint()))
        return p.x(), p.y()

    def _hit(self, pos) -> int | None:
        """The point within HIT_PX pixels of ``pos`` (viewport pixels), nearest first."""
        if not len(self.points):
            return None
        x, y = self._plot_xy(pos)
        sx, sy = self.view.plot.getPlotItem().vb.viewPixelSize()
        distance = np.hypot((self.points[:, 0] - x) / sx, (self.points[:, 1] - y) / sy)
        nearest = int(np.argmin(distance))
        return nearest if distance[nearest] <= HIT_PX else None

    def _press(self, event) -> bool:
        pos = event.position()
        hit = self._hit(pos)
        if event.button() == Qt.RightButton:
            if hit is None:
                return False  # the view's menu (Export)
            self._removed_by_click = True
            self.remove(hit)
            return True
        if event.button() != Qt.LeftButton:
            return False
        self.view.plot.setFocus(Qt.MouseFocusReason)
        if hit is None:
            self.add(*self._plot_xy(pos))
        else:
            self.selected = hit
            self._drag, self._moved = (hit, pos), False
            self._show_points()
        return True

    def _drag_to(self, event) -> bool:
        index, start = self._drag
        pos = event.position()
        self._moved = self._moved or (pos - start).manhattanLength() >= DRAG_PX
        if self._moved:
            preview = self.points.copy()
            preview[index, :2] = self._inside(*self._plot_xy(pos))
            self._show_points(preview)
        return True

    def _release(self, event) -> bool:
        index, _ = self._drag
        self._drag = None
        if self._moved:
            self.move(index, *self._plot_xy(event.position()))
        return True

    # ----- drawing ------------------------------------------------------------------------------------
    def _show_points(self, points: np.ndarray | None = None) -> None:
        points = self.points if points is None else points
        spec = self.spec() or {"task": "binary"}
        if spec["task"] == "regression":
            span = (points[:, 2].min(), points[:, 2].max()) if len(points) else (0.0, 1.0)
            fills = [pg.mkBrush(*c) for c in apply_lut(points[:, 2], *span, VALUE_LUT)]
        else:
            palette = {}
            fills = [palette.setdefault(int(c), pg.mkBrush(class_colour(int(c)))) for c in points[:, 2]]
        outline, ring = pg.mkPen(OUTLINE, width=1.2), pg.mkPen("#000000", width=3.0)
        pens = [ring if i == self.selected else outline for i in range(len(points))]
        sizes = [14 if i == self.selected else 10 for i in range(len(points))]
        self.items.setData(points[:, 0], points[:, 1], brush=fills, pen=pens, size=sizes)
