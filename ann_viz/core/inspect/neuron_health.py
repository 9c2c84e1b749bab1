"""Inside each neuron: its activation f(z) and slope f'(z), and whether it still learns.

A neuron passes back ``delta = dE/da * f'(z)``. When f'(z) is tiny for every sample the
neuron barely learns:

- **saturated**: a Sigmoid or Tanh neuron with ``|f'(z)| < SATURATED_SLOPE`` for all samples
  of the batch (Sigmoid: |z| > ~4.6; Tanh: |z| > ~3.0);
- **dead**: a ReLU neuron with ``z <= 0`` for all samples (f'(z) = 0: no gradient ever reaches
  its weights from this batch).

Other activations (LeakyReLU, ELU, Identity, ...) keep a slope for some z and are never flagged.
A neuron is judged from the element-wise kind right after its Linear layer (dropout and batch norm
in between are looked through).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SATURATED_SLOPE = 0.01  # |f'(z)| below this for every sample: saturated (sigmoid peaks at 0.25, tanh at 1)
OK, SATURATED, DEAD = "ok", "saturated", "dead"
PLOTTABLE = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "identity", "step")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # never overflows


def activation_and_slope(kind: str, z: np.ndarray, params: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """f(z) and f'(z) of an element-wise activation ``kind`` (one of ``PLOTTABLE``)."""
    z = np.asarray(z, dtype=np.float64)
    params = params or {}
    if kind == "sigmoid":
        f = _sigmoid(z)
        return f, f * (1.0 - f)
    if kind == "tanh":
        f = np.tanh(z)
        return f, 1.0 - f * f
    if kind == "relu":
        return np.maximum(z, 0.0), (z > 0).astype(np.float64)
    if kind == "leaky_relu":
        slope = float(params.get("slope", 0.1))
        return np.where(z > 0, z, slope * z), np.where(z > 0, 1.0, slope)
    if kind == "elu":
        alpha = float(params.get("alpha", 1.0))
        neg = alpha * np.expm1(np.minimum(z, 0.0))
        return np.where(z > 0, z, neg), np.where(z > 0, 1.0, neg + alpha)
    if kind == "identity":
        return z.copy(), np.ones_like(z)
    if kind == "step":
        return (z > 0).astype(np.float64), np.zeros_like(z)
    raise KeyError(kind)


def activation_kind(chain: tuple) -> tuple[str | None, dict]:
    """The first activation in a column's chain ((name, kind, params), ...), looking through dropout
    and batch norm; (None, {}) when there is none."""
    for _, kind, params in chain:
        if kind in ("dropout", "batchnorm"):
            continue
        return kind, dict(params)
    return None, {}


def classify(kind: str | None, z: np.ndarray) -> np.ndarray:
    """Per neuron (columns of ``z``, shape samples x neurons): OK, SATURATED or DEAD."""
    z = np.asarray(z, dtype=np.float64)
    states = np.full(z.shape[1] if z.ndim == 2 else 0, OK, dtype=object)
    if z.ndim != 2 or z.shape[0] == 0:
        return states
    if kind in ("sigmoid", "tanh"):
        _, slope = activation_and_slope(kind, z)
        states[np.all(np.abs(slope) < SATURATED_SLOPE, axis=0)] = SATURATED
    elif kind == "relu":
        states[np.all(z <= 0, axis=0)] = DEAD
    return states


@dataclass(frozen=True)
class LayerHealth:
    """One Linear layer's neurons: ``states`` per neuron, and how many are saturated or dead."""

    layer: str
    activation: str | None
    states: np.ndarray

    @property
    def saturated(self) -> int:
        return int(np.count_nonzero(self.states == SATURATED))

    @property
    def dead(self) -> int:
        return int(np.count_nonzero(self.states == DEAD))


def network_health(net, snapshot) -> dict[int, LayerHealth]:
    """Column index -> :class:`LayerHealth` for every Linear column whose z the snapshot holds."""
    out = {}
    for column in net.columns:
        z = snapshot.values.get(column.head) if column.kind == "linear" else None
        if z is None:
            continue
        kind, _ = activation_kind(column.chain)
        out[column.index] = LayerHealth(column.head, kind, classify(kind, z))
    return out
