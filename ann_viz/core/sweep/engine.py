"""Train K initialisations of one network at once with batched weights.

Every layer's weights of all copies sit in one (K, out, in) tensor, so a forward pass
is one ``baddbmm`` per layer and the weight gradients one ``bmm`` each: the per-call
overhead that dominates a tiny network is paid once for all K copies. The passes are
the single-run fast path's (:mod:`..train.fastpath`), batched over a leading copy axis;
the optimizer arithmetic is torch.optim's, applied to one flat buffer holding every
parameter of every copy. Copy k starts from exactly the weights ``Trainer`` makes with
seed ``seeds[k]`` and, with mini-batches, shuffles as that run does (its own generator
seeded with the same seed), so each copy retraces a single run to float tolerance.
"""

from __future__ import annotations

import math
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor

from ..data import Dataset, Splits, split_dataset
from ..graph import Graph
from ..i18n import _t
from ..train.device import resolve_device
from ..train.fastpath import _activate, _backward
from ..train.optim import make_optimizer
from ..train.tensors import to_tensors
from .chain import LayerSpec, SweepError, check_seeds, stacked_initial_weights, sweep_layers
from .result import SweepProgress, SweepResult

MEMORY_LIMIT = 2 << 30  # bytes of tensors a sweep may allocate (a rough estimate is checked up front)
BAND = (0.1, 0.5, 0.9)


@dataclass
class _Stacked:
    """One layer of all copies: views into the flat parameter and gradient buffers."""

    spec: LayerSpec
    weight: Tensor  # (K, out, in)
    weight_t: Tensor  # its transposed view (K, in, out), made once
    bias: Tensor | None  # (K, 1, out): broadcasts over the batch in baddbmm
    grad_weight: Tensor
    grad_bias: Tensor | None


class SeedSweep:
    """K copies of an eligible network, one per seed, trained in lockstep.

    Parameters
    ----------
    graph : Graph
        A chain the fast path accepts (see :func:`sweep_layers`); others raise SweepError.
    data : Dataset or Splits
        Split as ``Trainer`` splits it; only the training split is used.
    config : TrainConfig
        Optimizer, learning rate, batch size and epochs; its ``seed`` is ignored.
    seeds : sequence of int
        One seed per copy (1 to 1024 of them).
    device : str
        "cpu" (default), "cuda", "cuda:N" or "auto".
    loss_threshold, target_accuracy : float
        A copy succeeds with accuracy >= ``target_accuracy`` or final loss < ``loss_threshold``.
    max_points : int
        Loss history kept per copy; longer runs keep every 2nd, 4th, ... epoch.
    threads : int or None
        torch's intra-op threads while training on the CPU (restored afterwards); None keeps
        the current setting. 1 by default: on a busy machine (a GUI beside it, other jobs)
        a parallel log/exp/tanh can wait a whole time slice (8 ms measured on 2 cores) for
        its second thread, while one thread is never more than ~1.7x slower than two.
    """

    def __init__(self, graph: Graph, data: Dataset | Splits, config, seeds: Sequence[int], *,
                 device: str = "cpu", loss_threshold: float = 0.05, target_accuracy: float = 1.0,
                 max_points: int = 1000, threads: int | None = 1):
        self.layers_spec = sweep_layers(graph, config)
        self.seeds = check_seeds(seeds)
        self.k = len(self.seeds)
        self.config = config
        self.device = resolve_device(device)
        self.loss_threshold, self.target_accuracy = float(loss_threshold), float(target_accuracy)
        self.threads = threads
        self.loss_name = next(n for n in graph.nodes.values() if n.kind == "output").params["loss"]
        splits = data if isinstance(data, Splits) else split_dataset(
            data, config.val_fraction, config.test_fraction, config.split_seed)
        first, last = self.layers_spec[0], self.layers_spec[-1]
        self.data = to_tensors(splits.train, self.loss_name, first.fan_in, last.width, self.device)
        n = self.data.n
        self.batch_size = n if config.batch_size is None or config.batch_size >= n else config.batch_size
        self._check_memory()
        self._targets()
        self._allocate(stacked_initial_weights(self.layers_spec, self.seeds))
        self._optimizer_settings()
        # Single runs shuffle with torch.Generator().manual_seed(seed): one generator per copy.
        self._shufflers = ([torch.Generator().manual_seed(s) for s in self.seeds]
                           if self.batch_size < n else [])
        self.epoch = 0
        self.elapsed_s = 0.0
        self._cap = max(2, max_points + max_points % 2)  # even, so halving keeps epochs aligned
        self._losses = torch.full((self.k, self._cap), math.nan, device=self.device)
        self._count, self._stride = 0, 1
        self._band = np.full((len(BAND), self._cap), np.nan)  # quantiles of columns [0, _banded)
        self._banded = 0

    # ----- set-up -----------------------------------------------------------------------
    def _check_memory(self) -> None:
        widths = sum(s.units for s in self.layers_spec)
        params = sum(s.units * (s.fan_in + s.bias) for s in self.layers_spec)
        per_copy = params * 5 + self.batch_size * (self.layers_spec[0].fan_in + 3 * widths)
        if self.batch_size < self.data.n:  # each copy's shuffled copy of the data
            per_copy += self.data.n * (self.layers_spec[0].fan_in + 2 * self.layers_spec[-1].width)
        need = 4 * self.k * per_copy
        if need > MEMORY_LIMIT:
            raise SweepError(_t("{k} copies of this network and data need about {gib:.1f} GiB; "
                                "sweep fewer seeds, a smaller network or smaller mini-batches.").format(
                k=self.k, gib=need / 2**30))

    def _targets(self) -> None:
        y = self.data.y
        if self.loss_name == "ce":
            self._index = y  # (n,) class indices
            self._target = F.one_hot(y, self.layers_spec[-1].width).to(self.data.x.dtype)
        else:
            self._index = None
            self._target = y  # (n, out)

    def _allocate(self, stacked: list[tuple[Tensor, Tensor | None]]) -> None:
        pieces = []
        for weight, bias in stacked:
            pieces.append(weight.reshape(-1))
            if bias is not None:
                pieces.append(bias.reshape(-1))
        # Parameter-major: each layer's (K, ...) block is contiguous, so bmm can write gradients in place.
        self._flat = torch.cat(pieces).to(self.device)
        self._grad = torch.zeros_like(self._flat)
        self._layers: list[_Stacked] = []
        k, offset = self.k, 0
        for spec, (weight, bias) in zip(self.layers_spec, stacked):
            size = weight.numel()
            w = self._flat[offset:offset + size].view(k, spec.units, spec.fan_in)
            gw = self._grad[offset:offset + size].view(k, spec.units, spec.fan_in)
            offset += size
            b = gb = None
            if bias is not None:
                b = self._flat[offset:offset + k * spec.units].view(k, 1, spec.units)
                gb = self._grad[offset:offset + k * spec.units].view(k, 1, spec.units)
                offset += k * spec.units
            self._layers.append(_Stacked(spec, w, w.mT, b, gw, gb))
        self._x_all = self.data.x.expand(k, *self.data.x.shape)  # full batch: every copy sees the same x

    def _optimizer_settings(self) -> None:
        """Hyper-parameters as make_optimizer sets them for a single run (defaults included)."""
        probe = torch.nn.Parameter(torch.zeros(1))
        group = make_optimizer([probe], self.config).param_groups[0]
        self._lr = group["lr"]
        self._kind = self.config.optimizer
        self._momentum = group.get("momentum", 0.0)
        self._betas, self._eps = group.get("betas"), group.get("eps")
        self._buffer: Tensor | None = None  # momentum buffer, or Adam's first moment
        self._second: Tensor | None = None
        self._step = 0

    # ----- training ---------------------------------------------------------------------
    def run(self, epochs: int | None = None, *, should_stop: Callable[[], bool] | None = None,
            on_progress: Callable[[SweepProgress], None] | None = None,
            progress_interval: float = 0.1) -> SweepResult:
        """Train every copy until ``epochs`` more epochs are done (default: up to ``config.epochs``).

        ``should_stop()`` is polled after every epoch; ``on_progress`` receives a
        :class:`SweepProgress` at most every ``progress_interval`` seconds (and at the end).
        """
        target = self.config.epochs if epochs is None else self.epoch + epochs
        started = time.perf_counter()
        last_progress = started
        stopped = False
        with torch.no_grad(), self._threads():
            while self.epoch < target:
                if should_stop is not None and should_stop():
                    stopped = True
                    break
                self._train_epoch(record=self.epoch % self._stride == 0)
                self.epoch += 1
                if on_progress is not None and time.perf_counter() - last_progress >= progress_interval:
                    on_progress(self.progress(target))
                    last_progress = time.perf_counter()
        self.elapsed_s += time.perf_counter() - started
        if on_progress is not None:
            on_progress(self.progress(target))
        return self.result(stopped)

    @contextmanager
    def _threads(self):
        """Train with ``self.threads`` intra-op threads; the caller's setting is restored after."""
        if self.device.type != "cpu" or self.threads is None:
            yield
            return
        before = torch.get_num_threads()
        torch.set_num_threads(self.threads)
        try:
            yield
        finally:
            torch.set_num_threads(before)

    def _train_epoch(self, record: bool) -> None:
        n, bs = self.data.n, self.batch_size
        if bs >= n:  # full batch: plain GD, no shuffle (as Trainer)
            loss = self._batch(self._x_all, self._target, self._index, record)
        else:
            perms = torch.stack([torch.randperm(n, generator=g) for g in self._shufflers]).to(self.device)
            x, target = self.data.x[perms], self._target[perms]
            index = None if self._index is None else self._index[perms]
            loss = torch.zeros(self.k, device=self.device) if record else None
            for start in range(0, n, bs):
                part = slice(start, min(start + bs, n))
                batch_loss = self._batch(x[:, part], target[:, part], None if index is None else index[:, part],
                                         record)
                if record:
                    loss += batch_loss * (part.stop - part.start)
            if record:
                loss /= n
        if record:
            self._record(loss)

    def _forward(self, x: Tensor) -> tuple[list[Tensor], list[Tensor]]:
        """(pre-activations, activations with the input first), batched over copies."""
        zs, acts = [], [x]
        a = x
        for layer in self._layers:
            w = layer.weight_t
            z = torch.bmm(a, w) if layer.bias is None else torch.baddbmm(layer.bias, a, w)
            a = _activate(z, layer.spec)
            zs.append(z)
            acts.append(a)
        return zs, acts

    def _batch(self, x: Tensor, target: Tensor, index: Tensor | None, record: bool) -> Tensor | None:
        """Forward, backward and update on one batch for all copies; the per-copy loss if asked."""
        zs, acts = self._forward(x)
        out = acts[-1]
        loss = self._per_copy_loss(out, target, index) if record else None
        delta = self._output_delta(out, target)
        last = self._layers[-1].spec
        if self.loss_name != "bce":  # BCE's delta is already dL/dz (after a Sigmoid)
            delta = _backward(delta, zs[-1], out, last)
        for i in range(len(self._layers) - 1, -1, -1):
            layer = self._layers[i]
            torch.bmm(delta.mT, acts[i], out=layer.grad_weight)
            if layer.bias is not None:
                torch.sum(delta, 1, keepdim=True, out=layer.grad_bias)
            if i:
                delta = torch.bmm(delta, layer.weight)
                delta = _backward(delta, zs[i - 1], acts[i], self._layers[i - 1].spec)
        self._update()
        return loss

    def _output_delta(self, out: Tensor, target: Tensor) -> Tensor:
        """dL/da (MSE) or dL/dz of the last layer (cross-entropies), each copy's loss a batch mean."""
        numel = out.shape[1] * out.shape[2]
        if self.loss_name == "mse":
            return torch.sub(out, target).mul_(2.0 / numel)
        if self.loss_name == "bce":
            return torch.sub(out, target).div_(float(numel))
        if self.loss_name == "bce_logits":
            return torch.sigmoid(out).sub_(target).div_(float(numel))
        return torch.softmax(out, dim=-1).sub_(target).div_(out.shape[1])

    def _per_copy_loss(self, out: Tensor, target: Tensor, index: Tensor | None) -> Tensor:
        """Each copy's loss on the batch (K,), as the single run's loss function gives it."""
        if self.loss_name == "mse":
            diff = out - target
            return (diff * diff).mean((1, 2))
        if self.loss_name == "bce":
            # F.binary_cross_entropy's formula, written out: it refuses NaN, and a diverged copy
            # must not stop the others.
            t = target.expand_as(out)
            return ((t - 1) * torch.log1p(-out).clamp_(min=-100) - t * torch.log(out).clamp_(min=-100)).mean((1, 2))
        if self.loss_name == "bce_logits":
            return F.binary_cross_entropy_with_logits(out, target.expand_as(out), reduction="none").mean((1, 2))
        index = index.expand(out.shape[0], out.shape[1])
        return F.cross_entropy(out.reshape(-1, out.shape[2]), index.reshape(-1), reduction="none").view(
            out.shape[0], -1).mean(1)

    def _update(self) -> None:
        """torch.optim's arithmetic (SGD, SGD with momentum, Adam) on the flat buffers."""
        p, g, lr = self._flat, self._grad, self._lr
        if self._kind == "sgd":
            p.add_(g, alpha=-lr)
        elif self._kind == "momentum":
            if self._buffer is None:
                self._buffer = g.clone()
            else:
                self._buffer.mul_(self._momentum).add_(g)
            p.add_(self._buffer, alpha=-lr)
        else:
            if self._buffer is None:
                self._buffer, self._second = torch.zeros_like(p), torch.zeros_like(p)
            self._step += 1
            (b1, b2), t = self._betas, float(self._step)
            self._buffer.lerp_(g, 1 - b1)
            self._second.mul_(b2).addcmul_(g, g, value=1 - b2)
            denom = (self._second.sqrt() / ((1 - b2 ** t) ** 0.5)).add_(self._eps)
            p.addcdiv_(self._buffer, denom, value=-lr / (1 - b1 ** t))

    # ----- history ----------------------------------------------------------------------
    def _record(self, loss: Tensor) -> None:
        if self._count == self._cap:  # keep every other point; record half as often from now on
            half = self._cap // 2
            self._losses[:, :half] = self._losses[:, 0::2].clone()
            self._losses[:, half:] = math.nan
            self._count, self._stride = half, self._stride * 2
            self._band[:, :half] = self._band[:, 0::2]
            self._banded = (self._banded + 1) // 2
        self._losses[:, self._count] = loss
        self._count += 1

    def recorded_epochs(self) -> np.ndarray:
        return np.arange(self._count, dtype=np.int64) * self._stride

    def progress(self, target: int | None = None) -> SweepProgress:
        """The loss band so far and the share of copies now below the loss threshold."""
        # Recorded columns never change (until halved, which keeps their quantiles): only new
        # columns are summarised, so a frame costs O(new epochs), not O(history).
        if self._banded < self._count:
            new = self._losses[:, self._banded:self._count].cpu().numpy()
            quantile = np.nanquantile if np.isnan(new).any() else np.quantile
            self._band[:, self._banded:self._count] = quantile(new, BAND, axis=0)
            self._banded = self._count
        below = 0.0
        if self._count:
            below = float((self._losses[:, self._count - 1] < self.loss_threshold).float().mean())
        return SweepProgress(self.epoch, self.config.epochs if target is None else target,
                             self.recorded_epochs(), self._band[:, :self._count].copy(), below)

    # ----- results ----------------------------------------------------------------------
    def result(self, stopped: bool = False) -> SweepResult:
        """Final loss and accuracy of every copy on the training data, with the histories."""
        with torch.no_grad():
            out = self._forward(self._x_all)[1][-1]
            final = self._per_copy_loss(out, self._target, self._index).double().cpu().numpy()
        params = self.weights()
        finite = np.isfinite(final)
        for value in params.values():
            finite &= np.isfinite(value.reshape(self.k, -1)).all(1)
        accuracy = _accuracies(out.cpu().numpy(), self.loss_name, self.data.dataset)
        success = finite & ((accuracy >= self.target_accuracy) | (final < self.loss_threshold))
        return SweepResult(
            seeds=np.asarray(self.seeds, dtype=np.int64), epochs_run=self.epoch, epochs=self.recorded_epochs(),
            losses=self._losses[:, :self._count].cpu().numpy().copy(), final_loss=final, accuracy=accuracy,
            success=success, diverged=~finite, params=params, elapsed_s=self.elapsed_s,
            loss_threshold=self.loss_threshold, target_accuracy=self.target_accuracy, stopped=stopped,
            device=str(self.device))

    def weights(self) -> dict[str, np.ndarray]:
        """Every copy's parameters, named as ``Trainer.state_arrays()`` names them: (K, ...) arrays."""
        out: dict[str, np.ndarray] = {}
        for layer in self._layers:
            out[f"{layer.spec.name}.weight"] = layer.weight.cpu().numpy().copy()
            if layer.bias is not None:
                out[f"{layer.spec.name}.bias"] = layer.bias[:, 0, :].cpu().numpy().copy()
        return out

    def weights_of(self, index: int) -> dict[str, np.ndarray]:
        """Copy ``index``'s current weights, as ``Trainer.state_arrays()`` gives them."""
        return {name: value[index] for name, value in self.weights().items()}


def _accuracies(output: np.ndarray, loss: str, dataset: Dataset) -> np.ndarray:
    """Per-copy accuracy on ``dataset`` (K,), as ``Trainer.evaluate()`` counts it; NaN for regression."""
    k = output.shape[0]
    if dataset.task == "regression":
        return np.full(k, np.nan)
    if loss == "ce" or dataset.task == "multiclass":
        gold = dataset.y if dataset.task == "multiclass" else dataset.y[:, 0].astype(np.int64)
        return (output.argmax(-1) == gold[None]).mean(1)
    probs = 1.0 / (1.0 + np.exp(-output)) if loss == "bce_logits" else output
    return ((probs > 0.5).astype(np.float32) == dataset.y[None]).mean((1, 2))
