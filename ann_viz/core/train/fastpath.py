"""A hand-written training step for chains of Linear layers and element-wise activations.

For small networks autograd's bookkeeping costs more than the arithmetic. Here the
forward and backward passes are written out (no graph is recorded), so the engine
spends its time in torch kernels, which release the GIL: training goes several times
faster and the GUI thread stays responsive. The optimizer state lives in the torch
optimizer's own ``state`` (same keys and meaning), so the general path (used for
traced snapshot steps and stepping) and this one can alternate freely.

Eligible: Input -> (Linear -> activation?)* -> Output with MSE, BCE (after a Sigmoid),
BCE-with-logits or CE; SGD, Momentum or Adam; no L1/L2; any batch size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import torch
import torch.nn.functional as F
from torch import Tensor

from ..graph import Graph, topological_order

_ACTIVATIONS = {"sigmoid", "tanh", "relu", "leaky_relu", "elu", "identity"}


@dataclass
class _Layer:
    weight: Tensor
    bias: Tensor | None
    activation: str  # one of _ACTIVATIONS
    param: float  # slope (leaky_relu) or alpha (elu)


def chain_layers(graph: Graph, module) -> list[_Layer] | None:
    """The Linear/activation pairs of an eligible chain, in order; None if not eligible."""
    order = topological_order(graph)
    layers: list[_Layer] = []
    for nid in order[1:]:
        node = graph.nodes[nid]
        if len(graph.outputs_of(nid)) > 1 or len(graph.inputs_of(nid)) != 1:
            return None
        if node.kind == "linear":
            lin = module.layers[node.name]
            layers.append(_Layer(lin.weight, lin.bias, "identity", 0.0))
        elif node.kind in _ACTIVATIONS:
            if not layers or layers[-1].activation != "identity":
                return None  # two activations in a row, or one before any Linear
            layers[-1].activation = node.kind
            layers[-1].param = node.params.get("slope", node.params.get("alpha", 0.0))
        elif node.kind != "output":
            return None
    return layers or None


def eligible(graph: Graph, module, config, loss: str) -> bool:
    if config.optimizer not in ("sgd", "momentum", "adam") or config.l1 or config.l2:
        return False
    layers = chain_layers(graph, module)
    if layers is None:
        return False
    return loss != "bce" or layers[-1].activation == "sigmoid"


class FastStep:
    """``step(x, y)`` does forward, loss, backward and update; returns the (detached) loss."""

    def __init__(self, graph: Graph, module, optimizer: torch.optim.Optimizer, loss: str):
        self.layers = chain_layers(graph, module)
        self.optimizer = optimizer
        self.loss = loss
        group = optimizer.param_groups[0]
        self.kind = "adam" if isinstance(optimizer, torch.optim.Adam) else (
            "momentum" if group.get("momentum", 0) else "sgd")
        self._update: Callable = {"sgd": self._sgd, "momentum": self._momentum, "adam": self._adam}[self.kind]

    @torch.no_grad()
    def step(self, x: Tensor, y: Tensor) -> Tensor:
        inputs, outs = [], []
        a = x
        for layer in self.layers:
            inputs.append(a)
            z = F.linear(a, layer.weight, layer.bias)
            a = _activate(z, layer)
            outs.append((z, a))
        loss, delta = self._loss_and_delta(outs[-1], y)
        grads = []
        for i in range(len(self.layers) - 1, -1, -1):
            layer = self.layers[i]
            if i != len(self.layers) - 1 or self.loss != "bce":  # BCE's delta is already dL/dz
                delta = delta * _derivative(*outs[i], layer)
            grads.append((layer, delta.t() @ inputs[i], delta.sum(0) if layer.bias is not None else None))
            if i:
                delta = delta @ layer.weight
        self._update(grads[::-1])
        return loss

    # ----- loss -------------------------------------------------------------------------
    def _loss_and_delta(self, last: tuple[Tensor, Tensor], y: Tensor) -> tuple[Tensor, Tensor]:
        """The loss and dL/da (MSE) or dL/dz of the last layer (the cross-entropies)."""
        z, a = last
        if self.loss == "mse":
            diff = a - y
            return (diff * diff).mean(), diff * (2.0 / diff.numel())
        if self.loss == "bce":  # after a Sigmoid: dL/dz = (a - y) / n, as autograd gets it
            loss = F.binary_cross_entropy(a, y)
            return loss, (a - y) / a.numel()
        if self.loss == "bce_logits":
            loss = F.binary_cross_entropy_with_logits(a, y)
            return loss, (torch.sigmoid(a) - y) / a.numel()
        loss = F.cross_entropy(a, y)
        delta = torch.softmax(a, dim=1)
        delta[torch.arange(len(y), device=y.device), y] -= 1.0
        return loss, delta / len(y)

    # ----- updates, with torch.optim's state and arithmetic -----------------------------------
    def _pairs(self, grads):
        for layer, gw, gb in grads:
            yield layer.weight, gw
            if gb is not None:
                yield layer.bias, gb

    def _sgd(self, grads) -> None:
        lr = self.optimizer.param_groups[0]["lr"]
        for p, g in self._pairs(grads):
            p.add_(g, alpha=-lr)

    def _momentum(self, grads) -> None:
        group = self.optimizer.param_groups[0]
        lr, mu = group["lr"], group["momentum"]
        for p, g in self._pairs(grads):
            state = self.optimizer.state[p]
            buf = state.get("momentum_buffer")
            if buf is None:
                state["momentum_buffer"] = buf = g.clone()
            else:
                buf.mul_(mu).add_(g)
            p.add_(buf, alpha=-lr)

    def _adam(self, grads) -> None:
        group = self.optimizer.param_groups[0]
        lr, (b1, b2), eps = group["lr"], group["betas"], group["eps"]
        for p, g in self._pairs(grads):
            state = self.optimizer.state[p]
            if not state:
                state["step"] = torch.tensor(0.0)
                state["exp_avg"] = torch.zeros_like(p)
                state["exp_avg_sq"] = torch.zeros_like(p)
            state["step"] += 1
            t = float(state["step"])
            m, v = state["exp_avg"], state["exp_avg_sq"]
            m.lerp_(g, 1 - b1)
            v.mul_(b2).addcmul_(g, g, value=1 - b2)
            denom = (v.sqrt() / ((1 - b2 ** t) ** 0.5)).add_(eps)
            p.addcdiv_(m, denom, value=-lr / (1 - b1 ** t))


def _activate(z: Tensor, layer: _Layer) -> Tensor:
    kind = layer.activation
    if kind == "sigmoid":
        return torch.sigmoid(z)
    if kind == "tanh":
        return torch.tanh(z)
    if kind == "relu":
        return torch.relu(z)
    if kind == "leaky_relu":
        return F.leaky_relu(z, layer.param)
    if kind == "elu":
        return F.elu(z, layer.param)
    return z


def _derivative(z: Tensor, a: Tensor, layer: _Layer) -> Tensor:
    kind = layer.activation
    if kind == "sigmoid":
        return a * (1 - a)
    if kind == "tanh":
        return 1 - a * a
    if kind == "relu":
        return (z > 0).to(z.dtype)
    if kind == "leaky_relu":
        return torch.where(z > 0, 1.0, layer.param)
    if kind == "elu":
        return torch.where(z > 0, 1.0, a + layer.param)
    return torch.ones_like(z)
