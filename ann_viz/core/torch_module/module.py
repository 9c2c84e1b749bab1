"""Compile a valid layer graph into a torch module that can also report every layer's values.

The forward pass is a flat list of small closures over the node outputs (no per-layer
``nn.Module.__call__``): for tiny networks that overhead dominates, and this keeps the
engine at least as fast as the lecture's plain ``nn.Sequential`` loop.
"""

from __future__ import annotations

import math
from typing import Callable

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from ..graph import Graph, check, input_width, infer_widths, topological_order
from .init import initialise_linear

Op = Callable[[list], Tensor]

_ELEMENTWISE: dict[str, Callable[[dict], Callable[[Tensor], Tensor]]] = {
    "sigmoid": lambda p: torch.sigmoid,
    "tanh": lambda p: torch.tanh,
    "relu": lambda p: torch.relu,
    "leaky_relu": lambda p: (lambda x, s=p["slope"]: F.leaky_relu(x, s)),
    "elu": lambda p: (lambda x, a=p["alpha"]: F.elu(x, a)),
    "softmax": lambda p: (lambda x: torch.softmax(x, dim=-1)),
    "identity": lambda p: (lambda x: x),
    # Heaviside: forward only. Its gradient is zero almost everywhere; training is refused.
    "step": lambda p: (lambda x: (x > 0).to(x.dtype)),
}


def maxout(z: Tensor, k: int) -> Tensor:
    """Neuron j = max(z[..., j*k : j*k+k]): consecutive groups of ``k`` pieces.

    ``max(dim)`` (not ``amax``): on a tie the gradient goes to one piece (the first), as the
    hand-written passes route it."""
    return z.unflatten(-1, (-1, k)).max(-1).values


def _linear_from(generator: torch.Generator, fan_in: int, units: int, bias: bool) -> nn.Linear:
    """``nn.Linear(fan_in, units)`` with its default initialisation drawn from ``generator``.

    Built as Linear.__init__ builds it, minus its reset_parameters (which draws from torch's global
    generator). Not ``nn.utils.skip_init``: its meta-device round trip imports sympy on first use,
    0.7 s of the app's start-up."""
    layer = nn.Linear.__new__(nn.Linear)
    nn.Module.__init__(layer)
    layer.in_features, layer.out_features = fan_in, units
    layer.weight = nn.Parameter(torch.empty(units, fan_in))
    layer.register_parameter("bias", nn.Parameter(torch.empty(units)) if bias else None)
    nn.init.kaiming_uniform_(layer.weight, a=math.sqrt(5), generator=generator)  # as Linear.reset_parameters
    if layer.bias is not None:
        bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
        nn.init.uniform_(layer.bias, -bound, bound, generator=generator)
    return layer


class GraphModule(nn.Module):
    """A torch module built from a :class:`Graph`.

    Parameters live in ``self.layers`` under the graph's layer names, so a state_dict
    reads ``linear1.weight``, ``linear1.bias`` and so on. ``forward(x)`` returns the
    prediction (the tensor reaching the Output node); ``forward_all(x)`` returns every
    node's output in :attr:`node_ids` order.
    """

    def __init__(self, graph: Graph, generator: torch.Generator | None = None,
                 dtype: torch.dtype = torch.float32):
        """``generator``: draw the initial weights from it instead of torch's global generator (a
        GUI thread's preview must not consume the numbers a training thread is drawing); seeded
        alike, both give the same weights. ``dtype``: float64 starts from the same random draws
        as float32 (widened), and hand-set weights are set exactly as typed (0.3, not 0.3f)."""
        super().__init__()
        check(graph)
        self.graph = graph.clone()
        self.node_ids: list[str] = topological_order(self.graph)
        self.node_names: list[str] = [self.graph.nodes[n].name for n in self.node_ids]
        self.widths = infer_widths(self.graph)
        self.layers = nn.ModuleDict()
        for nid in self.node_ids:
            node = self.graph.nodes[nid]
            if node.kind == "linear":
                fan_in = input_width(self.graph, nid, self.widths)
                if generator is None:
                    layer = nn.Linear(fan_in, node.params["units"], bias=node.params["bias"])
                else:
                    layer = _linear_from(generator, fan_in, node.params["units"], node.params["bias"])
                initialise_linear(layer, node.params, generator)
                self.layers[node.name] = layer
            elif node.kind == "batchnorm":
                self.layers[node.name] = nn.BatchNorm1d(
                    self.widths[nid], eps=node.params["eps"], momentum=node.params["momentum"])
        self.output_index = next(i for i, n in enumerate(self.node_ids)
                                 if self.graph.nodes[n].kind == "output")
        self.loss_name: str = self.graph.nodes[self.node_ids[self.output_index]].params["loss"]
        self.has_step = any(n.kind == "step" for n in self.graph.nodes.values())
        self.has_dropout = any(n.kind == "dropout" for n in self.graph.nodes.values())
        self._plan: list[Op] = []
        self._build_plan()
        if dtype != torch.float32:
            self.to(dtype)
            for nid in self.node_ids:
                node = self.graph.nodes[nid]
                if node.kind == "linear" and node.params["init"] == "explicit":
                    initialise_linear(self.layers[node.name], node.params)

    # Parameters can be swapped by .to()/.cuda(); closures must see the current ones.
    def _apply(self, fn, recurse=True):
        result = super()._apply(fn, recurse)
        self._build_plan()
        return result

    def _build_plan(self) -> None:
        index = {nid: i for i, nid in enumerate(self.node_ids)}
        self._plan = [self._op(nid, [index[s] for s in self.graph.inputs_of(nid)])
                      for nid in self.node_ids[1:]]

    def _op(self, nid: str, src: list[int]) -> Op:
        node = self.graph.nodes[nid]
        kind, p = node.kind, node.params
        if kind == "linear":
            layer = self.layers[node.name]
            w, b, s = layer.weight, layer.bias, src[0]
            return lambda v: F.linear(v[s], w, b)
        if kind == "batchnorm":
            layer, s = self.layers[node.name], src[0]
            return lambda v: layer(v[s])
        if kind == "dropout":
            prob, s = p["p"], src[0]
            return lambda v: F.dropout(v[s], prob, self.training)
        if kind == "add":
            def add(v):
                total = v[src[0]]
                for i in src[1:]:
                    total = total + v[i]
                return total
            return add
        if kind == "concat":
            return lambda v: torch.cat([v[i] for i in src], dim=-1)
        if kind == "output":
            s = src[0]
            return lambda v: v[s]
        if kind == "maxout":
            k, s = p["k"], src[0]
            return lambda v: maxout(v[s], k)
        fn, s = _ELEMENTWISE[kind](p), src[0]
        return lambda v: fn(v[s])

    def forward(self, x: Tensor) -> Tensor:
        return self.forward_all(x)[self.output_index]

    def forward_all(self, x: Tensor) -> list[Tensor]:
        """Every node's output for batch ``x``, in :attr:`node_ids` order (x itself first)."""
        # The Input node is first in topological order: it is the only node without inputs.
        values = [x]
        for op in self._plan:
            values.append(op(values))
        return values

    def linear_layers(self) -> dict[str, nn.Linear]:
        return {name: m for name, m in self.layers.items() if isinstance(m, nn.Linear)}
