"""The chain rule, weight by weight and neuron by neuron, with the numbers of one snapshot.

For a weight w_ji from neuron i (activation a_i) to neuron j (pre-activation z_j):

    dL/dw_ji = delta_j * a_i,      delta_j = dL/dz_j

For an output neuron the notes write this as dE/dw5 = dE/do1 * do1/dz3 * dz3/dw5 (dz/dw
= a_i, do/dz = f'(z)). For a hidden neuron delta_j = (sum_k w_kj delta_k) * f'(z_j),
the sum running over the neurons k that neuron j feeds (plus any identity path, such
as a residual Add, which passes its delta straight back).

Everything here is computed from a :class:`Snapshot` (no torch, no Qt), so a view and
a test read the same numbers. ``sample`` is a row of the batch, or None for the whole
batch: values are then batch means and gradients batch sums (the chain-rule factors
f'(z), dE/do are per sample and are None then).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..train.snapshot import Snapshot
from .neurons import Column, NeuronNet
from .quantities import bias, grad, value, weight


@dataclass(frozen=True)
class Term:
    """One term w_kj * delta_k of the sum that carries delta back to a hidden neuron."""

    weight_label: str  # "w5"; "" for an identity path (weight 1)
    delta_label: str  # "z3": whose delta
    weight: float
    delta: float

    @property
    def product(self) -> float:
        return self.weight * self.delta


@dataclass(frozen=True)
class Backprop:
    """How delta_j = dL/dz_j of one neuron comes about."""

    is_output: bool
    delta: float | None  # dL/dz_j, from autograd
    dE_do: float | None = None  # output neurons: dE/do_j
    terms: tuple[Term, ...] = ()  # hidden neurons: sum_k w_kj delta_k
    dL_da: float | None = None  # dE/do (output) or the sum of the terms (hidden)
    f_prime: float | None = None  # da_j/dz_j; None for softmax/batch norm or the whole batch


@dataclass(frozen=True)
class NeuronFactors:
    """What a neuron shows when clicked: z, a, delta, bias and its gradient."""

    layer: str
    j: int
    a_label: str
    z_label: str | None
    activation: str
    sample: int | None
    z: float | None
    a: float | None
    target: float | None
    bias: float | None
    bias_after: float | None
    bias_grad: float | None
    bias_update: float | None
    backprop: Backprop | None
    z_formula: str = ""  # how z is made when it is not sum(w a) + b: "max(h1, h2)" for a Maxout neuron


@dataclass(frozen=True)
class EdgeFactors:
    """What an edge shows when hovered: w, a_i, delta_j, dL/dw and its chain-rule factors."""

    layer: str
    j: int
    i: int
    label: str
    source_label: str
    target_label: str
    z_label: str
    sample: int | None
    w: float  # the weight the forward pass used
    w_after: float | None  # after the update, when the snapshot has one
    update: float | None
    a_i: float | None
    contribution: float | None  # w * a_i
    delta_j: float | None
    grad: float | None  # delta_j * a_i (a sample) or its sum over the batch
    grad_autograd: float | None  # the optimizer's gradient (whole batch, regularization included)
    regularization: float | None  # grad_autograd minus the data term (L1/L2), None when 0
    dE_do: float | None  # output layer: the notes' three factors
    do_dz: float | None
    dz_dw: float | None
    backprop: Backprop | None
    loss: str = ""  # output layer: the loss, the output o_j, its target t_j and how many terms E averages
    o: float | None = None
    t: float | None = None
    averaged_over: int | None = None


# ----- activation slopes ----------------------------------------------------------------------
def local_slope(kind: str, params: dict, before: np.ndarray, after: np.ndarray) -> np.ndarray | None:
    """d(after)/d(before) of one element-wise node, from its input and output values."""
    if kind == "sigmoid":
        return after * (1.0 - after)
    if kind == "tanh":
        return 1.0 - after * after
    if kind == "relu":
        return (before > 0).astype(before.dtype)
    if kind == "leaky_relu":
        return np.where(before > 0, 1.0, params["slope"]).astype(before.dtype)
    if kind == "elu":
        return np.where(before > 0, 1.0, after + params["alpha"]).astype(before.dtype)
    if kind == "identity":
        return np.ones_like(before)
    if kind == "step":
        return np.zeros_like(before)
    if kind == "dropout":  # kept values are scaled by 1/(1-p), dropped ones are 0
        safe = np.where(before != 0, before, 1.0)
        return np.where(before != 0, after / safe, 0.0).astype(before.dtype)
    return None  # softmax, batch norm: each output depends on several inputs


def activation_slope(snapshot: Snapshot, column: Column, sample: int | None) -> np.ndarray | None:
    """da/dz for every neuron of ``column`` (one sample); None when it is no single number."""
    if sample is None:
        return None
    before = value(snapshot, column.head, sample)
    if before is None:
        return None
    slope = np.ones_like(before)
    for name, kind, params in column.chain:
        after = value(snapshot, name, sample)
        if after is None:
            return None
        local = local_slope(kind, params, before, after)
        if local is None:
            return None
        slope, before = slope * local, after
    return slope


# ----- neurons and edges ---------------------------------------------------------------------------
def _f(array: np.ndarray | None, index: int) -> float | None:
    return None if array is None else float(array[index])


def backprop(net: NeuronNet, snapshot: Snapshot, column: Column, j: int, sample: int | None) -> Backprop | None:
    """delta_j and the factors it is made of; None before the backward pass."""
    delta = _f(grad(snapshot, column.head, sample), j)
    if delta is None or column.kind == "input":
        return None
    slope = _f(activation_slope(snapshot, column, sample), j)
    if column.is_output:
        dE_do = _f(grad(snapshot, column.a_name, sample), j)
        return Backprop(True, delta, dE_do=dE_do, dL_da=dE_do, f_prime=slope)
    terms = []
    for conn in net.consumers(column.a_name):
        target = net.columns[conn.target]
        deltas = grad(snapshot, target.head, sample)
        if deltas is None:
            return None
        if conn.kind == "weights":
            w = snapshot.params[f"{conn.layer}.weight"][:, j]  # the weights the backward pass used
            terms += [Term(net.weight_label(conn.layer, k, j), net.z_label(target, k), float(w[k]),
                           float(deltas[k])) for k in range(target.width)]
        elif conn.kind == "maxout":
            terms.append(_maxout_term(net, snapshot, conn, j, sample, deltas))
        else:
            k = conn.offset + j
            terms.append(Term("", net.z_label(target, k), 1.0, float(deltas[k])))
    dL_da = float(sum(t.product for t in terms))
    return Backprop(False, delta, terms=tuple(terms), dL_da=dL_da, f_prime=slope)


def _maxout_term(net: NeuronNet, snapshot: Snapshot, conn, j: int, sample: int | None, deltas) -> Term:
    """Piece j of Maxout neuron j // k: weight 1 where it won (0 where it lost), times that neuron's delta.

    For the whole batch the weight is the share of the summed delta that this piece received."""
    target = net.columns[conn.target]
    m = j // target.pieces
    routed = _f(grad(snapshot, conn.source_value, sample), j)  # autograd's dL/d(piece): delta where it won
    total = float(deltas[m])
    if routed is None:
        share = 0.0
    elif sample is not None:
        share = 1.0 if routed != 0.0 or _wins(snapshot, conn, j, target.pieces, sample) else 0.0
    else:
        share = routed / total if total else 0.0
    return Term("", net.z_label(target, m), share, total)


def _wins(snapshot: Snapshot, conn, j: int, k: int, sample: int) -> bool:
    """True when piece j is the one its Maxout neuron takes for ``sample`` (the first of equal ones)."""
    pieces = value(snapshot, conn.source_value, sample)
    group = pieces[j // k * k:(j // k + 1) * k]
    return int(np.argmax(group)) == j % k


def neuron_factors(net: NeuronNet, snapshot: Snapshot, column_index: int, j: int,
                   sample: int | None) -> NeuronFactors:
    """z, a, delta, bias and bias gradient of neuron ``j`` of a column."""
    column = net.columns[column_index]
    is_input = column.kind == "input"
    layer = column.head if column.kind == "linear" else None
    target = None
    if column.is_output and snapshot.targets is not None and net.loss != "ce":
        t = snapshot.targets[sample] if sample is not None else snapshot.targets.mean(axis=0)
        target = float(np.asarray(t).reshape(-1)[j])
    b_before = bias(snapshot, layer, after_update=False) if layer and column.has_bias else None
    b_after = bias(snapshot, layer) if layer and column.has_bias and snapshot.updates else None
    b_grad = None
    if layer and column.has_bias:
        if sample is None:
            b_grad = _f(snapshot.param_grads.get(f"{layer}.bias"), j)
        else:
            b_grad = _f(grad(snapshot, layer, sample), j)  # dL/db_j = delta_j (dz/db = 1)
    step = snapshot.updates.get(f"{layer}.bias") if layer and column.has_bias else None
    return NeuronFactors(
        column.head, j, net.a_label(column, j), None if is_input else net.z_label(column, j), column.activation,
        sample, None if is_input else _f(value(snapshot, column.head, sample), j),
        _f(value(snapshot, column.a_name, sample), j), target, _f(b_before, j), _f(b_after, j), b_grad,
        _f(step, j), backprop(net, snapshot, column, j, sample), _maxout_formula(net, column, j))


def _maxout_formula(net: NeuronNet, column: Column, j: int) -> str:
    """"max(h1, h2)": the pieces of Maxout neuron ``j`` by their names; "" for other columns."""
    if column.kind != "maxout":
        return ""
    source = net.columns[next(c.source for c in net.connections if c.target == column.index)]
    k = column.pieces
    return "max(" + ", ".join(piece_label(net, source, i) for i in range(j * k, (j + 1) * k)) + ")"


def piece_label(net: NeuronNet, source: Column, i: int) -> str:
    """A Maxout piece's name: z7 when a Linear layer makes it (w x + b, as the notes write it), else a's."""
    return net.z_label(source, i) if source.kind == "linear" else net.a_label(source, i)


def edge_factors(net: NeuronNet, snapshot: Snapshot, layer: str, j: int, i: int,
                 sample: int | None) -> EdgeFactors:
    """Every number of weight (j, i) of ``layer`` (row j: target neuron, column i: source)."""
    conn = net.connection_of(layer)
    source, target = net.columns[conn.source], net.columns[conn.target]
    w = float(snapshot.params[f"{layer}.weight"][j, i])
    update = _f(snapshot.updates.get(f"{layer}.weight"), (j, i)) if snapshot.updates else None
    w_after = None if update is None else float(weight(snapshot, layer)[j, i])
    a_i = _f(value(snapshot, conn.source_value, sample), i)
    delta_j = _f(grad(snapshot, layer, sample), j)
    data_grad = None
    if delta_j is not None and a_i is not None:
        if sample is None:  # the batch's gradient: the sum of every sample's delta_j * a_i
            data_grad = float((snapshot.grads[layer][:, j].astype(np.float64)
                               * snapshot.values[conn.source_value][:, i]).sum())
        else:
            data_grad = delta_j * a_i
    auto = _f(snapshot.param_grads.get(f"{layer}.weight"), (j, i))
    regularization = None
    if auto is not None and data_grad is not None and sample is None:
        extra = auto - data_grad
        regularization = extra if abs(extra) > 1e-6 * max(1.0, abs(auto)) else None
    bp = backprop(net, snapshot, target, j, sample)
    dE_do = do_dz = dz_dw = o = t = count = None
    if target.is_output and bp is not None and sample is not None:
        dE_do, do_dz, dz_dw = bp.dE_do, bp.f_prime, a_i
        o = _f(value(snapshot, target.a_name, sample), j)
        if snapshot.targets is not None and net.loss != "ce":
            t = float(np.asarray(snapshot.targets[sample]).reshape(-1)[j])
        count = int(snapshot.values[target.a_name].size)  # MSE/BCE average over samples x outputs
    return EdgeFactors(
        layer, j, i, net.weight_label(layer, j, i), net.a_label(source, i), net.a_label(target, j),
        net.z_label(target, j), sample, w, w_after, update, a_i, None if a_i is None else w * a_i, delta_j,
        data_grad, auto, regularization, dE_do, do_dz, dz_dw, bp, net.loss, o, t, count)
