"""Puts the main window's docks where a layout of :mod:`.places` says, sized in proportion to the window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

from .places import LAYOUTS, MODES, groups_for

AREAS = {"left": Qt.LeftDockWidgetArea, "right": Qt.RightDockWidgetArea, "top": Qt.TopDockWidgetArea,
         "bottom": Qt.BottomDockWidgetArea}


def window_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    """The window's own docks by ``objectName`` (not those of dialogs it owns)."""
    return {dock.objectName(): dock for dock in window.findChildren(QDockWidget) if dock.parentWidget() is window}


def arrange(window: QMainWindow, mode: str) -> None:
    """Dock, tab, hide and size every dock of ``window`` as the ``mode`` layout says (run once the
    window is shown: tabbing before leaves a stray tab bar painted, Qt 6.11)."""
    docks = window_docks(window)
    layout, columns = groups_for(mode, list(docks))
    window.centralWidget().setVisible(layout.editor)
    for dock in docks.values():
        window.removeDockWidget(dock)  # out of every tab group first: re-tabbing leaves stray tab bars
    shown = set()
    firsts = []  # (column, [first dock of each group])
    for column, groups in columns:
        orientation = Qt.Vertical if column.area in ("left", "right") else Qt.Horizontal
        placed = []
        for group, names in zip(column.groups, groups):
            if not names:
                continue
            first = docks[names[0]]
            window.addDockWidget(AREAS[column.area], first, orientation)
            first.show()
            for name in names[1:]:
                window.tabifyDockWidget(first, docks[name])
                docks[name].show()
            first.raise_()
            placed.append((first, group.share))
            shown.update(names)
        firsts.append((column, placed))
    for name, dock in docks.items():
        if name not in shown:
            window.addDockWidget(_area_elsewhere(name, mode), dock)  # where View > its name shows it
            dock.hide()
    for bar in window.findChildren(QTabBar):
        if bar.parentWidget() is window:
            bar.setElideMode(Qt.ElideNone)  # a tab's whole name, scroll arrows when they do not fit
            bar.setUsesScrollButtons(True)
    _size(window, firsts)
    QTimer.singleShot(0, window, lambda: _size(window, firsts))  # again once the areas have settled


def _area_elsewhere(name: str, mode: str):
    """The area a dock hidden in ``mode`` has in another mode (right when none)."""
    for other in MODES:
        _, columns = groups_for(other, [name])
        for column, groups in columns:
            if any(groups):
                return AREAS[column.area]
    return Qt.RightDockWidgetArea


def _size(window: QMainWindow, firsts) -> None:
    """Side columns and the top and bottom rows to their share of the window; the groups in each
    to their share of it (share 0: the group's minimum height)."""
    width, height = window.width(), window.height()
    sides = [(column, placed) for column, placed in firsts if column.area in ("left", "right") and placed]
    rows = [(column, placed) for column, placed in firsts if column.area in ("top", "bottom") and placed]
    if sides:
        window.resizeDocks([placed[0][0] for _, placed in sides],
                           [int(width * column.size) for column, _ in sides], Qt.Horizontal)
    if rows:
        window.resizeDocks([placed[0][0] for _, placed in rows],
                           [int(height * column.size) for column, _ in rows], Qt.Vertical)
    centre = width - sum(int(width * column.size) for column, _ in sides)
    for column, placed in firsts:
        if len(placed) < 2:
            continue
        vertical = column.area in ("left", "right")
        along = height if vertical else centre
        fixed = sum(dock.minimumSizeHint().height() for dock, share in placed if share == 0)
        sizes = [dock.minimumSizeHint().height() if share == 0 else int((along - fixed) * share)
                 for dock, share in placed]
        window.resizeDocks([dock for dock, _ in placed], sizes, Qt.Vertical if vertical else Qt.Horizontal)


__all__ = ["arrange", "window_docks", "LAYOUTS"]
