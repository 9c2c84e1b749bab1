"""The training worker: one long-lived QObject on its own QThread, driving the core Trainer.

The GUI never touches the trainer or its tensors. Commands arrive as queued slot
calls; pause and stop are plain flags (a running ``play`` blocks the worker's event
loop, so they cannot wait in its queue). Results go out through :class:`Mailbox`:
the newest snapshot only (older ones are dropped, never queued) and the loss history
as appended pieces, plus a lightweight signal that something new is there.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ...core.data import make_dataset
from ...core.errors import AnnVizError
from ...core.graph import graph_from_dict
from ...core.i18n import _t
from ...core.train import Snapshot, TrainConfig  # torch-free; the Trainer (torch) loads in warm_up, here

if TYPE_CHECKING:
    from ...core.train import Trainer

EVALUATION_INTERVAL_S = 1.0  # metrics on all data cost a forward pass and a table update: once a second


def failure_message(template: str, err: BaseException) -> str:
    """Our own errors as they are (whole sentences); anything else (a bug, a library's error, memory)
    in ``template``'s ``{reason}``, named by its type so the message is never empty."""
    if isinstance(err, AnnVizError):
        return str(err)  # a whole sentence already
    text = str(err).strip()
    return template.format(reason=f"{type(err).__name__}: {text}" if text else type(err).__name__)


class Mailbox:
    """Thread-safe hand-over: the latest snapshot plus history pieces since the last take.

    ``restart()`` marks a fresh trainer: what is still there belongs to the previous one
    and is dropped, and the next ``take`` says so, so views clear their history *before*
    they see the new trainer's first results (a separate queued signal could arrive after
    them and wipe them).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._history: list[np.ndarray] = []
        self._evaluation = None
        self._fresh = False
        self._kept: int | None = None  # history rows still valid after a step back; None: all

    def restart(self) -> None:
        with self._lock:
            self._snapshot, self._history, self._evaluation, self._fresh = None, [], None, True
            self._kept = None

    def truncate(self, kept: int) -> None:
        """The trainer went back: only its first ``kept`` history rows still hold (pieces not yet
        taken lose the later rows too)."""
        with self._lock:
            self._history = [rows[rows[:, 0] < kept] for rows in self._history]
            self._kept = kept if self._kept is None else min(self._kept, kept)

    def put(self, snapshot: Snapshot | None, history: np.ndarray | None, evaluation=None) -> None:
        with self._lock:
            if snapshot is not None:
                self._snapshot = snapshot
            if evaluation is not None:
                self._evaluation = evaluation
            if history is not None and len(history):
                self._history.append(history)

    def take(self):
        """(fresh, newest snapshot, new history rows, newest evaluation): ``fresh`` is True once
        after ``restart``; the others are None when nothing is new."""
        return self.take_all()[:4]

    def take_all(self):
        """As :meth:`take`, then the history length a step back cut the views to (None: no cut), taken
        together: the cut applies before these rows."""
        with self._lock:
            kept, self._kept = self._kept, None
            fresh, self._fresh = self._fresh, False
            snapshot, self._snapshot = self._snapshot, None
            pieces, self._history = self._history, []
            evaluation, self._evaluation = self._evaluation, None
        return fresh, snapshot, (np.concatenate(pieces) if pieces else None), evaluation, kept


class TrainingWorker(QObject):
    """Lives on the training thread. All slots run there; flags are set from the GUI thread."""

    ready = Signal(str)  # a fresh trainer is built (or reset): its device name
    # "idle" | "running" | "paused" | "finished" | "stopped" | "diverged" | "failed" (no trainer: the
    # message said why) | "unconfigured" (the trainer was dropped on request)
    state_changed = Signal(str)
    failed = Signal(str)  # a message for the user; nothing was lost
    published = Signal()  # the mailbox has something new (at most ~60 per second)
    weights_ready = Signal(int, object)  # (generation, dict name -> array) after a run or step
    ready_device = Signal(str)  # the trainer moved to this device (history kept)
    warmed = Signal(str, object)  # torch is loaded: the default device, and (name, description) of each
    weights_loaded = Signal()  # hand-set weights are in the trainer; its snapshot is in the mailbox
    rewind_changed = Signal(bool, bool)  # whether Step back can go back a phase, an epoch
    divergence_explained = Signal(int, object)  # (generation, core DivergenceReport), just before "diverged"

    def __init__(self, mailbox: Mailbox):
        super().__init__()
        self.mailbox = mailbox
        self.trainer: Trainer | None = None
        self._pause = False
        self._epochs_per_s = 0.0  # 0: as fast as possible
        self._sent_history = 0
        self._pending_lr: float | None = None
        self._data_lock = threading.Lock()
        self._pending_data = None  # a Dataset to train on from the next chunk (drawn points)
        self._last_evaluation = 0.0
        self._generation = 0
        self._busy = threading.Event()
        self._failure = ""  # why there is no trainer, said again when Play or Step is pressed
        self._prepay_allowed = False  # set once the window is complete: then compile ahead where needed

    # ----- flags, safe to call from any thread ----------------------------------------------------
    def request_pause(self) -> None:
        self._pause = True

    def request_learning_rate(self, lr: float) -> None:
        """Applied by the training loop at its next batch (works mid-run)."""
        self._pending_lr = float(lr)

    def request_data(self, data) -> None:
        """Train on ``data`` (an immutable Dataset) from the next chunk on, keeping the run; a running
        loop ends its chunk for it, an idle worker takes it in :meth:`take_data`."""
        with self._data_lock:
            self._pending_data = data

    def _should_stop(self) -> bool:
        """Polled by the engine after every batch, on the worker thread (new data end the chunk too)."""
        if self._pending_lr is not None and self.trainer is not None:
            lr, self._pending_lr = self._pending_lr, None
            self.trainer.set_learning_rate(lr)
        return self._pause or self._pending_data is not None

    def set_speed(self, epochs_per_s: float) -> None:
        self._epochs_per_s = max(0.0, float(epochs_per_s))

    def is_busy(self) -> bool:
        return self._busy.is_set()

    @property
    def generation(self) -> int:
        """The configure call last taken up (its trainer is built, or failed to be)."""
        return self._generation

    # ----- slots (queued from the GUI thread) ---------------------------------------------------
    @Slot()
    def warm_up(self) -> None:
        """Import torch and the trainer here, on the training thread, once the window is painted (1-2 s)."""
        device, devices = "cpu", [("cpu", _t("CPU"))]
        try:
            from ...core.train import list_devices, resolve_device
            from ...core.train import trainer as _trainer  # noqa: F401  (torch, optimizers, the fast path)
            from ...core.train.optim import make_optimizer

            import torch

            make_optimizer([torch.zeros(1, requires_grad=True)], TrainConfig())  # its first construction's costs
            devices = list_devices()
            device = str(resolve_device("auto"))
        except AnnVizError:
            pass  # no usable default device: the CPU
        except Exception as err:  # a broken torch install: say so; the window still completes
            self.failed.emit(_t("Could not set up training: {reason}").format(reason=err))
        self.warmed.emit(device, devices)

    @Slot()
    def allow_prepay(self) -> None:
        """The window is complete: from now on, pay torch's compiler import ahead of a Play that needs it."""
        self._prepay_allowed = True
        self._prepay()

    def _prepay(self) -> None:
        from ...core.train import lazy_dynamo
        from ...core.train.optim import step_needs_dynamo

        optimizer = getattr(self.trainer, "optimizer", None)
        if self._prepay_allowed and optimizer is not None and step_needs_dynamo(optimizer):
            lazy_dynamo.prepay()  # 1-2 s the first time, now rather than on the first Play or Step

    @Slot(int, object, object, object, object, object)
    def configure(self, generation: int, graph: dict, data: dict, config: dict, weights, history=None) -> None:
        """Build a fresh trainer from plain data (the GUI's model objects never cross threads).

        ``generation`` tags the weights this trainer reports, so a late report from a
        previous project is recognised and dropped by the GUI. ``history``: (rows, layer names)
        of the run that led to ``weights`` (a saved project's), continued from, or None.
        """
        self._generation = generation
        from ...core.train import Trainer

        try:
            trainer = Trainer(graph_from_dict(graph), make_dataset(data), TrainConfig.from_dict(config))
            if weights:
                trainer.load_arrays(weights)
                if history is not None:
                    trainer.restore_history(*history)
        except Exception as err:  # noqa: BLE001 - any failure becomes a message, never a stuck app
            # The previous project's trainer and results go too: never train or save the old network.
            self._sent_history = 0
            self.mailbox.restart()
            self._fail(failure_message(_t("Could not set up training: {reason}"), err))
            return
        self.trainer = trainer
        self._failure = ""
        self._sent_history = 0
        self.mailbox.restart()  # whatever is there belongs to the previous trainer
        self.ready.emit(str(trainer.device))
        try:
            self._publish(trainer.snapshot(), evaluate=True)
        except Exception as err:  # noqa: BLE001
            self._fail(failure_message(_t("Could not set up training: {reason}"), err))
            return
        self._report_rewind()
        self.state_changed.emit("idle")
        QTimer.singleShot(0, self, self._prepay)  # after the queued commands (a Play pays it itself)

    @Slot()
    def discard(self) -> None:
        """Drop the trainer and its results (the graph changed into one that cannot be trained)."""
        self.trainer = None
        self._failure = ""
        self._sent_history = 0
        self.mailbox.restart()
        self._report_rewind()
        self.state_changed.emit("unconfigured")

    @Slot(int)
    def play(self, epochs: int = 0) -> None:
        """Train up to the planned epochs, or ``epochs`` more when above 0 (continuing a finished run)."""
        if not self._can_train():
            return
        self._pause = False
        self._busy.set()
        self.state_changed.emit("running")
        try:
            target = self.trainer.epoch + epochs if epochs > 0 else self.trainer.config.epochs
            self._run(target)
            self._publish(self.trainer.snapshot(), evaluate=True)  # the final state, not the last frame
            weights = self.trainer.state_arrays()
        except AnnVizError as err:
            self.failed.emit(str(err))
            self._busy.clear()
            self._report_rewind()
            self.state_changed.emit("stopped")
            return
        except Exception as err:  # noqa: BLE001 - e.g. BatchNorm given one sample, out of memory
            self._fail(failure_message(_t("Training stopped: {reason}"), err))
            return
        finally:
            self._busy.clear()
        self.weights_ready.emit(self._generation, weights)
        self._report_rewind()
        self._emit_state(self._state_after(target))

    def _run(self, target: int):
        trainer = self.trainer
        if self._epochs_per_s <= 0:
            result = None
            while trainer.epoch < target and not self._pause and not trainer.stopped:
                result = trainer.run(max(0, target - trainer.epoch), should_stop=self._should_stop,
                                     on_snapshot=self._publish)
                if not self._swap_data():  # (new points end a chunk; the run goes on with them)
                    break
            return result
        result = None
        while trainer.epoch < target and not self._pause and not trainer.stopped:
            started = time.perf_counter()
            result = trainer.run(1, should_stop=self._should_stop, on_snapshot=self._publish, snapshot_interval=0)
            self._swap_data()
            delay = 1.0 / self._epochs_per_s - (time.perf_counter() - started)
            while delay > 0 and not self._pause:  # sleep in short naps so Pause stays responsive
                time.sleep(min(delay, 0.02))
                delay -= 0.02
        return result

    def _state_after(self, target: int) -> str:
        trainer = self.trainer
        if trainer.stopped:
            return "diverged" if trainer.divergence is not None else "stopped"
        if trainer.epoch >= target:
            return "finished"
        return "paused"

    def _swap_data(self) -> bool:
        """Give the trainer the data waiting for it, if any (True); data that do not fit are refused
        with a message and the run goes on with the data it had."""
        with self._data_lock:
            data, self._pending_data = self._pending_data, None
        if data is None or self.trainer is None:
            return False
        try:
            self.trainer.replace_data(data)
        except AnnVizError as err:
            self.failed.emit(str(err))
        return True

    @Slot()
    def take_data(self) -> None:
        """Between runs: train on the data :meth:`request_data` left (the views get its evaluation)."""
        if self._busy.is_set() or not self._swap_data():
            return
        self._publish(self.trainer.snapshot(), evaluate=True)
        self._report_rewind()

    @Slot(str)
    def step(self, kind: str) -> None:
        """One "phase", "batch" or "epoch"."""
        if not self._can_train():
            return
        trainer = self.trainer
        self._should_stop()  # apply a pending learning rate
        try:
            snapshot = {"phase": trainer.step_phase, "batch": trainer.step_batch, "epoch": trainer.step_epoch}[kind]()
            idle = trainer.phase == "idle"
            self._publish(snapshot, evaluate=idle)
            weights = trainer.state_arrays() if idle else None
        except AnnVizError as err:
            self.failed.emit(str(err))
            self._emit_state("diverged" if trainer.divergence is not None else "paused")
            return
        except Exception as err:  # noqa: BLE001
            self._fail(failure_message(_t("Training stopped: {reason}"), err))
            return
        if weights is not None:
            self.weights_ready.emit(self._generation, weights)
        self._report_rewind()
        self._emit_state("diverged" if trainer.divergence is not None else "paused")

    def _emit_state(self, state: str) -> None:
        """The state after a run or step; a divergence is explained first (growth, layer, edge)."""
        if state == "diverged":
            from ...core.inspect.divergence import explain_divergence

            try:
                self.divergence_explained.emit(self._generation, explain_divergence(self.trainer))
            except Exception:  # noqa: BLE001 - the message already says that it diverged; the report is extra
                pass
        self.state_changed.emit(state)

    @Slot(float)
    def continue_after_divergence(self, lr: float) -> None:
        """Back to the lowest finite loss before the divergence, with learning rate ``lr`` (Play goes on)."""
        trainer = self.trainer
        if trainer is None or self._busy.is_set():
            return
        try:
            trainer.rewind_after_divergence(lr)
        except AnnVizError as err:
            self.failed.emit(str(err))
            self.state_changed.emit("diverged" if trainer.divergence is not None else "paused")
            return
        self._went_back(trainer.snapshot())
        self._report_rewind()
        self.state_changed.emit("paused")

    def _went_back(self, snapshot: Snapshot) -> None:
        """The trainer went back (Step back, or before a divergence): the views drop the later history
        rows, then show where it is now."""
        trainer = self.trainer
        kept = len(trainer.history)
        if kept < self._sent_history:
            self._sent_history = kept
            self.mailbox.truncate(kept)
        self._publish(snapshot, evaluate=trainer.phase == "idle")
        self.weights_ready.emit(self._generation, trainer.state_arrays())

    @Slot(str)
    def step_back(self, unit: str) -> None:
        """Back one "phase" or "epoch" over the steps taken (see :mod:`...core.train.rewind`)."""
        trainer = self.trainer
        if trainer is None or self._busy.is_set():
            return
        try:
            snapshot = trainer.step_back(unit)
            if snapshot is None:
                self.failed.emit(_t("There is no step to go back to: Step back goes over the phases and epochs "
                                    "stepped since the last Play, Reset or typed weight."))
            else:
                self._went_back(snapshot)
        except Exception as err:  # noqa: BLE001
            self._fail(failure_message(_t("Training stopped: {reason}"), err))
            return
        self._report_rewind()
        self.state_changed.emit("diverged" if trainer.divergence is not None else "paused")

    def _report_rewind(self) -> None:
        trainer = self.trainer
        can = trainer is not None and not self._busy.is_set()
        self.rewind_changed.emit(can and trainer.can_step_back("phase"), can and trainer.can_step_back("epoch"))

    @Slot()
    def reset(self) -> None:
        if self.trainer is None:
            return
        try:
            self.trainer.reset()
            self._sent_history = 0
            self.mailbox.restart()
            self.ready.emit(str(self.trainer.device))
            self._publish(self.trainer.snapshot())
        except Exception as err:  # noqa: BLE001
            self._fail(failure_message(_t("Could not set up training: {reason}"), err))
            return
        self.weights_ready.emit(self._generation, None)
        self._report_rewind()
        self.state_changed.emit("idle")

    @Slot(dict)
    def load_weights(self, weights: dict) -> None:
        """Hand-set weights (typed in a view): the trainer takes them without training, keeping its
        epoch and history; the views get its outputs (snapshot and evaluation) at once."""
        if self.trainer is None:
            return
        try:
            self.trainer.load_arrays(weights)
        except AnnVizError as err:
            self.failed.emit(str(err))
            return
        self._publish(self.trainer.snapshot(), evaluate=True)
        self._report_rewind()
        self.weights_loaded.emit()

    @Slot(str)
    def move_to(self, device: str) -> None:
        """Switch device keeping everything; on failure fall back to the CPU with a message."""
        if self.trainer is None:
            return
        try:
            self.trainer.move_to(device)
        except Exception as err:  # noqa: BLE001 - a bad device name or a failing driver alike
            reason = str(err) if isinstance(err, AnnVizError) else failure_message("{reason}", err)
            self.failed.emit(_t("{reason} Training continues on the CPU.").format(reason=reason))
            try:
                self.trainer.move_to("cpu")
            except Exception:  # noqa: BLE001 - it stays where it was, which the label shows
                pass
        self.ready_device.emit(str(self.trainer.device))


    # ----- helpers ---------------------------------------------------------------------------
    def _fail(self, message: str) -> None:
        """No usable trainer: drop it (never train or save a stale network) and say why."""
        self.trainer = None
        self._report_rewind()
        self._failure = message
        self.failed.emit(message)
        self.state_changed.emit("failed")

    def _can_train(self) -> bool:
        """Every refusal ends in a state, so the GUI never waits for a run that does not come."""
        if self.trainer is None:
            self.failed.emit(self._failure or _t("The network is not ready to train."))
            self.state_changed.emit("failed" if self._failure else "unconfigured")
            return False
        if self.trainer.stopped:
            self.failed.emit(self.trainer.stopped)
            self.state_changed.emit("diverged" if self.trainer.divergence is not None else "stopped")
            return False
        return True

    def _publish(self, snapshot: Snapshot | None, evaluate: bool = False) -> None:
        history, evaluation = None, None
        if self.trainer is not None:
            history = self.trainer.history.rows_since(self._sent_history)
            self._sent_history += len(history)
            now = time.perf_counter()
            if evaluate or now - self._last_evaluation >= EVALUATION_INTERVAL_S:
                self._last_evaluation = now
                evaluation = self.trainer.evaluate()
        self.mailbox.put(snapshot, history, evaluation)
        self.published.emit()
