"""The neuron view's link to the open document: which graph to draw, and typed weights to show at once.

Graph events (the core's, Qt-free) are coalesced into one ``changed`` signal per event-loop
turn. A Linear layer set to explicit weights (by the view's own edits, the inspector, or
undo) is shown with those weights straight away, before the next step rebuilds the trainer.
"""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ...core.train import Snapshot


class GraphMirror(QObject):
    replaced = Signal()  # another project (and graph) is open
    changed = Signal()  # the graph was edited (once per burst of edits)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None
        self.graph = None
        self.overrides: dict[str, tuple[np.ndarray, np.ndarray | None]] = {}
        self.version = 0  # counts changes of ``overrides``
        self._subscriptions: list = []
        self._pending = False

    def set_document(self, document) -> None:
        self.document = document
        document.replaced.connect(self._replaced)
        self._replaced()

    @Slot()
    def _replaced(self) -> None:
        for event, callback in self._subscriptions:
            event.disconnect(callback)
        graph = self.document.graph
        later = lambda *_: self._schedule()
        self.graph = graph
        self.clear_overrides()
        self._subscriptions = [(graph.node_added, later), (graph.node_removed, later), (graph.link_added, later),
                               (graph.link_removed, later), (graph.node_renamed, later),
                               (graph.param_changed, self._param_changed)]
        for event, callback in self._subscriptions:
            event.connect(callback)
        self.replaced.emit()

    def _param_changed(self, node, key, _value) -> None:
        if node.kind == "linear" and key in ("weight", "bias_values", "init"):
            self._override_from(node)
        self._schedule()

    def clear_overrides(self) -> None:
        if self.overrides:
            self.overrides = {}
            self.version += 1

    def _override_from(self, node) -> None:
        self.version += 1
        p = node.params
        if p["init"] != "explicit" or p["weight"] is None:
            self.overrides.pop(node.name, None)
            return
        w = np.array(p["weight"], dtype=np.float32)
        b = None
        if p["bias"]:
            values = p["bias_values"]
            b = np.array(values, dtype=np.float32) if values is not None else np.zeros(len(w), np.float32)
        self.overrides[node.name] = (w, b)

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._emit)

    def _emit(self) -> None:
        self._pending = False
        self.changed.emit()

    def apply(self, snapshot: Snapshot) -> Snapshot:
        """``snapshot`` with the typed weights in place of the trainer's (and no update for them)."""
        if not self.overrides:
            return snapshot
        params, updates = dict(snapshot.params), dict(snapshot.updates)
        for layer, (w, b) in self.overrides.items():
            key = f"{layer}.weight"
            if key in params and params[key].shape == w.shape:
                params[key] = w
                updates.pop(key, None)
                if b is not None and f"{layer}.bias" in params:
                    params[f"{layer}.bias"] = b
                    updates.pop(f"{layer}.bias", None)
        return dataclasses.replace(snapshot, params=MappingProxyType(params), updates=MappingProxyType(updates))
