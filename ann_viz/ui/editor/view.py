"""The canvas view: wheel zoom, middle-button pan, rubber-band selection, fit, and palette drops."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

KIND_MIME = "application/x-ann-viz-layer-kind"
SCENE_MARGIN = 2000.0  # room around the nodes: a drop or a link drag never grows the scene (and scrolls)


class GraphView(QGraphicsView):
    kind_dropped = Signal(str, QPointF)  # layer kind, scene position

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.BoundingRectViewportUpdate)
        self.setAcceptDrops(True)
        self._pan_from: QPointF | None = None
        self._fitted = False  # fitted and not touched since: a resize (docks settling) fits again
        # The scene's rect, grown (never shrunk) to hold the nodes with a wide margin: left to Qt, it
        # follows the items, and each new node or a link dragged to the edge would scroll the view.
        half = 4 * SCENE_MARGIN
        scene.setSceneRect(QRectF(-half, -half, 2 * half, 2 * half))
        scene.changed.connect(self._grow_scene)

    def _grow_scene(self, _regions=None) -> None:
        scene = self.scene()
        wanted = scene.itemsBoundingRect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        if not scene.sceneRect().contains(wanted):  # grow by a wide step: rarely, never per node
            scene.setSceneRect(scene.sceneRect().united(wanted.adjusted(-SCENE_MARGIN, -SCENE_MARGIN,
                                                                         SCENE_MARGIN, SCENE_MARGIN)))

    # ----- zoom and fit -------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self._fitted = False
        current = self.transform().m11()
        factor = max(0.2 / current, min(factor, 4.0 / current))  # keep 20% .. 400%
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(1.15 ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def fit(self) -> None:
        items = self.scene().itemsBoundingRect()
        if items.isEmpty():
            return
        self._fitted = True
        self.resetTransform()
        self.fitInView(items.adjusted(-40, -40, 40, 40), Qt.KeepAspectRatio)
        scale = self.transform().m11()
        if scale > 1.5:  # a tiny graph should not be blown up
            self.resetTransform()
            self.scale(1.5, 1.5)
            self.centerOn(items.center())
        elif scale < 0.55:  # nor a long one shrunk past reading: show its start, scroll for the rest
            self.resetTransform()
            self.scale(0.55, 0.55)
            visible = self.visible_scene_rect()
            self.centerOn(items.left() + visible.width() / 2 - 40, items.center().y())

    # ----- panning with the middle button ---------------------------------------------------
    def mousePressEvent(self, event) -> None:
        self._fitted = False  # the user works here now: the view stays where it is
        if event.button() == Qt.MiddleButton:
            self._pan_from = event.position()
            self.setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ----- drops from the layer palette ------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(KIND_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(KIND_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        self._fitted = False
        if event.mimeData().hasFormat(KIND_MIME):
            kind = bytes(event.mimeData().data(KIND_MIME)).decode()
            self.kind_dropped.emit(kind, self._scene_point(event.position()))
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def _scene_point(self, view_pos: QPointF) -> QPointF:
        """The exact scene point under a viewport position (no rounding to whole pixels first)."""
        return self.viewportTransform().inverted()[0].map(view_pos)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
