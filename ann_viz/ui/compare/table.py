"""The runs' numbers at the timeline's epoch, side by side: loss and accuracy there, and at the end."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ..language import Retranslatable
from ..tr import tr_core
from .plots import COLOURS


def loss_at(run, epoch: int) -> float:
    """The run's training loss of ``epoch`` (its last epoch if it ended sooner); NaN before the first."""
    if epoch < 1 or not len(run.loss):
        return math.nan
    return float(run.loss[min(epoch, len(run.loss)) - 1])


def accuracy_at(run, epoch: int) -> float:
    """The accuracy measured at the last mark at or before ``epoch``."""
    i = int(np.searchsorted(run.marks, epoch, side="right")) - 1
    return float(run.accuracy[i]) if i >= 0 else math.nan


def _number(value: float, digits: str) -> str:
    return "-" if not math.isfinite(value) else format(value, digits)


class RunTable(Retranslatable, QTableWidget):
    def __init__(self, labels: list[str], parent=None):
        super().__init__(len(labels), 4, parent)
        self.labels = labels
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        for row, label in enumerate(labels):
            item = QTableWidgetItem("■ " + tr_core(label))
            item.setForeground(QColor(COLOURS[row % len(COLOURS)]))
            self.setItem(row, 0, item)
            for column in range(1, 4):
                self.setItem(row, column, QTableWidgetItem("-"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Run"), self.tr("Loss here"), self.tr("Accuracy here"),
                                        self.tr("Final loss")])
        for row, label in enumerate(self.labels):
            self.item(row, 0).setText("■ " + tr_core(label))

    def show_state(self, state, epoch: int) -> None:
        for row, run in enumerate(state.runs):
            values = (_number(loss_at(run, epoch), ".4g"), _number(accuracy_at(run, epoch), ".2f"),
                      _number(run.final_loss if run.epoch else math.nan, ".4g"))
            for column, text in enumerate(values, start=1):
                item = self.item(row, column)
                item.setText(text)
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
