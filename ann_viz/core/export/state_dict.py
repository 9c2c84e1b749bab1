"""Weights as a PyTorch state_dict file (.pt): a plain dict of float32 tensors, "linear1.weight" etc.

Loads with ``torch.load(path, weights_only=True)`` and ``load_state_dict`` into the
standalone script's ``Net`` (or any module with the same layer names).
"""

from __future__ import annotations

import io

import numpy as np
import torch

from .source import ExportSource


def render(source: ExportSource) -> bytes:
    state = {name: torch.tensor(np.asarray(value, dtype=np.float32)) for name, value in source.weights.items()}
    buffer = io.BytesIO()
    torch.save(state, buffer)
    return buffer.getvalue()
