"""Evaluation of the current weights: accuracy, precision, recall, F1, the confusion matrix,
and the notes' PRED vs GOLD table for small data sets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...core.tours import targets
from ..language import Retranslatable

if TYPE_CHECKING:  # evaluation imports torch; this panel is on screen before torch is loaded
    from ...core.train import Evaluation

MAX_ROWS = 32


class MetricsPanel(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.confusion = QTableWidget()
        self.rows = QTableWidget()
        self.rows.setObjectName(targets.METRICS_TABLE)  # guided tours point at it
        self.confusion_title, self.rows_title = QLabel(), QLabel()
        for title in (self.confusion_title, self.rows_title):
            title.setWordWrap(True)  # a narrow dock wraps it, never widens (Korean is longer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.confusion_title)
        layout.addWidget(self.confusion)
        layout.addWidget(self.rows_title)
        layout.addWidget(self.rows)
        self._evaluation: Evaluation | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.confusion_title.setText(self.tr("Confusion matrix (rows: gold, columns: predicted)"))
        self.rows_title.setText(self.tr("PRED vs GOLD"))
        self.rows.setHorizontalHeaderLabels(self._row_headers()[:self.rows.columnCount()])
        self._show_summary(self._evaluation)

    def _row_headers(self) -> list[str]:
        return [self.tr("output"), self.tr("PRED"), self.tr("GOLD")]

    @Slot()
    def clear(self) -> None:
        self.show_evaluation(None)

    @Slot(object)
    def show_evaluation(self, ev: Evaluation | None) -> None:
        self._evaluation = ev
        self._show_summary(ev)
        if ev is None:
            for table in (self.confusion, self.rows):
                table.clear()
                table.setRowCount(0)  # so the next evaluation makes its items again
                table.setColumnCount(0)
            return
        self._fill_confusion(ev.report)
        self._fill_rows(ev)

    def _show_summary(self, ev: Evaluation | None) -> None:
        if ev is None:
            self.summary.setText(self.tr("Train or step to see how the network does."))
            return
        # The loss of the weights as they are now, on all the data (the training panel shows the mean
        # over the last epoch, taken while the weights still changed: the two differ a little).
        text = self.tr("Loss of the current weights %1").replace("%1", f"{ev.loss:.6g}")
        report = ev.report
        if report is not None:
            text += " · " + self.tr("Accuracy %1").replace("%1", f"{report['accuracy']:.4f}")
            if "macro_precision" in report:
                text += " · " + self.tr("Precision %1 · Recall %2 · F1 %3 (macro average)").replace(
                    "%1", f"{report['macro_precision']:.3f}").replace(
                    "%2", f"{report['macro_recall']:.3f}").replace("%3", f"{report['macro_f1']:.3f}")
        self.summary.setText(text)

    def _fill_confusion(self, report: dict | None) -> None:
        matrix = None if report is None else report.get("confusion")
        if matrix is None:
            self.confusion.setRowCount(0)
            self.confusion.setColumnCount(0)
            return
        matrix = np.asarray(matrix)
        labels = [str(i) for i in range(matrix.shape[0])]
        _fill(self.confusion, [[str(int(v)) for v in row] for row in matrix], labels, labels)

    def _fill_rows(self, ev: Evaluation) -> None:
        n = min(len(ev.output), MAX_ROWS)
        rows = [[_fmt(ev.output[i]), "" if ev.predicted is None else _fmt(ev.predicted[i]), _fmt(ev.gold[i])]
                for i in range(n)]
        _fill(self.rows, rows, self._row_headers(), None)


CELL_PADDING = 12  # a cell's margins and grid line around its text


def _fill(table: QTableWidget, cells: list[list[str]], columns: list[str], rows: list[str] | None) -> None:
    """Update texts in place; rebuild and re-measure only when the shape changes.

    Called a few times a second during training: re-creating items and resizing
    columns every time would stall the GUI thread for tens of milliseconds.
    """
    shape = (len(cells), len(columns))
    if (table.rowCount(), table.columnCount()) != shape:
        table.clear()
        table.setRowCount(shape[0])
        table.setColumnCount(shape[1])
        table.setHorizontalHeaderLabels(columns)
        if rows is not None:
            table.setVerticalHeaderLabels(rows)
        for i, row in enumerate(cells):
            for j, text in enumerate(row):
                table.setItem(i, j, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        return
    metrics = table.fontMetrics()
    for i, row in enumerate(cells):
        for j, text in enumerate(row):
            item = table.item(i, j)
            if item.text() != text:
                item.setText(text)
                if metrics.horizontalAdvance(text) + CELL_PADDING > table.columnWidth(j):
                    table.resizeColumnToContents(j)  # a count grew ("9" to "1000"): never "…"


def _fmt(value) -> str:
    array = np.atleast_1d(np.asarray(value, dtype=float))
    return ", ".join(f"{v:.4g}" for v in array)
