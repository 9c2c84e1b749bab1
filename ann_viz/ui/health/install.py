"""Adds the per-layer health dock ("healthDock") to the main window: a placeholder first, the view
(pyqtgraph) once the window's views are built. One call from the main window does it all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from ..staging import add_placeholder_dock, fill_dock


def add_health_dock(window) -> QDockWidget:
    """Sets ``window.health_dock`` (tabbed with the gradient plot in both layouts)."""
    dock = add_placeholder_dock(window, "healthDock", lambda: QCoreApplication.translate("HealthView", "Layer health"),
                                lambda: QCoreApplication.translate("HealthView", "Loading the plots..."),
                                Qt.BottomDockWidgetArea)
    window.health_dock = dock
    # Its places in Build and Watch: ui/workspace/places.py ("healthDock").
    window.views_built.connect(lambda: _install_view(window, dock))
    if getattr(window, "views_ready", False):
        _install_view(window, dock)
    QTimer.singleShot(0, dock, lambda: _add_to_view_menu(window, dock))  # menus are built after the docks
    return dock


def _install_view(window, dock: QDockWidget) -> None:
    from .view import HealthView

    if isinstance(dock.widget(), HealthView):
        return
    window.health_view = HealthView(window.controller, window.document, window)
    fill_dock(dock, window.health_view)


def _add_to_view_menu(window, dock: QDockWidget) -> None:
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        menu.addAction(dock.toggleViewAction())
