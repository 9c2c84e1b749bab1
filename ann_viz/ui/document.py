"""The open project: its graph, undo stack, file path and unsaved state."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.errors import AnnVizError
from ..core.project import Project, load_project, save_project


class Document(QObject):
    replaced = Signal()  # a different project (new graph object) is now open
    modified_changed = Signal(bool)
    changed = Signal()  # anything that a save would write changed (for the autosave)

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.modified_changed.emit(self.is_modified()))
        self.undo_stack.indexChanged.connect(self.changed)  # signal to signal: safe while being destroyed
        self.project = project
        self.path: Path | None = None
        self._weights_dirty = False  # trained weights or settings changed outside the undo stack

    @property
    def graph(self):
        return self.project.graph

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean() or self._weights_dirty

    def display_name(self) -> str:
        return self.path.name if self.path else self.project.title

    def replace(self, project: Project, path: Path | None = None) -> None:
        self.undo_stack.clear()
        self.project = project
        self.path = path
        self._weights_dirty = False
        self.replaced.emit()
        self.modified_changed.emit(False)
        self.changed.emit()

    def open(self, path: str | Path) -> None:
        """Load a project file; on any error the open project stays as it was (raises first)."""
        project = load_project(path)
        self.replace(project, Path(path))

    def set_weights(self, weights: dict[str, np.ndarray] | None) -> None:
        """Trained weights to keep with the project (the training panel calls this)."""
        if weights is None and self.project.weights is None:
            return
        self.project.weights = weights
        if weights is None:
            self.project.history, self.project.history_layers = None, ()  # it described those weights
        self.mark_modified()

    def set_history(self, rows: np.ndarray | None, layers: tuple[str, ...]) -> None:
        """The per-epoch rows of the run that led to the kept weights (saved with them)."""
        self.project.history, self.project.history_layers = rows, tuple(layers)

    def mark_modified(self) -> None:
        if not self._weights_dirty:
            self._weights_dirty = True
            self.modified_changed.emit(True)
        self.changed.emit()

    def save(self, path: str | Path | None = None) -> str:
        """Write the project; returns why its trained weights were left out ("" when they were not).

        Weights that do not fit the graph (trained before an edit, or by another network) are
        never written: the file would hold one network's graph and another's weights.
        """
        target = Path(path) if path else self.path
        dropped = self._unfitting_weights()
        if dropped:
            self.project.weights = None
        save_project(self.project, target)
        self.path = target
        self._weights_dirty = False
        self.undo_stack.setClean()
        self.modified_changed.emit(False)
        return dropped

    def _unfitting_weights(self) -> str:
        if not self.project.weights:
            return ""
        from ..core.export.import_weights import check_weights  # torch: not needed before a save
        try:
            check_weights(self.project.weights, self.project.graph)
        except Exception as err:  # noqa: BLE001 - a graph that builds no network fits no weights
            return str(err) if isinstance(err, AnnVizError) else type(err).__name__
        return ""
