"""Make a variant: the base project with a set of changes (see :mod:`.changes`), as a new project.

Settings (optimizer, learning rate, L1/L2, seed) change the training config. Changes to the
network (activation, width, depth, dropout, BatchNorm, init) rebuild it as a chain: Input ->
hidden blocks -> head -> Output, where a hidden block is a Linear and what follows it up to the
next Linear, and the head is the last Linear and what follows it. Graphs that are not a single
chain (residual connections) take only the settings; a network change is refused with a sentence.
"""

from __future__ import annotations

import copy

from ..errors import AnnVizError
from ..graph import ACTIVATION_KINDS, Graph, KINDS, check, topological_order
from ..i18n import _t
from ..presets.builder import chain
from ..project import Project
from .changes import VariantError, check_changes, regularizer_parts

NETWORK_KEYS = ("activation", "width", "depth", "regularizer", "init")

Layer = tuple  # (kind, params)


def apply_changes(base: Project, changes: dict) -> Project:
    """A new project: ``base`` with ``changes``; raises :class:`VariantError` if they cannot be made."""
    changes = check_changes(changes)
    project = base.copy()
    project.weights, project.history, project.history_layers = None, None, ()  # a variant trains from its seed
    config = project.config
    if "optimizer" in changes:
        config = config.with_changes(optimizer=changes["optimizer"])
    if "lr" in changes:
        config = config.with_changes(lr=changes["lr"])
    if "seed" in changes:
        config = config.with_changes(seed=changes["seed"])
    regularizer = changes.get("regularizer")
    if regularizer is not None:
        name, strength = regularizer_parts(regularizer)
        config = config.with_changes(l1=strength if name == "l1" else 0.0, l2=strength if name == "l2" else 0.0)
    project.config = config
    if any(k in changes for k in NETWORK_KEYS):
        project.graph = _changed_graph(project.graph, changes)
    try:
        check(project.graph)
    except AnnVizError as err:
        if not changes:  # the base run: its own network is not valid (yet)
            raise VariantError(_t("The network is not valid: {reason}").format(reason=err)) from None
        raise VariantError(_t("The changed network is not valid: {reason}").format(reason=err)) from None
    return project


def chain_layers(graph: Graph) -> tuple[int, list[Layer], str]:
    """(input features, the layers between Input and Output, the loss) of a chain graph."""
    check(graph)
    order = [graph.nodes[n] for n in topological_order(graph)]
    if any(len(graph.inputs_of(n.id)) > 1 or len(graph.outputs_of(n.id)) > 1 for n in order):
        raise VariantError(_t("Only a single chain of layers (no skip connections or merges) can change its "
                              "activation, width, depth, regulariser or initialisation."))
    features = order[0].params["features"]
    loss = order[-1].params["loss"]
    return features, [(n.kind, copy.deepcopy(n.params)) for n in order[1:-1]], loss


def split_blocks(layers: list[Layer]) -> tuple[list[list[Layer]], list[Layer]]:
    """(hidden blocks, head): each block starts at a Linear; the head starts at the last Linear."""
    starts = [i for i, (kind, _) in enumerate(layers) if kind == "linear"]
    if not starts:
        raise VariantError(_t("The network has no Linear layer to change."))
    bounds = starts + [len(layers)]
    blocks = [layers[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    lead = layers[:starts[0]]  # anything before the first Linear stays in front of it
    if lead:
        blocks[0] = lead + blocks[0]
    return blocks[:-1], blocks[-1]


def _changed_graph(graph: Graph, changes: dict) -> Graph:
    features, layers, loss = chain_layers(graph)
    blocks, head = split_blocks(layers)
    if "depth" in changes:
        blocks = _deepened(blocks, changes["depth"], changes)
    if "activation" in changes:
        blocks = [_with_activation(b, changes["activation"]) for b in blocks]
    if "width" in changes:
        blocks = [[_with_units(layer, changes["width"]) for layer in b] for b in blocks]
    if "regularizer" in changes:
        name, strength = regularizer_parts(changes["regularizer"])
        blocks = [_with_regularizer(b, name, strength) for b in blocks]
    if "init" in changes:
        blocks = [[_with_init(layer, changes["init"]) for layer in b] for b in blocks]
        head = [_with_init(layer, changes["init"]) for layer in head]
    flat = [layer for block in blocks for layer in block] + head
    try:
        return chain(features, flat, loss)
    except AnnVizError as err:
        raise VariantError(_t("The changed network cannot be built: {reason}").format(reason=err)) from None


def _deepened(blocks: list[list[Layer]], depth: int, changes: dict) -> list[list[Layer]]:
    """``depth`` hidden blocks: the first ones kept, more made like the last (or a new one)."""
    if depth <= len(blocks):
        return blocks[:depth]
    if blocks:
        template = blocks[-1]
    else:
        template = [("linear", {"units": changes.get("width", 10)}), (changes.get("activation", "sigmoid"), {})]
    if any(p.get("init") == "explicit" for _, p in template):
        raise VariantError(_t("The hidden layers have hand-set weights, which fit only their own layer: "
                              "the network cannot be made deeper."))
    return blocks + [copy.deepcopy(template) for _ in range(depth - len(blocks))]


def _with_activation(block: list[Layer], activation: str) -> list[Layer]:
    new = (activation, KINDS[activation].default_params())
    kept = [layer for layer in block if layer[0] not in ACTIVATION_KINDS]
    if len(kept) == len(block):  # no activation yet: after the Linear and any BatchNorm
        at = 1 + sum(1 for kind, _ in block[1:] if kind == "batchnorm")
        return block[:at] + [new] + block[at:]
    at = next(i for i, layer in enumerate(block) if layer[0] in ACTIVATION_KINDS)
    return kept[:at] + [new] + kept[at:]


def _with_units(layer: Layer, units: int) -> Layer:
    kind, params = layer
    if kind != "linear":
        return layer
    if params.get("init") == "explicit":
        raise VariantError(_t("A hidden layer has hand-set weights, which fit only its own width: the width "
                              "cannot change."))
    return kind, {**params, "units": units}


def _with_regularizer(block: list[Layer], name: str, strength: float) -> list[Layer]:
    """Only the named regulariser: Dropout at the block's end, or BatchNorm right after its Linear."""
    block = [layer for layer in block if layer[0] not in ("dropout", "batchnorm")]
    if name == "dropout":
        return block + [("dropout", {"p": strength})]
    if name == "batchnorm":
        at = next(i for i, layer in enumerate(block) if layer[0] == "linear") + 1
        return block[:at] + [("batchnorm", {})] + block[at:]
    return block


def _with_init(layer: Layer, init: str) -> Layer:
    kind, params = layer
    if kind != "linear":
        return layer
    params = {k: v for k, v in params.items() if k not in ("weight", "bias_values")}
    return kind, {**params, "init": init}
