"""The small-network engine: the fast path's chains trained by a numba-compiled loop (no per-op dispatch).

For a 2-2-1 network one PyTorch operation costs more than the whole epoch's arithmetic;
:mod:`.numba_kernel` runs thousands of epochs per call as plain compiled loops, on NumPy
views of the very tensors torch.optim holds (parameters, gradients, momentum buffers,
Adam's moments), so the traced path, stepping, checkpoints and device moves carry on
exactly. It is picked per network (:func:`prefer_numba`) where it beats torch, on the CPU.

numba is imported and the kernel compiled (or loaded from numba's disk cache) on a
background thread by :func:`warm_up`; until that is done, or if it fails (numba missing,
a frozen app without the kernel's source), training uses the TorchScript fast path.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time

import numpy as np
import torch
from torch import Tensor

from .fastpath import FastPath

ACTIVATION_CODES = {"identity": 0, "sigmoid": 1, "tanh": 2, "relu": 3, "leaky_relu": 4, "elu": 5}
LOSS_CODES = {"mse": 0, "bce": 1, "bce_logits": 2, "ce": 3}
OPTIMIZER_CODES = {"sgd": 0, "momentum": 1, "adam": 2}

# Multiply-adds per training step (batch rows x weights) up to which numba's plain loops beat
# TorchScript's ~40 dispatched operations a step (measured by bench/bench_engines.py on 2 cores:
# XOR 2-2-1 and 2-8-8-1 / 2-64-64-1 in batches of 10 (~900 / ~43,000) numba 2-4x faster;
# 2-8-8-1 on 1,000 points in one batch (~88,000) TorchScript ~2x faster).
NUMBA_MAX_MACS = 1 << 16

_lock = threading.Lock()
_kernel = None  # the compiled train_steps, once ready
_thread: threading.Thread | None = None  # the warm-up, once started
_failed = False


def warm_up(block: bool = False) -> None:
    """Import numba and compile the kernel once, on a background thread (``block``: wait for it)."""
    global _thread
    with _lock:
        if _thread is None:
            _import_shared_first()
            _thread = threading.Thread(target=_compile, name="ann-viz numba warm-up", daemon=True)
            _thread.start()
    if block:
        _thread.join()


def _import_shared_first() -> None:
    """numba's import and pyqtgraph's both import colorama. Two threads importing one package at
    once can fail inside importlib (KeyError: 'colorama'): the app's plots then never came (2 starts
    in 15). Imported here, on the caller's thread, before numba's thread starts (the app builds its
    plots only after the first trainer, which calls this)."""
    try:
        importlib.import_module("colorama.winterm")  # the deepest module either imports
    except ImportError:
        pass


def configure_cache() -> None:
    """In a frozen app (PyInstaller) numba's cache goes to a folder the user may write (set before numba loads)."""
    if getattr(sys, "frozen", False):
        os.environ.setdefault("NUMBA_CACHE_DIR", os.path.join(os.path.expanduser("~"), ".cache", "ann-viz", "numba"))


def _compile() -> None:
    global _kernel, _failed
    try:
        configure_cache()
        from . import numba_kernel

        kernel = numba_kernel.train_steps
        _call(kernel, *_tiny_problem())  # compiles (or loads from the cache) for the types used
        _kernel = kernel
    except Exception:  # noqa: BLE001 - no numba, or it cannot compile here: the torch paths train instead
        _failed = True


def wait_ready(timeout: float) -> bool:
    """Wait up to ``timeout`` s for the warm-up started by :func:`warm_up`; True once it has ended
    (compiled, or failed: then :func:`available` is False)."""
    thread = _thread
    if thread is not None:
        thread.join(timeout)
    return thread is None or not thread.is_alive()


def ready() -> bool:
    """True when the compiled kernel can be used (never blocks)."""
    return _kernel is not None


def available() -> bool:
    """False once the warm-up has failed (then it never becomes ready)."""
    return not _failed


def prefer_numba(device: torch.device, batch_rows: int, weights: int) -> bool:
    """The measured rule: compiled loops for small steps on the CPU, torch for large steps or a GPU."""
    return device.type == "cpu" and batch_rows * weights <= NUMBA_MAX_MACS


def _tiny_problem():
    """A 2-2-1 sigmoid/BCE/SGD problem of the argument types real calls use (one step)."""
    f32 = np.float32
    x = np.zeros((4, 2), f32)
    params = [np.zeros((2, 2), f32), np.zeros(2, f32), np.zeros((1, 2), f32), np.zeros(1, f32)]
    grads = [np.zeros_like(p) for p in params]
    return (x, np.zeros((4, 1), f32), np.zeros((0, 0), np.int64), 0, 0.0, 1, 4, params, [True, True],
            [1, 1], [0.0, 0.0], 1, 0, [0.1, 0.0, 0.9, 0.999, 1e-8, 0.0], grads, [], x[:0])


def _typed(arrays):
    from numba.typed import List

    out = List()
    for a in arrays:
        out.append(a)
    return out


def layout(params, grads, state, has_bias, kinds, slopes, buffers) -> tuple:
    """The kernel's arguments that stay put between calls: typed lists of views, codes, buffers.

    Building the typed lists costs ~0.1 ms, so callers keep a layout while the tensors stay the same.
    """
    f32 = np.float32
    weights, biases, gw, gb, j = [], [], [], [], 0
    for bias in has_bias:
        weights.append(params[j])
        gw.append(grads[j])
        biases.append(params[j + 1] if bias else np.zeros(0, f32))
        gb.append(grads[j + 1] if bias else np.zeros(0, f32))
        j += 2 if bias else 1
    half = len(params)
    s1 = [s.reshape(-1) for s in state[:half]] or [np.zeros(0, f32)] * half
    s2 = [s.reshape(-1) for s in state[half:]] or [np.zeros(0, f32)] * half
    xb, tb, acts, deltas, val_acts = buffers
    return (_typed(weights), _typed(biases), np.asarray(has_bias, np.bool_), np.asarray(kinds, np.int64),
            np.asarray(slopes, np.float64), _typed([p.reshape(-1) for p in params]),
            _typed([g.reshape(-1) for g in grads]), _typed(s1), _typed(s2), _typed(gw), _typed(gb),
            xb, tb, _typed(acts), _typed(deltas), _typed(val_acts))


def run_kernel(kernel, x, target, perms, first_batch, carry, n_steps, batch_size, loss, opt, hyper, lay,
               x_val, t_val):
    """One kernel call; returns (each touched epoch's loss sum, validation losses, norms, finished epochs)."""
    (weights, biases, has_bias, kinds, slopes, flat, flat_g, s1, s2, gw, gb, xb, tb, acts, deltas, val_acts) = lay
    n_batches = -(-x.shape[0] // batch_size)
    touched = (first_batch + n_steps) // n_batches + 1
    sums, vals = np.zeros(touched), np.empty(touched)
    norms = np.empty((touched, len(weights)))
    finished = kernel(x, target, perms, first_batch, carry, n_steps, batch_size, weights, biases, has_bias, kinds,
                      slopes, loss, opt, np.asarray(hyper, np.float64), flat, flat_g, s1, s2, gw, gb, xb, tb, acts,
                      deltas, x_val, t_val, val_acts, sums, vals, norms)
    return sums, vals, norms, finished


def _call(kernel, x, target, perms, first_batch, carry, n_steps, batch_size, params, has_bias, kinds, slopes,
          loss, opt, hyper, grads, state, x_val):
    """A call with a fresh layout (the warm-up's)."""
    widths = [params[j].shape[0] for j in range(len(params)) if params[j].ndim == 2]
    buffers = make_buffers(x.shape[1], target.shape[1], widths, min(batch_size, x.shape[0]), x_val.shape[0])
    lay = layout(params, grads, state, has_bias, kinds, slopes, buffers)
    return run_kernel(kernel, x, target, perms, first_batch, carry, n_steps, batch_size, loss, opt, hyper, lay,
                      x_val, target[:0])


def make_buffers(in_width: int, out_width: int, widths: list[int], rows: int, val_rows: int):
    """Room for one batch's rows, each layer's outputs and error signals, and the validation outputs."""
    f32 = np.float32
    return (np.zeros((rows, in_width), f32), np.zeros((rows, out_width), f32),
            [np.zeros((rows, w), f32) for w in widths], [np.zeros((rows, w), f32) for w in widths],
            [np.zeros((max(val_rows, 1), w), f32) for w in widths])


def _numpy(t: Tensor) -> np.ndarray:
    """A NumPy view of a CPU tensor's memory (writes go to the tensor)."""
    return t.detach().numpy()


class NumbaPath(FastPath):
    """The fast path's interface (plan, run, threads), trained by :mod:`.numba_kernel` on the CPU."""

    def __init__(self, graph, module, optimizer: torch.optim.Optimizer, loss: str):
        super().__init__(graph, module, optimizer, loss)
        self._codes = ([ACTIVATION_CODES[k] for k in self._kinds], LOSS_CODES[loss], OPTIMIZER_CODES[self.kind])
        self._layout: tuple | None = None
        self._layout_key: tuple | None = None
        self._targets: tuple | None = None

    def run(self, x: Tensor, y: Tensor, perms: list[Tensor], first_batch: int, carry: Tensor | None,
            n_steps: int, batch_size: int, val: tuple[Tensor, Tensor] | None):
        """As :meth:`FastPath.run`, plus each finished epoch's last-batch weight-gradient norm per layer."""
        group = self.optimizer.param_groups[0]
        state, step0 = self._state()
        hyper = [group["lr"], group.get("momentum", 0.0), *group.get("betas", (0.9, 0.999)),
                 group.get("eps", 1e-8), step0]
        params = self._flat()
        for p in params:
            if p.grad is None:
                p.grad = torch.zeros_like(p)
        order = torch.stack(perms).numpy() if perms else np.zeros((0, 0), np.int64)
        target, t_val = self._numpy_targets(y, val)
        x_val = _numpy(val[0]) if val is not None else _numpy(x)[:0]
        tensors = params + [p.grad for p in params] + state
        key = (x.shape[0], batch_size, x_val.shape[0], *(t.data_ptr() for t in tensors))
        if key != self._layout_key:  # first call, or tensors replaced (checkpoint restore, device move)
            widths = [layer.weight.shape[0] for layer in self.layers]
            buffers = make_buffers(x.shape[1], target.shape[1], widths, min(batch_size, x.shape[0]), x_val.shape[0])
            kinds, _, _ = self._codes
            self._layout = layout([_numpy(p) for p in params], [_numpy(p.grad) for p in params],
                                  [_numpy(t) for t in state], self._has_bias, kinds, self._slopes, buffers)
            self._layout_key = key
        _, loss, opt = self._codes
        start = time.perf_counter()
        sums, vals, norms, finished = run_kernel(
            _kernel, _numpy(x), target, order, first_batch, 0.0 if carry is None else float(carry), n_steps,
            batch_size, loss, opt, hyper, self._layout, x_val, t_val)
        # plan() sizes the next call by this speed: unmeasured, calls would double without end (one
        # second and more each: Pause waited that long, and the views got history in lumps)
        self._steps_per_s = n_steps / max(time.perf_counter() - start, 1e-6)
        if self.kind == "adam":
            for p in params:
                self.optimizer.state[p]["step"] += n_steps
        touched = finished + (1 if (first_batch + n_steps) % (-(-x.shape[0] // batch_size)) else 0)
        return (torch.from_numpy(sums[:touched]), torch.from_numpy(vals[:finished]),
                torch.from_numpy(norms[:finished]))

    def _numpy_targets(self, y: Tensor, val):
        """The error signal's targets as float32 arrays (one-hot rows for cross-entropy), kept per data."""
        y_val = None if val is None else val[1]
        if self._targets is not None and self._targets[0] is y and self._targets[1] is y_val:
            return self._targets[2], self._targets[3]
        target = _numpy(self._target(y)).astype(np.float32, copy=False)
        t_val = None
        if y_val is not None:
            t_val = _numpy(torch.nn.functional.one_hot(y_val, target.shape[1]).float() if self.loss == "ce" else y_val)
        t_val = target[:0] if t_val is None else np.ascontiguousarray(t_val, np.float32)
        self._targets = (y, y_val, np.ascontiguousarray(target), t_val)
        return self._targets[2], self._targets[3]
