"""The states a film shows: the project's run trained again from its seed, stopped at each frame's epoch.

The film replays the run as the app starts it (the seeded initial weights, or the graph's hand-set
ones), never from weights saved after training; the frames' epochs are spread evenly from 0 (the
initial state) to the last epoch.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from ..data import make_dataset
from ..i18n import _t
from ..project import Project
from ..train import Snapshot, Trainer


@dataclass(frozen=True)
class FilmFrame:
    """One frame's state: the trainer's snapshot and the history rows since the previous frame."""

    index: int
    count: int  # frames planned (a run that diverges or stops early ends with fewer)
    epoch: int
    snapshot: Snapshot
    history: np.ndarray


def frame_epochs(epochs: int, frames: int) -> list[int]:
    """Up to ``frames`` distinct epochs from 0 to ``epochs``, evenly spread, both ends included."""
    if epochs < 0 or frames < 1:
        raise ValueError(_t("A film needs at least one frame, and no negative number of epochs."))
    count = min(frames, epochs + 1)
    if count == 1:
        return [epochs]
    return sorted({int(e) for e in np.linspace(0, epochs, count).round()})


def film_frames(project: Project, frames: int, epochs: int | None = None,
                cancel: threading.Event | None = None) -> Iterator[FilmFrame]:
    """Train ``project`` from its seed for ``epochs`` (default: its own) and yield a frame at each
    epoch of :func:`frame_epochs`. Stops early when ``cancel`` is set, or when training stops
    (divergence, early stopping: the last frame shows where)."""
    trainer = Trainer(project.graph, make_dataset(project.data), project.config)
    total = project.config.epochs if epochs is None else epochs
    plan = frame_epochs(total, frames)
    sent = 0
    for index, epoch in enumerate(plan):
        if cancel is not None and cancel.is_set():
            return
        if epoch > trainer.epoch:
            trainer.run(epoch - trainer.epoch, should_stop=None if cancel is None else cancel.is_set)
        rows = trainer.history.rows_since(sent)
        sent += len(rows)
        yield FilmFrame(index, len(plan), trainer.epoch, trainer.snapshot(), rows)
        if trainer.stopped or (cancel is not None and cancel.is_set()):
            return
