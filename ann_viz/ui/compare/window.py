"""The comparison window: every run's loss, accuracy, gradient sizes and input plane, synchronised by ONE
timeline (a slider over the epochs), with Play/Pause, Stop and progress.

The window only draws what the controller hands it (immutable states from the training thread).
While the slider sits at the newest epoch it follows the training; moved back, it stays.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QProgressBar,
                               QPushButton, QSlider, QSplitter, QVBoxLayout, QWidget)

from ...core.compare import Comparison
from ...core.compare.file import save_comparison
from ...core.errors import AnnVizError
from ..language import Retranslatable
from ..tr import tr_core
from .plots import ComparePlots
from .run_panel import RunPanel
from .table import RunTable
from .worker import CompareController

WINDOW_SIZE = (1280, 720)
DRAW_SHARE = 0.2  # while training, drawing takes at most this share of the GUI thread's time
MIN_DRAW_S = 0.1


class CompareWindow(Retranslatable, QWidget):
    open_run = Signal(object)  # a run's Project, to open in the main window

    def __init__(self, comparison: Comparison, parent=None, engine: str = "auto"):
        super().__init__(parent, Qt.Window)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.comparison = comparison
        self.controller = CompareController(comparison, self, engine)
        self.state = None
        self.following = True
        self._next_draw = 0.0
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw)
        self._build()
        self.controller.state_changed.connect(self._state_changed)
        self.controller.running_changed.connect(self._running_changed)
        self.controller.failed.connect(self._failed)
        self.resize(*WINDOW_SIZE)
        self.retranslate()
        self._running_changed(False)
        if parent is not None:
            parent.installEventFilter(self)  # the main window closing closes this one (and ends its thread)

    # ----- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.play_button = QPushButton()
        self.play_button.setObjectName("compare_play")
        self.play_button.clicked.connect(self.toggle_play)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("compare_stop")
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, self.comparison.epochs))
        self.progress.setValue(0)
        self.status = QLabel()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_dialog)
        top = QHBoxLayout()
        for widget in (self.play_button, self.stop_button):
            top.addWidget(widget)
        top.addWidget(self.progress, 2)
        top.addWidget(self.status, 3)
        top.addWidget(self.save_button)
        self.plots = ComparePlots(self)
        self.plots.epoch_picked.connect(self.set_epoch)
        self.panels = [RunPanel(i, run, self) for i, run in enumerate(self.comparison.runs)]
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for i, panel in enumerate(self.panels):
            panel.open_requested.connect(self._open_requested)
            grid.addWidget(panel, i // 2, i % 2)
        self.table = RunTable([run.label for run in self.comparison.runs], self)
        if len(self.panels) == 2:  # below the two planes, which keep most of the height
            grid.addWidget(self.table, 1, 0, 1, 2)
            grid.setRowStretch(0, 3)
            grid.setRowStretch(1, 1)
        elif len(self.panels) == 3:  # in the free corner
            grid.addWidget(self.table, 1, 1)
        else:
            self.table.hide()  # four planes fill the grid; the plots and headers hold the numbers
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.plots)
        splitter.addWidget(grid_host)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([540, 720])
        self.timeline_label = QLabel()
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("compare_timeline")
        self.slider.setRange(0, self.comparison.epochs)
        self.slider.setPageStep(max(1, self.comparison.epochs // 20))  # a click beside the handle: 5%, not 10 epochs
        self.slider.valueChanged.connect(self._slider_moved)
        self.epoch_label = QLabel()
        self.epoch_label.setMinimumWidth(150)
        bottom = QHBoxLayout()
        bottom.addWidget(self.timeline_label)
        bottom.addWidget(self.slider, 1)
        bottom.addWidget(self.epoch_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key_Space), self, self.toggle_play)

    def retranslate(self) -> None:
        title = tr_core(self.comparison.title)  # a comparison lesson's title says "Compare: ..." itself
        if not self.comparison.lesson:
            title = self.tr("Compare: %1").replace("%1", title)
        self.setWindowTitle(title + " — ann-viz")
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop training; Play then trains every run again from its seed"))
        self.save_button.setText(self.tr("Save comparison..."))
        self.save_button.setToolTip(self.tr("Save the runs' networks and settings (not the training) to a file "
                                            "that `ann-viz compare` and File > Open Comparison read"))
        self.timeline_label.setText(self.tr("Timeline"))
        self.slider.setToolTip(self.tr("Every run at the same epoch: drag to move through the training"))
        self._running_changed(self.controller.running)
        self._show_epoch_label()

    # ----- controls --------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self.controller.running:
            self.controller.pause()
        else:
            self.controller.play()

    def play(self) -> None:
        self.controller.play()

    def stop(self) -> None:
        self.controller.stop()
        self.following = True
        self._running_changed(False)

    @Slot(bool)
    def _running_changed(self, running: bool) -> None:
        finished = self.controller.engine is not None and self.controller.engine.finished
        self.play_button.setText(self.tr("Pause") if running else self.tr("Play"))
        self.play_button.setEnabled(running or not finished)
        self.stop_button.setEnabled(running or self.controller.engine is not None)
        self._show_status()

    def _show_status(self) -> None:
        engine = self.controller.engine
        if self.controller.running:
            text = self.tr("Training %1 runs together...").replace("%1", str(len(self.comparison.runs)))
        elif engine is not None and engine.finished:
            text = self.tr("Finished: drag the timeline to compare the runs at any epoch.")
        elif engine is not None:
            text = self.tr("Paused: Play goes on from here.")
        else:
            text = self.tr("Press Play to train every run from its seed.")
        self.status.setText(text)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.status.setText(tr_core(message))

    # ----- states and the timeline -----------------------------------------------------------
    @Slot(object)
    def _state_changed(self, state) -> None:
        self.state = state
        newest = max((run.epoch for run in state.runs), default=0)
        live = [run.epoch for run in state.runs if run.status in ("waiting", "training")]
        self.progress.setValue(min(live) if live else state.epochs)
        if self.following:
            self.slider.blockSignals(True)
            self.slider.setValue(newest)
            self.slider.blockSignals(False)
        if state.finished or not self.controller.running:
            self._draw_timer.stop()
            self._draw()  # the last state at once
        elif not self._draw_timer.isActive():  # while training: by the drawing's cost (the GIL is the trainers')
            self._draw_timer.start(int(max(0.0, self._next_draw - time.perf_counter()) * 1000))

    def _slider_moved(self, value: int) -> None:
        newest = max((run.epoch for run in self.state.runs), default=0) if self.state is not None else 0
        self.following = value >= newest
        self._draw()

    def epoch(self) -> int:
        return self.slider.value()

    def set_epoch(self, epoch: int) -> None:
        """Move the timeline (dragging the epoch line on a plot does this)."""
        self.slider.setValue(epoch)

    def _draw(self) -> None:
        self._show_epoch_label()
        if self.state is None:
            return
        started, cpu = time.perf_counter(), time.thread_time()
        epoch = self.slider.value()
        self.plots.show_state(self.state, epoch, [tr_core(run.label) for run in self.comparison.runs])
        self.table.show_state(self.state, epoch)
        for panel, view in zip(self.panels, self.state.runs):
            panel.show_run(view, epoch)
        # CPU time, not wall time: waiting for the GIL while the trainers run is not the drawing's cost.
        self._next_draw = started + max(MIN_DRAW_S, (time.thread_time() - cpu) / DRAW_SHARE)

    def _show_epoch_label(self) -> None:
        self.epoch_label.setText(self.tr("epoch %1 of %2").replace("%1", str(self.slider.value()))
                                 .replace("%2", str(self.comparison.epochs)))

    # ----- runs as projects, and the file -----------------------------------------------------
    @Slot(int)
    def _open_requested(self, index: int) -> None:
        project = self.comparison.runs[index].project
        if project is not None:  # the run as it trained here: for the comparison's epochs, not its base lesson's
            config = project.config.with_changes(epochs=self.comparison.epochs)
            self.open_run.emit(replace(project.copy(), config=config))

    def save_dialog(self) -> None:
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.comparison.title)[:60] or "comparison"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save comparison"), str(Path.home() / f"{name}.json"),
                                              self.tr("ann-viz comparison (*.json)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        try:
            save_comparison(self.comparison, path)
        except (AnnVizError, OSError) as err:
            QMessageBox.warning(self, self.tr("Cannot save the comparison"), tr_core(str(err)))
            return False
        self.status.setText(self.tr("Saved to %1").replace("%1", path))
        return True

    def eventFilter(self, watched, event) -> bool:
        # Hide, not Close: a close the main window cancels (unsaved changes) leaves the comparison open.
        if watched is self.parent() and event.type() == QEvent.Hide and not event.spontaneous():
            self.close()
        return False

    def closeEvent(self, event) -> None:
        self._draw_timer.stop()
        self.controller.shutdown()
        super().closeEvent(event)
