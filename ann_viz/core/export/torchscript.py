"""TorchScript (.ts) by ``torch.jit.trace``: deprecated in PyTorch 2.x, kept while it still works.

The registry's note tells the user; torch's own deprecation warnings are silenced here.
``torch.jit.load(path)(x)`` runs it.
"""

from __future__ import annotations

import io

import torch

from .network import build_network
from .source import ExportSource
from .tracing import example_input, quiet


def render(source: ExportSource) -> bytes:
    net = build_network(source.graph, source.weights)
    with quiet(), torch.no_grad():
        traced = torch.jit.trace(net, example_input(net))
        buffer = io.BytesIO()
        torch.jit.save(traced, buffer)
    return buffer.getvalue()
