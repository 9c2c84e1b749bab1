"""The inspector: a form for the selected layer's name and parameters, plus its widths.

It mirrors the model: every edit is an undo command, and the form is refreshed from
graph events, so undo/redo and edits made elsewhere show up here too.
"""

from __future__ import annotations

import html
import re
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack, QValidator
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout,
                               QLabel, QLineEdit, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from ..core.errors import GraphError
from ..core.graph import Graph, Node, ParamSpec, infer_widths, input_width
from .editor.commands import RenameCommand, SetParamCommand
from .language import Retranslatable
from .tr import tr_core

# Parameters shown only for one choice of "init".
_INIT_ONLY = {"init_std": ("normal",), "init_a": ("uniform",),
              "weight": ("explicit",), "bias_values": ("explicit",)}
_SPLIT = re.compile(r"[,\s]+")
# A choice shown by its name, not its key ("bce" means nothing to a student).
_CHOICE_LABELS = {"loss": {"mse": QT_TRANSLATE_NOOP("Inspector", "Mean squared error (MSE)"),
                           "bce": QT_TRANSLATE_NOOP("Inspector", "Binary cross-entropy (BCE)"),
                           "bce_logits": QT_TRANSLATE_NOOP("Inspector", "BCE with logits (sigmoid inside)"),
                           "ce": QT_TRANSLATE_NOOP("Inspector", "Cross-entropy (CE, softmax inside)")}}


class _SciSpinBox(QDoubleSpinBox):
    """For tiny values such as BatchNorm's epsilon, which four decimals would round to 0."""

    def textFromValue(self, value: float) -> str:
        return _format_number(value)

    def valueFromText(self, text: str) -> float:
        return float(text)

    def validate(self, text: str, pos: int):
        try:
            ok = self.minimum() <= float(text) <= self.maximum()
        except ValueError:
            ok = False
        return (QValidator.Acceptable if ok else QValidator.Intermediate), text, pos


def _format_number(v: float) -> str:
    short = f"{v:g}"
    return short if float(short) == v else repr(v)  # never lose precision in the round trip


def format_numbers(value: Any) -> str:
    """A matrix as "0.5, 0.5; -0.5, -0.5", a vector as "1, 2"; None as ""."""
    if value is None:
        return ""
    rows = value if value and isinstance(value[0], (list, tuple)) else [value]
    return "; ".join(", ".join(_format_number(v) for v in row) for row in rows)


def parse_numbers(text: str, matrix: bool) -> list | None:
    """Rows separated by ';', numbers by ',' or spaces; "" is None. Raises ValueError naming the bad word."""
    if not text.strip():
        return None
    rows = []
    for row in text.split(";") if matrix else [text.replace(";", " ")]:
        rows.append([])
        for word in filter(None, _SPLIT.split(row.strip())):
            try:
                rows[-1].append(float(word))
            except ValueError:
                raise ValueError(word) from None
    return rows if matrix else rows[0]


class Inspector(Retranslatable, QWidget):
    """Edits one node of a graph through an undo stack; shows a hint when nothing is selected."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._graph: Graph | None = None
        self._node_id: str | None = None
        self._stack: QUndoStack | None = None
        self._subscriptions: list = []  # (event, callback) pairs, to disconnect later
        self.fields: dict[str, QWidget] = {}
        self.name_edit: QLineEdit | None = None
        self._form: QFormLayout | None = None
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignCenter)
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d32f2f;")
        self.message.hide()
        self._pages = QStackedWidget()
        self._pages.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """The hint, and the shown layer's form built again (its values come from the model)."""
        self.hint.setText(self.tr("Select a layer to edit it."))
        if self._node() is not None:
            self._rebuild()

    # ----- target and model events ---------------------------------------------------
    def set_target(self, graph: Graph | None, node_id: str | None, undo_stack: QUndoStack) -> None:
        """Show ``node_id`` of ``graph`` (or the hint for None) and follow the graph's events."""
        self._stack = undo_stack
        new_graph = graph is not self._graph
        if new_graph:
            self._subscribe(graph)
        if graph is None or node_id not in graph.nodes:
            node_id = None
        if new_graph or node_id != self._node_id or node_id is None:
            self._node_id = node_id
            self._rebuild()
        else:
            self._refresh()

    def _subscribe(self, graph: Graph | None) -> None:
        for event, callback in self._subscriptions:
            event.disconnect(callback)
        self._graph, self._subscriptions = graph, []
        if graph is not None:
            refresh = lambda *_: self._refresh()  # any of these may change this node's widths too
            self._subscriptions = [(graph.param_changed, refresh), (graph.node_renamed, refresh),
                                   (graph.link_added, refresh), (graph.link_removed, refresh),
                                   (graph.node_removed, self._on_node_removed)]
            for event, callback in self._subscriptions:
                event.connect(callback)

    def _on_node_removed(self, node: Node) -> None:
        if node.id == self._node_id:
            self._node_id = None
            self._rebuild()

    def _node(self) -> Node | None:
        return self._graph.nodes.get(self._node_id) if self._graph and self._node_id else None

    # ----- building and refreshing ---------------------------------------------------
    def _rebuild(self) -> None:
        old = self._pages.currentWidget()
        if old is not self.hint:
            for widget in [self.name_edit, *self.fields.values()]:
                widget.blockSignals(True)  # hiding it must not commit a focused field to the new node
            self._pages.removeWidget(old)
            old.deleteLater()
        self.fields, self.name_edit = {}, None
        self._show_message("")
        node = self._node()
        if node is None:
            self._pages.setCurrentWidget(self.hint)
            return
        self._pages.setCurrentIndex(self._pages.addWidget(self._build_form(node)))
        self._refresh()

    def _build_form(self, node: Node) -> QWidget:
        page = QWidget()
        spec = node.spec
        title = QLabel(f"<b>{html.escape(tr_core(spec.label))}</b>")
        description = QLabel(tr_core(spec.description))
        description.setWordWrap(True)
        self._form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.editingFinished.connect(self._commit_name)
        self._form.addRow(self.tr("Name"), self.name_edit)
        for param in spec.params:
            self.fields[param.name] = self._make_field(param)
            self._form.addRow(tr_core(param.label or param.name), self.fields[param.name])
        facts = QFormLayout()
        self.in_width, self.out_width, self.param_count = QLabel(), QLabel(), QLabel()
        if spec.max_inputs != 0:
            facts.addRow(self.tr("Input width:"), self.in_width)
        facts.addRow(self.tr("Output width:"), self.out_width)
        facts.addRow(self.param_count)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(description)
        layout.addLayout(self._form)
        layout.addLayout(facts)
        return page

    def _make_field(self, param: ParamSpec) -> QWidget:
        key = param.name
        if param.type == "int":
            field = QSpinBox()
            field.setRange(int(param.minimum if param.minimum is not None else -2**31 + 1),
                           int(param.maximum if param.maximum is not None else 2**31 - 1))
        elif param.type == "float":
            tiny = param.minimum is not None and 0 < param.minimum < 1e-4
            field = _SciSpinBox() if tiny else QDoubleSpinBox()
            field.setDecimals(12 if tiny else 4)
            field.setRange(param.minimum if param.minimum is not None else -1e9,
                           param.maximum if param.maximum is not None else 1e9)
            field.setSingleStep(0.01)
            field.setStepType(QAbstractSpinBox.AdaptiveDecimalStepType)  # steps scale with the value
        elif param.type == "bool":
            field = QCheckBox()
            field.toggled.connect(partial(self._commit, key))
            return field
        elif param.type == "choice":
            field = QComboBox()
            for choice in param.choices:
                named = choice in _CHOICE_LABELS.get(key, {})
                field.addItem(self.tr(_CHOICE_LABELS[key][choice]) if named else tr_core(choice), choice)
            field.currentIndexChanged.connect(lambda i, f=field: self._commit(key, f.itemData(i)))
            return field
        else:  # matrix / vector
            field = QLineEdit()
            field.setPlaceholderText(self.tr("e.g. 0.5, 0.5; -0.5 -0.5") if param.type == "matrix"
                                     else self.tr("e.g. 0.5, -1"))
            field.editingFinished.connect(partial(self._commit_numbers, key, param.type == "matrix"))
            return field
        field.setKeyboardTracking(False)  # one command per finished entry, not per keystroke
        field.valueChanged.connect(partial(self._commit, key))
        return field

    def _refresh(self) -> None:
        """Copy the model into the widgets, with their signals blocked so nothing is pushed."""
        node = self._node()
        if node is None or self.name_edit is None:
            return
        blockers = [QSignalBlocker(w) for w in [self.name_edit, *self.fields.values()]]
        self.name_edit.setText(node.name)
        for key, field in self.fields.items():
            value = node.params[key]
            if isinstance(field, QCheckBox):
                field.setChecked(value)
            elif isinstance(field, QComboBox):
                field.setCurrentIndex(field.findData(value))
            elif isinstance(field, QLineEdit):
                field.setText(format_numbers(value))
            elif field.value() != value:
                field.setValue(value)
            if key in _INIT_ONLY:
                self._form.setRowVisible(field, node.params["init"] in _INIT_ONLY[key])
        del blockers
        self._refresh_facts(node)

    def _refresh_facts(self, node: Node) -> None:
        widths = infer_widths(self._graph)
        fan_in, out = input_width(self._graph, node.id, widths), widths.get(node.id)
        self.in_width.setText("?" if fan_in is None else str(fan_in))
        self.out_width.setText("?" if out is None else str(out))
        count: int | None = None
        if node.kind == "linear" and fan_in is not None:
            units = node.params["units"]
            count = units * fan_in + (units if node.params["bias"] else 0)
        elif node.kind == "batchnorm" and out is not None:
            count = 2 * out  # a scale and a shift per feature
        self.param_count.setVisible(node.kind in ("linear", "batchnorm"))
        self.param_count.setText(self.tr("Parameters: %1").replace("%1", "?" if count is None else str(count)))

    # ----- edits ---------------------------------------------------------------------
    def _commit(self, key: str, value: Any) -> None:
        node = self._node()
        if node is None or value == node.params[key]:
            return
        try:
            # QUndoStack.push records a command even when its redo raises, so try the
            # value on a scratch graph first: it raises the model's own GraphError.
            Graph().add_node(node.kind, params={key: value})
        except GraphError as err:
            self._show_message(tr_core(str(err)))
            return
        self._push(SetParamCommand(self._graph, node.id, key, value))

    def _commit_numbers(self, key: str, matrix: bool) -> None:
        try:
            value = parse_numbers(self.fields[key].text(), matrix)
        except ValueError as err:
            self._show_message(self.tr("'%1' is not a number.").replace("%1", str(err)))
            return  # the text stays, so it can be corrected
        self._commit(key, value)

    def _commit_name(self) -> None:
        node = self._node()
        name = self.name_edit.text().strip()
        if node is None or name == node.name:
            return
        try:
            self._graph.clone().rename(node.id, name)  # the same check as the model, on a copy
        except GraphError as err:
            self._show_message(tr_core(str(err)))
            self.name_edit.setText(node.name)
            return
        self._push(RenameCommand(self._graph, node.id, name))

    def _push(self, command: QUndoCommand) -> None:
        self._show_message("")
        try:
            self._stack.push(command)
        except GraphError as err:  # not expected after the checks above
            self._show_message(tr_core(str(err)))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
