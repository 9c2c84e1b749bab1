"""Which engine trains a network: numba's compiled loops, the TorchScript fast path, or autograd.

Chains of Linear layers and element-wise activations (:func:`.fastpath.eligible`) get a
many-steps-per-call engine: on the CPU and for small steps the numba one (see
:data:`.numba_path.NUMBA_MAX_MACS`), otherwise TorchScript. Everything else, and every
traced step, uses autograd. numba is imported lazily, on a background thread.
"""

from __future__ import annotations

import torch

from ..graph import Graph
from .fastpath import FastPath, chain_layers, eligible

ENGINES = ("auto", "numba", "torchscript")


def numba_wanted(graph: Graph, module, config, loss: str, device: torch.device, rows: int, engine: str) -> bool:
    """True when this network should train with numba (and numba's warm-up has been started).

    numba's kernel stores float32 only: a float64 run takes TorchScript, which follows the tensors' type."""
    if engine == "torchscript" or device.type != "cpu" or config.precision != "float32":
        return False
    if not eligible(graph, module, config, loss):
        return False
    from . import numba_path

    weights = sum(layer.weight.numel() for layer in chain_layers(graph, module))
    if engine == "numba" or numba_path.prefer_numba(device, rows, weights):
        numba_path.warm_up(block=engine == "numba")
        return numba_path.available()
    return False


def make_fast_path(graph: Graph, module, optimizer: torch.optim.Optimizer, config, loss: str,
                   use_numba: bool) -> FastPath | None:
    """The many-steps engine for this network, or None (autograd only).

    With ``use_numba`` and numba compiled, a :class:`.numba_path.NumbaPath`; until then
    (or if it cannot compile) the TorchScript :class:`.fastpath.FastPath`.
    """
    if not eligible(graph, module, config, loss):
        return None
    if use_numba:
        from . import numba_path

        if numba_path.ready():
            return numba_path.NumbaPath(graph, module, optimizer, loss)
    return FastPath(graph, module, optimizer, loss)


def is_numba(fast: FastPath | None) -> bool:
    return fast is not None and type(fast).__name__ == "NumbaPath"


def await_numba(should_stop) -> bool:
    """Wait for numba's warm-up before a run that wants it; False if ``should_stop()`` turned true first.

    Numba and torch round differently: a run that switched engines when the compile finished would
    give numbers that depend on timing (on XOR's plateau, the final loss changes in the 3rd digit),
    and a lesson must give the same numbers every time."""
    from . import numba_path

    while not numba_path.wait_ready(0.02):
        if should_stop is not None and should_stop():
            return False
    return True
