"""Adds the data panel's dock to the main window, in one call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QDockWidget, QScrollArea

from .panel import DataPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataPanel", text)


class _SettingsFollower(QObject):
    """The hyper-parameter form shows the project's settings: after undo/redo of a data change (which
    swaps the split fractions), and after new settings were refused to keep a trained run; its next
    edit then starts from them (not from what it showed before)."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window

    @Slot()
    def follow(self, *_) -> None:
        config = self._window.document.project.config
        if self._window.settings_form.config() != config:
            self._window.settings_form.set_config(config)


def add_data_dock(window) -> QDockWidget:
    """The "Data" dock (objectName "dataDock"), tabbed with the hyper-parameters on the right (its file
    names need the width); sets ``window.data_panel`` and ``window.data_dock``."""
    panel = DataPanel(window.document, window.training_panel, window.controller, window)
    dock = QDockWidget(window)
    window.bind_text(dock.setWindowTitle, lambda: _tr("Data"))
    dock.setObjectName("dataDock")  # saveState() needs stable names
    area = QScrollArea()
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    dock.setWidget(area)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    # Its places in Build and Watch: ui/workspace/places.py ("dataDock").
    follower = _SettingsFollower(window)
    window.document.undo_stack.indexChanged.connect(follower.follow)
    window.training_panel.config_refused.connect(follower.follow)  # "keep the trained run": back to its settings
    window.data_panel, window.data_dock = panel, dock
    return dock
