"""Typing a weight or a bias into the neuron view: one undo step that makes the layer explicit.

The Linear node gets init "explicit" with its current weights (and biases) and the
typed value, through SetParamCommands run as one step. Values are checked before
anything is pushed: PySide6's QUndoStack keeps a command whose redo raised. The
sub-commands live in a Python list, not as Qt children (PySide6 frees those).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...core.graph import Graph, infer_widths, input_width
from ...core.graph.kinds import KINDS
from ..editor.commands import CommandSequence, SetParamCommand
from ..tr import fill


class EditWeightsCommand(CommandSequence):
    """A typed weight or bias: the layer's parameter edits as one undo step."""


def tidy(values: np.ndarray) -> list:
    """float32 numbers as the shortest decimals that read back the same (0.3, not 0.30000001192)."""
    as32 = np.asarray(values, dtype=np.float32)
    flat = [float(str(v)) for v in as32.ravel()]  # str of a float32 scalar: its shortest decimal
    return np.array(flat, dtype=object).reshape(as32.shape).tolist()


def weight_edit_command(graph: Graph, layer: str, weight: np.ndarray, bias: np.ndarray | None,
                        j: int, i: int | None, value: float) -> EditWeightsCommand:
    """The undo step setting weight (j, i) of ``layer`` (or its bias j when ``i`` is None) to ``value``.

    ``weight``/``bias`` are the layer's current values. Raises ValueError (with a
    sentence for the user) when the value or the shapes do not fit the graph.
    """
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(_tr("Type a finite number."))
    node = graph.node_by_name(layer)
    if node.kind != "linear":
        raise ValueError(fill(_tr("'%1' is not a Linear layer."), layer))
    fan_in = input_width(graph, node.id, infer_widths(graph))
    if weight.shape != (node.params["units"], fan_in):
        raise ValueError(fill(_tr("'%1' has changed shape since these weights were computed: step or "
                                  "train once, then edit."), layer))
    new_w = np.array(weight, dtype=np.float64)
    new_b = None if bias is None else np.array(bias, dtype=np.float64)
    if i is None:
        if new_b is None or not node.params["bias"]:
            raise ValueError(fill(_tr("'%1' has no bias."), layer))
        new_b[j] = value
    else:
        new_w[j, i] = value
    w_list = tidy(new_w)
    if i is not None:
        w_list[j][i] = float(value)  # exactly as typed, not rounded through float32
    b_list = None
    if node.params["bias"] and new_b is not None:
        b_list = tidy(new_b)
        if i is None:
            b_list[j] = float(value)
    spec = KINDS["linear"]
    spec.param("weight").check(w_list)  # raises ValueError before anything is pushed
    steps = [SetParamCommand(graph, node.id, "weight", w_list)]
    if b_list is not None:
        spec.param("bias_values").check(b_list)
        steps.append(SetParamCommand(graph, node.id, "bias_values", b_list))
    if node.params["init"] != "explicit":
        steps.append(SetParamCommand(graph, node.id, "init", "explicit"))
    what = (lambda: _tr("Set weight")) if i is not None else (lambda: _tr("Set bias"))
    return EditWeightsCommand(what, steps)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkView", text)


