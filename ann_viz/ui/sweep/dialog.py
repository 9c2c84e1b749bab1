"""Tools > Seed Sweep: train hundreds of seeds of up to three networks, compare how often each
succeeds, and open any seed in the main window to watch it train.

The sweep runs on its own thread (see :mod:`.worker`); the dialog only draws what arrives.
Closing the dialog, or the main window, stops the sweep and ends its thread.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor, QHideEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.errors import AnnVizError
from ...core.graph import graph_from_dict, graph_to_dict
from ...core.presets import PRESETS, get_preset
from ...core.sweep import MAX_SEEDS, SweepResult, sweep_layers
from ..language import Retranslatable
from ..tr import tr_core
from .plots import COLOURS, SweepPlots
from .worker import SweepController, SweepJob

CURRENT = ""  # the picker's value for the open project (a preset's value is its id)
MAX_NETWORKS = 3
DRAW_INTERVAL_S = 0.1  # live bands redraw at most 10 times a second: a redraw holds the GIL the sweep needs
OUTCOMES = {"diverged": QT_TRANSLATE_NOOP("SeedSweepDialog", "diverged"),
            "success": QT_TRANSLATE_NOOP("SeedSweepDialog", "success"),
            "failed": QT_TRANSLATE_NOOP("SeedSweepDialog", "failed")}
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


class SeedSweepDialog(Retranslatable, QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.main_window = window
        self.resize(1000, 760)
        self.controller = SweepController(self)
        self.jobs: list[SweepJob] = []
        self.results: dict[int, SweepResult] = {}
        self._last_draw = 0.0
        self._status_text = lambda: ""  # the status line, in the current language
        self._build()
        self._wire()
        self._update_buttons()
        self.retranslate()
        window.installEventFilter(self)

    # ----- construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.pickers = []
        for i in range(MAX_NETWORKS):
            box = QComboBox()
            if i:
                box.addItem("", None)
            box.addItem("", CURRENT)
            for preset_id, _title in eligible_presets():
                box.addItem("", preset_id)
            self.pickers.append(box)
        self.seeds = _spin(1, MAX_SEEDS, 256)
        self.first_seed = _spin(0, 2**31 - 1, 0)
        self.epochs = _spin(0, 10_000_000, self.main_window.document.project.config.epochs)
        self.threshold = QDoubleSpinBox()
        self.threshold.setDecimals(4)
        self.threshold.setRange(0.0001, 10.0)
        self.threshold.setSingleStep(0.01)
        self.threshold.setValue(0.05)
        self.run_button = QPushButton()
        self.stop_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.RichText)  # one short line per network: never squeezed away
        self.plots = SweepPlots(self)
        self.entry_box = QComboBox()
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)  # two rows: the line between them
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.open_button = QPushButton()
        self.line_button = QPushButton()
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
        box = self.settings_box = QGroupBox()
        grid = QGridLayout(box)
        self.network_labels = []
        for i, picker in enumerate(self.pickers):
            label = QLabel()
            self.network_labels.append(label)
            label.setStyleSheet(f"color: {COLOURS[i]}; font-weight: bold;")
            grid.addWidget(label, 0, 2 * i)
            grid.addWidget(picker, 0, 2 * i + 1)
        form = QHBoxLayout()
        self.field_labels = {}
        for widget in (self.seeds, self.first_seed, self.epochs, self.threshold):
            self.field_labels[widget] = QLabel()
            form.addWidget(self.field_labels[widget])
            form.addWidget(widget)
        form.addStretch(1)
        form.addWidget(self.run_button)
        form.addWidget(self.stop_button)
        grid.addLayout(form, 1, 0, 1, 2 * MAX_NETWORKS)
        grid.addWidget(self.status, 2, 0, 1, 2 * MAX_NETWORKS)
        return box

    def _seeds_box(self) -> QGroupBox:
        box = self.seeds_box = QGroupBox()
        layout = QVBoxLayout(box)
        row = QFormLayout()
        self.entry_label = QLabel()
        row.addRow(self.entry_label, self.entry_box)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.line_button)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        return box

    def retranslate(self) -> None:
        """Every word, the networks' names and the results' lines again in the current language."""
        self.setWindowTitle(self.tr("Seed Sweep"))
        for picker in self.pickers:
            for i in range(picker.count()):
                picker.setItemText(i, self._source_label(picker.itemData(i)))
        self.run_button.setText(self.tr("Run"))
        self.stop_button.setText(self.tr("Stop"))
        self.table.setHorizontalHeaderLabels([self.tr("Seed"), self.tr("Final loss"), self.tr("Accuracy"),
                                              self.tr("Outcome")])
        self.open_button.setText(self.tr("Open Seed in Main Window"))
        self.open_button.setToolTip(self.tr("Set the project's seed (and the sweep's epochs) and reset training: "
                                            "press Play to watch this seed train."))
        self.line_button.setText(self.tr("Loss Between Two Seeds"))
        self.line_button.setToolTip(self.tr(
            "Select two seeds (Ctrl+click): the loss along the straight line from the first one's trained "
            "weights to the second one's. A bump between them means they found different valleys."))
        self.settings_box.setTitle(self.tr("Networks and settings"))
        for i, label in enumerate(self.network_labels):
            label.setText(self.tr("Network %1").replace("%1", str(i + 1)))
        for widget, text in ((self.seeds, self.tr("Seeds")), (self.first_seed, self.tr("first seed")),
                             (self.epochs, self.tr("Epochs")),
                             (self.threshold, self.tr("Success: accuracy 1 or final loss <"))):
            self.field_labels[widget].setText(text)
        self.seeds_box.setTitle(self.tr("Seeds, best first"))
        self.entry_label.setText(self.tr("Network:"))
        for index, job in enumerate(self.jobs):
            self.plots.rename_band(index, self._label(job))
        for i in range(self.entry_box.count()):
            self.entry_box.setItemText(i, self._label(self.jobs[self.entry_box.itemData(i)]))
        if self.results:
            self.summary.setText("<br>".join(self._summary_line(i) for i in sorted(self.results)))
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            item.setText(self.tr(OUTCOMES[item.data(Qt.UserRole + 1)]))
        self._set_status(self._status_text, bool(self.status.property("error")))

    def _source_label(self, source: str | None) -> str:
        """A picker's entry: "(none)", the open project, or a lesson's title."""
        if source is None:
            return self.tr("(none)")
        return self.tr("Current network") if source == CURRENT else tr_core(get_preset(source).title)

    def _label(self, job: SweepJob) -> str:
        return self._source_label(job.source)

    def _wire(self) -> None:
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.controller.stop)
        self.open_button.clicked.connect(self.open_selected)
        self.line_button.clicked.connect(self.show_line_between)
        self.table.itemSelectionChanged.connect(self._update_buttons)
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
            project = self.main_window.document.project if source == CURRENT else get_preset(source).project()
            label = self._source_label(source)
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
        seeds, networks = str(self.seeds.value()), str(len(self.jobs))
        self._set_status(lambda: self.tr("Training %1 seeds of %2 network(s)...").replace("%1", seeds)
                         .replace("%2", networks))
        self.controller.start(self.jobs)
        self._update_buttons()

    @Slot(int, object)
    def _progressed(self, index: int, progress) -> None:
        now = time.perf_counter()
        if now - self._last_draw < DRAW_INTERVAL_S:
            return
        self._last_draw = now
        job = self.jobs[index]
        self.plots.show_band(index, self._label(job), progress.epochs, progress.band)
        self._set_status(lambda: self.tr("%1: epoch %2 of %3; %4% of the seeds below the loss threshold")
                         .replace("%1", self._label(job)).replace("%2", str(progress.epoch))
                         .replace("%3", str(progress.target)).replace("%4", f"{100 * progress.below:.0f}"))

    @Slot(int, object)
    def _result_ready(self, index: int, result: SweepResult) -> None:
        self.results[index] = result
        job = self.jobs[index]
        self.plots.show_band(index, self._label(job), result.epochs, result.band())
        self.plots.show_final(index, result.final_loss)
        self.summary.setText("<br>".join(self._summary_line(i) for i in sorted(self.results)))
        self.entry_box.addItem(self._label(job), index)  # the first one fills the table

    @Slot(int, str)
    def _failed(self, index: int, message: str) -> None:
        job = self.jobs[index]
        self._set_status(lambda: f"{self._label(job)}: {tr_core(message)}", error=True)

    @Slot()
    def _finished(self) -> None:
        self._update_buttons()
        if self.status.property("error"):
            return
        total = sum(r.elapsed_s for r in self.results.values())
        stopped = any(r.stopped for r in self.results.values()) or len(self.results) < len(self.jobs)
        self._set_status(lambda: (self.tr("Stopped.") if stopped else self.tr("Done in %1 s.").replace(
            "%1", f"{total:.2f}")) + " " + self.tr("Pick a seed below and open it in the main window."))

    def _summary_line(self, index: int) -> str:
        result, job = self.results[index], self.jobs[index]
        q = result.final_quantiles()
        line = (self.tr("%1: %2% succeeded (%3 of %4); final loss median %5, 90% %6; %7 s")
                .replace("%1", self._label(job)).replace("%2", f"{100 * result.success_rate:.1f}")
                .replace("%3", str(int(result.success.sum()))).replace("%4", str(result.k))
                .replace("%5", f"{q['50%']:.4g}").replace("%6", f"{q['90%']:.4g}")
                .replace("%7", f"{result.elapsed_s:.2f}"))
        if result.diverged.any():
            line += self.tr("; %1 diverged").replace("%1", str(int(result.diverged.sum())))
        return f"<span style='color:{COLOURS[index % len(COLOURS)]}'>&#9632;</span> {line}"

    def _set_status(self, text, error: bool = False) -> None:
        """``text``: a function giving the words (called again when the language changes), or a string."""
        self._status_text = text if callable(text) else (lambda: text)
        self.status.setText(self._status_text())
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #d03030;" if error else "")

    def _update_buttons(self) -> None:
        running = self.controller.running
        self.run_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        for widget in self.pickers + [self.seeds, self.first_seed, self.epochs, self.threshold]:
            widget.setEnabled(not running)
        self.line_button.setEnabled(len(self.selected_seeds()) == 2)

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
                     "—" if math.isnan(accuracy) else f"{accuracy:.3f}", self.tr(OUTCOMES[outcome])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, seed)
                item.setData(Qt.UserRole + 1, outcome)
                if column == 3:
                    item.setForeground(QColor("#3aa655" if outcome == "success" else "#d03030"))
                self.table.setItem(row, column, item)
        self.table.selectRow(0)

    @Slot(int, int)
    def _row_activated(self, row: int, _column: int) -> None:
        self.table.selectRow(row)
        self.open_selected()

    def selected_seeds(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [int(self.table.item(row, 0).data(Qt.UserRole)) for row in rows]

    def show_line_between(self) -> bool:
        """The loss on the line between the two selected seeds' trained weights (Goodfellow et al. 2015)."""
        seeds, index = self.selected_seeds(), self.entry_box.currentData()
        if len(seeds) != 2 or index not in self.results:
            return False
        from ...core.landscape import loss_between  # torch, numpy: loaded since the sweep ran
        from ...core.train import TrainConfig

        result, job = self.results[index], self.jobs[index]
        first, second = (result.weights_of(result.index_of_seed(seed)) for seed in seeds)
        try:
            line = loss_between(graph_from_dict(job.graph), job.data, TrainConfig.from_dict(job.config), first, second)
        except (AnnVizError, ValueError, RuntimeError) as err:
            self._set_status(tr_core(str(err)) if isinstance(err, AnnVizError) else str(err), error=True)
            return False
        self.plots.show_line((seeds[0], seeds[1]), line.alphas, line.losses)
        barrier = f"{line.barrier():.4g}"
        self._set_status(lambda: (self.tr("Between seeds %1 and %2 the loss rises by %3 above the higher end: "
                                          "they sit in different valleys.") if line.barrier() > 1e-3 * max(
            1e-12, max(line.at_ends())) else self.tr("Between seeds %1 and %2 the loss never rises above "
                                                     "the higher end: one valley joins them."))
                         .replace("%1", str(seeds[0])).replace("%2", str(seeds[1])).replace("%3", barrier))
        return True

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
        self._set_status(lambda: self.tr("Seed %1 is open in the main window: press Play to watch it train.")
                         .replace("%1", str(seed)) + ("" if not changed else " " + self.tr(
                             "The network was edited since the sweep, so it may train differently.")))
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
