"""The undo step of a data choice: the project's data spec and the split fractions, swapped as one."""

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
