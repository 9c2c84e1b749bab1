"""Which graphs the seed sweep can train, and each copy's initial weights.

The sweep trains the same chains as the single-run fast path (Input -> (Linear ->
activation?)* -> Output; MSE, BCE after a Sigmoid, BCE-with-logits or CE; SGD, Momentum
or Adam; no L1/L2). Anything else is refused with a sentence naming the obstacle.

Initial weights reproduce ``torch.manual_seed(s); GraphModule(graph)`` draw for draw,
but from a private generator per seed: the sweep runs beside the GUI's trainer and must
neither read nor disturb torch's global random stream.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Sequence

import torch
from torch.nn import init

from ..torch_module.init import initialise_linear
from ..errors import TrainingError
from ..graph import KINDS, Graph, check, infer_widths, input_width, topological_order
from ..i18n import _t
from .limits import MAX_SEEDS

ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "identity", "maxout")
OPTIMIZERS = ("sgd", "momentum", "adam")


class SweepError(TrainingError):
    """A sweep that cannot be run; the message says why and what the sweep accepts."""


def _refused(reason: str) -> SweepError:
    """What the sweep accepts, then ``reason`` (why this graph or config is not that)."""
    return SweepError(_t("The seed sweep trains only chains of Linear layers and element-wise activations "
                         "(Input -> Linear -> activation -> ... -> Output) with SGD, Momentum or Adam and "
                         "no L1/L2; {reason}").format(reason=reason))


@dataclass
class LayerSpec:
    """One Linear layer of the chain and the activation after it ("identity" if none)."""

    name: str
    fan_in: int
    units: int
    bias: bool
    params: dict  # the Linear node's parameters (init scheme, explicit weights, ...)
    activation: str = "identity"
    param: float = 0.0  # LeakyReLU slope, ELU alpha or Maxout k (fastpath's _activate reads it)

    @property
    def width(self) -> int:
        """Neurons after the activation: ``units``, or ``units / k`` after a Maxout."""
        return self.units // int(self.param) if self.activation == "maxout" else self.units


def sweep_layers(graph: Graph, config) -> list[LayerSpec]:
    """The chain's layers in order; raises :class:`SweepError` (or GraphError) if not sweepable."""
    check(graph)
    if config.optimizer not in OPTIMIZERS:
        raise _refused(_t("this project uses the '{optimizer}' optimizer.").format(optimizer=config.optimizer))
    if config.l1 or config.l2:
        raise _refused(_t("this project uses L1/L2 regularisation. Set both to 0 to sweep."))
    if config.early_stopping:
        raise _refused(_t("early stopping is not supported. Set its patience to 0 to sweep."))
    widths = infer_widths(graph)
    layers: list[LayerSpec] = []
    loss = None
    for nid in topological_order(graph)[1:]:
        node = graph.nodes[nid]
        label = {"name": node.name, "kind": KINDS[node.kind].label}
        if len(graph.outputs_of(nid)) > 1 or len(graph.inputs_of(nid)) != 1:
            raise _refused(_t("'{name}' ({kind}) branches or merges.").format(**label))
        if node.kind == "linear":
            layers.append(LayerSpec(node.name, input_width(graph, nid, widths), node.params["units"],
                                    node.params["bias"], dict(node.params)))
        elif node.kind in ACTIVATIONS:
            if not layers or layers[-1].activation != "identity":
                raise _refused(_t("'{name}' ({kind}) does not follow a Linear layer.").format(**label))
            layers[-1].activation = node.kind
            layers[-1].param = node.params.get("slope", node.params.get("alpha", node.params.get("k", 0.0)))
        elif node.kind == "output":
            loss = node.params["loss"]
        elif node.kind == "step":
            raise SweepError(_t("'{name}' is a Step (Heaviside) layer: its gradient is zero almost "
                                "everywhere, so it cannot be trained. Use Sigmoid to train.").format(name=node.name))
        else:
            raise _refused(_t("'{name}' ({kind}) is not supported.").format(**label))
    if not layers:
        raise SweepError(_t("The network has no weights to train."))
    if loss == "bce" and layers[-1].activation != "sigmoid":
        raise SweepError(_t("Binary cross-entropy needs a Sigmoid before the Output (or use BCE with logits)."))
    return layers


def check_seeds(seeds: Sequence[int]) -> list[int]:
    """The seeds as a list of ints, or SweepError if there are none, too many, or bad ones."""
    seeds = [int(s) for s in seeds]
    if not 1 <= len(seeds) <= MAX_SEEDS:
        raise SweepError(_t("A sweep takes 1 to {most} seeds, not {count}.").format(most=MAX_SEEDS, count=len(seeds)))
    if any(s < 0 for s in seeds):
        raise SweepError(_t("Seeds must be whole numbers, 0 or more."))
    return seeds


def seed_range(count: int, first: int = 0) -> list[int]:
    """``first``, ``first + 1``, ... ``first + count - 1``, checked."""
    return check_seeds(range(first, first + count))


def initial_weights(layers: list[LayerSpec], seed: int) -> list[tuple[torch.Tensor, torch.Tensor | None]]:
    """(weight, bias) per layer, exactly as ``torch.manual_seed(seed); GraphModule(graph)`` makes them.

    nn.Linear's constructor draws kaiming_uniform(a=sqrt(5)) for the weight and then
    uniform(+-1/sqrt(fan_in)) for the bias, layer by layer in topological order; a
    non-default ``init`` then redraws (see :func:`initialise_linear`).
    """
    generator = torch.Generator().manual_seed(seed)
    out = []
    for layer in layers:
        weight = torch.empty(layer.units, layer.fan_in)
        bias = torch.empty(layer.units) if layer.bias else None
        init.kaiming_uniform_(weight, a=math.sqrt(5), generator=generator)
        if bias is not None:
            bound = 1 / math.sqrt(layer.fan_in) if layer.fan_in > 0 else 0
            init.uniform_(bias, -bound, bound, generator=generator)
        initialise_linear(SimpleNamespace(weight=weight, bias=bias), layer.params, generator=generator)
        out.append((weight, bias))
    return out


def stacked_initial_weights(layers: list[LayerSpec], seeds: Sequence[int]) -> list[tuple[torch.Tensor, torch.Tensor | None]]:
    """Per layer: weights (K, out, in) and biases (K, out) or None, copy k from ``seeds[k]``."""
    per_seed = [initial_weights(layers, s) for s in seeds]
    stacked = []
    for i, layer in enumerate(layers):
        weights = torch.stack([w[i][0] for w in per_seed])
        biases = torch.stack([w[i][1] for w in per_seed]) if layer.bias else None
        stacked.append((weights, biases))
    return stacked
