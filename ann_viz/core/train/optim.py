"""The optimizers of the notes (SGD, Momentum, AdaGrad, RMSProp, Adam, Adadelta) by name."""

from __future__ import annotations

from typing import Iterable

import torch

from ..i18n import _t
from . import lazy_dynamo
from .config import OPTIMIZERS, TrainConfig


def make_optimizer(params: Iterable[torch.nn.Parameter], config: TrainConfig) -> torch.optim.Optimizer:
    lazy_dynamo.install()  # constructing it would otherwise import torch._dynamo (1-2 s)
    params = list(params)
    name, lr = config.optimizer, config.lr
    if name == "sgd":
        return PlainSGD(params, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=config.momentum)
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr)
    if name == "adam":
        return torch.optim.Adam(params, lr=lr)
    if name == "adadelta":
        return torch.optim.Adadelta(params, lr=lr)
    raise ValueError(_t("Unknown optimizer '{optimizer}'; choose one of {choices}.").format(
        optimizer=name, choices=", ".join(OPTIMIZERS)))  # TrainConfig already refuses this


def step_needs_dynamo(optimizer: torch.optim.Optimizer) -> bool:
    """True when ``optimizer.step()`` imports ``torch._dynamo`` (every stock torch optimizer does:
    it marks a graph break); :class:`PlainSGD`'s own step does not."""
    return not isinstance(optimizer, PlainSGD)


def set_learning_rate(optimizer: torch.optim.Optimizer, lr: float) -> None:
    """Change the learning rate of a live optimizer (the GUI allows it during a run)."""
    for group in optimizer.param_groups:
        group["lr"] = lr


class PlainSGD(torch.optim.SGD):
    """``w -= lr * grad``, exactly as torch.optim.SGD without momentum, with less overhead.

    For a 2-2-1 network the stock ``step()`` (hooks, flags, per-group dispatch) costs
    more than the arithmetic; this keeps its state_dict and param groups and does the
    update as one fused call.
    """

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            params = [p for p in group["params"] if p.grad is not None]
            if params:
                torch._foreach_add_(params, [p.grad for p in params], alpha=-group["lr"])
        return None
