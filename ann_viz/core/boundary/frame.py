"""One frame of the plane views: a single batched forward of the data points and the grid.

Every view (input plane, neuron heatmaps, hidden space, projections) reads the same
:class:`PlaneFrame`, computed at most once per GUI frame from a snapshot's weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Mapping

import numpy as np

from .grid import PlaneGrid, grid_for
from .network import BufferPool, PlaneNetwork
from .points import PlanePoints


@dataclass(frozen=True, eq=False)
class PlaneInputs:
    """The points to push through the network: data first, then the grid (2-D data only)."""

    points: PlanePoints
    grid: PlaneGrid | None
    block: np.ndarray  # (features, n + grid points) float32

    @property
    def n_data(self) -> int:
        return self.points.n


def plane_inputs(points: PlanePoints, resolution: int = 200, bounds=None) -> PlaneInputs:
    """Data points plus, for 2-input data, a ``resolution`` x ``resolution`` grid around them (or over
    ``bounds`` (x_min, x_max, y_min, y_max) when given: a drawn set's fixed box)."""
    grid = None
    if points.n_features == 2:
        grid = PlaneGrid(*map(float, bounds), int(resolution)) if bounds is not None else grid_for(points.x, resolution)
    block = points.block() if grid is None else np.concatenate([points.block(), grid.points()], axis=1)
    return PlaneInputs(points, grid, np.ascontiguousarray(block, dtype=np.float32))


@dataclass(frozen=True)
class Decision:
    """What the output means over the grid.

    ``kind`` "binary": ``values`` is P(class 1), shape (rows, columns), boundary at
    ``level`` 0.5; "multiclass": class probabilities (classes, rows, columns);
    "regression": the first output's value (rows, columns), no level.
    """

    kind: str
    values: np.ndarray
    level: float | None


@dataclass(frozen=True, eq=False)
class PlaneFrame:
    """Every node's values over the data points and the grid, for one set of weights."""

    network: PlaneNetwork
    inputs: PlaneInputs
    values: list  # per node: (width, n_data + n_grid) float32
    params: Mapping[str, np.ndarray]
    epoch: int = 0
    batchnorm_stats: str | None = None  # None (no BatchNorm), "running" or "data"

    @property
    def grid(self) -> PlaneGrid | None:
        return self.inputs.grid

    @property
    def points(self) -> PlanePoints:
        return self.inputs.points

    def data_values(self, node: int) -> np.ndarray:
        """(width, n_data): the node's values at the data points."""
        return self.values[node][:, :self.inputs.n_data]

    def grid_values(self, node: int) -> np.ndarray:
        """(width, n_grid): the node's values over the grid (2-D data only)."""
        return self.values[node][:, self.inputs.n_data:]

    def grid_image(self, node: int, neuron: int) -> np.ndarray:
        """One neuron's values over the grid as a (rows, columns) image (a view, no copy)."""
        return self.inputs.grid.image(self.values[node][neuron, self.inputs.n_data:])

    def decision(self) -> Decision:
        """The output over the grid as a decision map (2-D data only; computed once per frame)."""
        return self._decision

    @cached_property
    def _decision(self) -> Decision:
        out = self.grid_values(self.network.output_index)
        kind, probs = decision_values(out, self.network.loss, self.points.task)
        shape = (self.grid.resolution, self.grid.resolution)
        if kind == "multiclass":
            return Decision(kind, probs.reshape((-1,) + shape), None)
        return Decision(kind, probs[0].reshape(shape), 0.5 if kind == "binary" else None)


def decision_values(output: np.ndarray, loss: str, task: str) -> tuple[str, np.ndarray]:
    """(kind, values) for an output block (width, points): probabilities for classification."""
    if task == "regression":
        return "regression", output
    if loss == "bce_logits":
        return "binary", 1.0 / (1.0 + np.exp(-output))
    if loss == "ce":
        e = np.exp(output - output.max(axis=0, keepdims=True))
        probs = e / e.sum(axis=0, keepdims=True)
        if task == "binary" and len(probs) == 2:
            return "binary", probs[1:]
        return "multiclass", probs
    if task == "multiclass" and len(output) > 1:  # (one output, e.g. classes drawn for a 1-output net,
        return "multiclass", output              # can only be read as a binary map)
    return "binary", output[:1]


def compute_frame(network: PlaneNetwork, params: Mapping[str, np.ndarray], inputs: PlaneInputs,
                  state: Mapping[str, np.ndarray] | None = None, epoch: int = 0,
                  pool: BufferPool | None = None) -> PlaneFrame:
    """One forward pass of ``inputs`` with ``params`` (and BatchNorm ``state`` if known).

    BatchNorm layers without running statistics normalise with the training points'
    statistics (what a full-batch training forward would do). With a ``pool`` the
    frame's arrays are reused buffers: valid until the pool's sets come round again.
    """
    stats = None
    if network.batchnorm_names():
        stats = "running" if network.has_running_stats(params, state) else "data"
    values = network.forward(params, inputs.block, state=state, n_stats=inputs.points.n_train, pool=pool)
    return PlaneFrame(network, inputs, values, params, epoch, stats)
