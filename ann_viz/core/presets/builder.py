"""Terse construction of lesson graphs: chains of layers, with optional skip connections."""

from __future__ import annotations

from typing import Any, Sequence, Union

from ..graph import Graph
from ..layout import apply_layout

LayerSpec = Union[str, tuple[str, dict[str, Any]]]


def chain(features: int, layers: Sequence[LayerSpec], loss: str) -> Graph:
    """Input(features) -> layers... -> Output(loss). A layer is "relu" or ("linear", {...})."""
    graph = Graph()
    prev = graph.add_node("input", "input", {"features": features})
    for item in layers:
        kind, params = (item, {}) if isinstance(item, str) else item
        node = graph.add_node(kind, params=params)
        graph.add_link(prev.id, node.id)
        prev = node
    out = graph.add_node("output", "output", {"loss": loss})
    graph.add_link(prev.id, out.id)
    apply_layout(graph)
    return graph


def linear(units: int, **params: Any) -> tuple[str, dict[str, Any]]:
    return ("linear", {"units": units, **params})


def explicit(weight: list[list[float]], bias: list[float] | None) -> tuple[str, dict[str, Any]]:
    """A Linear layer with hand-set weights (units x inputs); bias None means no bias."""
    params: dict[str, Any] = {"units": len(weight), "init": "explicit", "weight": weight,
                              "bias": bias is not None}
    if bias is not None:
        params["bias_values"] = bias
    return ("linear", params)


def residual_net(features: int, width: int, blocks: int, activation: str, loss: str) -> Graph:
    """Input -> Linear(width) -> act, then ``blocks`` x [Linear -> act -> Add(skip)], -> Linear(1) -> Sigmoid."""
    graph = Graph()
    prev = graph.add_node("input", "input", {"features": features})
    stem = graph.add_node("linear", params={"units": width})
    graph.add_link(prev.id, stem.id)
    act = graph.add_node(activation)
    graph.add_link(stem.id, act.id)
    prev = act
    for _ in range(blocks):
        lin = graph.add_node("linear", params={"units": width})
        graph.add_link(prev.id, lin.id)
        a = graph.add_node(activation)
        graph.add_link(lin.id, a.id)
        add = graph.add_node("add")
        graph.add_link(a.id, add.id)
        graph.add_link(prev.id, add.id)  # the skip: the block's input joins its output
        prev = add
    head = graph.add_node("linear", params={"units": 1})
    graph.add_link(prev.id, head.id)
    sig = graph.add_node("sigmoid")
    graph.add_link(head.id, sig.id)
    out = graph.add_node("output", "output", {"loss": loss})
    graph.add_link(sig.id, out.id)
    apply_layout(graph)
    return graph
