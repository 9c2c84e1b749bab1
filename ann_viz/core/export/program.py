"""A torch.export program (.pt2): the network's graph and weights, loadable without ann-viz.

``torch.export.load(path).module()(x)`` runs it; the batch size is dynamic.
"""

from __future__ import annotations

import io

import torch

from .network import build_network
from .source import ExportSource
from .tracing import dynamic_batch, example_input, quiet


def render(source: ExportSource) -> bytes:
    net = build_network(source.graph, source.weights)
    with quiet():
        program = torch.export.export(net, (example_input(net),), dynamic_shapes=dynamic_batch())
        buffer = io.BytesIO()
        torch.export.save(program, buffer)
    return buffer.getvalue()
