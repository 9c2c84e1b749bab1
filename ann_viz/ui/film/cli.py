"""`ann-viz film` on Qt's offscreen platform: a QApplication just for drawing the frames."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .recorder import FilmResult, record_film


def record_headless(project, path, frames: int, fps: float, epochs: int | None) -> FilmResult:
    app = QApplication.instance() or QApplication(["ann-viz"])
    try:
        return record_film(project, path, frames, fps, epochs)
    finally:
        app.processEvents()  # the stage's deferred deletion
