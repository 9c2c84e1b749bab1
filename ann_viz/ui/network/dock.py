"""Puts the neuron view into the main window as a dock, wired to the document and the trainer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from .panel import NetworkPanel


def install_network_view(window) -> NetworkPanel:
    """Add the "Neurons" dock above the graph editor, wired to the document and the training controller."""
    panel = NetworkPanel(window)
    dock = QDockWidget(window)
    window.bind_text(dock.setWindowTitle, lambda: QCoreApplication.translate("NetworkPanel", "Neurons"))
    dock.setObjectName("neurons")  # saveState() needs a stable name
    dock.setWidget(panel)
    window.addDockWidget(Qt.TopDockWidgetArea, dock)
    window.network_panel, window.network_dock = panel, dock
    controller = window.controller
    controller.snapshot_changed.connect(panel.add_snapshot)
    controller.history_cleared.connect(panel.clear_history)
    controller.weights_loaded.connect(panel.weights_loaded)
    controller.state_changed.connect(panel.set_training_state)
    panel.message.connect(window.statusBar().showMessage)
    panel.set_document(window.document)
    QTimer.singleShot(0, dock, lambda: _finish(window, dock))  # menus are built after the docks
    return panel


def _finish(window, dock: QDockWidget) -> None:
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        menu.addAction(dock.toggleViewAction())
