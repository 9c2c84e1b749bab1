"""Tools > Compare Variants...: pick what differs in up to three variants of the open project.

The open project is the first run; each checked row is a variant with one change. A value
that cannot work (a width of 0) is said under its row at once; such a run shows its message
in the comparison and the other runs train.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
                               QSpinBox, QVBoxLayout)

from ...core.compare import CHANGE_KEYS, CHANGE_LABELS, MAX_RUNS, VariantError, build_comparison, choices, parse_value
from ...core.compare.changes import value_label
from ...core.errors import AnnVizError
from ...core.graph import ACTIVATION_KINDS
from ...core.project import Project
from ...core.train.config import MAX_COUNT
from ..language import Retranslatable
from ..tr import tr_core

SUGGESTIONS = {"width": ("2", "4", "10", "32", "64"), "depth": ("1", "2", "3", "5"), "lr": ("0.01", "0.1", "1"),
               "regularizer": ("none", "dropout:0.1", "l1:0.001", "l2:0.001", "batchnorm")}


def default_variants(project: Project) -> list[tuple[str, str, bool]]:
    """(change, value, checked) for the three rows: another activation (checked), Adam, the next seed."""
    hidden = [n.kind for n in project.graph.nodes.values() if n.kind in ACTIVATION_KINDS]
    activation = "sigmoid" if hidden and hidden[0] == "relu" else "relu"
    optimizer = "adam" if project.config.optimizer != "adam" else "sgd"
    return [("activation", activation, True), ("optimizer", optimizer, False),
            ("seed", str(project.config.seed + 1), False)]


class _VariantRow:
    def __init__(self, number: int, change: str, value: str, checked: bool):
        self.number = number
        self.enabled = QCheckBox()
        self.enabled.setChecked(checked)
        self.what = QComboBox()
        for key in CHANGE_KEYS:
            self.what.addItem("", key)
        self.what.setCurrentIndex(CHANGE_KEYS.index(change))
        self.value = QComboBox()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #d03030;")
        self.problem.setWordWrap(True)
        self._fill_values(value)
        self.what.currentIndexChanged.connect(lambda _: self._fill_values(None))
        self.value.currentTextChanged.connect(lambda _: self.check())
        self.enabled.toggled.connect(self._toggled)
        self._toggled(checked)

    def key(self) -> str:
        return self.what.currentData()

    def _fill_values(self, value: str | None) -> None:
        key = self.key()
        self.value.blockSignals(True)
        self.value.clear()
        options = choices(key)
        self.value.setEditable(not options)
        for option in options:
            self.value.addItem(tr_core(value_label(key, option)), option)
        for suggestion in SUGGESTIONS.get(key, ()):
            self.value.addItem(suggestion, suggestion)
        if value is not None:
            at = self.value.findData(value)
            if at >= 0:
                self.value.setCurrentIndex(at)
            else:
                self.value.setEditText(value)
        self.value.blockSignals(False)
        self.check()

    def text(self) -> str:
        if self.value.isEditable():
            return self.value.currentText()
        return self.value.currentData() or ""

    def changes(self) -> dict:
        """The row's change, typed; a value that cannot work is passed on as typed, to fail in its run."""
        try:
            return {self.key(): parse_value(self.key(), self.text())}
        except VariantError:
            return {self.key(): self.text()}

    def check(self) -> str:
        """The problem with the row's value ("" if none), shown under it."""
        problem = ""
        if self.enabled.isChecked():
            try:
                parse_value(self.key(), self.text())
            except VariantError as err:
                problem = tr_core(str(err))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        return problem

    def _toggled(self, on: bool) -> None:
        self.what.setEnabled(on)
        self.value.setEnabled(on)
        self.check()


class CompareDialog(Retranslatable, QDialog):
    """Builds the comparison (``comparison()``) once accepted."""

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.rows = [_VariantRow(i + 1, *row) for i, row in enumerate(default_variants(project)[:MAX_RUNS - 1])]
        grid = QGridLayout()
        for r, row in enumerate(self.rows):
            grid.addWidget(row.enabled, 2 * r, 0)
            grid.addWidget(row.what, 2 * r, 1)
            grid.addWidget(row.value, 2 * r, 2)
            grid.addWidget(row.problem, 2 * r + 1, 1, 1, 2)
            row.enabled.toggled.connect(self._update_ok)
        grid.setColumnStretch(2, 1)
        self.epochs = QSpinBox()
        self.epochs.setRange(0, MAX_COUNT)
        self.epochs.setValue(project.config.epochs)
        self.epochs_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.epochs_label, self.epochs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare Variants"))
        self.intro.setText(self.tr("The open project is the first run. Each checked variant changes one thing; "
                                   "all runs train together from their seeds, shown side by side on one timeline."))
        for row in self.rows:
            row.enabled.setText(self.tr("Variant %1").replace("%1", str(row.number)))
            for i, key in enumerate(CHANGE_KEYS):
                row.what.setItemText(i, tr_core(CHANGE_LABELS[key]))
            row.check()
        self.epochs_label.setText(self.tr("Epochs (every run)"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Compare"))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(any(r.enabled.isChecked() for r in self.rows))

    def comparison(self):
        """The comparison of the open project and the checked variants (AnnVizError: none checked)."""
        variants = [row.changes() for row in self.rows if row.enabled.isChecked()]
        if not variants:
            raise AnnVizError("Check at least one variant.")
        return build_comparison(self.project, variants, epochs=self.epochs.value(), title=self.project.title)
