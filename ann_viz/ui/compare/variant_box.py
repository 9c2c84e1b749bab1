"""One variant of the Compare Variants dialog: a checkable box of one or more changes ("Add change",
a Remove button per change), checked by the same core function as the CLI's --variant."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.compare import CHANGE_KEYS, CHANGE_LABELS, VariantError, choices, parse_changes
from ...core.compare.changes import value_label
from ...core.graph import ACTIVATION_KINDS
from ...core.project import Project
from ..tr import tr_core

# Values offered for the changes that are typed (the CLI's text); the others are picked from their choices.
SUGGESTIONS = {"width": ("2", "4", "10", "32", "64"), "depth": ("1", "2", "3", "5"), "lr": ("0.01", "0.1", "1"),
               "regularizer": ("none", "dropout:0.1", "l1:0.001", "l2:0.001", "batchnorm")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


def default_value(project: Project, key: str) -> str:
    """A value of change ``key`` that differs from the project: another activation, Adam, the next seed."""
    if key == "activation":
        hidden = [n.kind for n in project.graph.nodes.values() if n.kind in ACTIVATION_KINDS]
        return "sigmoid" if hidden and hidden[0] == "relu" else "relu"
    if key == "optimizer":
        return "adam" if project.config.optimizer != "adam" else "sgd"
    if key == "seed":
        return str(project.config.seed + 1)
    return (choices(key) or SUGGESTIONS[key])[0]


class ChangeRow(QWidget):
    """What changes and to what, with a button that removes the row from its variant."""

    edited = Signal()
    remove_clicked = Signal(object)  # this row

    def __init__(self, project: Project, key: str, value: str | None = None, parent=None):
        super().__init__(parent)
        self.project = project
        self.what = QComboBox()
        for k in CHANGE_KEYS:
            self.what.addItem(tr_core(CHANGE_LABELS[k]), k)
        self.what.setCurrentIndex(CHANGE_KEYS.index(key))
        self.value = QComboBox()
        self.remove = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.what)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.remove)
        self._fill_values(value if value is not None else default_value(project, key))
        self.what.currentIndexChanged.connect(lambda _: self._fill_values(default_value(project, self.key())))
        self.value.currentTextChanged.connect(lambda _: self.edited.emit())
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self))
        self.retranslate()

    def key(self) -> str:
        return self.what.currentData()

    def text(self) -> str:
        """The value as the CLI would take it after "KEY=" (a choice's name, or the typed text)."""
        if self.value.isEditable():
            return self.value.currentText()
        return self.value.currentData() or ""

    def set_value(self, text: str) -> None:
        at = self.value.findData(text)
        if at >= 0:
            self.value.setCurrentIndex(at)
        elif self.value.isEditable():
            self.value.setEditText(text)

    def _fill_values(self, value: str) -> None:
        key = self.key()
        self.value.blockSignals(True)
        self.value.clear()
        options = () if key in SUGGESTIONS else choices(key)  # a suggested value may be edited ("dropout:0.2")
        self.value.setEditable(not options)
        for option in options:
            self.value.addItem(tr_core(value_label(key, option)), option)
        for suggestion in SUGGESTIONS.get(key, ()):
            self.value.addItem(suggestion, suggestion)
        self.set_value(value)
        self.value.blockSignals(False)
        self.edited.emit()

    def retranslate(self) -> None:
        for i, k in enumerate(CHANGE_KEYS):
            self.what.setItemText(i, tr_core(CHANGE_LABELS[k]))
        if not self.value.isEditable():
            for i in range(self.value.count()):
                self.value.setItemText(i, tr_core(value_label(self.key(), self.value.itemData(i))))
        self.remove.setText(_tr("Remove"))
        self.remove.setToolTip(_tr("Remove this change from the variant"))


class VariantBox(QGroupBox):
    """A variant: checked or not, its changes, and the problem with them (said under them)."""

    edited = Signal()
    row_added = Signal(object)  # the new ChangeRow

    def __init__(self, project: Project, number: int, changes: list[tuple[str, str]], checked: bool, parent=None):
        super().__init__(parent)
        self.project, self.number = project, number
        self.setCheckable(True)
        self.setChecked(checked)
        self.rows: list[ChangeRow] = []
        self.row_layout = QVBoxLayout()
        self.row_layout.setSpacing(4)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_change())
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #d03030;")
        self.problem_label.setWordWrap(True)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.row_layout)
        layout.addWidget(self.problem_label)
        layout.addLayout(add_line)
        for key, value in changes:
            self.add_change(key, value)
        self.toggled.connect(lambda _: self._edited())
        self.retranslate()

    def add_change(self, key: str | None = None, value: str | None = None) -> ChangeRow | None:
        """A new row: ``key`` (by default the first change this variant does not make yet)."""
        used = {row.key() for row in self.rows}
        key = key or next((k for k in CHANGE_KEYS if k not in used), None)
        if key is None:
            return None
        row = ChangeRow(self.project, key, value, self)
        row.edited.connect(self._edited)
        row.remove_clicked.connect(self.remove_change)
        self.rows.append(row)
        self.row_layout.addWidget(row)
        row.show()  # now, not when the layout would: the dialog sizes itself to the rows at once
        self._edited()
        self.row_added.emit(row)
        return row

    def remove_change(self, row: ChangeRow) -> None:
        if row not in self.rows or len(self.rows) == 1:
            return  # a variant keeps one change; uncheck it to leave it out
        self.rows.remove(row)
        self.row_layout.removeWidget(row)
        row.deleteLater()
        self._edited()

    def pairs(self) -> list[tuple[str, str]]:
        """The rows as (change, value text): what the CLI reads from --variant KEY=VALUE,KEY=VALUE."""
        return [(row.key(), row.text()) for row in self.rows]

    def changes(self) -> dict:
        """The checked changes (:class:`VariantError` if a value cannot work or a change is repeated)."""
        return parse_changes(self.pairs())

    def problem(self) -> str:
        """What is wrong with the changes, translated ("" if nothing or the variant is unchecked)."""
        if not self.isChecked():
            return ""
        try:
            self.changes()
        except VariantError as err:
            return tr_core(str(err))
        return ""

    def _edited(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)
        if self.isChecked():  # an unchecked box keeps every child disabled
            self.add_button.setEnabled(len(self.rows) < len(CHANGE_KEYS))
        self.edited.emit()

    def retranslate(self) -> None:
        self.setTitle(_tr("Variant %1").replace("%1", str(self.number)))
        self.add_button.setText(_tr("Add change"))
        self.add_button.setToolTip(_tr("Change one more thing in this variant"))
        for row in self.rows:
            row.retranslate()
        self._edited()
