"""Record a film: the project's run trained again on a background thread, each frame drawn by the
:class:`FilmStage` on the GUI thread and appended to the file; cancel at any frame."""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.errors import AnnVizError
from ...core.film import FilmFrame, FilmWriter, film_frames
from ...core.i18n import _t
from ...core.project import Project
from .stage import FilmStage

_DONE = object()  # the training thread's last item


@dataclass(frozen=True)
class FilmResult:
    path: Path
    frames: int
    epochs: int
    seconds: float


def record_film(project: Project, path, frames: int = 200, fps: float = 20.0, epochs: int | None = None,
                progress=None) -> FilmResult:
    """Record synchronously (the CLI): ``progress(done, planned)`` after each frame."""
    started = time.perf_counter()
    writer = FilmWriter(path, fps)
    stage = FilmStage(project)
    last = None
    try:
        for frame in film_frames(project, frames, epochs):
            writer.add(stage.render(frame))
            last = frame
            if progress is not None:
                progress(frame.index + 1, frame.count)
    except BaseException:
        writer.abort()
        raise
    finally:
        stage.deleteLater()
    writer.close()
    return FilmResult(writer.path, writer.frames, last.epoch if last else 0, time.perf_counter() - started)


class FilmRecorder(QObject):
    """Records in the background of the app; ``progress``, then ``finished`` or ``failed``
    (``cancel()`` ends with ``failed("")``: nothing was written)."""

    progress = Signal(int, int)  # frames done, frames planned
    finished = Signal(object)  # FilmResult
    failed = Signal(str)  # a message, or "" after cancel

    def __init__(self, project: Project, path, frames: int = 200, fps: float = 20.0, parent=None):
        super().__init__(parent)
        self._project, self._frames = project.copy(), frames
        self._writer = FilmWriter(path, fps)  # raises ExportError before anything starts
        self._stage = FilmStage(self._project)
        self._queue: queue.Queue = queue.Queue(maxsize=4)  # the trainer waits for the drawing
        self._cancel = threading.Event()
        self._started = time.perf_counter()
        self._count, self._epoch = 0, 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)
        self._thread = threading.Thread(target=self._train, name="ann-viz film", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        """Stop and drop what was written; nothing happens once the film has ended."""
        if self._stage is None:
            return
        self._cancel.set()
        self._end()
        self.failed.emit("")

    def _train(self) -> None:
        try:
            for frame in film_frames(self._project, self._frames, cancel=self._cancel):
                self._put(frame)
            self._put(_DONE)
        except AnnVizError as err:
            self._put(err)
        except Exception as err:  # noqa: BLE001 - any failure is a message, never a stuck dialog
            self._put(AnnVizError(_t("The film stopped: {reason}").format(reason=f"{type(err).__name__}: {err}")))

    def _put(self, item) -> None:
        while not self._cancel.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _draw_next(self) -> None:
        try:
            item = self._queue.get_nowait()
        except queue.Empty:
            return
        try:
            if item is _DONE:
                self._end()
                path = self._writer.close()
                self.finished.emit(FilmResult(path, self._count, self._epoch, time.perf_counter() - self._started))
                return
            if isinstance(item, AnnVizError):
                raise item
            frame: FilmFrame = item
            self._writer.add(self._stage.render(frame))
            self._count, self._epoch = frame.index + 1, frame.epoch
            self.progress.emit(self._count, frame.count)
        except AnnVizError as err:
            self._cancel.set()
            self._end()
            self.failed.emit(str(err))

    def _end(self) -> None:
        self._timer.stop()
        if self._stage is not None:
            self._stage.deleteLater()
            self._stage = None
        if not self._cancel.is_set():
            return
        self._writer.abort()
