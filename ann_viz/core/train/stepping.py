"""Training one phase, batch or epoch at a time, with tracing; divergence replay; snapshots.

A mixin of :class:`.trainer.Trainer`: the traced path that step buttons, snapshot frames
and the replay of a chunk that went non-finite share. It uses the trainer's module,
optimizer, batches and bookkeeping (``_batch_tensors``, ``_finish_batch``, chunks).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

import torch

from ..errors import DivergenceError, TrainingError
from ..i18n import _t
from .checkpoint import Checkpoint
from .divergence import first_nonfinite_grad, first_nonfinite_value
from .snapshot import PHASES, Snapshot, frozen_array, frozen_map

_EMPTY = MappingProxyType({})


@dataclass
class _Pending:
    """A batch partway through its phases (step-phase mode)."""

    x: torch.Tensor
    y: torch.Tensor
    phase: int = -1
    values: list | None = None
    loss: torch.Tensor | None = None
    before: list | None = None


class Stepping:
    """Traced steps, divergence replay and snapshots (mixed into :class:`.trainer.Trainer`)."""

    # ----- divergence ----------------------------------------------------------------
    def _replay(self, checkpoint: Checkpoint, steps: int) -> None:
        """Redo a bad chunk one checked step at a time; stop before the first bad update."""
        self._set_state(checkpoint.restore(self.module, self.optimizer))
        self._begin_chunk()
        start_epoch, start_rows = self.epoch, len(self.history)
        for _ in range(steps):
            # The state before each step, kept while its loss is the lowest seen: where a student
            # can go back to after a divergence (see rewind_after_divergence).
            state = {**self._state(), "history": start_rows + self.epoch - start_epoch}
            before = Checkpoint.capture(self.module, self.optimizer, state)
            x, y = self._batch_tensors()
            p = _Pending(x, y)
            for name in PHASES:
                p.phase += 1
                self._do_phase(p, rng=False)
                if name == "loss" and bool(torch.isfinite(p.loss)):
                    loss = float(p.loss.detach())
                    if self._lowest is None or loss < self._lowest[0]:
                        self._lowest = (loss, before)
                if not self._phase_finite(p, name):
                    break
            if self.stopped:
                break
            self._finish_batch(p.loss, x.shape[0])
        self._end_chunk(check=False)

    def rewind_after_divergence(self, lr: float) -> tuple[int, float]:
        """After a divergence: go back to the state with the lowest finite loss seen in the steps
        before it (weights, optimizer state, epoch, history), and continue with learning rate ``lr``.
        Returns (that epoch, its loss)."""
        if self.divergence is None or self._lowest is None:
            raise TrainingError(_t("There is no finite step before the divergence to go back to."))
        loss, checkpoint = self._lowest
        self._set_state(checkpoint.restore(self.module, self.optimizer))
        self._pending, self._lowest = None, None
        self.clear_stop()
        self.set_learning_rate(lr)
        return self.epoch, loss

    def _phase_finite(self, p: _Pending, name: str) -> bool:
        """After a phase: stop at the first NaN/Inf, naming the layer; undo a bad update."""
        layer, what = None, ""
        if name == "forward":
            layer = first_nonfinite_value(self.module.node_names, p.values)
            what = _t("Training diverged at epoch {epoch}: a NaN/Inf appeared in the output of '{layer}'. "
                      "The last finite weights are kept; try a smaller learning rate.")
        elif name == "loss" and not bool(torch.isfinite(p.loss)):
            layer = self._loss_source
            what = _t("Training diverged at epoch {epoch}: a NaN/Inf appeared in the loss computed from "
                      "'{layer}'. The last finite weights are kept; try a smaller learning rate.")
        elif name == "backward":
            layer = first_nonfinite_grad(self._named_params)
            what = _t("Training diverged at epoch {epoch}: a NaN/Inf appeared in the gradient of '{layer}'. "
                      "The last finite weights are kept; try a smaller learning rate.")
        elif name == "update":
            bad = [n for n, q in self._named_params if not bool(torch.isfinite(q).all())]
            if bad:
                with torch.no_grad():  # keep the last finite weights
                    for (_, q), before in zip(self._named_params, p.before):
                        q.copy_(before)
                layer = bad[0].rsplit(".", 1)[0]
                what = _t("Training diverged at epoch {epoch}: a NaN/Inf appeared in the updated weights of "
                          "'{layer}'. The last finite weights are kept; try a smaller learning rate.")
        if layer is None:
            return True
        self.optimizer.zero_grad()
        self._epoch_loss = []
        self._batch = 0
        self.stopped = what.format(epoch=self.epoch, layer=layer)
        self.divergence = DivergenceError(self.stopped, self.epoch, self.graph.node_by_name(layer).id)
        return False

    # ----- stepping -------------------------------------------------------------------
    def step_phase(self) -> Snapshot:
        """Do the next phase (forward, loss, backward, update) and return the state after it."""
        self._refuse_untrainable()
        self._mark_position()  # for Step back
        if self._pending is None:
            x, y = self._batch_tensors()
            self._pending = _Pending(x, y)
        p = self._pending
        p.phase += 1
        name = PHASES[p.phase]
        self._do_phase(p)
        finite = self._phase_finite(p, name)
        parts = self._parts(p)
        if not finite:
            self._pending = None
        elif name == "update":
            self._pending = None
            self._begin_chunk(rng=False)
            self._finish_batch(p.loss, p.x.shape[0])
            self._end_chunk(check=False, rng=False)
        return self._shown_now(self._snapshot_from(parts))

    def _do_phase(self, p: _Pending, rng: bool = True) -> None:
        """The one place where forward, loss, backward and update are done with tracing."""
        name = PHASES[p.phase]
        if name == "forward":
            if rng:
                self._enter_rng()
            p.values = self.module.forward_all(p.x)
            if rng:
                self._leave_rng()
            for value in p.values[1:]:
                if value.requires_grad:
                    value.retain_grad()
        elif name == "loss":
            p.loss = self._objective(p.values[self.module.output_index], p.y)
        elif name == "backward":
            self.optimizer.zero_grad()
            p.loss.backward()
        else:
            p.before = [q.detach().clone() for _, q in self._named_params]
            self.optimizer.step()

    def step_batch(self) -> Snapshot:
        """Finish the current batch (all its remaining phases)."""
        snapshot = self.step_phase()
        while self._pending is not None:
            snapshot = self.step_phase()
        return snapshot

    def step_epoch(self) -> Snapshot:
        """Finish the current epoch (its remaining batches)."""
        start = self.epoch
        snapshot = self.step_batch()
        while self.epoch == start and not self.stopped:
            snapshot = self.step_batch()
        return snapshot

    def _traced_step(self, x: torch.Tensor, y: torch.Tensor) -> dict:
        # Inside a chunk the trainer's RNG stream is already in place: no enter/leave.
        p = _Pending(x, y)
        for _ in PHASES:
            p.phase += 1
            self._do_phase(p, rng=False)
        parts = self._parts(p)
        parts["loss_tensor"] = p.loss
        return parts

    # ----- snapshots ------------------------------------------------------------------
    def _parts(self, p: _Pending) -> dict:
        """Copy what a phase produced off the device (the snapshot's arrays)."""
        names = self.module.node_names
        parts: dict = {"phase": PHASES[p.phase], "inputs": p.x, "targets": p.y}
        if p.values is not None:
            parts["values"] = list(zip(names, p.values))
        if p.loss is not None:
            parts["loss"] = p.loss.item()
        if p.phase >= 2:
            parts["grads"] = [(n, v.grad) for n, v in zip(names[1:], p.values[1:]) if v.grad is not None]
            parts["param_grads"] = [(n, q.grad) for n, q in self._named_params if q.grad is not None]
        if p.before is not None:
            parts["params"] = [(n, b) for (n, _), b in zip(self._named_params, p.before)]
            parts["updates"] = [(n, q.detach() - b) for (n, q), b in zip(self._named_params, p.before)]
        else:
            parts["params"] = [(n, q) for n, q in self._named_params]
        return {k: (frozen_array(v) if isinstance(v, torch.Tensor) else
                    frozen_map(v) if isinstance(v, list) else v) for k, v in parts.items()}

    def _snapshot_from(self, parts: dict) -> Snapshot:
        return Snapshot(
            epoch=parts.get("epoch", self.epoch), batch=parts.get("batch", self._batch), n_batches=self.n_batches, phase=parts["phase"],
            loss=parts.get("loss"), device=str(self.device), inputs=parts["inputs"],
            targets=parts["targets"], values=parts.get("values", _EMPTY), grads=parts.get("grads", _EMPTY),
            params=parts["params"], param_grads=parts.get("param_grads", _EMPTY),
            updates=parts.get("updates", _EMPTY), train_loss=self.history.last("train_loss"),
            val_loss=self.history.last("val_loss"), accuracy=self.history.last("accuracy"),
            message=self.stopped, buffers=self._running_stats())

    def _running_stats(self):
        # BatchNorm running statistics ride along, so views evaluate as the model does. Looked up
        # each time: moving the module to another device replaces buffer tensors (not parameters).
        stats = [(n.removeprefix("layers."), b) for n, b in self.module.named_buffers()
                 if n.endswith(("running_mean", "running_var"))]
        return frozen_map(stats) if stats else _EMPTY

    def snapshot(self) -> Snapshot:
        """The current state without stepping: the weights, and the gradients of the last step done
        (every engine leaves them in the parameters' ``.grad``), so that a finished run still shows them."""
        parts = {"phase": self.phase, "inputs": None, "targets": None,
                 "params": frozen_map((n, q) for n, q in self._named_params)}
        grads = [(n, q.grad) for n, q in self._named_params if q.grad is not None]
        if grads:
            parts["param_grads"] = frozen_map(grads)
        return self._snapshot_from(parts)
