"""The seed sweep off the GUI thread: a worker QObject on its own QThread, and its GUI-side controller.

The worker runs one or more sweeps (one per network compared) from plain data; a stop
flag ends the current sweep within an epoch. Results go through a lock-protected
mailbox: the newest progress per network (older ones are dropped), finished results
and errors. The controller lives on the GUI thread, pulls the mailbox on a timer while
a run is under way, and re-emits what it finds as GUI-thread signals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ...core.data import make_dataset
from ...core.errors import AnnVizError
from ...core.graph import graph_from_dict
from ...core.sweep import SeedSweep
from ...core.train import TrainConfig

FRAME_MS = 33


@dataclass(frozen=True)
class SweepJob:
    """One network to sweep, as plain data (model objects never cross threads)."""

    label: str
    source: str  # "" for the open project, else a preset id
    graph: dict
    data: dict
    config: dict
    seeds: tuple[int, ...]
    loss_threshold: float


class _Mailbox:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._progress: dict[int, object] = {}
        self._results: list[tuple[int, object]] = []
        self._errors: list[tuple[int, str]] = []

    def put_progress(self, index: int, progress) -> None:
        with self._lock:
            self._progress[index] = progress

    def put_result(self, index: int, result) -> None:
        with self._lock:
            self._results.append((index, result))

    def put_error(self, index: int, message: str) -> None:
        with self._lock:
            self._errors.append((index, message))

    def take(self):
        with self._lock:
            progress, self._progress = self._progress, {}
            results, self._results = self._results, []
            errors, self._errors = self._errors, []
        return progress, results, errors


class SweepWorker(QObject):
    """Lives on the sweep thread; ``run`` blocks it until every job is done or stopped."""

    finished = Signal()

    def __init__(self, mailbox: _Mailbox):
        super().__init__()
        self.mailbox = mailbox
        self._stop = False

    def request_stop(self) -> None:
        """Safe from any thread: the running sweep stops after its current epoch."""
        self._stop = True

    def _should_stop(self) -> bool:
        return self._stop

    @Slot(object)
    def run(self, jobs: list) -> None:
        self._stop = False
        try:
            for index, job in enumerate(jobs):
                if self._stop:
                    break
                self._run_one(index, job)
        finally:
            self.finished.emit()

    def _run_one(self, index: int, job: SweepJob) -> None:
        try:
            sweep = SeedSweep(graph_from_dict(job.graph), make_dataset(job.data), TrainConfig.from_dict(job.config),
                              job.seeds, loss_threshold=job.loss_threshold)
            result = sweep.run(should_stop=self._should_stop,
                               on_progress=lambda p: self.mailbox.put_progress(index, p),
                               progress_interval=FRAME_MS / 1000)
        except AnnVizError as err:
            self.mailbox.put_error(index, str(err))
            return
        except (RuntimeError, MemoryError) as err:  # e.g. out of memory
            self.mailbox.put_error(index, f"The sweep failed: {err}")
            return
        self.mailbox.put_result(index, result)


class SweepController(QObject):
    """GUI-thread owner of the sweep thread: start, stop, shut down; re-emits results."""

    _run = Signal(object)
    progressed = Signal(int, object)  # job index, SweepProgress
    result_ready = Signal(int, object)  # job index, SweepResult
    failed = Signal(int, str)  # job index, message
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mailbox = _Mailbox()
        self.thread: QThread | None = None
        self.worker: SweepWorker | None = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.pull)

    def start(self, jobs: list[SweepJob]) -> None:
        if self.running:
            return
        if self.thread is None:
            self.thread = QThread()
            self.thread.setObjectName("ann-viz seed sweep")
            self.worker = SweepWorker(self.mailbox)
            self.worker.moveToThread(self.thread)
            self._run.connect(self.worker.run)
            self.worker.finished.connect(self._on_finished)
            self.thread.finished.connect(self.worker.deleteLater)  # deleted on its own thread, at its end
            self.thread.start()
        self.mailbox.take()
        self.running = True
        self.timer.start()
        self._run.emit(list(jobs))

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.request_stop()

    @Slot()
    def pull(self) -> None:
        progress, results, errors = self.mailbox.take()
        for index, item in sorted(progress.items()):
            self.progressed.emit(index, item)
        for index, result in results:
            self.result_ready.emit(index, result)
        for index, message in errors:
            self.failed.emit(index, message)

    @Slot()
    def _on_finished(self) -> None:
        self.timer.stop()
        self.pull()
        self.running = False
        self.finished.emit()

    def shutdown(self) -> None:
        """Stop any sweep and the thread; returns when the thread has ended."""
        self.timer.stop()
        if self.thread is None:
            return
        self.worker.request_stop()
        self._run.disconnect(self.worker.run)
        self.thread.quit()
        self.thread.wait()
        self.thread = self.worker = None
        self.running = False
