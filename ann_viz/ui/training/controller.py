"""The GUI-thread side of training: owns the worker thread, forwards commands, pulls results.

Worker signals are received in slots of this QObject, which lives on the GUI thread
(a lambda connected to a worker signal would run on the worker's thread in PySide6).
A 60 Hz timer takes the newest snapshot and the new history rows from the mailbox and
re-emits them; views draw from these, never from live tensors.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ...core.errors import AnnVizError
from ...core.graph import graph_to_dict
from ...core.train import Snapshot
from .worker import Mailbox, TrainingWorker

FRAME_MS = 16


class TrainingController(QObject):
    # to the worker (queued across threads)
    # Plain Python objects: a dict signal argument is converted to a QVariantMap, which fails on
    # an integer beyond 64 bits (a hostile seed) before the worker could say why.
    _configure = Signal(int, object, object, object, object, object)
    _play = Signal(int)
    _step = Signal(str)
    _step_back = Signal(str)
    _reset = Signal()
    _discard = Signal()
    _move = Signal(str)
    _warm_up = Signal()
    _allow_prepay = Signal()
    _load = Signal(dict)
    _continue_diverged = Signal(float)
    _take_data = Signal()
    # to the views (GUI thread)
    snapshot_changed = Signal(object)  # Snapshot
    history_appended = Signal(object)  # ndarray rows (epoch, train, val, accuracy, ||dL/dW|| per layer...)
    history_cleared = Signal()
    evaluation_changed = Signal(object)  # core Evaluation of the current weights
    state_changed = Signal(str)
    message = Signal(str)
    weights_changed = Signal(object)
    device_changed = Signal(str)
    devices_listed = Signal(object)  # (name, description) of the CPU and each CUDA device, once torch is loaded
    settled = Signal()  # once: torch is loaded and the first trainer is ready (or could not be built)
    preparing_changed = Signal(bool)  # a trainer is being built (the first one imports much of torch)
    weights_loaded = Signal()  # the trainer took hand-set weights (its newest snapshot has them)
    history_truncated = Signal(int)  # Step back: only the first n history rows still hold
    step_back_changed = Signal()  # can_step_back changed
    divergence_explained = Signal(object)  # core DivergenceReport of this trainer's divergence

    def __init__(self, parent=None, start: bool = True):
        """``start``: start the training thread now; else :meth:`start` does (the app's window is
        painted first). Commands given before that wait in the thread's queue, in order."""
        super().__init__(parent)
        self.mailbox = Mailbox()
        self.thread = QThread()
        self.thread.setObjectName("ann-viz training")
        self.worker = TrainingWorker(self.mailbox)
        self.worker.moveToThread(self.thread)
        self._configure.connect(self.worker.configure)
        self._play.connect(self.worker.play)
        self._step.connect(self.worker.step)
        self._step_back.connect(self.worker.step_back)
        self.worker.rewind_changed.connect(self._on_rewind)
        self.can_step_back = {"phase": False, "epoch": False}
        self._reset.connect(self.worker.reset)
        self._discard.connect(self.worker.discard)
        self._move.connect(self.worker.move_to)
        self._warm_up.connect(self.worker.warm_up)
        self._allow_prepay.connect(self.worker.allow_prepay)
        self.worker.warmed.connect(self._on_warmed)
        self._load.connect(self.worker.load_weights)
        self._take_data.connect(self.worker.take_data)
        self.worker.weights_loaded.connect(self._on_loaded)
        self.worker.ready_device.connect(self._on_device)
        self.worker.ready.connect(self._on_ready)
        self.worker.state_changed.connect(self._on_state)
        self.worker.failed.connect(self._on_failed)
        self.worker.weights_ready.connect(self._on_weights)
        self.worker.divergence_explained.connect(self._on_divergence)
        self._continue_diverged.connect(self.worker.continue_after_divergence)
        self._warm = False
        self.is_settled = False
        self._warm_up.emit()  # first in the worker's queue: torch loads there, not on the GUI thread
        if start:
            self.start()
        self.state = "unconfigured"
        self.preparing = False
        self.generation = 0  # counts configure() calls; reports of older trainers are stale
        self.latest: Snapshot | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.pull)
        self.timer.start()

    def start(self) -> None:
        """Start the training thread (once): it imports torch, then runs the queued commands."""
        if not self.thread.isRunning():
            self.thread.start()

    # ----- commands ----------------------------------------------------------------------
    def configure(self, graph, data: dict, config: dict, weights: dict | None, history=None) -> None:
        """Build a new trainer on the training thread; meanwhile the views get the weights it will
        start from (computed here, the same seed), so nothing waits for the thread. ``history``:
        (rows, layer names) of the run that led to ``weights``, which the trainer continues."""
        self.state = "configuring"
        self.generation += 1
        self.mailbox.take()  # what the previous trainer left there is stale now
        self._set_preparing(True)
        self.state_changed.emit("configuring")
        preview = None
        # Only once the training thread has loaded torch: before that the GUI thread would import it
        # (seconds before the first paint), and the views that show a preview are not built yet.
        if self._warm:
            from ...core.inspect.preview import initial_snapshot  # torch: loaded by now

            try:
                preview = initial_snapshot(graph, int(config.get("seed", 0)), weights)
            except (AnnVizError, RuntimeError, ValueError, KeyError, OverflowError):
                preview = None  # a graph that cannot be built: its problem is shown elsewhere
        if preview is not None:
            self.history_cleared.emit()
            self.latest = preview
            self.snapshot_changed.emit(preview)
        self._configure.emit(self.generation, graph_to_dict(graph), dict(data), dict(config), weights,
                             history if weights else None)

    def load_weights(self, weights: dict) -> None:
        """Give the trainer hand-set weights (all of them, by graph name) without training;
        queued, so a run in progress ends first."""
        self._load.emit(dict(weights))

    def replace_data(self, data) -> None:
        """Train on ``data`` (an immutable Dataset) from now on, keeping the weights, epoch and history:
        a running loop takes it between chunks, an idle trainer at once."""
        self.worker.request_data(data)
        self._take_data.emit()

    def _set_preparing(self, preparing: bool) -> None:
        if preparing != self.preparing:
            self.preparing = preparing
            self.preparing_changed.emit(preparing)

    def play(self, epochs: int = 0) -> None:
        """Train to the planned last epoch, or ``epochs`` more when above 0."""
        self.state = "running"
        self._play.emit(int(epochs))

    def pause(self) -> None:
        self.worker.request_pause()  # a flag: the worker's queue is blocked while it runs

    def step(self, kind: str) -> None:
        self._step.emit(kind)

    def step_back(self, unit: str) -> None:
        """Back one "phase" or "epoch" (queued, so a step still being done comes first)."""
        self._step_back.emit(unit)

    def reset(self) -> None:
        self.worker.request_pause()
        self._reset.emit()

    def discard(self) -> None:
        """Drop the trainer and clear the views (the graph can no longer be trained as it is)."""
        self.worker.request_pause()
        self.state = "configuring"
        self.generation += 1  # a late report of the dropped trainer is stale
        self._discard.emit()

    def continue_after_divergence(self, lr: float) -> None:
        """Back to the lowest finite loss before the divergence, with learning rate ``lr`` (queued: a
        Play sent after it trains from there)."""
        self._continue_diverged.emit(float(lr))

    def set_learning_rate(self, lr: float) -> None:
        self.worker.request_learning_rate(lr)  # a flag, so it reaches a running loop

    def move_to(self, device: str) -> None:
        """Queued: takes effect between runs and steps (Pause first to switch mid-run)."""
        self._move.emit(device)

    def allow_prepay(self) -> None:
        """The window is complete: the worker may now import what a first Play would need."""
        self._allow_prepay.emit()

    def set_speed(self, epochs_per_s: float) -> None:
        self.worker.set_speed(epochs_per_s)

    def is_running(self) -> bool:
        return self.worker.is_busy()

    # ----- results -------------------------------------------------------------------------
    @Slot()
    def pull(self) -> None:
        fresh, snapshot, history, evaluation, kept = self.mailbox.take_all()
        if fresh:
            self.history_cleared.emit()  # before the new trainer's first results, never after them
        if kept is not None:
            self.history_truncated.emit(kept)  # before the rows stepped again, never after them
        if evaluation is not None:
            self.evaluation_changed.emit(evaluation)
        if history is not None and len(history):
            self.history_appended.emit(history)
        if snapshot is not None:
            self.latest = snapshot
            self.snapshot_changed.emit(snapshot)

    @Slot(str, object)
    def _on_warmed(self, device: str, devices: list) -> None:
        self._warm = True
        self.devices_listed.emit(devices)
        if self.state == "unconfigured":  # a trainer being built reports its own device
            self.device_changed.emit(device)
        self._settle()

    def _settle(self) -> None:
        if not self.is_settled and self._warm and self.state != "configuring":
            self.is_settled = True
            self.settled.emit()

    @Slot(bool, bool)
    def _on_rewind(self, phase: bool, epoch: bool) -> None:
        if self.worker.generation == self.generation:
            self.can_step_back = {"phase": phase, "epoch": epoch}
            self.step_back_changed.emit()

    @Slot(str)
    def _on_ready(self, device: str) -> None:
        self.device_changed.emit(device)

    @Slot(str)
    def _on_device(self, device: str) -> None:
        self.device_changed.emit(device)

    @Slot()
    def _on_loaded(self) -> None:
        self.pull()  # the snapshot with the new weights, before anyone hears of them
        self.weights_loaded.emit()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if self.worker.generation == self.generation:  # not an older trainer's report
            self._set_preparing(False)
        self.state = state
        self.pull()
        self.state_changed.emit(state)
        self._settle()

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        if self.worker.generation == self.generation:
            self._set_preparing(False)
        self.message.emit(text)  # the worker's next state (every refusal or failure sends one) follows
        self._settle()

    @Slot(int, object)
    def _on_divergence(self, generation: int, report) -> None:
        if generation == self.generation:
            self.pull()  # the last finite snapshot first: the views show it before they mark it
            self.divergence_explained.emit(report)

    @Slot(int, object)
    def _on_weights(self, generation: int, weights) -> None:
        self.pull()  # the run's last history rows first: whoever keeps the weights keeps those too
        if generation == self.generation:  # not a late report from a previous project's run
            self.weights_changed.emit(weights)

    # ----- lifecycle -------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop training and the thread; returns when the thread has finished."""
        self.timer.stop()
        self.worker.request_pause()
        self.thread.quit()
        self.thread.wait()
        self.worker.deleteLater()

