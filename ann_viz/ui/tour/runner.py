"""Runs a lesson's guided tour: shows each step beside its control, advances when the student has
done what it asks (judged from the real signals), and shows what the check found."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from ...core.tours import FINISHED, Step, Tour, format_values, tour_for
from ..tr import tr_core
from .feed import StateFeed
from .overlay import Overlay


class TourRunner(QObject):
    step_shown = Signal(int)  # the index of the step now in the bubble
    finished = Signal()  # the tour ended (Exit, the last Next, another lesson opened)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.feed = StateFeed(window)
        self.overlay = Overlay(window)
        self.bubble = self.overlay.bubble
        self.tour: Tour | None = None
        self.index = 0
        self._start = self.feed.state
        self._done = False  # the current step's wait is met
        self.bubble.back_button.clicked.connect(self.back)
        self.bubble.next_button.clicked.connect(self.next)
        self.bubble.exit_button.clicked.connect(self.exit)
        self.feed.changed.connect(self._state_changed)
        window.views_built.connect(self._views_built)

    # ----- commands ----------------------------------------------------------------------------
    def start(self, preset_id: str | None = None) -> bool:
        """Start the tour of the open lesson (``preset_id``: only if that lesson is the open one)."""
        open_preset = self.window.document.project.preset
        tour = tour_for(open_preset)
        if tour is None or (preset_id is not None and preset_id != open_preset):
            return False
        self.tour = tour
        self._show(0)
        return True

    def running(self) -> bool:
        return self.tour is not None

    def current_step(self) -> Step | None:
        return self.tour.steps[self.index] if self.tour is not None else None

    @Slot()
    def next(self) -> None:
        if self.tour is None:
            return
        if self.index + 1 < len(self.tour.steps):
            self._show(self.index + 1)
        else:
            self.exit()

    @Slot()
    def back(self) -> None:
        if self.tour is not None and self.index > 0:
            self._show(self.index - 1)

    @Slot()
    def exit(self) -> None:
        if self.tour is not None:
            self.tour = None
            self.overlay.hide()
            self.finished.emit()

    # ----- showing ----------------------------------------------------------------------------
    def _show(self, index: int) -> None:
        self.index = index
        self._start = self.feed.state
        self._done = False
        step = self.tour.steps[index]
        self.overlay.point_at(self.target_widget(step))
        self.retranslate()
        self.step_shown.emit(index)
        self._state_changed()  # a wait may be met already (a run finished before this step)

    @Slot()
    def _views_built(self) -> None:
        """At the app's start the plots and the neuron view come later: ring them once they exist."""
        step = self.current_step()
        if step is not None and self.overlay.target is None and step.target:
            self.overlay.point_at(self.target_widget(step))

    def target_widget(self, step: Step) -> QWidget | None:
        if not step.target:
            return None
        return self.window.findChild(QWidget, step.target)

    def retranslate(self) -> None:
        """The bubble's words for the current step, in the current language."""
        if self.tour is None:
            return
        step, bubble = self.tour.steps[self.index], self.bubble
        bubble.title.setText(self.tr("Guided tour: %1 · step %2 of %3").replace("%1", tr_core(self.tour.title))
                             .replace("%2", str(self.index + 1)).replace("%3", str(len(self.tour.steps))))
        bubble.text.setText(tr_core(step.text))
        bubble.back_button.setText(self.tr("Back"))
        bubble.exit_button.setText(self.tr("Exit tour"))
        bubble.back_button.setEnabled(self.index > 0)
        self._show_check()
        self._update_next()
        self.overlay.update_now()

    def _update_next(self) -> None:
        step = self.tour.steps[self.index]
        last = self.index + 1 == len(self.tour.steps)
        waiting = step.wait.kind != "next" and not self._done
        self.bubble.next_button.setText(self.tr("Skip") if waiting else self.tr("Finish") if last
                                        else self.tr("Next"))

    def _show_check(self) -> bool:
        """The check's verdict (or the closing words) under the step's text; True if it changed."""
        step = self.tour.steps[self.index]
        state = self.feed.state
        text, passed = "", True
        if step.check is not None and (self._done or step.wait.kind == "next"):
            text = tr_core(step.check.template(state)).format(**format_values(state))
            passed = step.check.passed(state)
        elif self._done and self.index + 1 == len(self.tour.steps):
            text = tr_core(FINISHED)
        if text == self.bubble.check.text() and bool(text) == self.bubble.check.isVisibleTo(self.bubble):
            return False  # 60 snapshots a second while a run goes on: nothing to lay out again
        self.bubble.show_check(text, passed)
        return True

    @Slot()
    def _state_changed(self) -> None:
        if self.tour is None:
            return
        step, state = self.tour.steps[self.index], self.feed.state
        if state.preset != self.tour.preset:
            self._lesson_changed(step)
            return
        if self._done or step.wait.kind == "next":
            if step.check is not None and step.wait.kind == "next" and self._show_check():
                self.overlay.update_now()  # the numbers it reads arrived or changed
            return
        if not step.wait.met(self._start, state):
            return
        self._done = True
        if step.check is None and self.index + 1 < len(self.tour.steps):
            self._show(self.index + 1)
        else:
            self._show_check()
            self._update_next()
            self.overlay.update_now()

    def _lesson_changed(self, step: Step) -> None:
        """Another lesson is open: its own tour goes on when the step asked for it, else the tour ends."""
        if step.wait.kind == "preset_opened" and step.wait.met(self._start, self.feed.state):
            self.exit()
            self.start()
        else:
            self.exit()
