"""Train a comparison's runs together: one existing :class:`Trainer` per run, interleaved.

Each round trains every live run up to its next planned epoch (the timeline's marks), then
keeps a slim snapshot of its weights there. Every trainer keeps its own random streams
(data order, dropout), so interleaving changes nothing: each run equals the same project
trained alone, to float rounding. A run that cannot be built, diverges or stops early ends
with its message; the other runs go on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..data import make_dataset
from ..errors import AnnVizError
from ..film.run import frame_epochs
from ..i18n import _t
from ..train import Snapshot, Trainer
from .runs import Comparison, CompareRun

MAX_MARKS = 200
SNAPSHOT_BUDGET_BYTES = 256 * 2**20  # the kept weights of every run at every mark, together

WAITING, TRAINING, DONE, DIVERGED, EARLY_STOPPED, FAILED = (
    "waiting", "training", "done", "diverged", "early_stopped", "failed")


@dataclass(frozen=True)
class RunView:
    """One run as the GUI sees it: read-only copies, never the live trainer."""

    label: str
    status: str
    message: str
    epoch: int
    layers: tuple[str, ...]
    loss: np.ndarray  # per epoch (epochs 1..epoch)
    val_loss: np.ndarray
    grad_norms: np.ndarray  # (epochs x layers): ||dL/dW|| of each layer's weights
    marks: np.ndarray  # the epochs with a kept snapshot (0 = before training)
    accuracy: np.ndarray  # train accuracy at each mark (NaN for regression, or before training)
    snapshots: tuple[Snapshot, ...]  # at each mark: weights (and BatchNorm statistics)

    def snapshot_at(self, epoch: int) -> Snapshot | None:
        """The last kept snapshot at or before ``epoch``."""
        if not len(self.marks):
            return None
        i = int(np.searchsorted(self.marks, epoch, side="right")) - 1
        return self.snapshots[max(i, 0)]

    @property
    def final_loss(self) -> float:
        return float(self.loss[-1]) if len(self.loss) else float("nan")

    @property
    def final_accuracy(self) -> float:
        return float(self.accuracy[-1]) if len(self.accuracy) else float("nan")


@dataclass(frozen=True)
class CompareState:
    runs: tuple[RunView, ...]
    epochs: int  # the target
    finished: bool


class _Live:
    """The engine's side of one run."""

    def __init__(self, run: CompareRun):
        self.run = run
        self.trainer: Trainer | None = None
        self.status = FAILED if run.project is None else WAITING
        self.message = run.error
        self.marks: list[int] = []
        self.accuracy: list[float] = []
        self.snapshots: list[Snapshot] = []

    @property
    def live(self) -> bool:
        return self.status in (WAITING, TRAINING)

    def keep(self) -> None:
        t = self.trainer
        full = t.snapshot()
        self.snapshots.append(Snapshot(epoch=t.epoch, batch=0, n_batches=t.n_batches, phase="idle", loss=None,
                                       device=full.device, params=full.params, buffers=full.buffers,
                                       train_loss=full.train_loss, accuracy=full.accuracy, message=t.stopped))
        self.marks.append(t.epoch)
        self.accuracy.append(np.nan if full.accuracy is None or not t.epoch else full.accuracy)

    def view(self) -> RunView:
        t = self.trainer
        empty = np.empty(0)
        history = None if t is None else t.history
        return RunView(self.run.label, self.status, self.message, 0 if t is None else t.epoch,
                       () if history is None else history.layers,
                       empty if history is None else np.array(history.train_loss),
                       empty if history is None else np.array(history.val_loss),
                       np.empty((0, 0)) if history is None else np.array(history.grad_norms),
                       np.array(self.marks, dtype=np.int64), np.array(self.accuracy, dtype=np.float64),
                       tuple(self.snapshots))


class CompareEngine:
    """Trains ``comparison``'s runs round by round. ``engine`` and ``device`` go to every Trainer
    (None: each project's own device)."""

    def __init__(self, comparison: Comparison, engine: str = "auto", device: str | None = None,
                 max_marks: int = MAX_MARKS):
        self.comparison = comparison
        self.epochs = comparison.epochs
        self._engine, self._device = engine, device
        self._max_marks = max_marks
        self.runs = [_Live(run) for run in comparison.runs]
        self.plan: list[int] = []
        self._built = False

    # ----- set-up ----------------------------------------------------------------------------
    def build(self) -> None:
        """Make every run's trainer (its data, weights from its seed); failures stay with their run."""
        if self._built:
            return
        for live in self.runs:
            if live.run.project is None:
                continue
            project = live.run.project
            config = project.config.with_changes(epochs=self.epochs)
            if self._device is not None:
                config = config.with_changes(device=self._device)
            try:
                live.trainer = Trainer(project.graph, make_dataset(project.data), config, engine=self._engine)
            except AnnVizError as err:
                live.status, live.message, live.trainer = FAILED, str(err), None
            except (RuntimeError, MemoryError, ValueError) as err:
                live.status, live.message, live.trainer = FAILED, _t("The run could not start: {error}").format(
                    error=err), None
        self.plan = frame_epochs(self.epochs, self._marks())
        for live in self.runs:
            if live.trainer is not None:
                live.keep()
        self._built = True

    def _marks(self) -> int:
        """As many marks as the budget for kept weights allows (big networks get fewer)."""
        sizes = [sum(p.numel() * p.element_size() for p in live.trainer.module.parameters())
                 for live in self.runs if live.trainer is not None]
        total = max(1, sum(sizes))
        return int(max(2, min(self._max_marks, SNAPSHOT_BUDGET_BYTES // total)))

    # ----- training --------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return self._built and not any(live.live for live in self.runs)

    def step(self, should_stop: Callable[[], bool] | None = None) -> bool:
        """One round: each live run trains to its next mark. False once every run has ended."""
        self.build()
        for live in self.runs:
            if not live.live or (should_stop is not None and should_stop()):
                continue
            self._advance(live, should_stop)
        return not self.finished

    def _advance(self, live: _Live, should_stop) -> None:
        trainer = live.trainer
        target = next((e for e in self.plan if e > trainer.epoch), None)
        if target is None:
            live.status = DONE
            return
        live.status = TRAINING
        try:
            result = trainer.run(target - trainer.epoch, should_stop=should_stop)
        except AnnVizError as err:
            live.status, live.message = FAILED, str(err)
            return
        except (RuntimeError, MemoryError) as err:
            live.status, live.message = FAILED, _t("The run failed: {error}").format(error=err)
            return
        if result.reason == "paused":
            if trainer.epoch in self.plan and (not live.marks or live.marks[-1] != trainer.epoch):
                live.keep()
            return
        live.keep()
        if result.reason in ("diverged", "early_stopped"):
            live.status = DIVERGED if result.reason == "diverged" else EARLY_STOPPED
            live.message = result.message
        elif trainer.epoch >= self.epochs:
            live.status = DONE

    def run(self, should_stop: Callable[[], bool] | None = None,
            on_progress: Callable[[CompareState], None] | None = None, interval: float = 0.1) -> CompareState:
        """Train until every run has ended or ``should_stop()``; ``on_progress`` at most every ``interval`` s."""
        last = time.perf_counter()
        while self.step(should_stop):
            if should_stop is not None and should_stop():
                break
            if on_progress is not None and time.perf_counter() - last >= interval:
                last = time.perf_counter()
                on_progress(self.state())
        return self.state()

    def state(self) -> CompareState:
        return CompareState(tuple(live.view() for live in self.runs), self.epochs, self.finished)

    def trainer(self, index: int) -> Trainer | None:
        return self.runs[index].trainer
