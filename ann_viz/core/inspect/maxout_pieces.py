"""Inside one Maxout neuron: its k pieces as lines, and their maximum, as the notes draw
max(w1 x + b1, w2 x + b2).

Each piece is affine in the Linear layer's input a: piece_i(a) = w_i . a + b_i. Along a line
a(t) = origin + t * direction through input space every piece is a straight line in t and the
neuron is their upper envelope. With one input the line is the input axis itself (origin 0,
direction 1: exactly the notes' picture); with more, it runs through the batch's mean input
along its main direction (first principal component), and each sample sits at its projection
onto it, with its own (exact) piece values.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .neurons import Column, NeuronNet

GRID_POINTS = 201


@dataclass(frozen=True)
class MaxoutPieces:
    """One Maxout neuron seen along a line through its input space."""

    t: np.ndarray  # (GRID_POINTS,) positions along the line
    pieces: np.ndarray  # (k, GRID_POINTS) each piece's value there
    top: np.ndarray  # (GRID_POINTS,) the neuron: the largest piece
    sample_t: np.ndarray  # (samples,) each sample's position along the line
    sample_pieces: np.ndarray  # (samples, k) each sample's piece values (exact, not projected)
    winner: np.ndarray  # (samples,) which piece each sample takes (the first of equal ones)
    on_axis: bool  # True: one input, t is that input itself

    @property
    def k(self) -> int:
        return int(self.pieces.shape[0])

    @property
    def sample_values(self) -> np.ndarray:
        return self.sample_pieces.max(axis=1)


def maxout_pieces(weight: np.ndarray, bias: np.ndarray | None, inputs: np.ndarray) -> MaxoutPieces:
    """The pieces w_i . a + b_i (rows of ``weight``, shape k x fan_in) along a line through ``inputs``.

    ``inputs`` (samples x fan_in) are what the Linear layer received; ``bias`` may be None."""
    w = np.asarray(weight, dtype=np.float64)
    b = np.zeros(w.shape[0]) if bias is None else np.asarray(bias, dtype=np.float64)
    a = np.asarray(inputs, dtype=np.float64).reshape(-1, w.shape[1])
    on_axis = w.shape[1] == 1
    if on_axis:
        origin, direction = np.zeros(1), np.ones(1)
    else:
        origin = a.mean(axis=0) if len(a) else np.zeros(w.shape[1])
        direction = _main_direction(a - origin, w.shape[1])
    sample_t = (a - origin) @ direction
    lo, hi = (float(sample_t.min()), float(sample_t.max())) if len(a) else (-1.0, 1.0)
    margin = max(0.25 * (hi - lo), 0.5)
    t = np.linspace(lo - margin, hi + margin, GRID_POINTS)
    pieces = (w @ origin + b)[:, None] + (w @ direction)[:, None] * t[None, :]
    sample_pieces = a @ w.T + b
    winner = sample_pieces.argmax(axis=1) if len(a) else np.zeros(0, dtype=np.int64)
    return MaxoutPieces(t, pieces, pieces.max(axis=0), sample_t, sample_pieces, winner, on_axis)


def _main_direction(centred: np.ndarray, width: int) -> np.ndarray:
    """The unit direction of largest spread (the first input's axis when the inputs do not spread)."""
    if len(centred) > 1 and np.any(centred):
        direction = np.linalg.svd(centred, full_matrices=False)[2][0]
        return direction if direction[np.argmax(np.abs(direction))] > 0 else -direction
    axis = np.zeros(width)
    axis[0] = 1.0
    return axis


def column_pieces(net: NeuronNet, snapshot, column: Column, j: int) -> MaxoutPieces | None:
    """Neuron ``j`` of a Maxout column from a snapshot; None when its pieces do not come straight from a
    Linear layer, or before a forward pass."""
    conn = next((c for c in net.connections if c.target == column.index and c.kind == "maxout"), None)
    if conn is None or net.columns[conn.source].kind != "linear":
        return None
    layer = net.columns[conn.source].head
    feeding = net.connection_of(layer)
    inputs = snapshot.values.get(feeding.source_value)
    weight = snapshot.params.get(f"{layer}.weight")
    if inputs is None or weight is None:
        return None
    rows = slice(j * column.pieces, (j + 1) * column.pieces)
    bias = snapshot.params.get(f"{layer}.bias")
    return maxout_pieces(weight[rows], None if bias is None else bias[rows], inputs)
