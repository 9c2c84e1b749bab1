"""Validation and shape inference: every problem names the node (and port) at fault."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import GraphError
from ..i18n import _t
from .kinds import KINDS
from .model import Graph
from .topology import find_cycle, topological_order


@dataclass(frozen=True)
class Problem:
    """One reason the graph cannot be trained. ``port`` is "in" or "out" when it is a port's fault."""

    node_id: str | None
    message: str
    port: str | None = None
    severity: str = "error"  # "error" blocks training; "warning" only informs


def infer_widths(graph: Graph) -> dict[str, int | None]:
    """Output width of each node, or None where it cannot be known (missing or bad input)."""
    widths: dict[str, int | None] = {}
    try:
        order = topological_order(graph)
    except GraphError:
        return {nid: None for nid in graph.nodes}
    for nid in order:
        widths[nid] = _width(graph, nid, [widths[s] for s in graph.inputs_of(nid)])
    return widths


def _width(graph: Graph, nid: str, inputs: list[int | None]) -> int | None:
    node = graph.nodes[nid]
    if node.kind == "input":
        return node.params["features"]
    if node.kind == "linear":
        return node.params["units"]
    if not inputs or any(w is None for w in inputs):
        return None
    if node.kind == "concat":
        return sum(inputs)
    if node.kind == "add":
        return inputs[0] if len(set(inputs)) == 1 else None
    if node.kind == "maxout":  # k pieces per neuron
        k = node.params["k"]
        return inputs[0] // k if inputs[0] % k == 0 else None
    return inputs[0]  # element-wise kinds and Output keep the width


def input_width(graph: Graph, nid: str, widths: dict[str, int | None]) -> int | None:
    """Width arriving at ``nid``'s input (the sum for Concat, the common one otherwise)."""
    sources = [widths.get(s) for s in graph.inputs_of(nid)]
    if not sources or any(w is None for w in sources):
        return None
    if graph.nodes[nid].kind == "concat":
        return sum(sources)
    return sources[0] if len(set(sources)) == 1 else None


def validate(graph: Graph) -> list[Problem]:
    """All problems, errors first in node order; an empty list means the graph can train."""
    problems: list[Problem] = []
    cycle = find_cycle(graph)
    if cycle:
        names = " -> ".join(graph.nodes[n].name for n in cycle + cycle[:1])
        problems.append(Problem(cycle[0], _t("The graph has a cycle: {names}.").format(names=names)))
    for kind, missing, extra_text in (
        ("input", _t("The network needs an Input layer."),
         _t("Only one Input layer is allowed; remove '{name}'.")),
        ("output", _t("The network needs an Output layer."),
         _t("Only one Output layer is allowed; remove '{name}'.")),
    ):
        found = graph.nodes_of_kind(kind)
        if not found:
            problems.append(Problem(None, missing))
        for extra in found[1:]:
            problems.append(Problem(extra.id, extra_text.format(name=extra.name)))
    widths = infer_widths(graph)
    for nid, node in graph.nodes.items():
        problems.extend(_node_problems(graph, nid, widths))
    problems.sort(key=lambda p: p.severity != "error")
    return problems


def errors(graph: Graph) -> list[Problem]:
    return [p for p in validate(graph) if p.severity == "error"]


def check(graph: Graph) -> None:
    """Raise GraphError for the first error (naming its node), or return quietly."""
    errs = errors(graph)
    if errs:
        raise GraphError(errs[0].message, errs[0].node_id, errs[0].port)


def _node_problems(graph: Graph, nid: str, widths: dict[str, int | None]) -> list[Problem]:
    node = graph.nodes[nid]
    spec = KINDS[node.kind]
    name = node.name
    sources = graph.inputs_of(nid)
    out: list[Problem] = []
    if len(sources) < spec.min_inputs:
        if spec.min_inputs == 1:
            msg = _t("'{name}' has nothing connected to its input.").format(name=name)
        else:
            msg = _t("'{name}' needs at least {needed} inputs; it has {count}.").format(
                name=name, needed=spec.min_inputs, count=len(sources))
        out.append(Problem(nid, msg, "in"))
    if spec.has_output and not graph.outputs_of(nid):
        out.append(Problem(nid, _t("The output of '{name}' is not connected to anything.").format(name=name), "out"))
    in_widths = [widths.get(s) for s in sources]
    known = [w for w in in_widths if w is not None]
    if node.kind == "add" and len(set(known)) > 1:
        detail = ", ".join(f"{graph.nodes[s].name}={w}" for s, w in zip(sources, in_widths))
        out.append(Problem(nid, _t("'{name}' adds inputs of unequal widths ({widths}).").format(
            name=name, widths=detail), "in"))
    if node.kind == "linear":
        out.extend(_explicit_problems(node, input_width(graph, nid, widths)))
    if node.kind == "maxout" and known and known[0] % node.params["k"]:
        k = node.params["k"]
        out.append(Problem(nid, _t("'{name}' takes the largest of {k} pieces per neuron: its input width {width} "
                                   "must be a multiple of {k} (for example {suggest}).").format(
            name=name, k=k, width=known[0], suggest=max(k, known[0] // k * k)), "in"))
    if node.kind == "output":
        out.extend(_loss_problems(graph, node, sources))
    return out


def _explicit_problems(node, fan_in: int | None) -> list[Problem]:
    """Explicit weights must match the layer's shape (units x inputs)."""
    p, out = node.params, []
    if p["init"] != "explicit":
        return out
    weight, bias = p["weight"], p["bias_values"]
    if weight is None:
        return [Problem(node.id, _t("'{name}' uses explicit weights but none are set.").format(name=node.name))]
    shape = (len(weight), len(weight[0]))
    if fan_in is not None and shape != (p["units"], fan_in):
        out.append(Problem(node.id, _t("'{name}' has explicit weights of shape {rows}x{cols}; "
                                       "it needs {units}x{fan_in} (units x inputs).").format(
            name=node.name, rows=shape[0], cols=shape[1], units=p["units"], fan_in=fan_in)))
    if p["bias"] and bias is not None and len(bias) != p["units"]:
        out.append(Problem(node.id, _t("'{name}' has {count} explicit biases; it needs {units}.").format(
            name=node.name, count=len(bias), units=p["units"])))
    return out


def _loss_problems(graph: Graph, node, sources: list[str]) -> list[Problem]:
    if not sources:
        return []
    feeder = graph.nodes[sources[0]]
    loss = node.params["loss"]
    if loss == "bce" and feeder.kind != "sigmoid":
        return [Problem(node.id, _t("BCE needs probabilities: put a Sigmoid before '{name}', "
                                    "or choose BCE-with-logits.").format(name=node.name), "in")]
    if loss == "ce" and feeder.kind == "softmax":
        return [Problem(node.id, _t("Cross-entropy applies softmax itself; the Softmax before "
                                    "'{name}' makes it apply twice.").format(name=node.name), "in", "warning")]
    return []
