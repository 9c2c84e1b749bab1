"""What the tour knows of the app (a core TourState), kept up to date from the real signals:
the controller's state and snapshots, the Metrics panel, the training buttons, hand-set weights."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from ...core.tours import TourState
from ..training.typed_weights import explicit_specs

_STEP_ENDS = ("paused", "diverged", "failed")  # what the worker says after every step


class StateFeed(QObject):
    changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.state = TourState(preset=window.document.project.preset or "")
        self._stepping: str | None = None  # "epoch" or "phase" clicked, its result not yet in
        self._specs = explicit_specs(window.document.graph)
        self._edit_pending = False
        controller, panel = window.controller, window.training_panel
        controller.state_changed.connect(self._state_changed)
        controller.snapshot_changed.connect(self._snapshot)
        controller.evaluation_changed.connect(self._evaluation)
        controller.history_cleared.connect(self._cleared)
        panel.play_button.toggled.connect(self._play_toggled)
        panel.step_epoch.clicked.connect(lambda: self._stepped("epoch"))
        panel.step_phase.clicked.connect(lambda: self._stepped("phase"))
        panel.reset_button.clicked.connect(self._reset)
        window.document.replaced.connect(self._replaced)
        window.document.undo_stack.indexChanged.connect(self._graph_edited)

    def _set(self, **changes) -> None:
        self.state = self.state.but(**changes)
        self.changed.emit()

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        changes = {"state": state}
        if self._stepping and state in _STEP_ENDS:
            key = f"{self._stepping}_steps"
            changes[key] = getattr(self.state, key) + 1
            self._stepping = None
        self._set(**changes)

    @Slot(object)
    def _snapshot(self, snapshot) -> None:
        if snapshot is None:
            return
        loss = snapshot.loss if snapshot.loss is not None else snapshot.train_loss
        self._set(epoch=snapshot.epoch, phase=snapshot.phase, loss=loss)

    @Slot(object)
    def _evaluation(self, evaluation) -> None:
        edits = self.state.weight_edits + (1 if self._edit_pending else 0)
        self._edit_pending = False
        self._set(eval_loss=getattr(evaluation, "loss", None), accuracy=getattr(evaluation, "accuracy", None),
                  preds=self._shown_preds(), weight_edits=edits)

    def _shown_preds(self) -> tuple[str, ...]:
        """The PRED column as the Metrics panel shows it (filled before this slot runs)."""
        rows = self.window.metrics_panel.rows
        if rows.columnCount() < 2:
            return ()
        return tuple(rows.item(i, 1).text() if rows.item(i, 1) else "" for i in range(rows.rowCount()))

    @Slot()
    def _cleared(self) -> None:
        self._set(loss=None, eval_loss=None, accuracy=None, preds=())

    @Slot(bool)
    def _play_toggled(self, on: bool) -> None:
        if on:
            self._set(play_presses=self.state.play_presses + 1)

    def _stepped(self, kind: str) -> None:
        self._stepping = kind

    @Slot()
    def _reset(self) -> None:
        self._set(resets=self.state.resets + 1)

    @Slot()
    def _replaced(self) -> None:
        self._specs = explicit_specs(self.window.document.graph)
        self._edit_pending = False
        self._set(preset=self.window.document.project.preset or "")

    @Slot(int)
    def _graph_edited(self, _index: int) -> None:
        """A typed (or undone) weight: counted once its outputs have been evaluated."""
        specs = explicit_specs(self.window.document.graph)
        if specs != self._specs:
            self._specs = specs
            self._edit_pending = True
