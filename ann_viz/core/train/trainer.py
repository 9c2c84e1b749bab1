"""The training engine: run many epochs fast, or step one epoch, batch or phase at a time.

Runs train in chunks of steps. Each chunk starts from a :class:`Checkpoint`; NaN/Inf is
checked once at the chunk's end (one device sync, not one per step) and, if found,
the chunk is undone and replayed step by step to name the epoch and layer, keeping
the last finite weights. A snapshot is taken on the first step of a chunk when the
snapshot interval has passed, so streaming to a GUI costs one traced step per frame.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

import numpy as np
import torch

from ..data import Dataset, Splits, split_dataset
from ..errors import AnnVizError, DivergenceError, TrainingError
from ..graph import Graph, check
from ..i18n import _t
from ..torch_module.module import GraphModule
from .checkpoint import Checkpoint, clone_tree, get_rng_state, set_rng_state
from .config import TrainConfig
from .device import resolve_device
from .engines import await_numba, is_numba, make_fast_path, numba_wanted
from .fastpath import FastPath
from .history import History
from .losses import LOSSES, predicted_classes
from .optim import make_optimizer, set_learning_rate
from .preflight import check_before_training
from .snapshot import PHASES, Snapshot
from .rewind import Rewind
from .saved_state import SavedState
from .stepping import Stepping, _Pending
from .tensors import SplitTensors, to_tensors, torch_dtype
from .threads import linear_weight_count, one_thread, small_steps


def _moved(data: SplitTensors, device: torch.device) -> SplitTensors:
    return SplitTensors(data.dataset, data.x.to(device), data.y.to(device))


def _joined(losses: list[torch.Tensor]) -> np.ndarray:
    """Per-epoch losses, booked one by one (0-d) or a call's worth at a time (1-d), as one array."""
    if not losses:
        return np.empty(0)
    return torch.cat([t.reshape(-1) for t in losses]).cpu().numpy()


def _stacked(rows: list[torch.Tensor], width: int) -> np.ndarray | None:
    """Per-epoch rows (1-d each, or 2-d a call's worth at a time) as one (epochs x width) array."""
    if not rows or not width:
        return None
    return torch.cat([t.reshape(-1, width).to("cpu", torch.float64) for t in rows]).numpy()


if TYPE_CHECKING:
    from .evaluation import Evaluation  # imported when evaluating (the metrics stay off the hot path)

# A chunk runs at least this long between NaN checks; longer when a checkpoint is costly.
_MIN_CHUNK_S = 1 / 60
_CHECKPOINT_SHARE = 0.02
# The train set's accuracy is a whole forward pass (a third of an epoch's work, when a chunk is
# one epoch of a big network): during a run, measure it for at most this share of the time.
_ACCURACY_SHARE = 0.04


@dataclass(frozen=True)
class RunResult:
    """How a call to :meth:`Trainer.run` ended."""

    epochs_run: int
    reason: str  # "done" | "paused" | "early_stopped" | "diverged"
    message: str = ""


class Trainer(Stepping, Rewind, SavedState):
    """Trains a graph on a data set with a :class:`TrainConfig`.

    Parameters
    ----------
    graph : Graph
        A valid graph (copied; later edits to the original do not reach the trainer).
    data : Dataset or Splits
        The data; a Dataset is split by the config's fractions and split seed.
    config : TrainConfig
    fast_path : bool
        False: autograd only (the reference the fast engines are tested against).
    engine : str
        For eligible chains: "auto" (numba for small steps on the CPU once compiled, else
        TorchScript), "numba" (wait for numba's compile; TorchScript if it cannot) or "torchscript".
    """

    def __init__(self, graph: Graph, data: Dataset | Splits, config: TrainConfig, fast_path: bool = True,
                 engine: str = "auto"):
        self.use_fast_path = fast_path
        self.engine = engine
        self.graph = graph.clone()
        self.config = config
        self.device = resolve_device(config.device)
        self.splits = data if isinstance(data, Splits) else split_dataset(
            data, config.val_fraction, config.test_fraction, config.split_seed)
        check(self.graph)  # a graph error names its node before any memory sum or allocation
        check_before_training(self.graph, self.splits, config, self.device)
        self.reset()

    # ----- set-up ------------------------------------------------------------------
    def reset(self) -> None:
        """Re-initialise weights, optimizer, data order and history from the seed."""
        # A private generator seeded alike gives torch.manual_seed's weights, draw for draw; the global
        # one could be drawn from meanwhile by another thread (a view building a module): another network.
        init = torch.Generator().manual_seed(self.config.seed)
        if self.device.type == "cuda":
            torch.cuda.manual_seed(self.config.seed)
        self.dtype = torch_dtype(self.config.precision)
        self.module = GraphModule(self.graph, generator=init, dtype=self.dtype).to(self.device)
        self.module.train()
        widths = self.module.widths
        in_w = widths[self.module.node_ids[0]]
        out_w = widths[self.module.node_ids[self.module.output_index]]
        loss = self.module.loss_name
        self.train_data = to_tensors(self.splits.train, loss, in_w, out_w, self.device, self.dtype)
        self.val_data = self._optional(self.splits.val, loss, in_w, out_w)
        self.test_data = self._optional(self.splits.test, loss, in_w, out_w)
        self._loss_fn = LOSSES[loss]
        # "layers.linear1.weight" -> "linear1.weight": the graph's layer names, as users see them.
        self._named_params = [(n.removeprefix("layers."), p) for n, p in self.module.named_parameters()]
        self._weights = [layer.weight for layer in self.module.linear_layers().values()]
        # The per-layer gradient sizes the history keeps each epoch: every ".weight" (Linear, BatchNorm).
        self._grad_params = [p for n, p in self._named_params if n.endswith(".weight")]
        out_node = self.module.node_ids[self.module.output_index]
        self._loss_source = self.graph.nodes[self.graph.inputs_of(out_node)[0]].name
        self.optimizer = make_optimizer(self.module.parameters(), self.config)
        self._fast = self._make_fast_step()
        self._shuffle = torch.Generator().manual_seed(self.config.seed)
        # Dropout's stream goes on from the init draws, as after torch.manual_seed(seed) and building
        self._rng = init.get_state() if self.device.type == "cpu" else get_rng_state(self.device)
        self.history = History([n.rsplit(".", 1)[0] for n, _ in self._named_params if n.endswith(".weight")])
        self.epoch = 0
        self._batch = 0
        self._perm: torch.Tensor | None = None
        self._epoch_loss: list[torch.Tensor] = []
        self._pending: _Pending | None = None
        self._best: tuple[float, int, dict] | None = None
        self._bad_epochs = 0
        self.stopped = ""
        self.divergence: DivergenceError | None = None
        self._lowest: tuple[float, Checkpoint] | None = None  # see Stepping.rewind_after_divergence
        self._full_batch = self.n_batches == 1
        self._chunk_s = _MIN_CHUNK_S
        self._accuracy_at, self._accuracy_cost = -math.inf, 0.0
        self.forget_steps()
        self._begin_chunk(rng=False)

    def replace_data(self, data: Dataset) -> None:
        """Go on training with ``data`` (same network, weights, epoch and history): see live_data.py."""
        from .live_data import swap_data

        swap_data(self, data)

    def clear_stop(self) -> None:
        """Allow training again after early stopping or divergence (e.g. with a smaller lr)."""
        self.stopped = ""
        self.divergence = None

    def _make_fast_step(self) -> FastPath | None:
        """The many-steps-per-call loop where the graph allows it (chains of Linear + activations)."""
        if not self.use_fast_path:
            self._numba_wanted = False
            return None
        rows = min(self.config.batch_size or self.train_data.n, self.train_data.n)
        loss = self.module.loss_name
        self._numba_wanted = numba_wanted(self.graph, self.module, self.config, loss, self.device, rows, self.engine)
        return make_fast_path(self.graph, self.module, self.optimizer, self.config, loss, self._numba_wanted)

    @property
    def fast_path(self) -> bool:
        """True when runs use a fast engine (stepping and traced frames use autograd)."""
        return self._fast is not None

    @property
    def engine_name(self) -> str:
        """The engine runs use now: "numba", "torchscript" or "autograd"."""
        return "autograd" if self._fast is None else "numba" if is_numba(self._fast) else "torchscript"

    def _optional(self, ds, loss, in_w, out_w) -> SplitTensors | None:
        return None if ds is None else to_tensors(ds, loss, in_w, out_w, self.device, self.dtype)

    @property
    def n_batches(self) -> int:
        bs = self.config.batch_size
        n = self.train_data.n
        return 1 if bs is None or bs >= n else math.ceil(n / bs)

    @property
    def phase(self) -> str:
        """The last phase done in the current batch, or "idle"."""
        return "idle" if self._pending is None or self._pending.phase < 0 else PHASES[self._pending.phase]

    def set_learning_rate(self, lr: float) -> None:
        self.config = self.config.with_changes(lr=lr)
        set_learning_rate(self.optimizer, lr)

    def move_to(self, device: str) -> None:
        """Continue on another device with the same weights, optimizer state and history.

        On failure (no such device, out of memory) everything stays on the old device
        and the error says why.
        """
        target = resolve_device(device)
        if target == self.device:
            return
        state = self.module.state_dict()
        saved = {k: v.detach().clone() for k, v in state.items()}
        try:
            self._move_all(target)
        except (RuntimeError, MemoryError) as err:
            self._move_all(self.device)
            self.module.load_state_dict(saved)
            raise AnnVizError(_t("Could not move training to {device}: {error}").format(
                device=target, error=err)) from None
        self.config = self.config.with_changes(device=device)
        self.forget_steps()

    def _move_all(self, target: torch.device) -> None:
        self.module.to(target)
        for state in self.optimizer.state.values():
            for key, value in state.items():
                if isinstance(value, torch.Tensor) and value.dim() > 0:
                    state[key] = value.to(target)
        self.train_data = _moved(self.train_data, target)
        self.val_data = None if self.val_data is None else _moved(self.val_data, target)
        self.test_data = None if self.test_data is None else _moved(self.test_data, target)
        self._perm = None if self._perm is None else self._perm.to(target)
        self._epoch_loss = [t.to(target) for t in self._epoch_loss]
        if self.module.has_dropout:  # each device has its own generator
            self._rng = get_rng_state(target)
        self.device = target
        self._fast = self._make_fast_step()

    def _refuse_untrainable(self) -> None:
        if self.module.has_step:
            name = next(n.name for n in self.graph.nodes.values() if n.kind == "step")
            raise TrainingError(
                _t("'{name}' is a Step (Heaviside) layer: its gradient is zero almost everywhere, so it "
                   "cannot be trained. Evaluate the hand-set weights, or use Sigmoid to train.").format(name=name))
        if not self._named_params:
            raise TrainingError(_t("The network has no weights to train."))
        if self.stopped:
            raise TrainingError(self.stopped)

    # ----- batches -----------------------------------------------------------------
    def _batch_tensors(self) -> tuple[torch.Tensor, torch.Tensor]:
        data, bs = self.train_data, self.config.batch_size
        if self.n_batches == 1:
            return data.x, data.y  # full batch: no indexing, no shuffle (plain GD)
        if self._batch == 0:
            self._perm = torch.randperm(data.n, generator=self._shuffle).to(self.device)
        idx = self._perm[self._batch * bs:(self._batch + 1) * bs]
        return data.x[idx], data.y[idx]

    def _objective(self, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        loss = self._loss_fn(out, y)
        if self.config.l1:
            loss = loss + self.config.l1 * sum(w.abs().sum() for w in self._weights)
        if self.config.l2:
            loss = loss + self.config.l2 * sum((w * w).sum() for w in self._weights)
        return loss

    def _finish_batch(self, loss: torch.Tensor, n: int) -> None:
        """Account a finished batch, and the epoch when it was the last batch."""
        if self._full_batch:
            self._epoch_losses.append(loss.detach())
        else:
            self._epoch_loss.append(loss.detach() * n)
            self._batch += 1
            if self._batch < self.n_batches:
                return
            self._batch = 0
            self._epoch_losses.append(torch.stack(self._epoch_loss).sum() / self.train_data.n)
            self._epoch_loss = []
        self.epoch += 1
        self._grad_norms.append(self._grad_norm_row())
        if self.val_data is not None:
            self._val_losses.append(self._eval_loss(self.val_data))
            if self.config.early_stopping:
                self._watch_early_stopping()

    def _grad_norm_row(self) -> torch.Tensor:
        """||dL/dW|| of each layer's weights for the batch just done (NaN where there is none)."""
        grads = [p.grad for p in self._grad_params]
        if not grads:
            return torch.empty(0)
        if any(g is None for g in grads):
            return torch.tensor([math.nan if g is None else float(torch.linalg.vector_norm(g)) for g in grads])
        return torch.stack(torch._foreach_norm(grads))

    # ----- the fast loop -----------------------------------------------------------
    def run(self, epochs: int | None = None, *, should_stop: Callable[[], bool] | None = None,
            on_snapshot: Callable[[Snapshot], None] | None = None,
            snapshot_interval: float = 1 / 60) -> RunResult:
        """Train until ``epochs`` more epochs are done (default: up to ``config.epochs``).

        Stops early when ``should_stop()`` turns true (checked after every batch, or between
        the fast path's calls of many batches, at most ~1/60 s apart),
        on early stopping, or on divergence (the result's message says where).
        ``on_snapshot`` receives a :class:`Snapshot` at most every ``snapshot_interval`` s.
        """
        self._refuse_untrainable()
        start_epoch = self.epoch
        target = self.config.epochs if epochs is None else self.epoch + epochs
        if self._pending is not None:
            self.step_batch()
        self.forget_steps()  # Step back goes over stepped phases, not over a run
        if not self._await_engine(should_stop):
            return RunResult(0, "paused")
        last_snapshot = -math.inf
        # Small steps run on one thread, on every engine (see threads.small_steps; exported scripts
        # set one thread by the same rule, so they repeat the app's rounding).
        with one_thread(self.on_one_thread):
            while self.epoch < target and not self.stopped:
                if should_stop is not None and should_stop():
                    return RunResult(self.epoch - start_epoch, "paused")
                now = time.perf_counter()
                traced = on_snapshot is not None and now - last_snapshot >= snapshot_interval
                if traced:
                    last_snapshot = now
                snapshot = self._run_chunk(target, should_stop, traced)
                if snapshot is not None:
                    on_snapshot(snapshot)
        reason = "done"
        if self.stopped:
            reason = "diverged" if self.stopped.startswith("Training diverged") else "early_stopped"
        return RunResult(self.epoch - start_epoch, reason, self.stopped)

    @property
    def on_one_thread(self) -> bool:
        rows = min(self.config.batch_size or self.train_data.n, self.train_data.n)
        return small_steps(rows, linear_weight_count(self.module))

    def _run_chunk(self, target: int, should_stop, traced: bool) -> Snapshot | None:
        t0 = time.perf_counter()
        checkpoint = Checkpoint.capture(self.module, self.optimizer, self._state())
        cost = time.perf_counter() - t0
        # Keep checkpoints a small share of the time: long chunks for big networks.
        self._chunk_s = max(_MIN_CHUNK_S, cost / _CHECKPOINT_SHARE)
        self._begin_chunk()
        steps, snapshot_parts = 0, None
        deadline = t0 + self._chunk_s
        if traced:
            x, y = self._batch_tensors()
            snapshot_parts = self._traced_step(x, y)
            self._finish_batch(snapshot_parts.pop("loss_tensor"), x.shape[0])
            snapshot_parts.update(epoch=self.epoch, batch=self._batch)
            steps = 1
            if is_numba(self._fast):
                # The frame shows autograd's step; numba redoes it, so a run's numbers do not
                # depend on how many frames were drawn (autograd rounds differently).
                self._set_state(checkpoint.restore(self.module, self.optimizer))
                self._begin_chunk()
                steps = 0
        if self.epoch < target and not self.stopped:
            if self._fast is not None:
                steps += self._fast_steps(target, deadline, should_stop)
            elif self._full_batch and self.val_data is None:
                steps += self._full_batch_steps(target, deadline, should_stop)
            else:
                steps += self._batch_steps(target, deadline, should_stop)
        if not self._end_chunk(final=self.epoch >= target or bool(self.stopped)):
            self._replay(checkpoint, steps)
            return None
        if snapshot_parts is None:
            return None
        return self._snapshot_from(snapshot_parts)

    def _full_batch_steps(self, target: int, deadline: float, should_stop) -> int:
        """The hot loop of plain GD on all data: nothing but forward, loss, backward, step."""
        forward, out_index, opt = self.module.forward_all, self.module.output_index, self.optimizer
        objective = self._objective if (self.config.l1 or self.config.l2) else self._loss_fn
        x, y = self.train_data.x, self.train_data.y
        losses, norms, clock = self._epoch_losses, self._grad_norms, time.perf_counter
        grads = self._grad_params
        steps, todo = 0, target - self.epoch
        while steps < todo:
            loss = objective(forward(x)[out_index], y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.detach())
            norms.append(torch.stack(torch._foreach_norm([p.grad for p in grads])))
            steps += 1
            if clock() >= deadline or (should_stop is not None and should_stop()):
                break
        self.epoch += steps
        return steps

    def _batch_steps(self, target: int, deadline: float, should_stop) -> int:
        """Mini-batches and/or a validation split: the general loop, one batch per step."""
        steps = 0
        while self.epoch < target and not self.stopped:
            x, y = self._batch_tensors()
            loss = self._objective(self.module(x), y)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            self._finish_batch(loss, x.shape[0])
            steps += 1
            if time.perf_counter() >= deadline or (should_stop is not None and should_stop()):
                break
        return steps

    def _await_engine(self, should_stop) -> bool:
        """A run never switches engines midway (see :func:`.engines.await_numba`); False: told to stop."""
        if not self._numba_wanted or is_numba(self._fast):
            return True
        if not await_numba(should_stop):
            return False
        self._fast = self._make_fast_step()  # numba's, or TorchScript's if numba failed here
        return True

    def _fast_steps(self, target: int, deadline: float, should_stop) -> int:
        """Batches by the fast path, many per call, the calls ending by the chunk's deadline."""
        steps, nb = 0, self.n_batches
        while self.epoch < target and not self.stopped:
            # Early stopping looks at every epoch's weights: one epoch per call then.
            todo = nb - self._batch if self.config.early_stopping else (target - self.epoch) * nb - self._batch
            steps += self._fast_call(todo, deadline)
            if time.perf_counter() >= deadline or (should_stop is not None and should_stop()):
                break
        return steps

    def _fast_call(self, todo: int, deadline: float) -> int:
        data, nb = self.train_data, self.n_batches
        bs = data.n if self._full_batch else self.config.batch_size
        # Calls end by the chunk's deadline, and within ~1/60 s so that Pause stays quick.
        n = self._fast.plan(todo, min(deadline - time.perf_counter(), _MIN_CHUNK_S), bs)
        perms = []
        if not self._full_batch:  # drawn as _batch_tensors draws them: same generator, same order
            perms = [self._perm] if self._batch else []
            perms += [torch.randperm(data.n, generator=self._shuffle).to(self.device)
                      for _ in range(-(-(self._batch + n) // nb) - len(perms))]
        carry = torch.stack(self._epoch_loss).sum() if self._epoch_loss else None
        val = None if self.val_data is None else (self.val_data.x, self.val_data.y)
        sums, vals, norms = self._fast.run(data.x, data.y, perms, self._batch, carry, n, bs, val)
        self._account_fast(sums, vals, norms, n, perms)
        return n

    def _account_fast(self, sums: torch.Tensor, vals: torch.Tensor, norms: torch.Tensor, n: int,
                      perms: list) -> None:
        """Book a fast call's epochs as _finish_batch books batches (same units, same order)."""
        finished, self._batch = divmod(self._batch + n, self.n_batches)
        if finished:
            self._epoch_losses.append(sums[:finished] / self.train_data.n)
            self._grad_norms.append(norms[:finished])
        self._epoch_loss = [sums[finished]] if self._batch else []
        self._perm = perms[-1] if perms else self._perm
        self.epoch += finished
        if self.val_data is not None and finished:
            self._val_losses.append(vals)
            if self.config.early_stopping:
                self._watch_early_stopping()

    def _begin_chunk(self, rng: bool = True) -> None:
        self._epoch_losses: list[torch.Tensor] = []
        self._val_losses: list[torch.Tensor] = []
        self._grad_norms: list[torch.Tensor] = []  # per finished epoch: its last batch's per-layer norms
        if rng:
            self._enter_rng()

    def _enter_rng(self) -> None:
        """Dropout draws from the global generator: give this trainer its own stream."""
        if self.module.has_dropout:
            set_rng_state(self.device, self._rng)

    def _leave_rng(self) -> None:
        if self.module.has_dropout:
            self._rng = get_rng_state(self.device)

    def _end_chunk(self, check: bool = True, rng: bool = True, final: bool = True) -> bool:
        """Move the chunk's losses into the history; False if anything went non-finite.
        The accuracy is measured at the ``final`` chunk of a run, otherwise when it is due."""
        if rng:
            self._leave_rng()
        train = _joined(self._epoch_losses)
        finite = bool(np.isfinite(train).all()) and all(
            bool(torch.isfinite(p).all()) for _, p in self._named_params)
        if check and not finite:
            return False
        if len(train):
            val = _joined(self._val_losses) if self._val_losses else None
            accuracy = np.full(len(train), np.nan)
            if final or self._accuracy_due():
                accuracy[-1] = self._timed_accuracy()
            self.history.extend(train, val, accuracy, _stacked(self._grad_norms, len(self._grad_params)))
        return True

    # ----- trainer state for checkpoints -------------------------------------------------
    def _state(self) -> dict:
        return {"epoch": self.epoch, "batch": self._batch, "perm": self._perm,
                "epoch_loss": list(self._epoch_loss), "shuffle": self._shuffle.get_state(),
                "rng": self._rng, "best": self._best, "bad": self._bad_epochs,
                "history": len(self.history)}

    def _set_state(self, s: dict) -> None:
        self.epoch, self._batch, self._perm = s["epoch"], s["batch"], s["perm"]
        self._epoch_loss = s["epoch_loss"]
        self._shuffle.set_state(s["shuffle"])
        self._rng, self._best, self._bad_epochs = s["rng"], s["best"], s["bad"]
        self.history.truncate(s["history"])

    # ----- early stopping -----------------------------------------------------------
    def _watch_early_stopping(self) -> None:
        val = float(self._val_losses[-1])
        if self._best is None or val < self._best[0] - self.config.min_delta:
            self._best = (val, self.epoch, clone_tree(self.module.state_dict()))
            self._bad_epochs = 0
            return
        self._bad_epochs += 1
        if self._bad_epochs >= self.config.early_stopping:
            best_loss, best_epoch, state = self._best
            self.module.load_state_dict(state)
            self.stopped = _t("Early stopping at epoch {epoch}: the validation loss has not improved "
                              "for {patience} epochs. Restored the weights of epoch {best_epoch} "
                              "(validation loss {best_loss:.4f}).").format(
                epoch=self.epoch, patience=self.config.early_stopping, best_epoch=best_epoch, best_loss=best_loss)

    # ----- evaluation -----------------------------------------------------------------
    @torch.no_grad()
    def _eval_loss(self, data: SplitTensors) -> torch.Tensor:
        self.module.eval()
        try:
            return self._loss_fn(self.module(data.x), data.y)
        finally:
            self.module.train()

    @torch.no_grad()
    def predict(self, x: np.ndarray | torch.Tensor) -> np.ndarray:
        """The network's output for ``x`` in eval mode (dropout off, running BN stats)."""
        self.module.eval()
        try:
            t = x if isinstance(x, torch.Tensor) else torch.as_tensor(np.asarray(x))
            t = t.to(self.device, self.dtype)
            return self.module(t).cpu().numpy()
        finally:
            self.module.train()

    def _accuracy_due(self) -> bool:
        return time.perf_counter() - self._accuracy_at >= self._accuracy_cost / _ACCURACY_SHARE

    def _timed_accuracy(self) -> float:
        start = time.perf_counter()
        accuracy = self._accuracy(self.train_data)
        self._accuracy_at = time.perf_counter()
        self._accuracy_cost = self._accuracy_at - start
        return accuracy

    def _accuracy(self, data: SplitTensors) -> float:
        pred = predicted_classes(self.predict(data.x), self.module.loss_name, data.dataset.task)
        if pred is None:
            return math.nan
        return float((pred == data.dataset.y).mean())

    def evaluate(self, split: str = "train") -> "Evaluation":
        """Loss, predictions and metrics on one split ("train", "val" or "test")."""
        from .evaluation import evaluate_split  # keeps the metrics import off the hot path

        data = {"train": self.train_data, "val": self.val_data, "test": self.test_data}[split]
        if data is None:
            raise TrainingError(_t("There is no {split} split; set its fraction above 0.").format(split=split))
        output = self.predict(data.x)
        with torch.no_grad():
            loss = float(self._loss_fn(torch.as_tensor(output).to(self.device), data.y))
        return evaluate_split(output, loss, self.module.loss_name, data.dataset)
