"""What an export is made from: a graph, its weights, and the run (settings, data, history)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

import numpy as np

from ..data import make_dataset
from ..graph import Graph
from ..project import Project
from ..train import Trainer, TrainConfig

HISTORY_COLUMNS = ("epoch", "train_loss", "val_loss", "accuracy")


@dataclass(frozen=True)
class ExportSource:
    """Everything a writer may need. Arrays are float32 copies; nothing refers to a live trainer.

    ``train_x``/``train_y`` (and ``val_*``) are the splits as the loss takes them (class
    indices for cross-entropy, floats otherwise); ``history`` has one row per epoch with
    the columns of :data:`HISTORY_COLUMNS`.
    """

    graph: Graph
    weights: Mapping[str, np.ndarray]
    config: TrainConfig
    title: str = "network"
    task: str = "binary"
    train_x: np.ndarray | None = None
    train_y: np.ndarray | None = None
    val_x: np.ndarray | None = None
    val_y: np.ndarray | None = None
    history: np.ndarray = field(default_factory=lambda: np.empty((0, len(HISTORY_COLUMNS))))


def source_from_trainer(trainer: Trainer, title: str = "network", history: np.ndarray | None = None) -> ExportSource:
    """The trainer's current weights, settings, splits and history (``history`` overrides the latter)."""
    val = trainer.val_data
    rows = trainer.history.rows_since(0) if history is None else np.asarray(history, dtype=np.float64)
    if rows.ndim == 2:  # the history's first columns (its rows go on with each layer's gradient size)
        rows = rows[:, :len(HISTORY_COLUMNS)]
    return ExportSource(
        graph=trainer.graph.clone(), weights=trainer.state_arrays(), config=trainer.config, title=title,
        task=trainer.train_data.dataset.task,
        train_x=trainer.train_data.x.cpu().numpy(), train_y=trainer.train_data.y.cpu().numpy(),
        val_x=None if val is None else val.x.cpu().numpy(), val_y=None if val is None else val.y.cpu().numpy(),
        history=rows)


def source_from_project(project: Project, history: np.ndarray | None = None) -> ExportSource:
    """A project's trained weights (``project.weights``), or the seeded initial weights if it has none.

    Raises an AnnVizError when the data cannot be made or the saved weights no longer fit
    the graph (the message lists every mismatch).
    """
    config = project.config.with_changes(device="cpu")  # exporting never needs (or touches) a GPU
    trainer = Trainer(project.graph, make_dataset(project.data), config)
    if project.weights:
        # Copies: saved weights are often read-only arrays, which torch.as_tensor warns about.
        trainer.load_arrays({name: np.array(value) for name, value in project.weights.items()})
    return replace(source_from_trainer(trainer, project.title, history), config=project.config)
