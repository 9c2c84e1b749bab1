"""What the model exporters share: a batch of example inputs, a dynamic batch size, quiet tracing."""

from __future__ import annotations

import contextlib
import logging
import warnings
from typing import Iterator

import torch

from .network import ExportNet

EXAMPLE_BATCH = 2  # not 0 or 1: torch.export would specialise the batch size to those


def example_input(net: ExportNet) -> torch.Tensor:
    return torch.zeros(EXAMPLE_BATCH, net.plan.input_width)


def dynamic_batch() -> dict:
    """``dynamic_shapes`` for ExportNet.forward(x): any number of rows."""
    return {"x": {0: torch.export.Dim("batch")}}


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence the exporters' chatter (progress, internal deprecations, "torchvision is not installed").

    Real failures still raise; what the user must know is said by the app itself.
    """
    loggers = [logging.getLogger(name) for name in ("torch.onnx", "torch.export", "torch._export")]
    levels = [logger.level for logger in loggers]
    try:
        for logger in loggers:
            logger.setLevel(logging.ERROR)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)
