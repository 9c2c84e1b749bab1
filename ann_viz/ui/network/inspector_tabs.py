"""The neuron view's side: the chain-rule text with, for an edge or a bias, its gradient check and,
for a neuron, its activation curve; and a tab that checks every gradient of the network.

It reads the panel's shown snapshot (NumPy arrays) and a copy of its graph; the checks run on
:class:`GradientChecker`'s worker thread.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QBoxLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ...core.inspect.maxout_pieces import column_pieces
from ...core.inspect.neuron_health import OK
from ..tr import fill
from .check_view import CheckAllView, edge_check_html
from .gradient_checker import GradientChecker
from .neuron_curve import NeuronCurve


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkPanel", text)


def health_notes(health: dict) -> dict[int, str]:
    """Column index -> "2 saturated · 1 dead" for columns with flagged neurons."""
    notes = {}
    for column, layer in health.items():
        parts = []
        if layer.saturated:
            parts.append(fill(_tr("%1 saturated"), layer.saturated))
        if layer.dead:
            parts.append(fill(_tr("%1 dead"), layer.dead))
        if parts:
            notes[column] = " · ".join(parts)
    return notes


def drawn_states(health: dict, column: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The state of each drawn neuron (OK where its layer has no verdict)."""
    states = np.full(len(column), OK, dtype=object)
    for k, (c, jj) in enumerate(zip(column.tolist(), j.tolist())):
        layer = health.get(c)
        if layer is not None and jj < len(layer.states):
            states[k] = layer.states[jj]
    return states


class InspectorTabs(QTabWidget):
    def __init__(self, panel, info: QLabel, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.checker = GradientChecker(self)
        self.edge_check = QLabel()
        self.edge_check.setWordWrap(True)
        self.edge_check.setTextFormat(Qt.RichText)
        self.edge_check.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.edge_check.setMargin(6)
        self.edge_check.hide()
        self.curve = NeuronCurve()
        self.curve.hide()
        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(info)
        column.addWidget(self.edge_check)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(words)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        chain = QWidget()
        self._chain_layout = QBoxLayout(QBoxLayout.TopToBottom, chain)
        self._chain_layout.setContentsMargins(0, 0, 0, 0)
        self._chain_layout.addWidget(scroll, 3)
        self._chain_layout.addWidget(self.curve, 2)
        self.check_all_view = CheckAllView()
        self.addTab(chain, "")
        self.addTab(self.check_all_view, "")
        self.check_all_view.button.clicked.connect(self.check_all)
        self.checker.edge_checked.connect(self._edge_checked)
        self.checker.all_checked.connect(self._all_checked)
        self.checker.failed.connect(self._failed)
        self._graph_for = (None, None)  # (net, a copy of the graph it was built from)
        self._target_name: tuple | None = None  # (parameter, index, the notes' name)
        self._cleared = 0  # clear_results() calls: a check asked for before the last one is dropped
        self._asked_at = 0
        # As small as the words alone were: a short dock keeps its room for the drawing.
        self.setMinimumSize(60, 70)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, _tr("Chain rule"))
        self.setTabText(1, _tr("Gradient check"))
        self.check_all_view.retranslate()
        self.curve.retranslate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Wide and short (below the drawing): the activation curve beside the words, not under them.
        wide = self.width() > 2 * self.height()
        self._chain_layout.setDirection(QBoxLayout.LeftToRight if wide else QBoxLayout.TopToBottom)

    # ----- context ------------------------------------------------------------------------------
    def _context(self):
        """(graph copy, shown snapshot, l1, l2), or None when there is nothing to check."""
        panel = self.panel
        snapshot = panel.display_snapshot()
        document = panel.mirror.document
        if snapshot is None or panel.net is None or document is None or snapshot.inputs is None:
            return None
        if self._graph_for[0] is not panel.net:
            self._graph_for = (panel.net, panel.mirror.graph.clone())
        config = document.project.config
        return self._graph_for[1], snapshot, config.l1, config.l2

    def set_running(self, running: bool) -> None:
        self.checker.running = running

    # ----- the target of the chain rule -----------------------------------------------------------
    def show_target(self, target) -> None:
        """An edge or a bias: its gradient check; a neuron: its activation curve."""
        panel = self.panel
        snapshot = panel.display_snapshot()
        if target is None or snapshot is None or panel.net is None:
            self.edge_check.hide()
            self.curve.hide()
            return
        if target.kind in ("neuron", "bias") and panel.net.columns[target.column].kind != "input":
            self.curve.show()
            sample = panel.controls.options().sample
            column = panel.net.columns[target.column]
            if column.kind == "maxout":
                self.curve.show_maxout(column_pieces(panel.net, snapshot, column, target.j),
                                       panel.net.a_label(column, target.j), sample)
            else:
                self.curve.show_column_neuron(column, target.j, snapshot, sample)
        else:
            self.curve.hide()
        self._request_check(target)

    def _request_check(self, target) -> None:
        net = self.panel.net
        if target.kind == "edge":
            name, index = f"{target.layer}.weight", (target.j, target.i)
            label = net.weight_label(target.layer, target.j, target.i)
        elif target.kind == "bias" and net.columns[target.column].has_bias:
            name, index, label = f"{target.layer}.bias", (target.j,), f"b{net.z_label(net.columns[target.column], target.j)[1:]}"
        else:
            self._target_name = None
            self.edge_check.hide()
            return
        context = self._context()
        if context is None or name not in context[1].params:
            self._target_name = None
            self.edge_check.setText(_tr("The gradient check needs a batch: step the forward phase."))
            self.edge_check.show()
            return
        self._target_name = (name, tuple(int(i) for i in index), label)
        self.checker.request_edge(*context, name, self._target_name[1])

    @Slot(object, object)
    def _edge_checked(self, entry, check) -> None:
        if self._target_name is None or (entry.name, entry.index) != self._target_name[:2]:
            return  # the mouse moved on meanwhile
        self.edge_check.setText(edge_check_html(entry, self._target_name[2], check))
        self.edge_check.show()

    # ----- every parameter ----------------------------------------------------------------------------
    @Slot()
    def check_all(self) -> None:
        context = self._context()
        if context is None:
            self.check_all_view.show_failure(_tr("The gradient check needs a batch: step the forward phase."))
            return
        self.check_all_view.set_busy()
        self._asked_at = self._cleared
        self.checker.request_all(*context)

    @Slot(object, object)
    def _all_checked(self, entries, check) -> None:
        if self._asked_at == self._cleared:
            self.check_all_view.show_entries(entries, check, self.panel.net)

    def clear_results(self) -> None:
        """A new trainer: the checks shown were made on its predecessor's weights."""
        self._cleared += 1
        self._target_name = None
        self.edge_check.hide()
        self.check_all_view.clear()

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.check_all_view.show_failure(text)
        self.edge_check.setText(text)

    def shutdown(self) -> None:
        self.checker.shutdown()

