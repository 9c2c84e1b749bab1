"""Separating lines: each first-layer neuron's w1*x1 + w2*x2 + b = 0, and the next layer's in hidden space."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from .network import PlaneNetwork

# Nodes a value passes through unchanged at evaluation time (looking for "the next Linear").
_PASS_THROUGH = ("dropout", "identity")


@dataclass(frozen=True)
class NeuronLine:
    """The line where a neuron's pre-activation z = w . x + b is 0 (``w`` over the chosen coordinates)."""

    index: int  # the neuron's number in its layer (0-based): its colour is neuron_colour(index)
    w: tuple[float, ...]
    b: float

    def value(self, points: np.ndarray) -> np.ndarray:
        """z at ``points`` (n, len(w)): positive on the marked side of the line."""
        return np.asarray(points, dtype=np.float64) @ np.asarray(self.w) + self.b


def first_linear(network: PlaneNetwork) -> int | None:
    """Index of the first Linear node that reads the Input directly (the first hidden layer)."""
    for i, kind in enumerate(network.kinds):
        if kind == "linear" and network.sources[i] == [0]:
            return i
    return None


def neuron_lines(network: PlaneNetwork, params: Mapping[str, np.ndarray]) -> list[NeuronLine]:
    """One line per neuron of the first hidden layer of a 2-input network (empty otherwise)."""
    i = first_linear(network)
    if i is None or network.n_inputs != 2:
        return []
    name = network.node_names[i]
    w = np.asarray(params[f"{name}.weight"], dtype=np.float64)
    b = np.asarray(params.get(f"{name}.bias", np.zeros(len(w))), dtype=np.float64)
    return [NeuronLine(k, (float(w[k, 0]), float(w[k, 1])), float(b[k])) for k in range(len(w))]


def clip_line(w: Sequence[float], b: float, bounds: tuple[float, float, float, float]):
    """The piece of the line w[0]*x + w[1]*y + b = 0 inside the box (x_min, x_max, y_min, y_max).

    Returns ((x0, y0), (x1, y1)), or None when the line misses the box (or w is 0).
    """
    w1, w2 = float(w[0]), float(w[1])
    norm2 = w1 * w1 + w2 * w2
    if not np.isfinite(norm2) or norm2 == 0 or not np.isfinite(b):
        return None
    px, py = -b * w1 / norm2, -b * w2 / norm2  # the line's point closest to the origin
    dx, dy = -w2, w1  # along the line
    x_min, x_max, y_min, y_max = bounds
    lo, hi = -np.inf, np.inf
    for p, d, a, c in ((px, dx, x_min, x_max), (py, dy, y_min, y_max)):  # Liang-Barsky
        if d == 0:
            if not a <= p <= c:
                return None
            continue
        t0, t1 = sorted(((a - p) / d, (c - p) / d))
        lo, hi = max(lo, t0), min(hi, t1)
    if not lo < hi:
        return None
    return (px + lo * dx, py + lo * dy), (px + hi * dx, py + hi * dy)


def positive_marker(w: Sequence[float], segment, length: float) -> tuple[float, float]:
    """A point ``length`` away from the segment's middle, on the side where w . x + b > 0."""
    (x0, y0), (x1, y1) = segment
    n = np.hypot(w[0], w[1])
    return ((x0 + x1) / 2 + length * w[0] / n, (y0 + y1) / 2 + length * w[1] / n)


def next_linear(network: PlaneNetwork, node: int) -> int | None:
    """The Linear node that reads ``node``'s values (through Dropout/Identity), if it is the only reader."""
    while True:
        consumers = network.consumers[node]
        if len(consumers) != 1:
            return None
        node = consumers[0]
        if network.kinds[node] == "linear":
            return node
        if network.kinds[node] not in _PASS_THROUGH:
            return None


def hidden_boundary(network: PlaneNetwork, params: Mapping[str, np.ndarray], node: int,
                    chosen: Sequence[int], mean: np.ndarray) -> NeuronLine | None:
    """The next layer's separating line (or plane) in the chosen coordinates of ``node``'s output.

    For a next Linear with one unit, w . h + b = 0 restricted to the neurons ``chosen``,
    the other neurons held at their ``mean`` values: its bias becomes
    b + sum of w_k * mean_k over the others. None when there is no such layer.
    """
    nxt = next_linear(network, node)
    if nxt is None or network.widths[nxt] != 1:
        return None
    name = network.node_names[nxt]
    w = np.asarray(params[f"{name}.weight"], dtype=np.float64)[0]
    b = float(np.asarray(params.get(f"{name}.bias", [0.0]), dtype=np.float64)[0])
    others = np.ones(len(w), dtype=bool)
    others[list(chosen)] = False
    b += float(w[others] @ np.asarray(mean, dtype=np.float64)[others])
    return NeuronLine(0, tuple(float(w[c]) for c in chosen), b)
