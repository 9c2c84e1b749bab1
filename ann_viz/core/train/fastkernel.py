"""The fast path's inner loop: many training steps of a Linear/activation chain in one call.

Written in the subset of Python that TorchScript compiles, so that ``compiled()`` runs
the whole loop in C++ with the GIL released (the GUI thread stays responsive) at about
a microsecond per tensor operation. Operations write into buffers allocated once per
call, and each layer's update is one ``addmm_``/``addmv_`` straight from the error
signal (no gradient tensors for SGD and Momentum). Losses are not computed step by
step: the outputs are kept, and every epoch's loss comes from them in one vectorised
pass at the end of the call.

``torch.jit.script`` is deprecated in torch 2.13 but still the fastest way to run such a
loop without Python (``torch.compile`` takes seconds to tens of seconds per network).
Compiling takes ~30 ms, the first two calls ~100 ms more (profiling); later calls
reuse the plan as long as every argument keeps its number of dimensions. Should
TorchScript ever be unavailable, the same functions run as plain Python (about half
the speed, same results).
"""

from __future__ import annotations

import functools
import warnings
from typing import List, Optional, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor


def train_steps(x: Tensor, y: Tensor, target: Tensor, perms: Tensor, first_batch: int, carry: Tensor,
                n_steps: int, batch_size: int, params: List[Tensor], has_bias: List[bool], kinds: List[str],
                slopes: List[float], loss: str, optimizer: str, hyper: List[float], state: List[Tensor],
                x_val: Tensor, y_val: Tensor, grads: List[Tensor]) -> Tuple[Tensor, Tensor, Tensor]:
    """Train ``n_steps`` batches, starting at batch ``first_batch`` of the current epoch.

    ``carry`` (one value) is the summed per-sample loss of the current epoch's earlier
    batches: the epoch's sum goes on from it, so losses do not depend on where calls end.

    ``y`` is what the loss takes (class indices for "ce"), ``target`` what the error signal
    subtracts (one-hot rows for "ce"). ``perms`` holds the sample order of every epoch
    touched (E x N), or none (0 x 0) for full batch. ``params`` are the layers' weights and
    biases in the optimizer's order (weight, bias, weight, ...; ``has_bias`` says which
    layers have one); ``kinds`` and ``slopes`` their activations (with LeakyReLU's slope
    or ELU's alpha). ``hyper`` is lr, momentum, beta1, beta2, eps and Adam's step count so
    far; ``state`` the momentum buffers, or Adam's exp_avg then exp_avg_sq, in
    parameter order.

    Returns each touched epoch's summed per-sample loss (the carry included), the
    validation loss after each epoch finished here (empty without ``x_val``), and each
    finished epoch's last-batch weight-gradient norm per layer. ``grads`` (the parameters'
    ``.grad`` tensors) receive the gradients of those batches (Adam's: of every batch).
    """
    n = x.shape[0]
    n_batches = (n + batch_size - 1) // batch_size
    full = perms.numel() == 0
    order = perms.reshape(-1)
    first_row = first_batch * batch_size
    end_epoch, end_batch = divmod(first_batch + n_steps, n_batches)
    rows = end_epoch * n + end_batch * batch_size - first_row
    weights, biases, slots = _layers(params, has_bias)
    layers = len(weights)
    widths = [w.shape[0] for w in weights]
    outs = x.new_empty([rows, widths[-1]])  # the output of every sample trained on, in training order
    transposed = [w.t() for w in weights]
    lr, momentum, beta1, beta2, eps, step0 = hyper[0], hyper[1], hyper[2], hyper[3], hyper[4], hyper[5]
    # Where each layer's update lands: the parameters (SGD: w += -lr * g), the momentum buffers
    # (buf = momentum * buf + g) or Adam's gradients (g).
    dest = params if optimizer == "sgd" else state if optimizer == "momentum" else grads
    beta = 1.0 if optimizer == "sgd" else momentum if optimizer == "momentum" else 0.0
    main = _buffers(min(batch_size, n), widths, x)
    last_size = n - (n_batches - 1) * batch_size
    last = _buffers(last_size, widths, x) if last_size != batch_size and n_batches > 1 else main
    val_outs: List[Tensor] = []
    norms = x.new_empty([end_epoch, layers])
    weight_grads = [grads[j] for j in slots]
    r = 0
    for s in range(n_steps):
        e, batch = divmod(first_batch + s, n_batches)
        if full:
            xb, tb = x, target
        else:
            idx = order.narrow(0, e * n + batch * batch_size, min(batch_size, n - batch * batch_size))
            xb, tb = x.index_select(0, idx), target.index_select(0, idx)
        m = xb.shape[0]
        ob = outs.narrow(0, r, m)
        r += m
        hidden, deltas, deltas_t, ones = last if batch == n_batches - 1 else main
        # forward; the last layer writes straight into the kept outputs
        a = xb
        for i in range(layers):
            z = ob if i == layers - 1 else hidden[i]
            b = biases[i]
            if b is None:
                torch.mm(a, transposed[i], out=z)
            else:
                torch.addmm(b, a, transposed[i], out=z)
            _activate_(z, kinds[i], slopes[i])
            a = z
        # the error signal at the output: dL/d(last z) = scale * d
        d = deltas[layers - 1]
        scale = _loss_signal(d, a, tb, loss)
        if loss != "bce":  # BCE comes after a Sigmoid, where out - y already is dL/dz
            _derive_(d, a, kinds[layers - 1], slopes[layers - 1])
        alpha = -lr * scale if optimizer == "sgd" else scale
        # The gradients themselves (Adam: always) where they are kept, at an epoch's last batch (its
        # norms; not at a call's end, so that where calls end changes no bit); otherwise SGD and
        # Momentum update straight from the error signal.
        keep = optimizer != "adam" and batch == n_batches - 1
        # backward: pass the error down with the layer's old weights, then update the layer
        for i in range(layers - 1, -1, -1):
            below = xb if i == 0 else hidden[i - 1]
            if i > 0:
                torch.mm(deltas[i], weights[i], out=deltas[i - 1])
                _derive_(deltas[i - 1], below, kinds[i - 1], slopes[i - 1])
            j = slots[i]
            if keep:
                grads[j].addmm_(deltas_t[i], below, beta=0.0, alpha=scale)
                _apply(dest[j], grads[j], optimizer, lr, momentum)
                if biases[i] is not None:
                    grads[j + 1].addmv_(deltas_t[i], ones, beta=0.0, alpha=scale)
                    _apply(dest[j + 1], grads[j + 1], optimizer, lr, momentum)
            else:
                dest[j].addmm_(deltas_t[i], below, beta=beta, alpha=alpha)
                if biases[i] is not None:
                    dest[j + 1].addmv_(deltas_t[i], ones, beta=beta, alpha=alpha)
        if batch == n_batches - 1:
            torch.stack(torch._foreach_norm(weight_grads), out=norms[e])
        if optimizer == "momentum":
            torch._foreach_add_(params, state, alpha=-lr)
        elif optimizer == "adam":
            _adam(params, dest, state, lr, beta1, beta2, eps, step0 + s + 1)
        if batch == n_batches - 1 and x_val.numel() > 0:
            val_outs.append(_forward(x_val, weights, biases, kinds, slopes))
    # each epoch's summed per-sample loss, from the kept outputs in one pass
    ys = y.expand([n_steps] + list(y.shape)).reshape([rows] + list(y.shape[1:])) if full else \
        y.index_select(0, order.narrow(0, first_row, rows))
    sums = _epoch_sums(_per_sample_loss(outs, ys, loss), first_row, n, end_epoch + (1 if end_batch > 0 else 0), carry)
    if len(val_outs) == 0:
        return sums, x.new_empty([0]), norms
    y_vals = y_val.expand([len(val_outs)] + list(y_val.shape))
    return sums, _per_sample_loss(torch.stack(val_outs), y_vals, loss).mean(1), norms


def _apply(dest: Tensor, grad: Tensor, optimizer: str, lr: float, momentum: float) -> None:
    """SGD's update (dest: the parameter) or Momentum's buffer (dest = momentum * dest + grad), as torch.optim."""
    if optimizer == "sgd":
        dest.add_(grad, alpha=-lr)
    else:
        dest.mul_(momentum).add_(grad)


def _layers(params: List[Tensor], has_bias: List[bool]) -> Tuple[List[Tensor], List[Optional[Tensor]], List[int]]:
    """Each layer's weight, bias (or None), and where its weight is in ``params``.

    (The parameters come in as an argument, not as a list built in the script: TorchScript
    drops in-place updates of such a list as dead code.)
    """
    weights: List[Tensor] = []
    biases: List[Optional[Tensor]] = []
    slots: List[int] = []
    j = 0
    for bias in has_bias:
        slots.append(j)
        weights.append(params[j])
        biases.append(params[j + 1] if bias else None)
        j += 2 if bias else 1
    return weights, biases, slots


def _epoch_sums(per_sample: Tensor, first_row: int, n: int, epochs: int, carry: Tensor) -> Tensor:
    """Per-sample losses (in training order, from row ``first_row`` of the first epoch on) summed by epoch,
    the first epoch's sum going on from ``carry``, in order: the same sums however calls are cut."""
    epoch_of_row = torch.arange(first_row, first_row + per_sample.shape[0], device=per_sample.device)
    sums = per_sample.new_zeros([epochs])
    sums[0] = carry[0]
    return sums.index_add_(0, epoch_of_row.div_(n, rounding_mode="floor"), per_sample)


def _activate_(z: Tensor, kind: str, param: float) -> None:
    if kind == "sigmoid":
        z.sigmoid_()
    elif kind == "tanh":
        z.tanh_()
    elif kind == "relu":
        z.relu_()
    elif kind == "leaky_relu":
        F.leaky_relu_(z, param)
    elif kind == "elu":
        F.elu_(z, param)


def _loss_signal(d: Tensor, out: Tensor, target: Tensor, loss: str) -> float:
    """Put into d the error signal of the batch's mean loss, and return its scale: dL/d(out) = scale * d
    (for BCE, after its Sigmoid: dL/dz). The scale is folded into the update, saving an operation."""
    if loss == "ce":
        torch.softmax(out, 1, out=d)
        d.sub_(target)
        return 1.0 / out.shape[0]
    if loss == "bce_logits":
        torch.sigmoid(out, out=d)
        d.sub_(target)
    else:
        torch.sub(out, target, out=d)
    return (2.0 if loss == "mse" else 1.0) / out.numel()


def _derive_(d: Tensor, a: Tensor, kind: str, param: float) -> None:
    """d *= the activation's derivative, taken from its output ``a`` (slope and alpha are >= 0)."""
    if kind == "sigmoid":
        torch.ops.aten.sigmoid_backward(d, a, grad_input=d)
    elif kind == "tanh":
        torch.ops.aten.tanh_backward(d, a, grad_input=d)
    elif kind == "relu":
        torch.ops.aten.threshold_backward(d, a, 0.0, grad_input=d)
    elif kind == "leaky_relu":
        torch.ops.aten.leaky_relu_backward(d, a, param, True, grad_input=d)
    elif kind == "elu":
        torch.ops.aten.elu_backward(d, param, 1.0, 1.0, True, a, grad_input=d)


def _buffers(m: int, widths: List[int], like: Tensor) -> Tuple[List[Tensor], List[Tensor], List[Tensor], Tensor]:
    """For batches of ``m`` rows: hidden outputs, error signals, their transposes, a column of ones."""
    hidden: List[Tensor] = []
    deltas: List[Tensor] = []
    deltas_t: List[Tensor] = []
    for i, w in enumerate(widths):
        d = like.new_empty([m, w])
        deltas.append(d)
        deltas_t.append(d.t())
        if i < len(widths) - 1:
            hidden.append(like.new_empty([m, w]))
    return hidden, deltas, deltas_t, like.new_ones([m])


def _adam(params: List[Tensor], grads: List[Tensor], state: List[Tensor], lr: float, beta1: float,
          beta2: float, eps: float, step: float) -> None:
    """torch.optim.Adam's single-tensor arithmetic, for all tensors at once."""
    half = len(params)
    exp_avg, exp_avg_sq = state[:half], state[half:]
    torch._foreach_lerp_(exp_avg, grads, 1 - beta1)
    torch._foreach_mul_(exp_avg_sq, beta2)
    torch._foreach_addcmul_(exp_avg_sq, grads, grads, 1 - beta2)
    denom = torch._foreach_sqrt(exp_avg_sq)
    torch._foreach_div_(denom, (1 - beta2 ** step) ** 0.5)
    torch._foreach_add_(denom, eps)
    torch._foreach_addcdiv_(params, exp_avg, denom, -lr / (1 - beta1 ** step))


def _forward(x: Tensor, weights: List[Tensor], biases: List[Optional[Tensor]], kinds: List[str],
             slopes: List[float]) -> Tensor:
    a = x
    for i in range(len(weights)):
        b = biases[i]
        a = torch.mm(a, weights[i].t()) if b is None else torch.addmm(b, a, weights[i].t())
        _activate_(a, kinds[i], slopes[i])
    return a


def _per_sample_loss(out: Tensor, y: Tensor, loss: str) -> Tensor:
    """Each sample's loss (the mean over its output units), for outputs of any leading shape."""
    if loss == "ce":
        return F.cross_entropy(out.reshape(-1, out.shape[-1]), y.reshape(-1), reduction="none").view(y.shape)
    if loss == "mse":
        e = (out - y).square_()
    elif loss == "bce":
        e = F.binary_cross_entropy(out, y, reduction="none")
    else:
        e = F.binary_cross_entropy_with_logits(out, y, reduction="none")
    return e.mean(-1)


@functools.lru_cache(maxsize=1)
def compiled():
    """``train_steps`` compiled by TorchScript (once, some tens of ms), or as plain Python if that fails."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch.jit.script is deprecated, yet still the fastest here
            return torch.jit.script(train_steps)
    except Exception:  # noqa: BLE001 - TorchScript gone or broken: plain Python gives the same results
        return train_steps
