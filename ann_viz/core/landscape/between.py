"""The loss along the straight line between two solutions (Goodfellow et al. 2015), e.g. two seeds'
trained weights from a seed sweep: a bump between them says they sit in different valleys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from ..graph import Graph
from ..train.config import TrainConfig
from .planes import line_between

EXTRA = 0.25  # also a little before the first solution and past the second


@dataclass(frozen=True)
class LineBetween:
    """``losses[i]`` is the objective at first + alphas[i] * (second - first): alpha 0 is the first
    solution, 1 the second."""

    alphas: np.ndarray
    losses: np.ndarray

    def at_ends(self) -> tuple[float, float]:
        return (float(np.interp(0.0, self.alphas, self.losses)), float(np.interp(1.0, self.alphas, self.losses)))

    def barrier(self) -> float:
        """How far the loss rises between the two above the higher end (0: no bump)."""
        inside = (self.alphas >= 0.0) & (self.alphas <= 1.0)
        return max(0.0, float(np.nanmax(self.losses[inside])) - max(self.at_ends()))


def loss_between(graph: Graph, data: dict, config: TrainConfig, first: Mapping[str, np.ndarray],
                 second: Mapping[str, np.ndarray], points: int = 61) -> LineBetween:
    """The training objective (the landscape's: whole training split, evaluation mode) on the line
    from ``first`` to ``second`` (weights by graph name, as ``Trainer.state_arrays()`` gives them),
    with about ``points`` points from -0.25 to 1.25, alpha 0 and 1 among them."""
    from .session import LandscapeSession  # torch: imported when a line is asked for

    session = LandscapeSession(graph, data, config)
    per_unit = 4 * max(1, round((points - 1) / 6))  # a multiple of 4: 0, 1 and the ends are grid points
    alphas = np.arange(-EXTRA * per_unit, (1 + EXTRA) * per_unit + 1) / per_unit
    return LineBetween(alphas, session.surface.on_plane(line_between(first, second), alphas))
