"""Adds the loss-landscape dock to the main window, tabbed with the plane views: the dock first
(a placeholder), the view (pyqtgraph) once the staged start builds the views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from ..staging import Placeholder, fill_dock


def add_landscape_dock(window) -> None:
    """Sets ``window.landscape_dock``, under the plane views (the main window tabs it with them)."""
    dock = QDockWidget(window)
    window.bind_text(dock.setWindowTitle, lambda: QCoreApplication.translate("PlaneViews", "Loss landscape"))
    dock.setObjectName("loss_landscape")  # saveState() needs stable names
    dock.setWidget(Placeholder(lambda: QCoreApplication.translate("PlaneViews", "Loading the plots...")))
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.splitDockWidget(window.plane_docks[-1], dock, Qt.Vertical)  # tabbed once the window is shown
    window.landscape_dock = dock


def install_landscape_view(window) -> None:
    """Build the view into the dock of :func:`add_landscape_dock`; sets ``window.landscape``."""
    from .view import LandscapeView

    window.landscape = LandscapeView(window.controller, window.document, window)
    fill_dock(window.landscape_dock, window.landscape)
