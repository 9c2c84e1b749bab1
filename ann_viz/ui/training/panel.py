"""Training controls: Play/Pause, Step epoch/batch/phase, Reset, speed, and the run's status line.

The panel decides *when* the worker must be rebuilt (the graph, data or settings
changed since it was configured) and keeps trained weights with the document.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QSpinBox, QVBoxLayout, QWidget)

from ...core.train import Snapshot, TrainConfig
from ...core.tours import targets
from ...core.train.plateau import plateau_advice
from ..language import Retranslatable
from ..tr import tr_core
from .confirm import confirm_discard
from .controller import TrainingController
from .live_data import LiveData, setup_key
from .steady_label import SteadyLabel
from .row_buffer import RowBuffer
from .step_back import StepBackButtons
from .typed_weights import explicit_specs, structure_key, typed_weights

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


def phase_name(phase: str) -> str:
    """A phase ("forward", ..., "idle") in the current language."""
    return QCoreApplication.translate("TrainingPanel", PHASE_NAMES.get(phase, phase))


REFRESH_MS = 250  # after the last graph edit, rebuild the trainer (a burst of edits builds once)


class TrainingPanel(Retranslatable, QWidget):
    status = Signal(str)
    problem_changed = Signal()  # failure_reason() changed
    advice_changed = Signal(str)  # what to try after a run that ended on a plateau ("" when none)
    config_refused = Signal()  # new settings were not taken (the user kept the trained run)

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
        # What the trainer holds, to give it typed weights without a rebuild (see typed_weights.py).
        self._base: dict | None = None  # its weights when built or last trained; None: the seed's
        self._base_specs: dict = {}
        self._loaded_specs: dict = {}
        self._structure: str | None = None
        self._setup: tuple[str, str] | None = None  # the data and settings the trainer was built with
        self._live = LiveData(self)  # drawn points reach the trainer without a rebuild
        # This trainer's history rows: kept with its weights in the project; their losses give the plateau advice.
        self._rows = RowBuffer()
        self._play_epochs = 0  # the next Play runs this many more epochs (0: to the planned last epoch)
        self._advice = lambda: ""
        self.advice = ""
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.step_epoch = QPushButton()
        self.step_batch = QPushButton()
        self.step_phase = QPushButton()
        self.reset_button = QPushButton()
        # A finished run goes on for this many more epochs (Play, or Continue at any time): never a restart.
        self.continue_epochs = QSpinBox()
        self.continue_epochs.setRange(1, 10**9)
        self.continue_epochs.setGroupSeparatorShown(False)
        self.continue_button = QPushButton()
        self.back = StepBackButtons(controller, self)  # back a phase or an epoch, exactly
        self.speed = QComboBox()
        for widget, name in ((self.play_button, targets.PLAY), (self.step_epoch, targets.STEP_EPOCH),
                             (self.step_phase, targets.STEP_PHASE), (self.reset_button, targets.RESET)):
            widget.setObjectName(name)  # guided tours point at them
        for value, _label in SPEEDS:
            self.speed.addItem("", value)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        # New texts 60 times a second: labels that do not re-lay out the window each time.
        self.epoch_label = SteadyLabel()
        self.loss_label = SteadyLabel()
        self.phase_label = SteadyLabel()
        self.accuracy_label = SteadyLabel()  # in sight while training, not only on the Metrics tab
        self._accuracy: float | None = None
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        # A long message (or one long word, such as a path) must not widen the dock and so the
        # window: it wraps within the width there is; the tooltip holds it whole.
        self.reason_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.reason_label.setMinimumWidth(1)
        self.reason_label.setStyleSheet("color: #d03030;")
        self.note_label = QLabel()  # why the buttons are off when nothing is wrong (a Step network)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        buttons = QGridLayout()
        buttons.addWidget(self.play_button, 0, 0)
        buttons.addWidget(self.reset_button, 0, 1)
        buttons.addWidget(self.step_epoch, 1, 0)
        buttons.addWidget(self.step_batch, 1, 1)
        buttons.addWidget(self.step_phase, 2, 0)
        buttons.addWidget(self.speed, 2, 1)
        buttons.addWidget(self.back.phase, 3, 0)
        buttons.addWidget(self.back.epoch, 3, 1)
        buttons.addWidget(self.continue_button, 4, 0)
        buttons.addWidget(self.continue_epochs, 4, 1)
        buttons.setVerticalSpacing(2)  # five rows of buttons, and the panel still fits 1280x720
        info = QHBoxLayout()  # the loss on a line of its own: one line of all three was wider than the dock
        for label in (self.epoch_label, self.accuracy_label):
            info.addWidget(label, 1, Qt.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addLayout(info)
        layout.addWidget(self.loss_label)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        self.play_button.toggled.connect(self._play_toggled)
        self.step_epoch.clicked.connect(lambda: self._step("epoch"))
        self.step_batch.clicked.connect(lambda: self._step("batch"))
        self.step_phase.clicked.connect(lambda: self._step("phase"))
        self.reset_button.clicked.connect(self._reset_clicked)
        self.continue_button.clicked.connect(self._continue_clicked)
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
        controller.preparing_changed.connect(self._preparing_changed)
        controller.history_appended.connect(self._history_appended)
        controller.history_cleared.connect(self._history_cleared)
        controller.evaluation_changed.connect(self._evaluation_changed)
        controller.step_back_changed.connect(self._update_buttons)
        controller.history_truncated.connect(self._history_truncated)
        self.retranslate()

    def retranslate(self) -> None:
        for button, text in ((self.step_epoch, self.tr("Step epoch")), (self.step_batch, self.tr("Step batch")),
                             (self.step_phase, self.tr("Step phase")), (self.reset_button, self.tr("Reset")),
                             (self.continue_button, self.tr("Continue for"))):
            button.setText(text)
        self.continue_epochs.setSuffix(self.tr(" more epochs"))
        for i, (_value, label) in enumerate(SPEEDS):
            self.speed.setItemText(i, self.tr(label))
        self._show_snapshot(self._snapshot)
        self._set_reason(self._reason_text)
        self._set_advice(self._advice)
        self._show_accuracy()
        self.back.retranslate()
        self._update_buttons()  # the tooltips' reasons, in the new language

    # ----- document wiring --------------------------------------------------------------------
    def set_document(self, document) -> None:
        self.controller.pause()  # another project: stop the run; its worker is rebuilt below
        if self.document is not None:
            self.document.undo_stack.indexChanged.disconnect(self._graph_edited)
        self.document = document
        document.undo_stack.indexChanged.connect(self._graph_edited)
        self._live.reset(document)
        self._refresh_timer.stop()
        self._changed()
        self.continue_epochs.setValue(max(1, document.project.config.epochs))
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
    def _graph_edited(self, index: int) -> None:
        if self._live.take(index):
            return  # points drawn on the plane: the trainer has them, the run goes on
        current = self._configured_revision == self._revision
        self._changed()
        if self.controller.is_running():
            self.controller.pause()
        taken = current and self._take_typed_weights()
        self._update_buttons()  # a Step layer may have come or gone
        if not taken:
            self._refresh_timer.start()  # another edit: a trainer for the new graph shortly

    @Slot()
    def _refresh(self) -> None:
        """After graph edits: a trainer for the graph as it is now, or none if it cannot be trained."""
        if self.controller.is_running() or self.document is None:
            return
        if self._configured_revision == self._revision:
            return
        if self.document.project.weights is not None and self._weights_revision != self._revision:
            self.document.set_weights(None)  # trained for another graph: never saved with this one
            self._weights_revision = None
        if not self._configure():
            self._configured_revision = None
            self.controller.discard()

    def _take_typed_weights(self) -> bool:
        """An edit of hand-set weights only: the trainer takes them now, so every view shows their
        outputs at once, without training. False when the edit was another kind (rebuild instead)."""
        graph = self.document.graph
        if self._blocked_reason or structure_key(graph) != self._structure or self._setup != self._setup_key():
            return False  # (an undone data change is an undo-stack edit too: it needs a new trainer)
        specs = explicit_specs(graph)
        if specs == self._loaded_specs:  # e.g. a node moved: the trainer is still current
            self._configured_revision = self._revision
            return True
        if self._base is None:  # untrained: a fresh trainer from the seed, with the typed values
            return self._configure()
        weights = typed_weights(self._base, self._base_specs, graph)
        self.controller.load_weights(weights)
        self._loaded_specs = specs
        self._configured_revision = self._weights_revision = self._revision
        self.document.set_weights(weights)  # saved as shown
        return True

    def _setup_key(self) -> tuple[str, str]:
        return setup_key(self.document.project)

    def config_changed(self, config: TrainConfig) -> None:
        old = self.document.project.config
        live = config == old.with_changes(lr=config.lr, device=config.device)
        keep = config == old.with_changes(lr=config.lr, device=config.device, epochs=config.epochs)
        if not keep and not self.confirm_discard(self.tr("New settings need a new run from the initial weights.")):
            self.config_refused.emit()  # the form shows the settings still in force
            return
        self.document.project.config = config
        self.document.mark_modified()
        if live:
            # The learning rate and the device change a live trainer; nothing is rebuilt or lost.
            if config.device != old.device and self._configured_revision == self._revision:
                self.controller.move_to(config.device)
            self.controller.set_learning_rate(config.lr)
            return
        if config.epochs != old.epochs:
            self.continue_epochs.setValue(max(1, config.epochs))
        self._changed()
        if keep and self._weights_revision is not None:
            self._weights_revision = self._revision  # a new epoch count only: the run goes on from its weights
        self._refresh_timer.start()  # the epoch count and results shown belong to the old settings

    def set_blocked(self, reason: str) -> None:
        """A non-empty reason (the graph is invalid) disables training and is shown."""
        self._blocked_reason = reason
        self._set_reason(lambda: self.tr("Cannot train: %1").replace("%1", reason) if reason else "")

    def clear_reason(self) -> None:
        """The red line no longer holds (a diverged run goes on from before the divergence)."""
        self._set_reason(lambda: "")

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
        history = (project.history, project.history_layers) if project.history is not None else None
        self.controller.configure(project.graph, project.data, project.config.to_dict(), weights, history)
        self._base = dict(weights) if weights else None
        self._base_specs = self._loaded_specs = explicit_specs(project.graph)
        self._structure = structure_key(project.graph)
        self._setup = self._setup_key()
        self._configured_revision = self._revision
        self._weights_revision = self._revision if weights else None
        return True

    def _play_toggled(self, on: bool) -> None:
        if on:
            epochs, self._play_epochs = self._play_epochs, 0
            if not epochs and self._at_planned_end():
                epochs = self.continue_epochs.value()  # a finished run goes on: it never starts over
            if self._configure():
                # the run's rows, one per epoch, get their room now rather than by doublings midway
                planned = self.document.project.config.epochs if self.document is not None else 0
                self._rows.reserve(max(planned, self.trained_epochs() + epochs) + 1)
                self.controller.play(epochs)
                if self.controller.preparing:
                    self.status.emit(self.tr("Play pressed: training starts as soon as the trainer is ready."))
                    self._show_snapshot(self._snapshot)
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

    def trained_epochs(self) -> int:
        """Epochs the shown run has trained (what a rebuild from the seed would throw away)."""
        return self._snapshot.epoch if self._snapshot is not None else 0

    def _at_planned_end(self) -> bool:
        epochs = self.trained_epochs()
        return self.controller.state == "finished" or (epochs > 0 and epochs >= self.document.project.config.epochs)

    def _continue_clicked(self) -> None:
        """Train N more epochs from where the run is (the spin box's N)."""
        if self.play_button.isChecked():
            return
        self._play_epochs = self.continue_epochs.value()
        self.play_button.setChecked(True)

    def confirm_discard(self, action: str) -> bool:
        """Ask before throwing the trained run away (``action``: what is about to happen); True: go on."""
        return confirm_discard(self, self.trained_epochs(), action)

    def _reset_clicked(self) -> None:
        if self.confirm_discard(self.tr("Reset goes back to the initial weights and epoch 0.")):
            self.reset()

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
            self.loss_label.setText(self._preparing_short())
            self.phase_label.setText(self._preparing_text())
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
            text = self._preparing_short()
        self.loss_label.setText(text)
        if snapshot.message and self._reason_text() != tr_core(snapshot.message):
            self._set_reason(lambda: tr_core(snapshot.message))  # divergence or early stopping, said by the engine
        if snapshot.phase == "idle":  # between batches: say which comes next, never "batch 0"
            text = self.tr("Between steps (next: batch %1 of %2)").replace("%1", str(snapshot.batch + 1))
        else:
            phase = self.tr(PHASE_NAMES.get(snapshot.phase, snapshot.phase))
            text = self.tr("Phase: %1 (batch %2 of %3)").replace("%1", phase).replace("%2", str(snapshot.batch + 1))
        self.phase_label.setText(self._preparing_text()
                                 or text.replace("%2" if snapshot.phase == "idle" else "%3", str(snapshot.n_batches)))

    def _preparing_short(self) -> str:
        """In the top row, in sight even in a short dock (the longer lines are below it)."""
        if self.controller.preparing:
            return self.tr("preparing…")
        return self.tr("nothing to train") if self._step_layer() else ""

    def _preparing_text(self) -> str:
        if not self.controller.preparing:
            return ""
        if self.play_button.isChecked():
            return self.tr("Preparing the trainer… Play starts as soon as it is ready.")
        return self.tr("Preparing the trainer… (the initial weights are shown)")

    @Slot(bool)
    def _preparing_changed(self, _preparing: bool) -> None:
        self._show_snapshot(self._snapshot)

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        # "idle" comes from a rebuilt trainer, possibly just before a Play already queued
        # behind it: only a run that ended releases the button.
        if state == "failed":
            self._configured_revision = None  # nothing usable was built: build again when asked
            self._set_failure(self._last_message)
        if state == "finished":
            self._advise()
        elif state in ("running", "configuring"):
            self._set_advice(lambda: "")
        if state in ("paused", "finished", "diverged", "stopped", "failed", "unconfigured") \
                and self.play_button.isChecked():
            self.play_button.blockSignals(True)
            self.play_button.setChecked(False)
            self.play_button.blockSignals(False)
        self._update_buttons()

    @Slot(object)
    def _history_appended(self, rows) -> None:
        self._rows.append(rows)

    @Slot(int)
    def _history_truncated(self, kept: int) -> None:
        self._rows.truncate(kept)

    @Slot()
    def _history_cleared(self) -> None:
        self._rows.clear()
        self._accuracy = None
        self._show_accuracy()

    @Slot(object)
    def _evaluation_changed(self, evaluation) -> None:
        report = getattr(evaluation, "report", None)
        self._accuracy = None if not report or "accuracy" not in report else float(report["accuracy"])
        self._show_accuracy()

    def _show_accuracy(self) -> None:
        self.accuracy_label.setText("" if self._accuracy is None else
                                    self.tr("accuracy %1").replace("%1", f"{self._accuracy:.4f}"))

    def _advise(self) -> None:
        """A finished run that ended on a plateau says so, and what to try."""
        if self.document is None or not len(self._rows):
            return
        graph = self.document.graph
        output = next((n for n in graph.nodes.values() if n.kind == "output"), None)
        advice = plateau_advice(self._rows.rows()[:, 1], output.params["loss"] if output else "",
                                self.document.project.config, graph)
        if advice is None:
            self._set_advice(lambda: "")
            return
        what, tries = advice
        self._set_advice(lambda: tr_core(what) + " " + self.tr("Try: %1.").replace(
            "%1", "; ".join(tr_core(t) for t in tries)))
        self.status.emit(self.advice)

    def _set_advice(self, text) -> None:
        """``text``: a function giving the advice (called again when the language changes)."""
        self._advice = text
        self.advice = text()
        self.advice_changed.emit(self.advice)

    @Slot(object)
    def _weights_changed(self, weights) -> None:
        if self.document is not None:
            self.document.set_weights(weights)
            if weights:
                layers = tuple(name.rsplit(".", 1)[0] for name in weights if name.endswith(".weight"))
                rows = self._rows.rows()  # a view: no copy of a million-epoch history on the GUI thread
                self.document.set_history(rows if rows is not None and rows.shape[1] == 4 + len(layers) else None,
                                          layers)
            self._weights_revision = self._configured_revision if weights else None
            self._base = dict(weights) if weights else None
            self._base_specs = self._loaded_specs = explicit_specs(self.document.graph)

    @Slot(str)
    def _message(self, text: str) -> None:
        self._last_message = text
        self.status.emit(tr_core(text))
        self._set_reason(lambda: tr_core(text))

    def _step_layer(self) -> str:
        """The name of a Step layer (nothing can be trained through it), or ""."""
        graph = self.document.graph if self.document is not None else None
        return next((n.name for n in graph.nodes.values() if n.kind == "step"), "") if graph is not None else ""

    def _update_buttons(self) -> None:
        running = self.play_button.isChecked()
        valid = not self._blocked_reason
        allowed = valid and not self._failure  # Reset stays: it builds the trainer again
        step_layer = "" if self._blocked_reason else self._step_layer()
        note = ""
        if step_layer:
            note = self.tr("Nothing to train: '%1' is a Step layer, whose gradient is zero. Double-click a "
                           "weight in the neuron view to set it: every view shows the result at once."
                           ).replace("%1", step_layer)
        self.note_label.setText(self.tr("Nothing to train (Step layer): double-click a weight to set it.")
                                if note else "")
        self.note_label.setToolTip(note)
        self.note_label.setVisible(bool(note))
        self.phase_label.setVisible(not note)  # no phases to step through
        self.play_button.setText(self.tr("Pause") if running else self.tr("Play"))
        self.play_button.setEnabled(allowed and (running or not step_layer) or running)
        for button in (self.step_epoch, self.step_batch, self.step_phase):
            button.setEnabled(allowed and not running and not step_layer)
        self.reset_button.setEnabled(valid)
        self.continue_button.setEnabled(allowed and not running and not step_layer and self.trained_epochs() > 0)
        tips = self._button_tips()
        blocked = self.reason_label.text() if not allowed else note
        self.back.update_buttons(allowed and not running and not step_layer, blocked)
        for button, tip in ((self.play_button, tips["play"]), (self.step_epoch, tips["epoch"]),
                            (self.step_batch, tips["batch"]), (self.step_phase, tips["phase"]),
                            (self.reset_button, tips["reset"]), (self.speed, tips["speed"]),
                            (self.continue_button, tips["continue"]), (self.continue_epochs, tips["continue"])):
            button.setToolTip(tip + ("\n\n" + blocked if blocked and button not in (self.speed, self.continue_epochs)
                                     else ""))

    def _button_tips(self) -> dict[str, str]:
        """What each control does, for its tooltip."""
        return {"play": self.tr("Train epoch after epoch until the last one (or Pause). On a finished run, "
                                "goes on for the number of epochs set beside Continue."),
                "continue": self.tr("Train this many more epochs from where the run is now; the loss history "
                                    "goes on."),
                "epoch": self.tr("Train one epoch: every batch of the training data once, then stop."),
                "batch": self.tr("Train on one batch: forward, loss, backward and update, then stop."),
                "phase": self.tr("Do the next phase only (forward, loss, backward or update), to watch each in "
                                 "the neuron view."),
                "reset": self.tr("Back to the initial weights (from the seed) and epoch 0; the loss history is "
                                 "cleared."),
                "speed": self.tr("How fast Play trains: a few epochs per second to watch each step, or as fast as "
                                 "possible.")}
