"""Typing weights and biases in the neuron view: double-click opens an in-place editor; Enter
pushes one undoable graph edit (see edit.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Signal, Slot

from ...core.errors import AnnVizError
from ...core.inspect import quantities as q
from .canvas import Target
from .edit import weight_edit_command
from .value_editor import ValueEditor


class WeightEditing(QObject):
    refused = Signal(str)  # why a typed value was not applied

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.editor = ValueEditor(panel)
        self.editor.committed.connect(self._committed)
        self._target: Target | None = None

    def current_value(self, target: Target) -> float | None:
        """The weight or bias now in force (the trainer's newest, or a typed one)."""
        snapshot = self.panel.display_snapshot(newest=True)
        if snapshot is None or target.layer is None:
            return None
        if target.kind == "edge":
            return float(q.weight(snapshot, target.layer)[target.j, target.i])
        if target.kind == "bias":
            b = q.bias(snapshot, target.layer)
            return None if b is None else float(b[target.j])
        return None

    @Slot(object, QPoint)
    def request(self, target: Target, global_pos: QPoint) -> bool:
        """Open the editor for a weight or a bias; False for anything else."""
        value = self.current_value(target) if target.kind in ("edge", "bias") else None
        if value is None:
            return False
        net = self.panel.net
        self._target = target
        if target.kind == "edge":
            tip = net.weight_label(target.layer, target.j, target.i)
        else:
            tip = self.tr("bias of %1").replace("%1", net.a_label(net.columns[target.column], target.j))
        self.editor.open_at(global_pos, value, tip)
        return True

    @Slot(float)
    def _committed(self, value: float) -> None:
        if self._target is not None:
            self.apply(self._target, value)

    def apply(self, target: Target, value: float) -> bool:
        """Set a weight or a bias as one undo step (the layer becomes "explicit"); False if refused."""
        panel = self.panel
        snapshot = panel.display_snapshot(newest=True)  # the current weights, even while replaying
        if snapshot is None or target.layer is None or panel.mirror.document is None:
            return False
        try:
            command = weight_edit_command(panel.mirror.graph, target.layer, q.weight(snapshot, target.layer),
                                          q.bias(snapshot, target.layer), target.j,
                                          target.i if target.kind == "edge" else None, value)
        except (ValueError, AnnVizError) as err:
            self.refused.emit(str(err))
            return False
        panel.mirror.document.undo_stack.push(command)
        return True

    def hide(self) -> None:
        self.editor.hide()
