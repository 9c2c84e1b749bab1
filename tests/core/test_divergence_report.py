"""Why a run broke: the growth before the first NaN/Inf, where, and going back to continue."""

from __future__ import annotations

import numpy as np
import pytest

from ann_viz.core.data import make_dataset
from ann_viz.core.errors import TrainingError
from ann_viz.core.inspect.divergence import explain_divergence
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer


def diverged() -> Trainer:
    project = get_preset("divergence-high-lr").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config)
    result = trainer.run()
    assert result.reason == "diverged" and trainer.divergence is not None
    return trainer


def test_the_report_says_how_fast_the_loss_and_gradients_grew_and_where():
    trainer = diverged()
    report = explain_divergence(trainer)
    losses = trainer.history.train_loss
    assert report.epoch == trainer.epoch == len(losses)
    ratios = losses[-11:][1:] / losses[-11:][:-1]
    assert report.loss_growth == pytest.approx(float(np.exp(np.log(ratios).mean())), rel=1e-9)
    assert report.loss_growth > 10  # the notes' "each step overshoots further"
    assert report.layer == "linear1" and report.layer_growth > 1
    w = trainer.snapshot().params["linear1.weight"]
    assert abs(report.weight) == np.abs(w).max() == abs(w[report.neuron, report.source])
    assert report.suggested_lr == pytest.approx(report.lr / 10)


def test_rewinding_goes_back_to_the_lowest_loss_and_continues_with_the_smaller_rate():
    trainer = diverged()
    before = trainer.history.train_loss  # the run replayed its one chunk step by step: all its losses
    epoch, loss = trainer.rewind_after_divergence(0.05)
    assert loss == pytest.approx(before.min()) and epoch == int(np.argmin(before)) < len(before)
    assert len(trainer.history) == trainer.epoch == epoch
    assert not trainer.stopped and trainer.divergence is None
    result = trainer.run(300)
    assert result.reason == "done" and trainer.epoch == epoch + 300
    assert np.isfinite(trainer.history.train_loss).all() and trainer.history.train_loss[-1] < loss


def test_there_is_nothing_to_rewind_without_a_divergence():
    project = get_preset("xor-2-2-1").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config)
    trainer.run(10)
    with pytest.raises(TrainingError, match="no finite step"):
        trainer.rewind_after_divergence(0.1)
