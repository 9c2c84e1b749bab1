"""Copies of everything a training step changes, so a chunk of steps can be undone and replayed.

The engine checks for NaN/Inf once per chunk (a check per step would cost a device
sync each time). When a chunk went bad it restores the copy taken at the chunk's
start and replays it step by step to find the exact epoch and layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch


def clone_tree(value: Any) -> Any:
    """Deep copy of nested dicts/lists holding tensors (tensors cloned, the rest kept)."""
    if isinstance(value, torch.Tensor):
        return value.detach().clone()
    if isinstance(value, dict):
        return {k: clone_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(clone_tree(v) for v in value)
    return value


def get_rng_state(device: torch.device) -> torch.Tensor:
    """The global generator that dropout draws from on ``device``."""
    if device.type == "cuda":
        return torch.cuda.get_rng_state(device)
    return torch.get_rng_state()


def set_rng_state(device: torch.device, state: torch.Tensor) -> None:
    if device.type == "cuda":
        torch.cuda.set_rng_state(state, device)
    else:
        torch.set_rng_state(state)


@dataclass
class Checkpoint:
    module_state: dict
    optimizer_state: dict
    trainer_state: dict

    @classmethod
    def capture(cls, module: torch.nn.Module, optimizer: torch.optim.Optimizer,
                trainer_state: dict) -> "Checkpoint":
        return cls(clone_tree(module.state_dict()), clone_tree(optimizer.state_dict()),
                   clone_tree(trainer_state))

    def restore(self, module: torch.nn.Module, optimizer: torch.optim.Optimizer) -> dict:
        """Put module and optimizer back; returns the trainer's own state to re-apply."""
        module.load_state_dict(self.module_state)
        optimizer.load_state_dict(clone_tree(self.optimizer_state))
        return clone_tree(self.trainer_state)
