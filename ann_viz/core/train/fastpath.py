"""The fast path: training chains of Linear layers and element-wise activations many steps per call.

For small networks autograd's and Python's per-operation overhead costs far more than
the arithmetic. Here the forward and backward passes are written out and a whole run of
steps goes to :mod:`.fastkernel` in one call (TorchScript: C++, GIL released), so the
engine trains about ten times faster than a plain PyTorch loop and the GUI thread stays
responsive. The optimizer state lives in the torch optimizer's own ``state`` (same keys,
same tensors), so the general path (traced snapshot steps, stepping, replay after a
divergence) and this one alternate freely and exactly.

Eligible: Input -> (Linear -> activation?)* -> Output with MSE, BCE (after a Sigmoid),
BCE-with-logits or CE; SGD, Momentum or Adam; no L1/L2; any batch size.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor

from ..graph import Graph, topological_order
from .fastkernel import compiled

_ACTIVATIONS = {"sigmoid", "tanh", "relu", "leaky_relu", "elu", "identity"}
_CALL_VALUES = 1 << 22  # outputs one call may keep: 16 MB of float32


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


class FastPath:
    """Runs many training steps per call in :func:`.fastkernel.train_steps`.

    Reads the weights, learning rate and optimizer state afresh on every call (they may
    have been replaced by a checkpoint restore, a device move or a learning-rate change)
    and leaves everything where torch.optim keeps it, so the general path can go on.
    """

    def __init__(self, graph: Graph, module, optimizer: torch.optim.Optimizer, loss: str):
        self.layers = chain_layers(graph, module)
        self.optimizer = optimizer
        self.loss = loss
        group = optimizer.param_groups[0]
        self.kind = "adam" if isinstance(optimizer, torch.optim.Adam) else (
            "momentum" if group.get("momentum", 0) else "sgd")
        self._kinds = [layer.activation for layer in self.layers]
        self._slopes = [float(layer.param) for layer in self.layers]
        self._has_bias = [layer.bias is not None for layer in self.layers]
        self._one_hot: tuple[Tensor, Tensor] | None = None
        self._steps_per_s = 0.0
        self._most = 8  # steps the next call may take at most

    def plan(self, todo: int, seconds: float, batch_size: int) -> int:
        """How many steps (of ``todo``) fill about ``seconds``.

        Calls start small and at most double (the speed is measured as it goes, and a
        new network or a busier machine changes it), and keep under ~16 MB of outputs.
        """
        fit = int(self._steps_per_s * seconds) if self._steps_per_s else self._most
        most = _CALL_VALUES // (batch_size * self.layers[-1].weight.shape[0])
        n = max(1, min(todo, fit, self._most, most))
        self._most = max(self._most, 2 * n)
        return n

    def run(self, x: Tensor, y: Tensor, perms: list[Tensor], first_batch: int, carry: Tensor | None,
            n_steps: int, batch_size: int, val: tuple[Tensor, Tensor] | None) -> tuple[Tensor, Tensor, Tensor]:
        """``n_steps`` batches from ``first_batch`` on: see :func:`.fastkernel.train_steps`.

        Returns each touched epoch's summed loss, the validation losses, and each finished
        epoch's weight-gradient norms per layer (epochs x layers); leaves the last batch's
        gradients in the parameters' ``.grad``.
        """
        group = self.optimizer.param_groups[0]
        state, step0 = self._state()
        hyper = [group["lr"], group.get("momentum", 0.0), *group.get("betas", (0.9, 0.999)),
                 group.get("eps", 1e-8), step0]
        # The same number of dimensions in every call: TorchScript prepares a plan per combination.
        order = torch.stack(perms) if perms else x.new_empty((0, 0), dtype=torch.long)
        carry = x.new_zeros(1) if carry is None else carry.reshape(1)
        x_val, y_val = val if val is not None else (x[:0], y[:0])
        params = self._flat()
        for p in params:
            if p.grad is None:
                p.grad = torch.zeros_like(p)
        start = time.perf_counter()
        with torch.no_grad():
            sums, vals, norms = compiled()(
                x, y, self._target(y), order, first_batch, carry, n_steps, batch_size,
                [p.detach() for p in self._flat()], self._has_bias, self._kinds, self._slopes, self.loss, self.kind,
                [float(h) for h in hyper], state, x_val, y_val, [p.grad for p in params])
        if x.is_cuda:  # time the work, not its queueing
            torch.cuda.synchronize(x.device)
        self._steps_per_s = n_steps / max(time.perf_counter() - start, 1e-6)
        if self.kind == "adam":
            for p in self._flat():
                self.optimizer.state[p]["step"] += n_steps
        return sums, vals, norms

    def _flat(self) -> list[Tensor]:
        """The parameters in the optimizer's order (weight, bias, weight, ...)."""
        return [p for layer in self.layers for p in (layer.weight, layer.bias) if p is not None]

    def _state(self) -> tuple[list[Tensor], float]:
        """torch.optim's own state tensors (created as it would), and Adam's step count."""
        params, state = self._flat(), self.optimizer.state
        if self.kind == "sgd":
            return [], 0.0
        if self.kind == "momentum":
            for p in params:  # a zero buffer makes the first step exactly torch's (buf = grad)
                if state[p].get("momentum_buffer") is None:
                    state[p]["momentum_buffer"] = torch.zeros_like(p, memory_format=torch.preserve_format)
            return [state[p]["momentum_buffer"] for p in params], 0.0
        for p in params:
            if not state[p]:
                state[p].update(step=torch.tensor(0.0), exp_avg=torch.zeros_like(p), exp_avg_sq=torch.zeros_like(p))
        return ([state[p]["exp_avg"] for p in params] + [state[p]["exp_avg_sq"] for p in params],
                float(state[params[0]]["step"]))

    def _target(self, y: Tensor) -> Tensor:
        """What the error signal subtracts: the targets, or one-hot rows for cross-entropy."""
        if self.loss != "ce":
            return y
        if self._one_hot is None or self._one_hot[0] is not y:
            self._one_hot = (y, F.one_hot(y, self.layers[-1].weight.shape[0]).to(self.layers[-1].weight.dtype))
        return self._one_hot[1]


# The seed sweep (..sweep.engine) batches these over copies of a network.
def _activate(z: Tensor, layer: _Layer) -> Tensor:
    kind = layer.activation
    if kind == "maxout":  # narrows the layer: units / k neurons (the fast path itself refuses it)
        return z.unflatten(-1, (-1, int(layer.param))).max(-1).values
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


def _backward(delta: Tensor, z: Tensor, a: Tensor, layer: _Layer) -> Tensor:
    """dL/dz from dL/da (``delta``, changed in place where it keeps its shape).

    Maxout routes each neuron's delta to its winning piece (the index torch's ``max`` picks)
    and gives the other pieces 0; element-wise kinds multiply by f'(z)."""
    if layer.activation == "maxout":
        pieces = z.unflatten(-1, (-1, int(layer.param)))
        out = torch.zeros_like(pieces)
        out.scatter_(-1, pieces.max(-1, keepdim=True).indices, delta.unsqueeze(-1))
        return out.flatten(-2)
    if layer.activation == "identity":
        return delta
    return delta.mul_(_derivative(z, a, layer))


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
