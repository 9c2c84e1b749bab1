"""One intra-op thread for training steps too small to share."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import torch

# Multiply-adds per step below which a second thread brings nothing.
ONE_THREAD_MACS = 1 << 20


def linear_weight_count(module: torch.nn.Module) -> int:
    """The weights of every Linear layer in ``module`` (a step's multiply-adds per sample)."""
    return sum(m.weight.numel() for m in module.modules() if isinstance(m, torch.nn.Linear))


def small_steps(rows: int, linear_weights: int) -> bool:
    """Whether steps of ``rows`` samples through Linear layers of ``linear_weights`` weights in all
    are small enough to train on one thread. Every engine follows this rule (autograd too: on a busy
    2-core machine a BatchNorm step of 32 x 16 took 39 ms on two threads, 0.06 ms on one), and an
    exported script or notebook sets one thread by the same rule, so it repeats the app's rounding."""
    return rows * linear_weights < ONE_THREAD_MACS


@contextmanager
def one_thread(enabled: bool = True) -> Iterator[None]:
    """torch's intra-op threads set to one meanwhile (if ``enabled``), then restored.

    For small steps a second thread brings nothing, and on a busy machine (the GUI thread
    beside the training thread, other programs) a small matmul can spin a whole time
    slice waiting for it: 0.5 ms calls took 20 ms on 2 cores. The setting is the
    process's, so the GUI thread's tensor work runs on one thread meanwhile too.
    """
    before = torch.get_num_threads()
    if not enabled or before == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)
