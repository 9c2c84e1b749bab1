"""Puts the neuron view into the main window as a dock, wired to the document and the trainer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from ..staging import add_placeholder_dock, fill_dock


def add_network_dock(window) -> QDockWidget:
    """Add the "Neurons" dock above the graph editor, with a placeholder until :func:`install_network_view`."""
    dock = add_placeholder_dock(window, "neurons", lambda: QCoreApplication.translate("NetworkPanel", "Neurons"),
                                lambda: QCoreApplication.translate("NetworkPanel", "Loading the network view..."),
                                Qt.TopDockWidgetArea)
    window.network_dock = dock
    return dock


def install_network_view(window):
    """Build the neuron view (pyqtgraph) into the dock of :func:`add_network_dock`, wired to the
    document and the training controller; returns the :class:`NetworkPanel`."""
    from .panel import NetworkPanel

    panel = NetworkPanel(window)
    dock = window.network_dock
    fill_dock(dock, panel)
    window.network_panel = panel
    controller = window.controller
    controller.snapshot_changed.connect(panel.add_snapshot)
    controller.history_cleared.connect(panel.clear_history)
    controller.weights_loaded.connect(panel.weights_loaded)
    controller.state_changed.connect(panel.set_training_state)
    panel.message.connect(window.statusBar().showMessage)
    panel.set_document(window.document)
    if controller.latest is not None:  # reported before the view existed (the app's staged start)
        panel.add_snapshot(controller.latest)
        panel.set_training_state(controller.state)
    return panel
