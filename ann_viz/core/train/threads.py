"""One intra-op thread for training steps too small to share."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import torch

# Multiply-adds per step below which a second thread brings nothing.
ONE_THREAD_MACS = 1 << 20


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
