"""A plain ``nn.Module`` with one named sub-module per layer: what every model export traces.

The app's :class:`~ann_viz.core.torch_module.GraphModule` keeps its layers in a ``ModuleDict``
and runs closures (fast for tiny networks). Exports want the opposite: one attribute
per layer, named as in the graph, so parameters read ``linear1.weight`` and ONNX nodes
carry the layer names. :func:`layer_specs` is the single table of "layer kind -> torch
module"; :class:`ExportNet` instantiates it and the standalone script prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
import torch
from torch import Tensor, nn

from ..graph import Graph, check, infer_widths, input_width, topological_order
from ..i18n import _t


class Add(nn.Module):
    """Sums its inputs in link order (a residual / skip connection)."""

    def forward(self, *inputs: Tensor) -> Tensor:
        total = inputs[0]
        for x in inputs[1:]:
            total = total + x
        return total


class Concat(nn.Module):
    """Joins its inputs side by side (last dimension), in link order."""

    def forward(self, *inputs: Tensor) -> Tensor:
        return torch.cat(inputs, dim=-1)


class Step(nn.Module):
    """Heaviside step: 1 where x > 0, else 0 (forward only)."""

    def forward(self, x: Tensor) -> Tensor:
        return (x > 0).to(x.dtype)


class Maxout(nn.Module):
    """Neuron j is the largest of the k pieces x[..., j*k : j*k+k] (consecutive groups)."""

    def __init__(self, k: int):
        super().__init__()
        self.k = k

    def forward(self, x: Tensor) -> Tensor:
        # Strided slices, not a reshape: no batch-size arithmetic in the traced graph (ONNX stays one
        # group of nodes per layer); on a tie the first piece wins, as in the app.
        return torch.stack([x[..., i::self.k] for i in range(self.k)], -1).max(-1).values

    def extra_repr(self) -> str:
        return f"k={self.k}"


# Kinds whose module is one of those above, defined by ann-viz (and by the script).
CUSTOM_MODULES = {"Add": Add, "Concat": Concat, "Step": Step, "Maxout": Maxout}


@dataclass(frozen=True)
class LayerSpec:
    """One layer as torch sees it: ``nn.<cls>(*args, **kwargs)`` (or a custom module), fed by ``sources``."""

    name: str
    kind: str
    cls: str
    args: tuple = ()
    kwargs: tuple[tuple[str, object], ...] = ()
    sources: tuple[str, ...] = ()
    params: Mapping | None = None  # the node's parameters (initialisation of Linear layers)

    @property
    def custom(self) -> bool:
        return self.cls in CUSTOM_MODULES

    def build(self) -> nn.Module:
        factory = CUSTOM_MODULES.get(self.cls) or getattr(nn, self.cls)
        return factory(*self.args, **dict(self.kwargs))

    def code(self) -> str:
        """The constructor as Python source, e.g. ``nn.Linear(2, 2)``."""
        parts = [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs]
        return f"{'' if self.custom else 'nn.'}{self.cls}({', '.join(parts)})"


@dataclass(frozen=True)
class NetworkPlan:
    """The graph in execution order: input name, layers, and the layer that feeds the output."""

    input_name: str
    input_width: int
    output_name: str
    output_source: str
    output_width: int
    loss: str
    layers: tuple[LayerSpec, ...]


_SIMPLE = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU", "identity": "Identity", "add": "Add",
           "concat": "Concat", "step": "Step"}


def _layer(node, fan_in: int, width: int, sources: tuple[str, ...]) -> LayerSpec:
    kind, p = node.kind, node.params
    cls, args, kwargs = _SIMPLE.get(kind), (), ()
    if kind == "linear":
        cls, args = "Linear", (fan_in, p["units"])
        kwargs = () if p["bias"] else (("bias", False),)
    elif kind == "batchnorm":
        cls, args, kwargs = "BatchNorm1d", (width,), (("eps", p["eps"]), ("momentum", p["momentum"]))
    elif kind == "dropout":
        cls, args = "Dropout", (p["p"],)
    elif kind == "leaky_relu":
        cls, args = "LeakyReLU", (p["slope"],)
    elif kind == "elu":
        cls, args = "ELU", (p["alpha"],)
    elif kind == "softmax":
        cls, kwargs = "Softmax", (("dim", -1),)
    elif kind == "maxout":
        cls, args = "Maxout", (p["k"],)
    elif cls is None:  # kinds.py gained a kind: it must be mapped here and in build/module.py
        raise ValueError(_t("no export for layer kind {kind!r}").format(kind=kind))
    return LayerSpec(node.name, kind, cls, args, kwargs, sources, dict(p) if kind == "linear" else None)


def network_plan(graph: Graph) -> NetworkPlan:
    """The layers of a valid graph in the order the app builds them (raises GraphError if invalid)."""
    check(graph)
    order = topological_order(graph)
    widths = infer_widths(graph)
    nodes = graph.nodes
    first, out = nodes[order[0]], next(nodes[n] for n in order if nodes[n].kind == "output")
    layers = []
    for nid in order[1:]:
        node = nodes[nid]
        if node.kind == "output":
            continue
        sources = tuple(nodes[s].name for s in graph.inputs_of(nid))
        fan_in = input_width(graph, nid, widths) if node.kind == "linear" else 0
        layers.append(_layer(node, fan_in, widths[nid], sources))
    return NetworkPlan(first.name, widths[first.id], out.name, nodes[graph.inputs_of(out.id)[0]].name,
                       widths[out.id], out.params["loss"], tuple(layers))


class ExportNet(nn.Module):
    """The graph as ``nn.Module`` attributes named by layer; ``forward(x)`` gives the prediction."""

    def __init__(self, graph: Graph):
        super().__init__()
        self.plan = network_plan(graph)
        for spec in self.plan.layers:
            setattr(self, spec.name, spec.build())

    def forward(self, x: Tensor) -> Tensor:
        values = {self.plan.input_name: x}
        for spec in self.plan.layers:
            values[spec.name] = getattr(self, spec.name)(*[values[s] for s in spec.sources])
        return values[self.plan.output_source]


def build_network(graph: Graph, weights: Mapping[str, np.ndarray]) -> ExportNet:
    """An :class:`ExportNet` in eval mode holding ``weights`` (every float parameter and buffer).

    Building draws no numbers from torch's global generator (the app's seeded runs stay as they are).
    """
    with torch.random.fork_rng(devices=[]):
        net = ExportNet(graph)
    state = {name: torch.tensor(np.asarray(value, dtype=np.float32)) for name, value in weights.items()}
    # BatchNorm's num_batches_tracked is not among the float weights; a plain dict lets torch fill it in.
    net.load_state_dict(state, strict=True)
    return net.eval()
