"""The Draw controls of the input plane: the toggle, what a click adds (a class or a value), Clear."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QToolButton, QVBoxLayout, QWidget)

from ...core.boundary import class_colour


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrawTool", text)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(QSize(12, 12))
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class DrawBar(QWidget):
    """Shown under the plane's header while Draw is on: a class picker (or a target value for
    regression), Clear, and a line saying what the mouse does (or why drawing is refused)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toggle = QToolButton()  # lives in the plane's header, beside the lines check box
        self.toggle.setCheckable(True)
        self.toggle.setStyleSheet("QToolButton:checked { background: #2a78c8; color: white; border-radius: 3px; "
                                  "padding: 2px 6px; }")  # on at a glance: clicks now edit the data
        self.what_label = QLabel()
        self.classes = QComboBox()
        self.value = QDoubleSpinBox()
        self.value.setRange(-1000.0, 1000.0)
        self.value.setDecimals(2)
        self.value.setSingleStep(0.1)
        self.value.setValue(1.0)
        self.clear = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.message.setStyleSheet("color: #d03030;")
        self.message.hide()  # placed by the view: it says why Draw did not turn on, with the bar hidden
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.what_label, self.classes, self.value, self.clear):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(_tr("Draw"))
        self.toggle.setToolTip(_tr("Draw your own data on the plane: click to add a point, drag one to move it, "
                                   "right-click it (or select it and press Delete) to remove it. Every edit can be "
                                   "undone, and a run keeps training on the new points."))
        self.what_label.setText(_tr("Add:"))
        for i in range(self.classes.count()):
            self.classes.setItemText(i, _tr("class %1").replace("%1", str(i)))
        self.classes.setToolTip(_tr("The class a click adds, in its colour."))
        self.value.setToolTip(_tr("The target value a click adds (regression): the point's colour shows it."))
        self.clear.setText(_tr("Clear"))
        self.clear.setToolTip(_tr("Start from an empty plane (Undo brings the points back)."))
        self.hint.setText(_tr("Click: add · drag: move · right-click or Delete: remove"))

    def show_task(self, task: str, classes: int) -> None:
        """A class picker with ``classes`` colours, or the value box for regression."""
        regression = task == "regression"
        self.classes.setVisible(not regression)
        self.value.setVisible(regression)
        if not regression and self.classes.count() != classes:
            chosen = self.classes.currentIndex()
            self.classes.clear()
            for c in range(classes):
                self.classes.addItem(_swatch(class_colour(c)), "")
            self.classes.setCurrentIndex(min(max(chosen, 0), classes - 1))
            self.retranslate()

    def label(self) -> float:
        """What a click adds: the chosen class, or the value."""
        return float(self.value.value()) if self.value.isVisible() else float(max(0, self.classes.currentIndex()))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
