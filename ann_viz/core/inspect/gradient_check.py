"""A check on backprop: each dE/dw beside the central finite difference on the same batch.

    numeric = [E(w + e) - E(w - e)] / 2e,   relative error = |backprop - numeric| / max(|backprop|, |numeric|)

E is the training objective of the batch (the loss plus any L1/L2 penalty) with dropout off
and batch norm on its running statistics (evaluation mode), so both sides see one fixed,
smooth function. Both are computed in float64 by default: then an agreement to ~1e-9 says
the chain rule is right, whatever precision the run trains in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
import torch

from ..graph import Graph
from ..i18n import _t
from ..torch_module.module import GraphModule
from ..train.losses import LOSSES

TINY = 1e-12  # below this both sides are zero for the purpose of a relative error
# Steps that balance truncation (~e^2) against rounding (~machine epsilon / e); measured on the
# worked 2-2-2 example, 1e-5 in float64 gives relative errors below 5e-10 (1e-6: 9e-9).
DEFAULT_EPSILON = {torch.float64: 1e-5, torch.float32: 3e-3}


@dataclass(frozen=True)
class GradientEntry:
    """One parameter entry: ``name`` ("linear1.weight") at ``index``."""

    name: str
    index: tuple[int, ...]
    backprop: float
    numeric: float

    @property
    def relative_error(self) -> float:
        scale = max(abs(self.backprop), abs(self.numeric))
        return 0.0 if scale < TINY else abs(self.backprop - self.numeric) / scale


class GradientCheck:
    """Backprop and finite differences of one batch's objective, for any entry of any parameter.

    ``params`` maps graph names ("linear1.weight", "bn1.running_mean") to arrays, as in a
    snapshot; ``targets`` are in the loss's form (class indices for cross-entropy).
    """

    def __init__(self, graph: Graph, params: Mapping[str, np.ndarray], inputs: np.ndarray, targets: np.ndarray,
                 *, l1: float = 0.0, l2: float = 0.0, dtype: torch.dtype = torch.float64,
                 epsilon: float | None = None):
        # weights come later: leave the global generator (a training thread's dropout) alone
        self.module = GraphModule(graph, generator=torch.Generator()).to(dtype)
        self.module.eval()
        state = self.module.state_dict()
        with torch.no_grad():
            for name, array in params.items():
                key = "layers." + name
                if key in state:
                    state[key].copy_(torch.as_tensor(np.array(array)))
        self.x = torch.as_tensor(np.array(inputs)).to(dtype)
        y = torch.as_tensor(np.array(targets))
        self.y = y if self.module.loss_name == "ce" else y.to(dtype)
        self.l1, self.l2 = l1, l2
        self.epsilon = epsilon if epsilon is not None else DEFAULT_EPSILON.get(dtype, 1e-3)
        self.params = {n.removeprefix("layers."): p for n, p in self.module.named_parameters()}
        self._weights = [layer.weight for layer in self.module.linear_layers().values()]
        self._backprop = self._autograd()

    def objective(self) -> torch.Tensor:
        loss = LOSSES[self.module.loss_name](self.module(self.x), self.y)
        if self.l1:
            loss = loss + self.l1 * sum(w.abs().sum() for w in self._weights)
        if self.l2:
            loss = loss + self.l2 * sum((w * w).sum() for w in self._weights)
        return loss

    def _autograd(self) -> dict[str, np.ndarray]:
        self.module.zero_grad(set_to_none=True)
        self.objective().backward()
        return {n: (p.grad.detach().numpy().copy() if p.grad is not None else np.zeros(tuple(p.shape)))
                for n, p in self.params.items()}

    @torch.no_grad()
    def numeric(self, name: str, index: tuple[int, ...]) -> float:
        """The central difference of the objective in entry ``index`` of parameter ``name``."""
        p = self.params[name]
        saved = p[index].item()
        p[index] = saved + self.epsilon
        up = self.objective().item()
        p[index] = saved - self.epsilon
        down = self.objective().item()
        p[index] = saved
        return (up - down) / (2 * self.epsilon)

    def entry(self, name: str, index: tuple[int, ...]) -> GradientEntry:
        index = tuple(int(i) for i in index)
        return GradientEntry(name, index, float(self._backprop[name][index]), self.numeric(name, index))

    def check_all(self, per_parameter: int | None = 256, seed: int = 0) -> list[GradientEntry]:
        """Every entry of every parameter (at most ``per_parameter`` random ones of a larger
        tensor), worst agreement first."""
        rng = np.random.default_rng(seed)
        entries = []
        for name, p in self.params.items():
            shape = tuple(p.shape)
            count = int(np.prod(shape)) if shape else 1
            flat = range(count) if per_parameter is None or count <= per_parameter else \
                rng.choice(count, size=per_parameter, replace=False)
            entries += [self.entry(name, np.unravel_index(int(k), shape)) for k in flat]
        return sorted(entries, key=lambda e: e.relative_error, reverse=True)


def check_snapshot(graph: Graph, snapshot, *, l1: float = 0.0, l2: float = 0.0) -> GradientCheck:
    """The check on the batch a snapshot carries (its inputs and targets) at the weights its forward
    pass used, batch norm on its running statistics; raises ValueError when it carries no batch."""
    if snapshot.inputs is None or snapshot.targets is None:
        raise ValueError(_t("The gradient check needs a batch: step the forward phase."))
    params = {**dict(snapshot.buffers), **dict(snapshot.params)}
    return GradientCheck(graph, params, snapshot.inputs, snapshot.targets, l1=l1, l2=l2)
