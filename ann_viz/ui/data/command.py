"""The undo steps of the data: a choice in the data panel (the data spec and the split fractions,
swapped as one), and an edit of points drawn on the input plane (the spec only)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...core.train import TrainConfig
from ..editor.commands import _name


def _text() -> str:
    return QCoreApplication.translate("DataPanel", "Change the data set")


class SetDataCommand(QUndoCommand):
    """Redo puts ``data`` and ``config`` into the project; undo puts back what was there."""

    def __init__(self, document, data: dict, config: TrainConfig):
        super().__init__()
        _name(self, _text)  # Edit > Undo names it in the current language
        self._document = document
        self._new = (json.loads(json.dumps(data)), config)  # a copy nobody else holds
        self._old = (document.project.data, document.project.config)

    def redo(self) -> None:
        self._document.project.data, self._document.project.config = self._new

    def undo(self) -> None:
        self._document.project.data, self._document.project.config = self._old


class DrawCommand(QUndoCommand):
    """A point added, moved or removed on the input plane (or drawing begun): redo puts the new
    drawn spec into the project, undo the old one. ``live_data``: the training panel hands such
    an edit to the running trainer instead of building a new one (the run goes on)."""

    live_data = True

    def __init__(self, document, data: dict, text):
        super().__init__()
        _name(self, text)
        self._document = document
        self._new = json.loads(json.dumps(data))
        self._old = document.project.data

    def redo(self) -> None:
        self._document.project.data = self._new

    def undo(self) -> None:
        self._document.project.data = self._old
