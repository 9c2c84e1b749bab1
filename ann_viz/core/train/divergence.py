"""Find where a NaN/Inf first appeared: the first layer forward, or nearest the loss backward."""

from __future__ import annotations

import torch


def first_nonfinite_value(names: list[str], values: list[torch.Tensor]) -> str | None:
    """Name of the first node (in forward order) whose output holds NaN or Inf."""
    for name, value in zip(names, values):
        if not bool(torch.isfinite(value).all()):
            return name
    return None


def first_nonfinite_grad(named_params: list[tuple[str, torch.nn.Parameter]]) -> str | None:
    """Layer of the parameter nearest the loss whose gradient holds NaN or Inf.

    Gradients flow from the output back, so the last layer in forward order with a
    bad gradient is where the bad value entered the backward pass.
    """
    for name, param in reversed(named_params):
        if param.grad is not None and not bool(torch.isfinite(param.grad).all()):
            return name.rsplit(".", 1)[0]
    return None
