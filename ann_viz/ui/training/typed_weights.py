"""Which weights the trainer must hold after a hand-set weight (Qt-free).

A typed weight makes its Linear layer "explicit" in the graph (one undo step). When the
edit changes nothing else, the trainer keeps running state (epoch, history) and only
takes the weights: the ones it had when last built or trained (``base``), with every layer
whose explicit values differ from what they were then (``base_specs``) set as typed.
Undoing the edit restores the layer's spec, so ``base`` comes back.
"""

from __future__ import annotations

import json
from typing import Mapping

import numpy as np

from ...core.graph import Graph, graph_to_dict

_WEIGHT_PARAMS = ("weight", "bias_values", "init")


def structure_key(graph: Graph) -> str:
    """The graph without positions and hand-set values: equal keys train the same network."""
    data = graph_to_dict(graph)
    for node in data["nodes"]:
        node.pop("position", None)
        if node["kind"] == "linear":
            for key in _WEIGHT_PARAMS:
                node["params"].pop(key, None)
    return json.dumps(data, sort_keys=True)


def explicit_specs(graph: Graph) -> dict[str, tuple]:
    """{Linear layer name: (weight, bias values)} for the layers whose init is "explicit"."""
    specs = {}
    for node in graph.nodes.values():
        spec = explicit_specs_of(node) if node.kind == "linear" else None
        if spec is not None:
            specs[node.name] = spec
    return specs


def typed_weights(base: Mapping[str, np.ndarray], base_specs: Mapping[str, tuple], graph: Graph) -> dict:
    """``base`` with the layers whose hand-set values changed since ``base_specs`` set as typed."""
    out = dict(base)
    for node in graph.nodes.values():
        if node.kind != "linear":
            continue
        spec = explicit_specs_of(node)
        if spec is None or spec == base_specs.get(node.name):
            continue
        w = np.array(node.params["weight"], dtype=np.float32)
        out[f"{node.name}.weight"] = w
        if node.params["bias"]:
            values = node.params["bias_values"]
            out[f"{node.name}.bias"] = (np.array(values, dtype=np.float32) if values is not None
                                        else np.zeros(len(w), np.float32))
    return out


def explicit_specs_of(node) -> tuple | None:
    p = node.params
    if p["init"] != "explicit" or p["weight"] is None:
        return None
    return json.dumps(p["weight"]), json.dumps(p["bias_values"] if p["bias"] else None)
