"""Weights as safetensors: the tensors and a small JSON header, no pickle (needs ``safetensors``)."""

from __future__ import annotations

import numpy as np

from .source import ExportSource


def render(source: ExportSource) -> bytes:
    from safetensors.numpy import save

    tensors = {name: np.ascontiguousarray(value, dtype=np.float32) for name, value in source.weights.items()}
    return save(tensors, metadata={"format": "pt", "producer": "ann-viz", "title": source.title})
