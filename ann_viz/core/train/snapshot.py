"""Immutable NumPy pictures of the training state, handed from the engine to views.

Views (and the GUI thread) only ever see these: read-only arrays copied off the
device, never live tensors.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

import numpy as np

PHASES = ("forward", "loss", "backward", "update")


def _empty() -> Mapping[str, np.ndarray]:
    return MappingProxyType({})



def frozen_array(value) -> np.ndarray:
    """A read-only NumPy copy of a tensor or array (never a view of live memory)."""
    torch = sys.modules.get("torch")  # no tensor can exist before torch is imported: views need not import it
    if torch is not None and isinstance(value, torch.Tensor):
        value = value.detach().to("cpu", copy=True).numpy()
    else:
        value = np.array(value, copy=True)
    value.flags.writeable = False
    return value


def frozen_map(items) -> Mapping[str, np.ndarray]:
    return MappingProxyType({k: frozen_array(v) for k, v in items})


@dataclass(frozen=True)
class Snapshot:
    """The state after ``epoch`` completed epochs, or partway through a batch.

    ``phase`` is the last phase done ("forward", "loss", "backward", "update"), or
    "idle" between steps. ``values``/``grads`` map layer names to that node's output for
    the batch and dL/d(output) (for a Linear node: z and dL/dz). ``params`` holds the
    weights the forward pass used; ``updates`` what the optimizer added to them;
    ``buffers`` the BatchNorm running statistics ("bn1.running_mean", "bn1.running_var").
    """

    epoch: int
    batch: int
    n_batches: int
    phase: str
    loss: float | None
    device: str
    inputs: np.ndarray | None = None
    targets: np.ndarray | None = None
    values: Mapping[str, np.ndarray] = field(default_factory=_empty)
    grads: Mapping[str, np.ndarray] = field(default_factory=_empty)
    params: Mapping[str, np.ndarray] = field(default_factory=_empty)
    param_grads: Mapping[str, np.ndarray] = field(default_factory=_empty)
    updates: Mapping[str, np.ndarray] = field(default_factory=_empty)
    train_loss: float | None = None
    val_loss: float | None = None
    accuracy: float | None = None
    message: str = ""
    buffers: Mapping[str, np.ndarray] = field(default_factory=_empty)  # BatchNorm running mean/var
