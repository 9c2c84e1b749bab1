"""Step back: return to the state before a phase or an epoch taken with the step buttons, exactly.

A mixin of :class:`.trainer.Trainer`. Before each phase it notes where the trainer stands:
a :class:`.checkpoint.Checkpoint` taken when the batch began (weights, optimizer state, data
order, random streams, history length) plus how many of the batch's phases were done. Going
back restores that checkpoint and redoes those phases, so stepping forward again gives the
same numbers to the last bit. A run (Play), a reset or typed weights start a new record.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..inspect.timeline import snapshot_nbytes
from .checkpoint import Checkpoint, clone_tree
from .optim import set_learning_rate
from .snapshot import Snapshot

MAX_MARKS = 1000
MAX_BYTES = 128 * 2**20  # checkpoints and shown snapshots kept for going back; the oldest go first


@dataclass(frozen=True)
class _Mark:
    """The trainer before one phase: its batch's starting checkpoint and the phases done since."""

    checkpoint: Checkpoint
    phases: int
    epoch: int
    batch: int
    shown: Snapshot | None  # what the views showed then
    stopped: str
    divergence: object
    size: int  # bytes this mark adds (its checkpoint counts once, with the batch's first mark)


def _checkpoint_bytes(checkpoint: Checkpoint) -> int:
    total = 0
    stack = [checkpoint.module_state, checkpoint.optimizer_state, checkpoint.trainer_state]
    while stack:
        value = stack.pop()
        if hasattr(value, "nbytes") and hasattr(value, "dtype"):
            total += int(value.nbytes)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
    return total


class Rewind:
    """Step back a phase or an epoch (mixed into :class:`.trainer.Trainer`)."""

    def forget_steps(self) -> None:
        """Nothing to go back to (after a reset, a run or typed weights)."""
        self._marks: list[_Mark] = []
        self._batch_start: Checkpoint | None = None
        self._shown: Snapshot | None = None
        self._replaying = False

    def _mark_position(self) -> None:
        """Called at the start of every stepped phase, before anything changes."""
        if self._replaying:
            return
        size = 0 if self._shown is None else snapshot_nbytes(self._shown)
        if self._pending is None:
            state = self._state()
            state["grads"] = [q.grad for _, q in self._named_params]
            self._batch_start = Checkpoint.capture(self.module, self.optimizer, state)
            size += _checkpoint_bytes(self._batch_start)
            phases = 0
        else:
            phases = self._pending.phase + 1
        self._marks.append(_Mark(self._batch_start, phases, self.epoch, self._batch, self._shown, self.stopped,
                                 self.divergence, size))
        total = sum(m.size for m in self._marks)
        while len(self._marks) > 1 and (len(self._marks) > MAX_MARKS or total > MAX_BYTES):
            total -= self._marks.pop(0).size

    def _shown_now(self, snapshot: Snapshot) -> Snapshot:
        self._shown = snapshot
        return snapshot

    def can_step_back(self, unit: str) -> bool:
        """True when :meth:`step_back` can go back one ``unit`` ("phase" or "epoch")."""
        return self._target_index(unit) is not None

    def _target_index(self, unit: str) -> int | None:
        if not self._marks:
            return None
        if unit == "phase":
            return len(self._marks) - 1
        # An epoch back: to the start of this epoch when partway, else to the start of the last one.
        partway = self._pending is not None or self._batch != 0
        epoch = self.epoch if partway else self.epoch - 1
        for i in range(len(self._marks) - 1, -1, -1):
            m = self._marks[i]
            if m.phases == 0 and m.batch == 0 and m.epoch == epoch:
                return i
            if m.epoch < epoch:
                break
        return None

    def step_back(self, unit: str) -> Snapshot | None:
        """Go back one "phase" or "epoch"; returns what the views showed then (None: nothing to go back to).

        Weights, optimizer state, data order, random streams and history are restored exactly;
        the phases of the batch already done at that point are redone.
        """
        index = self._target_index(unit)
        if index is None:
            return None
        mark = self._marks[index]
        del self._marks[index:]
        state = mark.checkpoint.restore(self.module, self.optimizer)
        set_learning_rate(self.optimizer, self.config.lr)  # a rate changed since stays as set
        for (_, q), grad in zip(self._named_params, state.pop("grads")):
            q.grad = None if grad is None else clone_tree(grad)
        self._set_state(state)
        self._pending = None
        self._batch_start = mark.checkpoint
        self.stopped, self.divergence = "", None
        self._replaying = True
        try:
            for _ in range(mark.phases):
                self.step_phase()
        finally:
            self._replaying = False
        self.stopped, self.divergence = mark.stopped, mark.divergence
        self._shown = mark.shown
        return mark.shown if mark.shown is not None else self.snapshot()
