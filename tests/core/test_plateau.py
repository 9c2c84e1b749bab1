"""Plateau advice: a run stuck at ln 2 (or flat while high) says what to try; a learning run does not."""

import math

import numpy as np

from ann_viz.core.data import make_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.starter import STARTER_CONFIG, blank_project
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import Trainer, TrainConfig
from ann_viz.core.train.plateau import plateau_advice


def test_the_perceptron_on_xor_gets_advice_naming_the_hidden_layer():
    project = get_preset("perceptron-xor").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(epochs=2001))
    trainer.run()
    advice = plateau_advice(trainer.history.train_loss, "bce", trainer.config, project.graph)
    assert advice is not None
    what, tries = advice
    assert "0.6931" in what
    assert len(tries) == 1 and "hidden layer" in tries[0]  # nothing else helps a single layer
    stuck = plateau_advice(np.full(200, math.log(2)), "bce", TrainConfig(epochs=200),
                           chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce"))
    assert any("200" in t for t in stuck[1]) and not any("hidden layer" in t for t in stuck[1])


def test_a_learning_run_gets_no_advice():
    losses = np.geomspace(0.7, 0.001, 500)
    assert plateau_advice(losses, "bce", TrainConfig()) is None


def test_mse_at_a_quarter_and_a_flat_high_loss_are_plateaus():
    assert plateau_advice(np.full(100, 0.2502), "mse", TrainConfig()) is not None
    flat = np.concatenate([np.linspace(2.0, 1.5, 80), np.full(20, 1.5)])
    what, _ = plateau_advice(flat, "ce", TrainConfig())
    assert "20 epochs" in what
    assert plateau_advice(np.full(5, math.log(2)), "bce", TrainConfig()) is None  # too short to tell


def test_the_starter_settings_train_a_first_xor_network():
    project = blank_project("Untitled")
    assert project.config == STARTER_CONFIG and project.data == {"kind": "xor"}
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    trainer = Trainer(graph, make_dataset(project.data), project.config)
    trainer.run()
    assert trainer.evaluate().report["accuracy"] == 1.0
