"""Per-layer health over training: histograms of each layer's activations and gradients, and the
update-to-weight ratio, one record per snapshot that carries them.

- Activations a of each Linear column (after its activation chain), on fixed bins so the
  histograms of successive records line up: [0, 1] after a Sigmoid, [-1, 1] after a Tanh, else
  [-ACTIVATION_RANGE, ACTIVATION_RANGE]; values outside the range are counted in the end bins.
- Gradients δ = dE/dz of each Linear layer, as log10|δ| on [LOG_GRAD_LOW, LOG_GRAD_HIGH]
  (|δ| = 0 and below 1e-12 in the lowest bin): vanishing gradients slide down, exploding up.
- The update-to-weight ratio ||Δw|| / ||w|| of each weight matrix, Δw the optimizer's step
  (Karpathy: about 1e-3 is healthy; 1e-5 learns nothing, 1e-1 is unstable).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

BINS = 40
ACTIVATION_RANGE = 3.0
LOG_GRAD_LOW, LOG_GRAD_HIGH = -12.0, 2.0
HEALTHY_RATIO = 1e-3
MAX_VALUES = 4096  # per layer and record
MAX_RECORDS = 400  # older records are thinned (every other one dropped), so memory stays bounded
_BOUNDED = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0), "step": (0.0, 1.0), "softmax": (0.0, 1.0)}


def activation_edges(activation: str) -> np.ndarray:
    """Bin edges for a column whose chain is ``activation`` ("relu+dropout"; "" for none)."""
    last = activation.split("+")[-1] if activation else ""
    low, high = _BOUNDED.get(last, (-ACTIVATION_RANGE, ACTIVATION_RANGE))
    return np.linspace(low, high, BINS + 1)


GRADIENT_EDGES = np.linspace(LOG_GRAD_LOW, LOG_GRAD_HIGH, BINS + 1)


def clipped_counts(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """numpy.histogram of ``values`` clipped into [edges[0], edges[-1]]; NaN values are left out.
    Of more than MAX_VALUES values, an evenly strided MAX_VALUES are counted (a record of a
    784-512-512-10 batch stays about a millisecond on the GUI thread)."""
    v = np.asarray(values).ravel()
    if v.size > MAX_VALUES:
        v = v[::-(-v.size // MAX_VALUES)]
    v = v.astype(np.float64)
    v = np.clip(v[~np.isnan(v)], edges[0], edges[-1])
    return np.histogram(v, bins=edges)[0]


def log_magnitudes(values: np.ndarray) -> np.ndarray:
    """log10|v|, with 0 (and anything below 1e-300) at -300: the lowest bin after clipping."""
    v = np.abs(np.asarray(values, dtype=np.float64))
    return np.log10(np.maximum(v, 1e-300))


def update_ratio(update: np.ndarray, weight: np.ndarray) -> float:
    """||update|| / ||weight|| (Frobenius norms, in the arrays' own precision: a ratio on a log
    scale needs no more, and a 512x784 float32 matrix stays a BLAS dot); NaN when w is all zero."""
    w = float(np.linalg.norm(np.asarray(weight).ravel()))
    u = float(np.linalg.norm(np.asarray(update).ravel()))
    return u / w if w > 0 else float("nan")


@dataclass
class HealthHistory:
    """Records of the layers of one network (``layers``: Linear names in forward order;
    ``activations``: their activation chains, as in the neuron view's columns)."""

    layers: list[str]
    activations: list[str]
    epochs: list[int] = field(default_factory=list)
    activation_counts: list[np.ndarray] = field(default_factory=list)  # per record: layers x BINS
    gradient_counts: list[np.ndarray] = field(default_factory=list)  # NaN rows: not known at that record
    ratio_epochs: list[int] = field(default_factory=list)
    ratios: list[np.ndarray] = field(default_factory=list)  # per record with updates: one per layer
    _edges: list[np.ndarray] = field(default_factory=list)

    @classmethod
    def from_net(cls, net) -> "HealthHistory":
        columns = [c for c in net.columns if c.kind == "linear"]
        return cls([c.head for c in columns], [c.activation for c in columns])

    def edges(self, layer: int) -> np.ndarray:
        if not self._edges:
            self._edges = [activation_edges(a) for a in self.activations]
        return self._edges[layer]

    def a_names(self, net) -> list[str]:
        return [net.column_of(layer).a_name for layer in self.layers]

    def add(self, snapshot, a_names: list[str]) -> bool:
        """Record what ``snapshot`` carries (values, grads, updates); False if it carries none of it."""
        added = False
        if snapshot.values and all(n in snapshot.values for n in a_names):
            acts = np.stack([clipped_counts(snapshot.values[n], self.edges(k)) for k, n in enumerate(a_names)])
            grads = np.full((len(self.layers), BINS), np.nan)
            for k, layer in enumerate(self.layers):
                if layer in snapshot.grads:
                    grads[k] = clipped_counts(log_magnitudes(snapshot.grads[layer]), GRADIENT_EDGES)
            self.epochs.append(int(snapshot.epoch))
            self.activation_counts.append(acts)
            self.gradient_counts.append(grads)
            added = True
        if snapshot.updates:
            keys = [f"{layer}.weight" for layer in self.layers]
            if all(k in snapshot.updates and k in snapshot.params for k in keys):
                self.ratio_epochs.append(int(snapshot.epoch))
                self.ratios.append(np.array([update_ratio(snapshot.updates[k], snapshot.params[k]) for k in keys]))
                added = True
        self._thin()
        return added

    def _thin(self) -> None:
        if len(self.epochs) > MAX_RECORDS:
            for name in ("epochs", "activation_counts", "gradient_counts"):
                setattr(self, name, getattr(self, name)[::2])
        if len(self.ratio_epochs) > MAX_RECORDS:
            self.ratio_epochs, self.ratios = self.ratio_epochs[::2], self.ratios[::2]

    def image(self, which: str) -> np.ndarray:
        """Records x (layers * BINS): each record's histograms, normalised to the largest bin of each
        layer, side by side (layer 0's bins first). ``which``: "activations" or "gradients"."""
        counts = self.activation_counts if which == "activations" else self.gradient_counts
        if not counts:
            return np.zeros((0, len(self.layers) * BINS))
        stack = np.stack(counts).astype(np.float64)  # records x layers x bins
        peak = np.nanmax(np.where(np.isnan(stack), 0.0, stack), axis=2, keepdims=True)
        return (stack / np.maximum(peak, 1.0)).reshape(len(counts), -1)
