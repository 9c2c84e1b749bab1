"""Why a run broke: how fast the numbers grew before the first NaN/Inf, and where.

From the trainer after a divergence (it keeps the last finite weights and every epoch's loss and
per-layer gradient size): the loss's and each layer's gradient growth per epoch over the last
steps (geometric mean of epoch-to-epoch ratios), the layer whose gradient grew fastest, its
largest weight (the edge to look at) and that weight's neuron, and a learning rate to continue
with. Qt-free; the views mark the edge and the neuron and offer the smaller learning rate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

WINDOW = 10  # the last finite epochs the growth is measured over
LR_CUT = 10.0  # continue with the learning rate divided by this


@dataclass(frozen=True)
class DivergenceReport:
    epoch: int  # epochs done when the run stopped (the last finite weights are those after it)
    loss_growth: float | None  # x per epoch over the window (None: too few finite epochs)
    layer: str | None  # the Linear layer whose ||dL/dW|| grew fastest
    layer_growth: float | None
    neuron: int | None  # that layer's output neuron with the largest weight
    source: int | None  # the input of that weight: the edge is (source -> neuron)
    weight: float | None
    lr: float  # the learning rate that diverged
    suggested_lr: float


def _growth(values: np.ndarray) -> float | None:
    """Geometric mean of the ratios of successive positive finite values (None if fewer than two)."""
    values = values[np.isfinite(values) & (values > 0)][-(WINDOW + 1):]
    if len(values) < 2:
        return None
    return float(math.exp(np.mean(np.diff(np.log(values)))))


def explain_divergence(trainer) -> DivergenceReport:
    """The report for a trainer stopped by a divergence (``trainer.divergence`` set)."""
    history = trainer.history
    loss_growth = _growth(history.train_loss)
    norms = history.grad_norms
    growths = [_growth(norms[:, k]) for k in range(norms.shape[1])] if len(norms) else []
    layer = layer_growth = neuron = source = weight = None
    known = [(g, k) for k, g in enumerate(growths) if g is not None]
    if known:
        layer_growth, k = max(known)
        layer = history.layers[k]
    elif history.layers:
        layer = history.layers[-1]
    if layer is not None:
        w = np.asarray(trainer.snapshot().params[layer + ".weight"], dtype=np.float64)
        neuron, source = (int(i) for i in np.unravel_index(int(np.argmax(np.abs(w))), w.shape))
        weight = float(w[neuron, source])
    lr = float(trainer.config.lr)
    return DivergenceReport(trainer.epoch, loss_growth, layer, layer_growth, neuron, source, weight, lr,
                            lr / LR_CUT)
