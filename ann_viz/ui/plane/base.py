"""What every plane view shares: a header row with an Export button, a context menu, and
being fed frames by the :class:`PlaneSource` only while it is on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from ..figure_export import export_widget_image
from ..language import Retranslatable
from ..tr import tr_core


class PlaneView(Retranslatable, QWidget):
    """Subclasses fill ``self.header`` and ``self.body``, set ``self.export_name``, implement
    ``show_frame(frame)`` and ``export_target()``."""

    export_name = "plot"

    def __init__(self, source, parent=None):
        super().__init__(parent)
        self.source = source
        self.frame = None
        self.header = QHBoxLayout()
        self.header.setContentsMargins(4, 2, 4, 0)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #d03030;")
        self.problem_label.hide()
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addWidget(self.problem_label)
        layout.addLayout(self.body, 1)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        source.add_view(self)
        source.problem_changed.connect(self._problem)
        PlaneView.retranslate(self)

    def retranslate(self) -> None:
        """Subclasses set their own words, then call this: the frame is shown again in the new language."""
        self.export_button.setText(self.tr("Export..."))
        self.export_button.setToolTip(self.tr("Save this picture as PNG or SVG"))
        self.source.retranslate()
        if self.frame is not None:
            self.show_frame(self.frame)

    def finish_header(self) -> None:
        """Call after adding the view's own controls: the Export button goes last, on the right."""
        self.header.addStretch(1)
        self.header.addWidget(self.export_button)

    # ----- feeding --------------------------------------------------------------------------------
    def showing(self) -> bool:
        """On screen. A closed dock is hidden; one behind another tab is moved off screen (still
        "visible" to Qt, but with nothing of it showing)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.source.request()

    def watch_dock(self, dock) -> None:
        """Raising the dock's tab shows this view without a show event: ask for a frame then too."""
        dock.visibilityChanged.connect(lambda visible: visible and self.source.request())

    def show_frame(self, frame) -> None:
        raise NotImplementedError

    def _problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # ----- export ---------------------------------------------------------------------------------
    def export_target(self) -> QWidget:
        raise NotImplementedError

    def use_context_menu(self, widget: QWidget) -> None:
        """Right-click on ``widget`` (e.g. a plot) opens this view's menu."""
        widget.setContextMenuPolicy(Qt.CustomContextMenu)
        widget.customContextMenuRequested.connect(lambda pos, w=widget: self._context_menu(w.mapTo(self, pos)))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Export as PNG..."), lambda: self.export_dialog("png"))
        menu.addAction(self.tr("Export as SVG..."), lambda: self.export_dialog("svg"))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.mapToGlobal(pos))
        menu.deleteLater()

    def export_dialog(self, kind: str = "png") -> None:
        filters = [self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")]
        if kind == "svg":
            filters.reverse()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export picture"),
                                              str(Path.home() / f"{self.export_name}.{kind}"), ";;".join(filters))
        if not path:
            return
        try:
            self.export_to(path)
        except OSError as err:
            QMessageBox.warning(self, self.tr("Cannot export"), tr_core(str(err)))

    def export_to(self, path: str | Path) -> None:
        """Write the picture to ``path``: .svg gives SVG, anything else PNG."""
        export_widget_image(self.export_target(), path)
