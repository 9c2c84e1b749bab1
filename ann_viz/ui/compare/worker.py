"""The comparison's training off the GUI thread: one background thread runs the :class:`CompareEngine`
round by round; the GUI pulls the newest state from a lock-protected slot on a timer.

Pause ends the thread (the engine keeps every trainer, so Play continues where it stopped);
Stop ends it and drops the engine (the next Play starts every run again from its seed).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ...core.compare import Comparison, CompareEngine
from ...core.errors import AnnVizError
from ...core.i18n import _t

PULL_MS = 100  # the plots redraw at most 10 times a second: each redraw holds the GIL the trainers need
PUBLISH_S = 0.1


class _Slot:
    """The newest state (older ones are dropped) and a failure, under a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = None
        self._error = ""

    def put(self, state=None, error: str = "") -> None:
        with self._lock:
            if state is not None:
                self._state = state
            if error:
                self._error = error

    def take(self):
        with self._lock:
            state, error, self._state, self._error = self._state, self._error, None, ""
        return state, error


class CompareController(QObject):
    """GUI-thread owner of the comparison's training: play, pause, stop; re-emits states."""

    state_changed = Signal(object)  # CompareState
    running_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, comparison: Comparison, parent=None, engine: str = "auto"):
        super().__init__(parent)
        self.comparison = comparison
        self._engine_name = engine
        self.engine: CompareEngine | None = None
        self._slot = _Slot()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PULL_MS)
        self.timer.timeout.connect(self.pull)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def play(self) -> None:
        if self.running or (self.engine is not None and self.engine.finished):
            return
        if self.engine is None:
            self.engine = CompareEngine(self.comparison, engine=self._engine_name)
        self._stop.clear()
        self._thread = threading.Thread(target=self._train, args=(self.engine,), name="ann-viz comparison",
                                        daemon=True)
        self._thread.start()
        self.timer.start()
        self.running_changed.emit(True)

    def pause(self) -> None:
        """Stop after the current chunk of each run; Play goes on from there."""
        self._join()

    def stop(self) -> None:
        """Stop and forget the runs: the next Play trains every run again from its seed."""
        self._join()
        self.engine = None

    def _join(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None
        self.timer.stop()
        self.pull()
        self.running_changed.emit(False)

    def _train(self, engine: CompareEngine) -> None:
        try:
            state = engine.run(should_stop=self._stop.is_set, on_progress=self._slot.put, interval=PUBLISH_S)
            self._slot.put(state)
        except AnnVizError as err:
            self._slot.put(engine.state(), str(err))
        except Exception as err:  # noqa: BLE001 - any failure is a message, never a silent stuck thread
            self._slot.put(None, _t("The comparison stopped: {error}").format(error=f"{type(err).__name__}: {err}"))

    @Slot()
    def pull(self) -> None:
        state, error = self._slot.take()
        if state is not None:
            self.state_changed.emit(state)
        if error:
            self.failed.emit(error)
        if self._thread is not None and not self._thread.is_alive():  # finished by itself
            self._thread = None
            self.timer.stop()
            state, error = self._slot.take()
            if state is not None:
                self.state_changed.emit(state)
            self.running_changed.emit(False)

    def shutdown(self) -> None:
        """End the thread (closing the window); returns once it has ended."""
        self._join()
