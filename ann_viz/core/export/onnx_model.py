"""ONNX by torch's dynamo exporter: named input and output, dynamic batch, checked, layer-named nodes.

Initialisers are named by the graph ("linear1.weight"); each node is renamed after the
layer it belongs to ("linear1", or "bn1/0", "bn1/1" when a layer becomes several nodes),
and each layer's result value takes the layer's name, so a viewer such as Netron shows
the same names as the app. The ONNX optimizer is not run: it would fold a BatchNorm
into the Linear before it and keep "linear1.weight" as the name of the changed values;
unoptimised, every layer stays one node and every initialiser equals the app's weight.
"""

from __future__ import annotations

import torch

from .network import build_network
from .source import ExportSource
from .tracing import dynamic_batch, example_input, quiet


def render(source: ExportSource) -> bytes:
    import onnx  # the export extra; the registry turns ImportError into a hint

    net = build_network(source.graph, source.weights)
    plan = net.plan
    with quiet():
        program = torch.onnx.export(net, (example_input(net),), dynamo=True, verbose=False,
                                    input_names=[plan.input_name], output_names=[plan.output_name],
                                    dynamic_shapes=dynamic_batch(), optimize=False)
    model = program.model_proto
    name_by_layer(model.graph, [spec.name for spec in plan.layers])
    onnx.helper.set_model_props(model, {"producer": "ann-viz", "title": source.title, "loss": plan.loss})
    onnx.checker.check_model(model, full_check=True)
    return model.SerializeToString()


def _layer_of(node, layers: set[str]) -> str | None:
    """The layer a node was traced from: the first scope of its "namespace" metadata."""
    for prop in node.metadata_props:
        if prop.key == "namespace":
            scopes = prop.value.split("/")
            name = scopes[1].split(":")[0].strip() if len(scopes) > 2 else ""
            return name if name in layers else None
    return None


def name_by_layer(graph, layer_names: list[str]) -> None:
    """Rename nodes, and each layer's last output value, after the graph's layers (in place)."""
    layers = set(layer_names)
    groups: dict[str, list] = {}
    for node in graph.node:
        layer = _layer_of(node, layers)
        if layer is not None:
            groups.setdefault(layer, []).append(node)
    fixed = {v.name for v in graph.input} | {v.name for v in graph.output} | {t.name for t in graph.initializer}
    used = fixed | {out for node in graph.node for out in node.output}
    renames = {}
    for layer, nodes in groups.items():
        for i, node in enumerate(nodes):
            node.name = layer if len(nodes) == 1 else f"{layer}/{i}"
        value = nodes[-1].output[0] if nodes[-1].output else ""
        if value and value not in fixed and layer not in used:
            renames[value] = layer
    for node in graph.node:
        node.input[:] = [renames.get(name, name) for name in node.input]
        node.output[:] = [renames.get(name, name) for name in node.output]
    for info in graph.value_info:
        info.name = renames.get(info.name, info.name)
