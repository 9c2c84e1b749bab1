"""Tools > Seed Sweep: train hundreds of seeds of up to three networks, compare how often each
succeeds, and open any seed in the main window to watch it train.

The sweep runs on its own thread (see :mod:`.worker`); the dialog only draws what arrives.
Closing the dialog, or the main window, stops the sweep and ends its thread.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor, QHideEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.errors import AnnVizError
from ...core.graph import graph_to_dict
from ...core.presets import PRESETS, get_preset
from ...core.sweep import MAX_SEEDS, SweepResult, sweep_layers
from ..tr import tr_core
from .plots import COLOURS, SweepPlots
from .worker import SweepController, SweepJob

CURRENT = ""  # the picker's value for the open project (a preset's value is its id)
MAX_NETWORKS = 3
DRAW_INTERVAL_S = 0.1  # live bands redraw at most 10 times a second: a redraw holds the GIL the sweep needs
_eligible: list[tuple[str, str]] | None = None


def eligible_presets() -> list[tuple[str, str]]:
    """(id, title) of the lessons a sweep can train, computed once."""
    global _eligible
    if _eligible is None:
        _eligible = []
        for preset in PRESETS:
            project = preset.project()
            try:
                sweep_layers(project.graph, project.config)
            except AnnVizError:
                continue
            _eligible.append((preset.id, preset.title))
    return _eligible


class SeedSweepDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Seed Sweep"))
        self.resize(1000, 760)
        self.controller = SweepController(self)
        self.jobs: list[SweepJob] = []
        self.results: dict[int, SweepResult] = {}
        self._last_draw = 0.0
        self._build()
        self._wire()
        self._update_buttons()
        window.installEventFilter(self)

    # ----- construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.pickers = []
        for i in range(MAX_NETWORKS):
            box = QComboBox()
            if i:
                box.addItem(self.tr("(none)"), None)
            box.addItem(self.tr("Current network"), CURRENT)
            for preset_id, title in eligible_presets():
                box.addItem(tr_core(title), preset_id)
            self.pickers.append(box)
        self.seeds = _spin(1, MAX_SEEDS, 256)
        self.first_seed = _spin(0, 2**31 - 1, 0)
        self.epochs = _spin(0, 10_000_000, self.main_window.document.project.config.epochs)
        self.threshold = QDoubleSpinBox()
        self.threshold.setDecimals(4)
        self.threshold.setRange(0.0001, 10.0)
        self.threshold.setSingleStep(0.01)
        self.threshold.setValue(0.05)
        self.run_button = QPushButton(self.tr("Run"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.RichText)  # one short line per network: never squeezed away
        self.plots = SweepPlots(self)
        self.entry_box = QComboBox()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Seed"), self.tr("Final loss"), self.tr("Accuracy"),
                                              self.tr("Outcome")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.open_button = QPushButton(self.tr("Open Seed in Main Window"))
        self.open_button.setToolTip(self.tr("Set the project's seed (and the sweep's epochs) and reset training: "
                                            "press Play to watch this seed train."))
        layout = QVBoxLayout(self)
        layout.addWidget(self._settings_box())
        splitter = QSplitter(Qt.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.plots, 1)
        top_layout.addWidget(self.summary)
        splitter.addWidget(top)
        splitter.addWidget(self._seeds_box())
        splitter.setSizes([480, 220])
        layout.addWidget(splitter, 1)

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Networks and settings"))
        grid = QGridLayout(box)
        for i, picker in enumerate(self.pickers):
            label = QLabel(self.tr("Network %1").replace("%1", str(i + 1)))
            label.setStyleSheet(f"color: {COLOURS[i]}; font-weight: bold;")
            grid.addWidget(label, 0, 2 * i)
            grid.addWidget(picker, 0, 2 * i + 1)
        form = QHBoxLayout()
        for text, widget in ((self.tr("Seeds"), self.seeds), (self.tr("first seed"), self.first_seed),
                             (self.tr("Epochs"), self.epochs),
                             (self.tr("Success: accuracy 1 or final loss <"), self.threshold)):
            form.addWidget(QLabel(text))
            form.addWidget(widget)
        form.addStretch(1)
        form.addWidget(self.run_button)
        form.addWidget(self.stop_button)
        grid.addLayout(form, 1, 0, 1, 2 * MAX_NETWORKS)
        grid.addWidget(self.status, 2, 0, 1, 2 * MAX_NETWORKS)
        return box

    def _seeds_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Seeds, best first"))
        layout = QVBoxLayout(box)
        row = QFormLayout()
        row.addRow(self.tr("Network:"), self.entry_box)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        return box

    def _wire(self) -> None:
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.controller.stop)
        self.open_button.clicked.connect(self.open_selected)
        self.table.cellDoubleClicked.connect(self._row_activated)
        self.entry_box.currentIndexChanged.connect(self._fill_table)
        self.controller.progressed.connect(self._progressed)
        self.controller.result_ready.connect(self._result_ready)
        self.controller.failed.connect(self._failed)
        self.controller.finished.connect(self._finished)

    # ----- running -------------------------------------------------------------------------
    def make_jobs(self) -> list[SweepJob]:
        """One job per chosen network, with the dialog's seeds, epochs and threshold."""
        first, count = self.first_seed.value(), self.seeds.value()
        seeds = tuple(range(first, first + count))
        jobs = []
        for picker in self.pickers:
            source = picker.currentData()
            if source is None:
                continue
            if source == CURRENT:
                project, label = self.main_window.document.project, self.tr("Current network")
            else:
                project, label = get_preset(source).project(), tr_core(get_preset(source).title)
            config = project.config.with_changes(epochs=self.epochs.value())
            jobs.append(SweepJob(label, source, graph_to_dict(project.graph), dict(project.data), config.to_dict(),
                                 seeds, self.threshold.value()))
        return jobs

    def run(self) -> None:
        if self.controller.running:
            return
        self.jobs = self.make_jobs()
        self.results.clear()
        self.plots.clear()
        self.entry_box.clear()
        self.table.setRowCount(0)
        self.summary.setText("")
        self._set_status(self.tr("Training %1 seeds of %2 network(s)...").replace("%1", str(self.seeds.value()))
                         .replace("%2", str(len(self.jobs))))
        self.controller.start(self.jobs)
        self._update_buttons()

    @Slot(int, object)
    def _progressed(self, index: int, progress) -> None:
        now = time.perf_counter()
        if now - self._last_draw < DRAW_INTERVAL_S:
            return
        self._last_draw = now
        job = self.jobs[index]
        self.plots.show_band(index, job.label, progress.epochs, progress.band)
        self._set_status(self.tr("%1: epoch %2 of %3; %4% of the seeds below the loss threshold")
                         .replace("%1", job.label).replace("%2", str(progress.epoch))
                         .replace("%3", str(progress.target)).replace("%4", f"{100 * progress.below:.0f}"))

    @Slot(int, object)
    def _result_ready(self, index: int, result: SweepResult) -> None:
        self.results[index] = result
        job = self.jobs[index]
        self.plots.show_band(index, job.label, result.epochs, result.band())
        self.plots.show_final(index, result.final_loss)
        self.summary.setText("<br>".join(self._summary_line(i) for i in sorted(self.results)))
        self.entry_box.addItem(job.label, index)  # the first one fills the table

    @Slot(int, str)
    def _failed(self, index: int, message: str) -> None:
        self._set_status(f"{self.jobs[index].label}: {tr_core(message)}", error=True)

    @Slot()
    def _finished(self) -> None:
        self._update_buttons()
        if self.status.property("error"):
            return
        total = sum(r.elapsed_s for r in self.results.values())
        stopped = any(r.stopped for r in self.results.values()) or len(self.results) < len(self.jobs)
        text = self.tr("Stopped.") if stopped else self.tr("Done in %1 s.").replace("%1", f"{total:.2f}")
        self._set_status(text + " " + self.tr("Pick a seed below and open it in the main window."))

    def _summary_line(self, index: int) -> str:
        result, job = self.results[index], self.jobs[index]
        q = result.final_quantiles()
        line = (self.tr("%1: %2% succeeded (%3 of %4); final loss median %5, 90% %6; %7 s")
                .replace("%1", job.label).replace("%2", f"{100 * result.success_rate:.1f}")
                .replace("%3", str(int(result.success.sum()))).replace("%4", str(result.k))
                .replace("%5", f"{q['50%']:.4g}").replace("%6", f"{q['90%']:.4g}")
                .replace("%7", f"{result.elapsed_s:.2f}"))
        if result.diverged.any():
            line += self.tr("; %1 diverged").replace("%1", str(int(result.diverged.sum())))
        return f"<span style='color:{COLOURS[index % len(COLOURS)]}'>&#9632;</span> {line}"

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #d03030;" if error else "")

    def _update_buttons(self) -> None:
        running = self.controller.running
        self.run_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        for widget in self.pickers + [self.seeds, self.first_seed, self.epochs, self.threshold]:
            widget.setEnabled(not running)

    # ----- the seeds list ------------------------------------------------------------------------
    def _fill_table(self) -> None:
        index = self.entry_box.currentData()
        result = self.results.get(index)
        self.table.setRowCount(0)
        if result is None:
            return
        order = result.ranking()
        self.table.setRowCount(len(order))
        for row, k in enumerate(order):
            seed = int(result.seeds[k])
            outcome = ("diverged" if result.diverged[k] else "success" if result.success[k] else "failed")
            accuracy = result.accuracy[k]
            cells = [str(seed), f"{result.final_loss[k]:.6g}",
                     "—" if math.isnan(accuracy) else f"{accuracy:.3f}", self.tr(outcome)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, seed)
                if column == 3:
                    item.setForeground(QColor("#3aa655" if outcome == "success" else "#d03030"))
                self.table.setItem(row, column, item)
        self.table.selectRow(0)

    @Slot(int, int)
    def _row_activated(self, row: int, _column: int) -> None:
        self.table.selectRow(row)
        self.open_selected()

    def open_selected(self) -> None:
        row, index = self.table.currentRow(), self.entry_box.currentData()
        if row < 0 or index is None:
            return
        self.open_seed(self.jobs[index], int(self.table.item(row, 0).data(Qt.UserRole)))

    def open_seed(self, job: SweepJob, seed: int) -> bool:
        """Show ``seed`` of ``job``'s network in the main window, reset and ready to train."""
        window = self.main_window
        if job.source != CURRENT:
            window.open_lesson(job.source)  # asks first if there are unsaved changes
            if window.document.project.preset != job.source:
                return False
        changed = graph_to_dict(window.document.graph) != job.graph
        config = window.document.project.config.with_changes(seed=seed, epochs=job.config["epochs"])
        window.settings_form.set_config(config)
        window.training_panel.config_changed(config)
        window.training_panel.reset()
        text = self.tr("Seed %1 is open in the main window: press Play to watch it train.").replace("%1", str(seed))
        if changed:
            text += " " + self.tr("The network was edited since the sweep, so it may train differently.")
        self._set_status(text)
        return True

    # ----- lifecycle ---------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # closed, rejected (Esc) or its window closed: end the thread
            self.controller.shutdown()
            self._update_buttons()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main_window and event.type() == QEvent.Hide and not event.spontaneous():
            self.close()
        return False


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def open_sweep_dialog(window) -> SeedSweepDialog:
    """Show the window's sweep dialog (one per window, kept between openings)."""
    dialog = window.findChild(SeedSweepDialog)
    if dialog is None:
        dialog = SeedSweepDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
