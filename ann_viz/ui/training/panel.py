"""Training controls: Play/Pause, Step epoch/batch/phase, Reset, speed, and the run's status line.

The panel decides *when* the worker must be rebuilt (the graph, data or settings
changed since it was configured) and keeps trained weights with the document.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ...core.train import Snapshot, TrainConfig
from ..language import Retranslatable
from ..tr import tr_core
from .controller import TrainingController
from .steady_label import SteadyLabel

SPEEDS = [(1, QT_TRANSLATE_NOOP("TrainingPanel", "1 epoch/s")),
          (2, QT_TRANSLATE_NOOP("TrainingPanel", "2 epochs/s")),
          (5, QT_TRANSLATE_NOOP("TrainingPanel", "5 epochs/s")),
          (10, QT_TRANSLATE_NOOP("TrainingPanel", "10 epochs/s")),
          (30, QT_TRANSLATE_NOOP("TrainingPanel", "30 epochs/s")),
          (100, QT_TRANSLATE_NOOP("TrainingPanel", "100 epochs/s")),
          (1000, QT_TRANSLATE_NOOP("TrainingPanel", "1000 epochs/s")),
          (0, QT_TRANSLATE_NOOP("TrainingPanel", "As fast as possible"))]
PHASE_NAMES = {"idle": QT_TRANSLATE_NOOP("TrainingPanel", "between steps"),
               "forward": QT_TRANSLATE_NOOP("TrainingPanel", "forward"),
               "loss": QT_TRANSLATE_NOOP("TrainingPanel", "loss"),
               "backward": QT_TRANSLATE_NOOP("TrainingPanel", "backward"),
               "update": QT_TRANSLATE_NOOP("TrainingPanel", "update")}


REFRESH_MS = 250  # after the last graph edit, rebuild the trainer (a burst of edits builds once)


class TrainingPanel(Retranslatable, QWidget):
    status = Signal(str)
    problem_changed = Signal()  # failure_reason() changed

    def __init__(self, controller: TrainingController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.document = None
        self._configured_revision = None
        self._weights_revision = None
        self._revision = 0
        self._blocked_reason = ""
        self._failure = ""  # why the worker has no trainer (its message, untranslated); "" when it has one
        self._last_message = ""
        self._snapshot: Snapshot | None = None
        self._reason_text = lambda: ""  # what the red line says, in the current language
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.step_epoch = QPushButton()
        self.step_batch = QPushButton()
        self.step_phase = QPushButton()
        self.reset_button = QPushButton()
        self.speed = QComboBox()
        for value, _label in SPEEDS:
            self.speed.addItem("", value)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        # New texts 60 times a second: labels that do not re-lay out the window each time.
        self.epoch_label = SteadyLabel()
        self.loss_label = SteadyLabel()
        self.phase_label = SteadyLabel()
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        # A long message (or one long word, such as a path) must not widen the dock and so the
        # window: it wraps within the width there is; the tooltip holds it whole.
        self.reason_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.reason_label.setMinimumWidth(1)
        self.reason_label.setStyleSheet("color: #d03030;")
        buttons = QGridLayout()
        buttons.addWidget(self.play_button, 0, 0)
        buttons.addWidget(self.reset_button, 0, 1)
        buttons.addWidget(self.step_epoch, 1, 0)
        buttons.addWidget(self.step_batch, 1, 1)
        buttons.addWidget(self.step_phase, 2, 0)
        buttons.addWidget(self.speed, 2, 1)
        info = QHBoxLayout()
        for label in (self.epoch_label, self.loss_label):
            info.addWidget(label, 1, Qt.AlignLeft)  # half the row each, as when they could stretch
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(info)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.reason_label)
        layout.addStretch(1)
        self.play_button.toggled.connect(self._play_toggled)
        self.step_epoch.clicked.connect(lambda: self._step("epoch"))
        self.step_batch.clicked.connect(lambda: self._step("batch"))
        self.step_phase.clicked.connect(lambda: self._step("phase"))
        self.reset_button.clicked.connect(self.reset)
        # A graph edit makes the shown results stale: rebuild soon, so the views show the network as
        # it now is (or why it cannot be trained), not the old one's results.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self.speed.currentIndexChanged.connect(lambda _: controller.set_speed(self.speed.currentData()))
        controller.snapshot_changed.connect(self._show_snapshot)
        controller.state_changed.connect(self._state_changed)
        controller.weights_changed.connect(self._weights_changed)
        controller.message.connect(self._message)
        self.retranslate()

    def retranslate(self) -> None:
        for button, text in ((self.step_epoch, self.tr("Step epoch")), (self.step_batch, self.tr("Step batch")),
                             (self.step_phase, self.tr("Step phase")), (self.reset_button, self.tr("Reset"))):
            button.setText(text)
        for i, (_value, label) in enumerate(SPEEDS):
            self.speed.setItemText(i, self.tr(label))
        self._show_snapshot(self._snapshot)
        self._set_reason(self._reason_text)

    # ----- document wiring --------------------------------------------------------------------
    def set_document(self, document) -> None:
        self.controller.pause()  # another project: stop the run; its worker is rebuilt below
        if self.document is not None:
            self.document.undo_stack.indexChanged.disconnect(self._graph_edited)
        self.document = document
        document.undo_stack.indexChanged.connect(self._graph_edited)
        self._refresh_timer.stop()
        self._changed()
        self._weights_revision = self._revision if document.project.weights else None
        if not self._configure():
            self.controller.discard()  # nothing of the previous project stays on show

    def _changed(self) -> None:
        """The graph, data or settings changed: the next Play or Step builds a new trainer."""
        self._revision += 1
        self._set_failure("")
        if not self._blocked_reason and self._reason_text():
            self._set_reason(lambda: "")  # the old run's words (divergence, a refusal) no longer hold

    @Slot(int)
    def _graph_edited(self, _index: int) -> None:
        self._changed()
        if self.controller.is_running():
            self.controller.pause()
        self._refresh_timer.start()

    @Slot()
    def _refresh(self) -> None:
        """After graph edits: a trainer for the graph as it is now, or none if it cannot be trained."""
        if self.controller.is_running() or self.document is None:
            return
        if self._configured_revision == self._revision:
            return
        if self.document.project.weights is not None:
            self.document.set_weights(None)  # trained for another graph: never saved with this one
            self._weights_revision = None
        if not self._configure():
            self._configured_revision = None
            self.controller.discard()

    def config_changed(self, config: TrainConfig) -> None:
        old = self.document.project.config
        self.document.project.config = config
        self.document.mark_modified()
        if config == old.with_changes(lr=config.lr, device=config.device):
            # The learning rate and the device change a live trainer; nothing is rebuilt or lost.
            if config.device != old.device and self._configured_revision == self._revision:
                self.controller.move_to(config.device)
            self.controller.set_learning_rate(config.lr)
            return
        self._changed()
        self._refresh_timer.start()  # the epoch count and results shown belong to the old settings

    def set_blocked(self, reason: str) -> None:
        """A non-empty reason (the graph is invalid) disables training and is shown."""
        self._blocked_reason = reason
        self._set_reason(lambda: self.tr("Cannot train: %1").replace("%1", reason) if reason else "")

    def failure_reason(self) -> str:
        """Why training cannot go on (translated), or "" (the graph's own problems are separate)."""
        return tr_core(self._failure) if self._failure else ""

    def _set_failure(self, message: str) -> None:
        if message != self._failure:
            self._failure = message
            if not message and not self._blocked_reason:
                self._set_reason(lambda: "")
            self._update_buttons()
            self.problem_changed.emit()

    def _set_reason(self, text) -> None:
        """``text``: a function giving the red line's words (called again when the language changes)."""
        self._reason_text = text
        self.reason_label.setText(text())
        self.reason_label.setToolTip(self.reason_label.text())
        self._update_buttons()

    # ----- commands -----------------------------------------------------------------------------
    def _configure(self) -> bool:
        """(Re)build the worker's trainer if anything changed since it was last built."""
        if self._blocked_reason:
            return False
        if self._configured_revision == self._revision:
            return True
        project = self.document.project
        weights = project.weights if self._weights_revision == self._revision else None
        self.controller.configure(project.graph, project.data, project.config.to_dict(), weights)
        self._configured_revision = self._revision
        self._weights_revision = self._revision if weights else None
        return True

    def _play_toggled(self, on: bool) -> None:
        if on:
            if self.controller.state == "finished":
                self.controller.reset()
            if self._configure():
                self.controller.play()
            else:
                self.play_button.setChecked(False)
        else:
            self.controller.pause()
        self._update_buttons()

    def _step(self, kind: str) -> None:
        if self._configure():
            self.controller.step(kind)

    def weights_imported(self) -> None:
        """The document's weights were replaced (File > Import Weights): rebuild the trainer from them."""
        self.play_button.setChecked(False)
        self._changed()
        self._weights_revision = self._revision
        self._configure()

    def reset(self) -> None:
        self.play_button.setChecked(False)
        self._configured_revision = None  # rebuild from the seed with the current graph and settings
        self._weights_revision = None
        self._set_failure("")
        self.document.set_weights(None)  # what is saved is what the user now sees: untrained
        self._configure()

    # ----- results ---------------------------------------------------------------------------------
    @Slot(object)
    def _show_snapshot(self, snapshot: Snapshot | None) -> None:
        self._snapshot = snapshot
        if snapshot is None:
            self.epoch_label.setText(self.tr("Epoch —"))
            self.loss_label.setText("")
            self.phase_label.setText("")
            return
        total = self.document.project.config.epochs if self.document else 0
        # Steps may go on past the planned epochs (the worked example plans one): never "Epoch 2 / 1".
        text = self.tr("Epoch %1 / %2") if snapshot.epoch <= total else self.tr("Epoch %1 (%2 planned)")
        self.epoch_label.setText(text.replace("%1", str(snapshot.epoch)).replace("%2", str(total)))
        loss = snapshot.loss if snapshot.loss is not None else snapshot.train_loss
        # The loss of the batch just computed, else the mean over the last epoch's batches, taken while
        # the weights were still changing: not the loss of the final weights (Metrics shows that one).
        if snapshot.loss is not None:
            text = self.tr("batch loss %1").replace("%1", f"{loss:.6g}")
        elif loss is not None:
            text = self.tr("last epoch's training loss %1").replace("%1", f"{loss:.6g}")
        else:
            text = ""
        self.loss_label.setText(text)
        if snapshot.message and self._reason_text() != tr_core(snapshot.message):
            self._set_reason(lambda: tr_core(snapshot.message))  # divergence or early stopping, said by the engine
        if snapshot.phase == "idle":  # between batches: say which comes next, never "batch 0"
            text = self.tr("Between steps (next: batch %1 of %2)").replace("%1", str(snapshot.batch + 1))
        else:
            phase = self.tr(PHASE_NAMES.get(snapshot.phase, snapshot.phase))
            text = self.tr("Phase: %1 (batch %2 of %3)").replace("%1", phase).replace("%2", str(snapshot.batch + 1))
        self.phase_label.setText(text.replace("%2" if snapshot.phase == "idle" else "%3", str(snapshot.n_batches)))

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        # "idle" comes from a rebuilt trainer, possibly just before a Play already queued
        # behind it: only a run that ended releases the button.
        if state == "failed":
            self._configured_revision = None  # nothing usable was built: build again when asked
            self._set_failure(self._last_message)
        if state in ("paused", "finished", "diverged", "stopped", "failed", "unconfigured") \
                and self.play_button.isChecked():
            self.play_button.blockSignals(True)
            self.play_button.setChecked(False)
            self.play_button.blockSignals(False)
        self._update_buttons()

    @Slot(object)
    def _weights_changed(self, weights) -> None:
        if self.document is not None:
            self.document.set_weights(weights)
            self._weights_revision = self._configured_revision if weights else None

    @Slot(str)
    def _message(self, text: str) -> None:
        self._last_message = text
        self.status.emit(tr_core(text))
        self._set_reason(lambda: tr_core(text))

    def _update_buttons(self) -> None:
        running = self.play_button.isChecked()
        valid = not self._blocked_reason
        allowed = valid and not self._failure  # Reset stays: it builds the trainer again
        self.play_button.setText(self.tr("Pause") if running else self.tr("Play"))
        self.play_button.setEnabled(allowed or running)
        for button in (self.step_epoch, self.step_batch, self.step_phase):
            button.setEnabled(allowed and not running)
        self.reset_button.setEnabled(valid)
        tip = self.reason_label.text() if not allowed else ""
        for button in (self.play_button, self.step_epoch, self.step_batch, self.step_phase):
            button.setToolTip(tip)
