"""The Numbers view: every weight, bias, gradient and per-sample value at full precision, a tab per
layer, with Copy (tab-separated, for a spreadsheet), updated after each step.

It shows the training thread's newest snapshot; one that carries weights only (after a run or a
reset) gets a forward pass on the training rows, as the neuron view does.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from ...core.errors import AnnVizError
from ...core.inspect.numbers import LayerTable, exact, layer_tables
from ...core.train import Snapshot
from ..language import Retranslatable
from ..training.panel import phase_name
from .model import COLUMNS, LayerModel, column_titles

REFRESH_MS = 100  # at most ten table refreshes a second while training runs


class NumbersView(Retranslatable, QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.snapshot: Snapshot | None = None  # the newest from the trainer
        self.shown: Snapshot | None = None  # what the tables show (with a forward pass where needed)
        self.tables: list[LayerTable] = []
        self._forward = None  # a ForwardFill (torch: imported when first needed, never before the first paint)
        self._dirty = False
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_all_button = QPushButton()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.header, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        self.copy_button.clicked.connect(self.copy_layer)
        self.copy_all_button.clicked.connect(self.copy_all)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy layer"))
        self.copy_button.setToolTip(self.tr("Copy this layer's table to the clipboard, tab-separated (paste it "
                                            "into a spreadsheet), every number at full precision."))
        self.copy_all_button.setText(self.tr("Copy all"))
        self.copy_all_button.setToolTip(self.tr("Copy every layer's table, one after another, tab-separated."))
        self.empty.setText(self.tr("No numbers yet: they appear when the trainer is ready."))
        self._show_header()
        for i in range(self.tabs.count()):
            self.tabs.widget(i).model().headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)

    # ----- input ------------------------------------------------------------------------------------
    @Slot(object)
    def add_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._dirty = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def clear(self) -> None:
        """Another trainer: its data or settings may differ (a new forward pass), and nothing is shown yet."""
        self._forward = None
        self.snapshot = None
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # ----- tables -------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self._dirty = False
        document = self.window_.document
        kinds = {n.name: n.kind for n in document.graph.nodes.values()}
        snapshot = self._with_values(self.snapshot, document) if self.snapshot is not None else None
        self.tables = layer_tables(snapshot, kinds) if snapshot is not None else []
        self.shown = snapshot
        names = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        if names != [t.name for t in self.tables]:
            current = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else None
            self._rebuild_tabs(current)
        for i, table in enumerate(self.tables):
            self.tabs.widget(i).model().set_table(table)
        self.tabs.setVisible(bool(self.tables))
        self.empty.setVisible(not self.tables)
        self.copy_button.setEnabled(bool(self.tables))
        self.copy_all_button.setEnabled(bool(self.tables))
        self._show_header()

    def _rebuild_tabs(self, current: str | None) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        for table in self.tables:
            view = QTableView()
            view.setModel(LayerModel(view))
            view.setAlternatingRowColors(True)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            width = view.fontMetrics().horizontalAdvance("-0.12345678901234567e-123") + 16
            for column, w in enumerate((130, 80, width, width)):
                view.setColumnWidth(column, w)
            self.tabs.addTab(view, table.name)
        names = [t.name for t in self.tables]
        if current in names:
            self.tabs.setCurrentIndex(names.index(current))

    def _with_values(self, snapshot: Snapshot, document) -> Snapshot:
        if snapshot.values:
            return snapshot
        try:
            if self._forward is None:
                from ...core.inspect.forward import ForwardFill

                project = document.project
                self._forward = ForwardFill(project.graph, project.data, project.config)
            return self._forward.fill(snapshot)
        except (AnnVizError, RuntimeError, ValueError, KeyError):
            return snapshot  # data that do not fit the network (yet): its weights alone

    def _show_header(self) -> None:
        s = self.shown
        if s is None:
            self.header.setText("")
            return
        dtype = next(iter(s.params.values())).dtype if s.params else np.float32
        phase = phase_name(s.phase)
        parts = [self.tr("Epoch %1").replace("%1", str(s.epoch)),
                 self.tr("phase: %1").replace("%1", phase) if s.phase != "idle" else phase]
        if s.loss is not None:
            parts.append(self.tr("loss E = %1").replace("%1", exact(s.loss, dtype)))
        parts.append(str(np.dtype(dtype)))
        self.header.setText(" · ".join(parts))

    # ----- copy ---------------------------------------------------------------------------------------
    def layer_text(self, index: int) -> str:
        """One layer's table as tab-separated lines (a title row first)."""
        model = self.tabs.widget(index).model()
        lines = ["\t".join([self.tr("Layer")] + column_titles())]
        name = self.tables[index].name
        lines += ["\t".join([name] + row) for row in model.rows_as_text()]
        return "\n".join(lines) + "\n"

    @Slot()
    def copy_layer(self) -> None:
        if self.tables:
            QApplication.clipboard().setText(self.layer_text(self.tabs.currentIndex()))

    @Slot()
    def copy_all(self) -> None:
        if self.tables:
            texts = [self.layer_text(i) for i in range(len(self.tables))]
            QApplication.clipboard().setText(texts[0] + "".join(t.split("\n", 1)[1] for t in texts[1:]))
