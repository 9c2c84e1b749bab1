"""Adds the plane views to the main window: one call from MainWindow._build_docks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from .hidden_space import HiddenSpaceView
from .input_plane import InputPlaneView
from .neuron_maps import NeuronMapsView
from .source import PlaneSource


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaneViews", text)


def _dock(window, name: str, title, widget) -> QDockWidget:
    """``title``: a function giving the translated title."""
    dock = QDockWidget(window)
    window.bind_text(dock.setWindowTitle, title)
    dock.setObjectName(name)  # saveState() needs stable names
    dock.setWidget(widget)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    return dock


def install_plane_views(window, below: QDockWidget) -> None:
    """Create the source and the three docks, in the right column under ``below``; the main
    window tabs them, the input plane in front (the lessons say "watch the lines").

    Sets ``window.plane_source``, ``window.input_plane``, ``window.neuron_maps``,
    ``window.hidden_space`` and ``window.plane_docks`` (for the View menu).
    """
    window.plane_source = PlaneSource(window.controller, window.document, window)
    window.input_plane = InputPlaneView(window.plane_source, window)
    window.neuron_maps = NeuronMapsView(window.plane_source, window)
    window.hidden_space = HiddenSpaceView(window.plane_source, window)
    window.plane_source.reload()  # the views listen now: they get the network and data
    docks = [
        _dock(window, "input_plane", lambda: _tr("Input plane"), window.input_plane),
        _dock(window, "neuron_maps", lambda: _tr("Neuron maps"), window.neuron_maps),
        _dock(window, "hidden_space", lambda: _tr("Hidden space"), window.hidden_space),
    ]
    for dock in docks:
        window.splitDockWidget(below, dock, Qt.Vertical)  # tabbed by the main window once it is shown
        below = dock
    for dock, view in zip(docks, (window.input_plane, window.neuron_maps, window.hidden_space)):
        view.watch_dock(dock)
    window.plane_docks = docks
