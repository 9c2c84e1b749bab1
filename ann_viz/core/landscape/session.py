"""What the landscape view shows, computed from snapshots: the path so far and one frame.

Qt-free: the view hands it weights (from snapshots) and draws the frames it returns. The
objective is the one of the whole training split (not one mini-batch), in evaluation mode.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Mapping

import numpy as np
import torch

from ..data import make_dataset, split_dataset
from ..graph import Graph
from ..torch_module.module import GraphModule
from ..train.config import TrainConfig
from ..train.tensors import to_tensors
from .path import project_path
from .planes import Plane, line_between, pca_plane, random_plane, weight_pair_plane
from .surface import LossSurface

PLANES = ("random", "pca", "weights", "line")
MAX_PATH = 400  # points kept; older ones are thinned (every other one dropped) when it fills
MAX_PATH_VALUES = 20_000_000  # ...and fewer for big networks: the path holds the snapshots' arrays
MAX_ROWS = 1000  # the objective of at most this many training rows (a fixed random subset)
BIG_NETWORK = 20_000  # parameters above which the grid is coarser (21 x 21)


@dataclass(frozen=True)
class LandscapeFrame:
    """``losses`` is [len(betas), len(alphas)] for a plane, [len(alphas)] for a line; ``path`` the
    trajectory's coordinates (n x 2, or n x 1), its last row the current weights."""

    kind: str
    epoch: int
    alphas: np.ndarray
    betas: np.ndarray | None
    losses: np.ndarray
    path: np.ndarray
    current_loss: float
    explained: tuple[float, ...] = ()
    path_losses: np.ndarray | None = None  # the objective at each point of ``path`` (where the 3-D path runs)


class LandscapeSession:
    def __init__(self, graph: Graph, data: dict, config: TrainConfig):
        module = GraphModule(graph, generator=torch.Generator())  # weights come later: leave the global generator alone
        split = split_dataset(make_dataset(data), config.val_fraction, config.test_fraction, config.split_seed)
        tensors = to_tensors(split.train, module.loss_name, module.widths[module.node_ids[0]],
                             module.widths[module.node_ids[module.output_index]], torch.device("cpu"))
        rows = np.arange(len(tensors.x))
        if len(rows) > MAX_ROWS:
            rows = np.sort(np.random.default_rng(0).choice(rows, MAX_ROWS, replace=False))
        self.surface = LossSurface(graph, tensors.x.numpy()[rows], tensors.y.numpy()[rows],
                                   l1=config.l1, l2=config.l2)
        self.path: list[Mapping[str, np.ndarray]] = []
        self.epochs: list[int] = []
        shapes = [(n.removeprefix("layers."), tuple(p.shape)) for n, p in module.named_parameters()]
        self.n_params = sum(int(np.prod(shape)) for _, shape in shapes)
        self.max_path = int(np.clip(MAX_PATH_VALUES // max(1, self.n_params), 3, MAX_PATH))
        self.resolution = 41 if self.n_params <= BIG_NETWORK else 21
        # the weights the "two chosen weights" plane can pick (the first 5,000 of a big network)
        self.entries = list(itertools.islice(((name, index) for name, shape in shapes for index in np.ndindex(shape)),
                                             5000))

    def add(self, epoch: int, params: Mapping[str, np.ndarray]) -> None:
        """Record the weights after ``epoch`` (a repeat of the last epoch replaces it). The arrays are
        kept, not copied: a snapshot's arrays never change."""
        point = dict(params)
        if self.epochs and self.epochs[-1] == epoch:
            self.path[-1] = point
            return
        if self.epochs and epoch < self.epochs[-1]:
            self.clear()  # a reset or another trainer: a new path
        self.path.append(point)
        self.epochs.append(epoch)
        if len(self.path) > self.max_path:  # keep the start and the newest point, thin the middle
            keep = list(range(0, len(self.path) - 1, 2)) + [len(self.path) - 1]
            self.path = [self.path[i] for i in keep]
            self.epochs = [self.epochs[i] for i in keep]

    def clear(self) -> None:
        self.path, self.epochs = [], []

    def view(self) -> tuple[list, list]:
        """The path and its epochs as they are now (copies of the lists: a worker reads these while
        the GUI thread adds points)."""
        return list(self.path), list(self.epochs)

    def plane(self, path: list, kind: str, seed: int = 0, pair: tuple[int, int] = (0, 1)) -> Plane:
        current = path[-1]
        if kind == "pca" and len(path) >= 3:
            return pca_plane(path)
        if kind == "weights":
            first, second = (self.entries[min(i, len(self.entries) - 1)] for i in pair)
            return weight_pair_plane(current, first, second)
        if kind == "line" and len(path) >= 2:
            return line_between(path[0], current)
        return random_plane(current, seed)

    def frame(self, kind: str, resolution: int | None = None, span: float = 1.0, seed: int = 0,
              pair: tuple[int, int] = (0, 1), view: tuple[list, list] | None = None,
              path_losses: bool = True) -> LandscapeFrame:
        """The objective around the current weights on the chosen plane (or line), and the path on it.

        ``view`` is a :meth:`view` taken earlier (on another thread); by default the current one."""
        path, epochs = view if view is not None else self.view()
        resolution = resolution or self.resolution
        plane = self.plane(path, kind, seed, pair)
        coords = project_path(plane, path)
        if plane.d2 is None:  # the line from the first weights (0) to the current ones (1), and beyond
            alphas = np.linspace(-0.5, 1.5, 2 * resolution + 1)
            losses = self.surface.on_plane(plane, alphas)
            return LandscapeFrame(plane.kind, epochs[-1], alphas, None, losses, coords,
                                  float(self.surface.on_plane(plane, np.array([1.0]))[0]))
        # Where the path lies on the surface: in-plane coordinates, so for a PCA plane these are the
        # projections (the path itself is in the plane only up to the variance the plane misses).
        # (only the 3-D view needs them: up to MAX_PATH more points to evaluate each frame)
        path_losses = self.surface.at(plane, coords[:, 0], coords[:, 1]) if path_losses else None
        reach = np.abs(coords).max(axis=0) * 1.2 if len(coords) > 1 else np.zeros(2)
        half = np.maximum(reach, span)  # the whole path, and at least ``span`` around the current point
        alphas = np.linspace(-half[0], half[0], resolution)
        betas = np.linspace(-half[1], half[1], resolution)
        losses = self.surface.on_plane(plane, alphas, betas)
        current = float(self.surface.at(plane, np.zeros(1), np.zeros(1))[0])
        return LandscapeFrame(plane.kind, epochs[-1], alphas, betas, losses, coords, current, plane.explained,
                              path_losses)
