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
from ...core.inspect.preview import initial_snapshot
from ...core.train import Snapshot
from .worker import Mailbox, TrainingWorker

FRAME_MS = 16


class TrainingController(QObject):
    # to the worker (queued across threads)
    _configure = Signal(int, dict, dict, dict, object)
    _play = Signal()
    _step = Signal(str)
    _reset = Signal()
    _move = Signal(str)
    _load = Signal(dict)
    # to the views (GUI thread)
    snapshot_changed = Signal(object)  # Snapshot
    history_appended = Signal(object)  # ndarray rows (epoch, train, val, accuracy)
    history_cleared = Signal()
    evaluation_changed = Signal(object)  # core Evaluation of the current weights
    state_changed = Signal(str)
    message = Signal(str)
    weights_changed = Signal(object)
    device_changed = Signal(str)
    preparing_changed = Signal(bool)  # a trainer is being built (the first one imports much of torch)
    weights_loaded = Signal()  # the trainer took hand-set weights (its newest snapshot has them)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mailbox = Mailbox()
        self.thread = QThread()
        self.thread.setObjectName("ann-viz training")
        self.worker = TrainingWorker(self.mailbox)
        self.worker.moveToThread(self.thread)
        self._configure.connect(self.worker.configure)
        self._play.connect(self.worker.play)
        self._step.connect(self.worker.step)
        self._reset.connect(self.worker.reset)
        self._move.connect(self.worker.move_to)
        self._load.connect(self.worker.load_weights)
        self.worker.weights_loaded.connect(self._on_loaded)
        self.worker.ready_device.connect(self._on_device)
        self.worker.ready.connect(self._on_ready)
        self.worker.state_changed.connect(self._on_state)
        self.worker.failed.connect(self._on_failed)
        self.worker.weights_ready.connect(self._on_weights)
        self.thread.start()
        self.state = "unconfigured"
        self.preparing = False
        self.generation = 0  # counts configure() calls; reports of older trainers are stale
        self.latest: Snapshot | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.pull)
        self.timer.start()

    # ----- commands ----------------------------------------------------------------------
    def configure(self, graph, data: dict, config: dict, weights: dict | None) -> None:
        """Build a new trainer on the training thread; meanwhile the views get the weights it will
        start from (computed here, the same seed), so nothing waits for the thread."""
        self.state = "configuring"
        self.generation += 1
        self.mailbox.take()  # what the previous trainer left there is stale now
        self._set_preparing(True)
        self.state_changed.emit("configuring")
        try:
            preview = initial_snapshot(graph, int(config.get("seed", 0)), weights)
        except (AnnVizError, RuntimeError, ValueError, KeyError):
            preview = None  # a graph that cannot be built: its problem is shown elsewhere
        if preview is not None:
            self.history_cleared.emit()
            self.latest = preview
            self.snapshot_changed.emit(preview)
        self._configure.emit(self.generation, graph_to_dict(graph), dict(data), dict(config), weights)

    def load_weights(self, weights: dict) -> None:
        """Give the trainer hand-set weights (all of them, by graph name) without training;
        queued, so a run in progress ends first."""
        self._load.emit(dict(weights))

    def _set_preparing(self, preparing: bool) -> None:
        if preparing != self.preparing:
            self.preparing = preparing
            self.preparing_changed.emit(preparing)

    def play(self) -> None:
        self.state = "running"
        self._play.emit()

    def pause(self) -> None:
        self.worker.request_pause()  # a flag: the worker's queue is blocked while it runs

    def step(self, kind: str) -> None:
        self._step.emit(kind)

    def reset(self) -> None:
        self.worker.request_pause()
        self._reset.emit()

    def set_learning_rate(self, lr: float) -> None:
        self.worker.request_learning_rate(lr)  # a flag, so it reaches a running loop

    def move_to(self, device: str) -> None:
        """Queued: takes effect between runs and steps (Pause first to switch mid-run)."""
        self._move.emit(device)

    def set_speed(self, epochs_per_s: float) -> None:
        self.worker.set_speed(epochs_per_s)

    def is_running(self) -> bool:
        return self.worker.is_busy()

    # ----- results -------------------------------------------------------------------------
    @Slot()
    def pull(self) -> None:
        fresh, snapshot, history, evaluation = self.mailbox.take()
        if fresh:
            self.history_cleared.emit()  # before the new trainer's first results, never after them
        if evaluation is not None:
            self.evaluation_changed.emit(evaluation)
        if history is not None and len(history):
            self.history_appended.emit(history)
        if snapshot is not None:
            self.latest = snapshot
            self.snapshot_changed.emit(snapshot)

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

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        if self.worker.generation == self.generation:
            self._set_preparing(False)
        self.message.emit(text)
        if self.state in ("configuring", "running"):
            self.state = "unconfigured" if self.state == "configuring" else "paused"
            self.state_changed.emit(self.state)

    @Slot(int, object)
    def _on_weights(self, generation: int, weights) -> None:
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

