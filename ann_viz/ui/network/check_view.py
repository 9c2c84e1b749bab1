"""The gradient check in words: one edge's backprop beside its central finite difference, and a
table of every parameter entry, worst agreement first, with a verdict."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.inspect.gradient_check import GradientCheck, GradientEntry
from ..tr import fill

_HEADERS = (QT_TRANSLATE_NOOP("GradientCheck", "Parameter"), QT_TRANSLATE_NOOP("GradientCheck", "Backprop"),
            QT_TRANSLATE_NOOP("GradientCheck", "Finite difference"),
            QT_TRANSLATE_NOOP("GradientCheck", "Relative error"))
# Relative error bands (as in CS231n's notes on gradient checking)
AGREE, KINK = 1e-7, 1e-4


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradientCheck", text)


def _g(v: float) -> str:
    return f"{v:.10g}".replace("-", "−")


def _e(v: float) -> str:
    return f"{v:.2e}"


def entry_label(entry: GradientEntry, net) -> str:
    """"linear2.weight[0, 0] (w5)": the parameter, its index and, for a drawn weight, the notes' name."""
    text = f"{entry.name}[{', '.join(str(i) for i in entry.index)}]"
    if net is not None and entry.name.endswith(".weight") and len(entry.index) == 2:
        try:
            text += f" ({net.weight_label(entry.name.removesuffix('.weight'), *entry.index)})"
        except (KeyError, IndexError):
            pass
    return text


def verdict(worst: float) -> str:
    if worst < AGREE:
        return fill(_tr("Worst relative error %1: backprop and the finite differences agree."), _e(worst))
    if worst < KINK:
        return fill(_tr("Worst relative error %1: close; rounding on tiny gradients, or a kink (ReLU at 0), can do this."), _e(worst))
    return fill(_tr("Worst relative error %1: backprop and the finite differences disagree."), _e(worst))


def precision_note(check: GradientCheck) -> str:
    return fill(_tr("Computed in float64 in the core (the app trains in float32) on the shown batch, "
                    "dropout off, batch norm on its running statistics; ε = %1."), f"{check.epsilon:g}")


def edge_check_html(entry: GradientEntry, weight_name: str, check: GradientCheck) -> str:
    """The finite-difference lines under an edge's chain rule."""
    mark = "✓" if entry.relative_error < AGREE else "≈" if entry.relative_error < KINK else "✗"
    return "<br>".join([
        fill(_tr("<b>Gradient check</b> of %1:"), weight_name),
        fill(_tr("backprop dE/d%1 = %2"), weight_name, _g(entry.backprop)),
        fill("[E(%1 + ε) − E(%1 − ε)] / 2ε = %2", weight_name, _g(entry.numeric)),
        fill(_tr("relative error = %1 %2"), _e(entry.relative_error), mark),
        f"<i>{precision_note(check)}</i>"])


class CheckAllView(QWidget):
    """A button, a verdict line and the table of every parameter entry."""


    def __init__(self, parent=None):
        super().__init__(parent)
        self.button = QPushButton()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.button, self.verdict, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        self.entries: list[GradientEntry] = []
        self._check: GradientCheck | None = None
        self._net = None
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(_tr("Check all gradients"))
        self.table.setHorizontalHeaderLabels([_tr(_HEADERS[k]) for k in range(len(_HEADERS))])
        if self._check is not None:
            self.show_entries(self.entries, self._check, self._net)
        else:
            self.verdict.setText(_tr("Compares backprop's dE/dw of every parameter with "
                                     "[E(w + ε) − E(w − ε)] / 2ε on the same batch."))

    def clear(self) -> None:
        """Another trainer (a lesson, a reset, an edit): the last results were for other weights."""
        self.entries, self._check, self._net = [], None, None
        self.table.setRowCount(0)
        self.note.clear()
        self.retranslate()

    def set_busy(self) -> None:
        self.verdict.setText(_tr("Checking every parameter..."))

    def show_entries(self, entries: list[GradientEntry], check: GradientCheck, net) -> None:
        self.entries, self._check, self._net = entries, check, net
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (entry_label(entry, net), _g(entry.backprop), _g(entry.numeric), _e(entry.relative_error))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, item)
        worst = entries[0].relative_error if entries else 0.0
        total = sum(int(p.numel()) for p in check.params.values())
        count = fill(_tr("%1 entries checked."), len(entries)) if len(entries) == total else \
            fill(_tr("%1 of %2 entries checked (a random sample of each large tensor)."), len(entries), total)
        self.verdict.setText(f"<b>{verdict(worst)}</b> {count}")
        self.note.setText(precision_note(check))

    def show_failure(self, text: str) -> None:
        self.verdict.setText(text)
