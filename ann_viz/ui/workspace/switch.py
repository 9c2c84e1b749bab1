"""The Build / Watch switch: one click (a toolbar in the menu bar's corner, View menu, Ctrl+1 / Ctrl+2,
Ctrl+M to toggle) re-arranges the docks; each mode keeps the user's own changes to its layout.

The mode is kept per project in the settings, keyed by the project file's path (the project format
has no place for interface state): a project opens in the mode it was last shown in; a lesson opens
in Watch, a new project in Build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from .arrange import arrange
from .places import BUILD, LAYOUTS, MODES, WATCH

LAYOUT_VERSION = 4  # raise when the docks change: an older saved layout is then not restored


def _project_key(path: Path) -> str:
    return "workspace_modes/" + hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]


class Workspace(QObject):
    """The window's current mode and each mode's saved dock layout."""

    mode_changed = Signal(str)

    def __init__(self, window: QMainWindow, settings: QSettings):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.mode = BUILD
        self.arranged = False  # the window shows a layout (first done once it is shown)
        self._states: dict[str, QByteArray] = {}
        for mode in MODES:
            state = settings.value(f"layout/{mode}")
            if isinstance(state, QByteArray):
                self._states[mode] = state
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for mode, text, key in ((BUILD, lambda: self.tr("Build"), "Ctrl+1"),
                                (WATCH, lambda: self.tr("Watch"), "Ctrl+2")):
            action = QAction(self._window)
            window.bind_text(action.setText, text)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, m=mode: self.set_mode(m))
            group.addAction(action)
            self.actions[mode] = action
        window.bind_text(self.actions[BUILD].setToolTip, lambda: self.tr(
            "Build the network: the graph editor large, layers and inspector at hand (Ctrl+1)"))
        window.bind_text(self.actions[WATCH].setToolTip,
                         lambda: self.tr("Watch it learn: the neurons, the input plane and the loss large (Ctrl+2)"))
        self.toggle_action = QAction(self._window)
        window.bind_text(self.toggle_action.setText, lambda: self.tr("Switch Build / Watch"))
        self.toggle_action.setShortcut(QKeySequence("Ctrl+M"))
        self.toggle_action.triggered.connect(self.toggle)
        self.reset_action = QAction(self._window)
        window.bind_text(self.reset_action.setText, lambda: self.tr("Reset the Layout"))
        self.reset_action.triggered.connect(self.reset)
        self.actions[self.mode].setChecked(True)

    def toolbar(self) -> QToolBar:
        """The two modes as buttons, for the menu bar's corner (no row of its own)."""
        bar = QToolBar(self._window)
        bar.setObjectName("workspace_switch")
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for action in self.actions.values():
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAutoRaise(False)
        return bar

    # ----- switching ------------------------------------------------------------------
    def toggle(self) -> None:
        self.set_mode(WATCH if self.mode == BUILD else BUILD)

    def set_mode(self, mode: str) -> None:
        """Show ``mode``'s layout (the user's own from before, else the default) and remember it
        for the open project."""
        if mode not in MODES:
            raise ValueError(mode)
        if mode == self.mode and self.arranged:
            self.actions[mode].setChecked(True)
            return
        if self.arranged:
            self._states[self.mode] = self._window.saveState(LAYOUT_VERSION)
        self.mode = mode
        self.actions[mode].setChecked(True)
        if self._window.isVisible():
            self._apply()
        self.remember()
        self.mode_changed.emit(mode)

    def show_first(self) -> None:
        """Once the window is shown: lay out the current mode."""
        if not self.arranged:
            self._apply()

    def _apply(self) -> None:
        state = self._states.get(self.mode)
        if state is None or not self._window.restoreState(state, LAYOUT_VERSION):
            arrange(self._window, self.mode)
        self._window.centralWidget().setVisible(LAYOUTS[self.mode].editor)
        self.arranged = True

    def reset(self) -> None:
        """View > Reset the Layout: the current mode's default arrangement again."""
        self._states.pop(self.mode, None)
        arrange(self._window, self.mode)
        self.arranged = True

    # ----- per project and across starts -------------------------------------------------
    def mode_for(self, path: Path | None, preset: str | None) -> str:
        """The mode a project opens in: the one it was last shown in, else Watch for a lesson."""
        if path is not None:
            stored = self._settings.value(_project_key(path))
            if stored in MODES:
                return stored
        return WATCH if preset else BUILD

    def open_project(self, path: Path | None, preset: str | None) -> None:
        self.set_mode(self.mode_for(path, preset))

    def remember(self) -> None:
        """Keep the current mode for the open project's file (none: nothing to key it by)."""
        path = getattr(self._window.document, "path", None)
        if path is not None:
            self._settings.setValue(_project_key(path), self.mode)

    def save(self) -> None:
        """Each mode's layout, for the next start."""
        if self.arranged:
            self._states[self.mode] = self._window.saveState(LAYOUT_VERSION)
        for mode, state in self._states.items():
            self._settings.setValue(f"layout/{mode}", state)
