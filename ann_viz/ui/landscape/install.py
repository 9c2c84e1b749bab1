"""Adds the loss-landscape dock to the main window, tabbed with the plane views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from .view import LandscapeView


def install_landscape_view(window) -> None:
    """Sets ``window.landscape`` and appends its dock to ``window.plane_docks`` (one tab group)."""
    window.landscape = LandscapeView(window.controller, window.document, window)
    dock = QDockWidget(window)
    window.bind_text(dock.setWindowTitle, lambda: QCoreApplication.translate("PlaneViews", "Loss landscape"))
    dock.setObjectName("loss_landscape")  # saveState() needs stable names
    dock.setWidget(window.landscape)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.splitDockWidget(window.plane_docks[-1], dock, Qt.Vertical)  # tabbed once the window is shown
    window.plane_docks.append(dock)
    window.landscape_dock = dock
