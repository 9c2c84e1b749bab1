"""Adds the plane views to the main window: their docks first (placeholders), the views a moment later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from ..staging import Placeholder, fill_dock


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaneViews", text)


def _dock(window, name: str, title) -> QDockWidget:
    """``title``: a function giving the translated title."""
    dock = QDockWidget(window)
    window.bind_text(dock.setWindowTitle, title)
    dock.setObjectName(name)  # saveState() needs stable names
    dock.setWidget(Placeholder(lambda: _tr("Loading the plots...")))
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    return dock


def add_plane_docks(window, below: QDockWidget) -> None:
    """The three docks, in the right column under ``below``, each with a placeholder until
    :func:`install_plane_views`; the main window tabs them, the input plane in front (the
    lessons say "watch the lines"). Sets ``window.plane_docks`` (for the View menu)."""
    docks = [
        _dock(window, "input_plane", lambda: _tr("Input plane")),
        _dock(window, "neuron_maps", lambda: _tr("Neuron maps")),
        _dock(window, "hidden_space", lambda: _tr("Hidden space")),
    ]
    for dock in docks:
        window.splitDockWidget(below, dock, Qt.Vertical)  # tabbed by the main window once it is shown
        below = dock
    window.plane_docks = docks


def install_plane_views(window) -> None:
    """Create the source and the three views (pyqtgraph) in the docks of :func:`add_plane_docks`.

    Sets ``window.plane_source``, ``window.input_plane``, ``window.neuron_maps`` and
    ``window.hidden_space``.
    """
    from .hidden_space import HiddenSpaceView
    from .input_plane import InputPlaneView
    from .neuron_maps import NeuronMapsView
    from .source import PlaneSource

    window.plane_source = PlaneSource(window.controller, window.document, window)
    window.input_plane = InputPlaneView(window.plane_source, window)
    window.neuron_maps = NeuronMapsView(window.plane_source, window)
    window.hidden_space = HiddenSpaceView(window.plane_source, window)
    window.plane_source.reload()  # the views listen now: they get the network and data
    for dock, view in zip(window.plane_docks, (window.input_plane, window.neuron_maps, window.hidden_space)):
        fill_dock(dock, view)
        view.watch_dock(dock)
