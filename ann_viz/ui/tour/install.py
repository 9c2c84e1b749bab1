"""Puts guided tours into the main window: one runner, restarted from Help > Guided Tour and
offered when a lesson is opened from the Lessons dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from .runner import TourRunner


class _Retranslator(QObject):
    """The bubble's words again when the language changes."""

    def __init__(self, runner: TourRunner):
        super().__init__(runner)
        self.runner = runner
        runner.window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.LanguageChange:
            self.runner.retranslate()
        return False


def install_tours(window) -> TourRunner:
    """The window's tour runner (``window.tours``)."""
    runner = TourRunner(window)
    _Retranslator(runner)
    return runner


def start_tour_of_open_lesson(window) -> None:
    """Help > Guided Tour: (re)start the open lesson's tour, or say that it has none."""
    if not window.tours.start():
        window.statusBar().showMessage(QCoreApplication.translate(
            "Tours", "This lesson has no guided tour. File > Open Lesson marks the lessons that have one."), 8000)
