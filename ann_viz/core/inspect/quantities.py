"""Per-neuron and per-edge numbers read off a :class:`Snapshot` for one sample or the whole batch.

``sample`` is a row of the batch (an int) or None for the whole batch: values are then
averaged over the batch and gradients summed (the sum of the samples' shares is the
gradient the optimizer uses, because the loss already averages over the batch).
"""

from __future__ import annotations

import numpy as np

from ..i18n import _t
from ..train.snapshot import Snapshot
from .neurons import Connection, NeuronNet

QUANTITIES = ("weight", "contribution", "gradient", "update")


def weight(snapshot: Snapshot, layer: str, after_update: bool = True) -> np.ndarray | None:
    """The weight matrix (units x inputs); after the update when the snapshot has one."""
    w = snapshot.params.get(f"{layer}.weight")
    if w is None:
        return None
    step = snapshot.updates.get(f"{layer}.weight") if after_update else None
    return w if step is None else w + step


def bias(snapshot: Snapshot, layer: str, after_update: bool = True) -> np.ndarray | None:
    b = snapshot.params.get(f"{layer}.bias")
    if b is None:
        return None
    step = snapshot.updates.get(f"{layer}.bias") if after_update else None
    return b if step is None else b + step


def value(snapshot: Snapshot, name: str, sample: int | None) -> np.ndarray | None:
    """A node's output for one sample, or its batch mean; None before a forward pass."""
    v = snapshot.values.get(name)
    if v is None:
        return None
    return v[sample] if sample is not None else v.mean(axis=0)


def grad(snapshot: Snapshot, name: str, sample: int | None) -> np.ndarray | None:
    """dL/d(output) of a node for one sample, or summed over the batch; None before backward."""
    g = snapshot.grads.get(name)
    if g is None:
        return None
    return g[sample] if sample is not None else g.sum(axis=0)


def batch_size(snapshot: Snapshot) -> int:
    x = snapshot.inputs
    if x is not None and x.ndim >= 1:
        return int(x.shape[0])
    first = next(iter(snapshot.values.values()), None)
    return 0 if first is None else int(first.shape[0])


def edge_values(net: NeuronNet, snapshot: Snapshot, conn: Connection, quantity: str, sample: int | None,
                rows: np.ndarray | None = None, cols: np.ndarray | None = None) -> np.ndarray | None:
    """The chosen quantity on a weight connection (target x source), optionally on a sub-block.

    "weight": w (after the update, if any); "contribution": w * a_i (the weights the
    forward used); "gradient": dL/dw (one sample's share delta_j * a_i, or the batch's
    autograd gradient); "update": what the optimizer added. None when not yet known.
    """
    layer = conn.layer
    pick = _picker(rows, cols)
    if quantity == "weight":
        w = weight(snapshot, layer)
        return None if w is None else pick(w)
    if quantity == "update":
        u = snapshot.updates.get(f"{layer}.weight")
        return None if u is None else pick(u)
    if quantity == "contribution":
        w, a = snapshot.params.get(f"{layer}.weight"), value(snapshot, conn.source_value, sample)
        if w is None or a is None:
            return None
        return pick(w) * (a if cols is None else a[cols])[None, :]
    if quantity == "gradient":
        if sample is None:
            g = snapshot.param_grads.get(f"{layer}.weight")
            return None if g is None else pick(g)
        delta = grad(snapshot, layer, sample)
        a = value(snapshot, conn.source_value, sample)
        if delta is None or a is None:
            return None
        return np.outer(delta if rows is None else delta[rows], a if cols is None else a[cols])
    raise ValueError(_t("unknown quantity {quantity!r}").format(quantity=quantity))


def identity_values(snapshot: Snapshot, conn: Connection, net: NeuronNet, backward: bool,
                    sample: int | None) -> np.ndarray | None:
    """What an identity path carries: a forward (per source neuron), dL/d(target) backward.

    A Maxout path carries each piece forward, and back the gradient its piece receives: the
    maxout neuron's delta where the piece won, 0 where it lost."""
    if not backward:
        return value(snapshot, conn.source_value, sample)
    if conn.kind == "maxout":
        return grad(snapshot, conn.source_value, sample)
    target = net.columns[conn.target]
    g = grad(snapshot, target.head, sample)
    if g is None:
        return None
    width = net.columns[conn.source].width
    return g[conn.offset:conn.offset + width]


def _picker(rows, cols):
    if rows is None and cols is None:
        return lambda m: m
    r = slice(None) if rows is None else rows
    c = slice(None) if cols is None else cols
    if rows is not None and cols is not None:
        return lambda m: m[np.ix_(rows, cols)]
    return lambda m: m[r][:, c]
