"""Run NumPy's matrix products on the calling thread alone, where its OpenBLAS allows it.

The plane views compute on the GUI thread while training owns another core. A
multi-threaded BLAS call then waits for a busy core (measured: 8x8 @ 8x40000 in
8 ms instead of 0.1 ms) and slows training down. OpenBLAS >= 0.3.27 has a
thread-local setting, so nothing else in the process is affected; elsewhere this
is a no-op.
"""

from __future__ import annotations

import ctypes
import functools
from contextlib import contextmanager
from pathlib import Path

import numpy as np


@functools.lru_cache(maxsize=1)
def _set_local_threads():
    libs = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs.glob("*openblas*")) if libs.is_dir() else []:
        try:
            # PyDLL: the call keeps the GIL. It takes nanoseconds; releasing the GIL around it would
            # hand the GIL to the training thread and wait up to a switch interval to get it back.
            fn = ctypes.PyDLL(str(path)).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
        return fn
    return None


@contextmanager
def one_blas_thread():
    """Within the block, NumPy's BLAS uses one thread on this thread (others unchanged)."""
    fn = _set_local_threads()
    if fn is None:
        yield
        return
    previous = fn(1)
    try:
        yield
    finally:
        fn(previous)
