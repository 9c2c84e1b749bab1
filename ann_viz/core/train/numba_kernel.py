"""The small-network engine's inner loop, compiled by numba: many training steps of a chain in one call.

The same arithmetic as :mod:`.fastkernel` (forward, the loss's error signal, backward,
SGD/Momentum/Adam exactly as torch.optim does them), written as plain loops over
NumPy views of the torch tensors, so parameters and optimizer state are updated where
torch.optim keeps them. A 2-2-1 epoch is a few hundred flops: as plain loops it takes
well under a microsecond, where one PyTorch operation costs several.

Scalars are computed in float64 and stored in the tensors' float32, so results equal
torch's to float rounding. Imported only when the engine is first used (numba loads
its own LLVM, and takes ~0.5 s to import); compiled functions are cached on disk.
"""

from __future__ import annotations

import math
import os

import numpy as np
from numba import njit

# Activation codes (see numba_path.ACTIVATION_CODES) and loss/optimizer codes.
IDENTITY, SIGMOID, TANH, RELU, LEAKY_RELU, ELU = 0, 1, 2, 3, 4, 5
MSE, BCE, BCE_LOGITS, CE = 0, 1, 2, 3
SGD, MOMENTUM, ADAM = 0, 1, 2

# numba caches beside the source file (or under NUMBA_CACHE_DIR); a frozen app without this file's
# source cannot cache, and compiles at each start instead (in the background).
_OPTIONS = dict(cache=os.path.isfile(__file__), nogil=True, boundscheck=False)
# The matrix loops may reorder their sums (SIMD); no other fast-math flag, so NaN and Inf still
# propagate to where the trainer looks for them.
_LOOPS = dict(_OPTIONS, fastmath={"reassoc", "contract"})


@njit(**_OPTIONS)
def _activate(v, kind, param):
    if kind == SIGMOID:
        return 1.0 / (1.0 + math.exp(-v))
    if kind == TANH:
        return math.tanh(v)
    if kind == RELU:
        return v if v > 0.0 else 0.0
    if kind == LEAKY_RELU:
        return v if v > 0.0 else v * param
    if kind == ELU:
        return v if v > 0.0 else param * (math.exp(v) - 1.0)
    return v


@njit(**_OPTIONS)
def _derivative(a, kind, param):
    """The activation's derivative, from its output ``a`` (as torch's *_backward with the result)."""
    if kind == SIGMOID:
        return a * (1.0 - a)
    if kind == TANH:
        return 1.0 - a * a
    if kind == RELU:
        return 1.0 if a > 0.0 else 0.0
    if kind == LEAKY_RELU:
        return 1.0 if a > 0.0 else param
    if kind == ELU:
        return 1.0 if a > 0.0 else a + param
    return 1.0


@njit(**_LOOPS)
def _forward(inp, m, weights, biases, has_bias, kinds, slopes, acts):
    """acts[i][:m] = layer i's output for the first m rows of ``inp``."""
    for i in range(len(weights)):
        w, b, a = weights[i], biases[i], acts[i]
        n_out, n_in = w.shape
        for r in range(m):
            for j in range(n_out):
                s = float(b[j]) if has_bias[i] else 0.0
                for k in range(n_in):
                    s += float(inp[r, k]) * float(w[j, k])
                a[r, j] = _activate(s, kinds[i], slopes[i])
        inp = a


@njit(**_OPTIONS)
def _loss_sum(out, target, m, loss):
    """The summed per-sample loss of the first m rows (each the mean over its output units), as torch's."""
    k = out.shape[1]
    total = 0.0
    for r in range(m):
        if loss == CE:  # logsumexp - the target's logit (targets are one-hot rows here)
            top = -np.inf
            for j in range(k):
                top = max(top, float(out[r, j]))
            s, picked = 0.0, 0.0
            for j in range(k):
                s += math.exp(float(out[r, j]) - top)
                picked += float(target[r, j]) * float(out[r, j])
            total += top + math.log(s) - picked
            continue
        row = 0.0
        for j in range(k):
            o, t = float(out[r, j]), float(target[r, j])
            if loss == MSE:
                e = (o - t) * (o - t)
            elif loss == BCE:  # torch clamps each log at -100 (NaN stays NaN)
                lo = -100.0 if o <= 0.0 else max(math.log(o), -100.0)
                l1 = -100.0 if 1.0 - o <= 0.0 else max(math.log(1.0 - o), -100.0)
                e = -(t * lo + (1.0 - t) * l1)
            else:
                e = max(o, 0.0) - o * t + math.log1p(math.exp(-abs(o)))
            row += e
        total += row / k
    return total


@njit(**_OPTIONS)
def _error_signal(out, target, m, loss, kind, slope, delta):
    """delta[:m] = dL/dz at the last layer for the batch's mean loss."""
    k = out.shape[1]
    scale = 1.0 / m if loss == CE else (2.0 if loss == MSE else 1.0) / (m * k)
    for r in range(m):
        if loss == CE:
            top = -np.inf
            for j in range(k):
                top = max(top, float(out[r, j]))
            s = 0.0
            for j in range(k):
                s += math.exp(float(out[r, j]) - top)
            for j in range(k):
                delta[r, j] = (math.exp(float(out[r, j]) - top) / s - float(target[r, j])) * scale
            continue
        for j in range(k):
            o = float(out[r, j])
            if loss == BCE_LOGITS:
                o = 1.0 / (1.0 + math.exp(-o))
            d = (o - float(target[r, j])) * scale
            if loss != BCE:  # BCE comes after a Sigmoid, where out - y already is dL/dz
                d *= _derivative(float(out[r, j]), kind, slope)
            delta[r, j] = d


@njit(**_LOOPS)
def _backward(inp, m, weights, has_bias, kinds, slopes, acts, deltas, gw, gb):
    """Weight and bias gradients of every layer into gw/gb, passing the error down with the old weights."""
    for i in range(len(weights) - 1, -1, -1):
        w, d, g, bg = weights[i], deltas[i], gw[i], gb[i]
        below = inp if i == 0 else acts[i - 1]
        n_out, n_in = w.shape
        for j in range(n_out):
            for k in range(n_in):
                g[j, k] = 0.0
            if has_bias[i]:
                bg[j] = 0.0
        for r in range(m):
            for j in range(n_out):
                dj = d[r, j]
                if has_bias[i]:
                    bg[j] += dj
                for k in range(n_in):
                    g[j, k] += dj * below[r, k]
        if i > 0:  # rows of the weights, contiguous: the inner loop vectorises
            down = deltas[i - 1]
            for r in range(m):
                for k in range(n_in):
                    down[r, k] = 0.0
                for j in range(n_out):
                    dj = d[r, j]
                    for k in range(n_in):
                        down[r, k] += dj * w[j, k]
                for k in range(n_in):
                    down[r, k] *= _derivative(float(below[r, k]), kinds[i - 1], slopes[i - 1])


@njit(**_OPTIONS)
def _update(p, g, opt, hyper, s1, s2, step):
    """One optimizer step of one tensor (flat views), as torch.optim's single-tensor code."""
    lr = hyper[0]
    if opt == SGD:
        for t in range(p.shape[0]):
            p[t] -= lr * g[t]
    elif opt == MOMENTUM:
        mom = hyper[1]
        for t in range(p.shape[0]):
            s1[t] = mom * s1[t] + g[t]
            p[t] -= lr * s1[t]
    else:
        beta1, beta2, eps = hyper[2], hyper[3], hyper[4]
        step_size = lr / (1.0 - beta1 ** step)
        correction = math.sqrt(1.0 - beta2 ** step)
        for t in range(p.shape[0]):
            gt = float(g[t])
            s1[t] += (gt - s1[t]) * (1.0 - beta1)
            s2[t] = s2[t] * beta2 + (1.0 - beta2) * gt * gt
            p[t] -= step_size * s1[t] / (math.sqrt(s2[t]) / correction + eps)


@njit(**_OPTIONS)
def train_steps(x, target, perms, first_batch, carry, n_steps, batch_size, weights, biases, has_bias,
                kinds, slopes, loss, opt, hyper, flat_p, flat_g, state1, state2, gw, gb, xb, tb, acts, deltas,
                x_val, t_val, val_acts, sums, vals, norms):
    """Train ``n_steps`` batches from batch ``first_batch`` of the current epoch (see fastkernel.train_steps).

    ``target`` holds what the error signal subtracts (one-hot rows for cross-entropy);
    ``perms`` each touched epoch's sample order (E x N), or nothing (0 x 0) for full batch.
    ``flat_p``/``flat_g``/``state1``/``state2`` are flat views of each parameter, its
    gradient and its optimizer state (momentum buffer, or Adam's exp_avg and exp_avg_sq) in
    the optimizer's order; ``gw``/``gb`` 2-D/1-D views of the same gradients; ``xb``/``tb``
    room for a batch's rows; ``acts``/``deltas`` each layer's outputs and error signals.

    Writes each touched epoch's summed per-sample loss (going on from ``carry``) into
    ``sums``, the validation loss after each finished epoch into ``vals``, and each finished
    epoch's last-batch weight-gradient norm per layer into ``norms``; returns the number of
    finished epochs.
    """
    n = x.shape[0]
    n_batches = (n + batch_size - 1) // batch_size
    full = perms.shape[0] == 0
    layers = len(weights)
    step0 = hyper[5]
    total = carry
    epoch = 0
    for s in range(n_steps):
        e, batch = divmod(first_batch + s, n_batches)
        start = batch * batch_size
        m = min(batch_size, n - start)
        inp, tgt = x, target
        if not full:  # gather the batch's rows, in the epoch's shuffled order
            for r in range(m):
                src = perms[e, start + r]
                for k in range(x.shape[1]):
                    xb[r, k] = x[src, k]
                for k in range(target.shape[1]):
                    tb[r, k] = target[src, k]
            inp, tgt = xb, tb
        _forward(inp, m, weights, biases, has_bias, kinds, slopes, acts)
        out = acts[layers - 1]
        total += _loss_sum(out, tgt, m, loss)
        _error_signal(out, tgt, m, loss, kinds[layers - 1], slopes[layers - 1], deltas[layers - 1])
        _backward(inp, m, weights, has_bias, kinds, slopes, acts, deltas, gw, gb)
        for q in range(len(flat_p)):
            _update(flat_p[q], flat_g[q], opt, hyper, state1[q], state2[q], step0 + s + 1)
        if batch == n_batches - 1:
            sums[epoch] = total
            total = 0.0
            for i in range(layers):
                sq = 0.0
                g = gw[i]
                for j in range(g.shape[0]):
                    for k in range(g.shape[1]):
                        sq += float(g[j, k]) * float(g[j, k])
                norms[epoch, i] = math.sqrt(sq)
            if x_val.shape[0]:
                nv = x_val.shape[0]
                _forward(x_val, nv, weights, biases, has_bias, kinds, slopes, val_acts)
                vals[epoch] = _loss_sum(val_acts[layers - 1], t_val, nv, loss) / nv
            epoch += 1
    if (first_batch + n_steps) % n_batches:
        sums[epoch] = total
    return epoch
