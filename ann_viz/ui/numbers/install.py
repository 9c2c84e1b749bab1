"""Puts the Numbers view into the main window: a dock (objectName "numbersDock"), floating and hidden
until View > Numbers opens it, fed by the training controller."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from .view import NumbersView

SHORTCUT = "Ctrl+Shift+N"


def add_numbers_dock(window) -> QDockWidget:
    """The one call the main window makes (after its controller and docks exist)."""
    dock = QDockWidget(window)
    dock.setObjectName("numbersDock")  # saveState() needs a stable name
    window.bind_text(dock.setWindowTitle, lambda: QCoreApplication.translate("NumbersView", "Numbers"))
    view = NumbersView(window, dock)
    dock.setWidget(view)
    window.addDockWidget(Qt.BottomDockWidgetArea, dock)
    dock.setFloating(True)  # a table to read beside the network, not one more strip squeezed in
    dock.resize(720, 420)
    dock.hide()
    window.restoreDockWidget(dock)  # where the layout had it (it is built after the layout was restored)
    dock.visibilityChanged.connect(lambda shown: shown and _place_once(window, dock))
    controller = window.controller
    controller.snapshot_changed.connect(view.add_snapshot)
    controller.history_cleared.connect(view.clear)
    if controller.latest is not None:
        view.add_snapshot(controller.latest)
    window.numbers_dock, window.numbers_view = dock, view
    QTimer.singleShot(0, dock, lambda: _add_to_menu(window, dock))  # menus are built after the docks
    return dock


def _place_once(window, dock: QDockWidget) -> None:
    """The first time it opens floating, over the middle of the window rather than at the screen's corner."""
    if dock.isFloating() and not dock.property("placed"):
        dock.setProperty("placed", True)
        centre = window.geometry().center()
        dock.move(centre.x() - dock.width() // 2, centre.y() - dock.height() // 2)


def _add_to_menu(window, dock: QDockWidget) -> None:
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        action = dock.toggleViewAction()
        action.setShortcut(QKeySequence(SHORTCUT))
        menu.addAction(action)
