"""A Qt table model over one layer's numbers (:class:`...core.inspect.numbers.LayerTable`).

Rows are made on demand, so a 784x512 layer costs nothing until its rows are scrolled into
sight; every cell is written at full precision (it reads back to the very same float).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...core.inspect.numbers import QUANTITIES, LayerTable
from ..tr import tr_core

COLUMNS = ("quantity", "index", "value", "grad", "update")


def _tr(text: str) -> str:
    return QCoreApplication.translate("NumbersView", text)


def column_titles() -> list[str]:
    return [_tr("Quantity"), _tr("Index"), _tr("Value"), _tr("Gradient dE/d(·)"), _tr("Last update")]


def column_tips() -> list[str]:
    return [_tr("What the number is: a weight, a bias, the weighted sum z, a neuron's output a, an input or a "
                "target."),
            _tr("Weights: (neuron, input); biases: (neuron); per sample: (sample, neuron). Counted from 1, as "
                "in the neuron view."),
            _tr("The number at full precision: it reads back to exactly the number the trainer holds."),
            _tr("dE/dw for a weight or bias; dE/dz or dE/da for a neuron's value on a sample (after the "
                "backward phase)."),
            _tr("What the last update added to the weight (after the update phase).")]


class LayerModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: LayerTable | None = None
        self._starts = np.zeros(1, dtype=np.int64)

    def set_table(self, table: LayerTable | None) -> None:
        self.beginResetModel()
        self.table = table
        sizes = [len(s) for s in table.sections] if table is not None else []
        self._starts = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else int(self._starts[-1])

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.DisplayRole:
            return column_titles()[section]
        if role == Qt.ToolTipRole:
            return column_tips()[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.TextAlignmentRole):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter) if column in ("value", "grad", "update") else None
        return self.cell(index.row(), column)

    def cell(self, row: int, column: str) -> str:
        """The text of one cell (what is shown and copied)."""
        i = int(np.searchsorted(self._starts, row, side="right")) - 1
        section, k = self.table.sections[i], row - int(self._starts[i])
        if column == "quantity":
            return tr_core(QUANTITIES[section.quantity])
        if column == "index":
            return "(" + ", ".join(str(j) for j in section.index(k)) + ")"
        return section.text(column, k)

    def rows_as_text(self) -> list[list[str]]:
        """Every row's cells, for Copy."""
        return [[self.cell(r, c) for c in COLUMNS] for r in range(self.rowCount())]
