"""Saturated and dead neurons on constructed cases; f and f' against torch autograd."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.inspect import NeuronNet
from ann_viz.core.inspect.neuron_health import (DEAD, OK, PLOTTABLE, SATURATED, SATURATED_SLOPE,
                                                activation_and_slope, activation_kind, classify, network_health)
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer

TORCH = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
         "leaky_relu": lambda z: torch.nn.functional.leaky_relu(z, 0.1),
         "elu": lambda z: torch.nn.functional.elu(z, 1.0), "identity": lambda z: z}


@pytest.mark.parametrize("kind", sorted(TORCH))
def test_f_and_slope_match_torch(kind):
    z = torch.linspace(-6, 6, 97, dtype=torch.float64).requires_grad_()  # 0 is not on the grid
    y = TORCH[kind](z)
    y.sum().backward()
    f, slope = activation_and_slope(kind, z.detach().numpy(), {"slope": 0.1, "alpha": 1.0})
    np.testing.assert_allclose(f, y.detach().numpy(), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(slope, z.grad.numpy(), rtol=1e-12, atol=1e-15)


def test_step_is_flat_and_every_plottable_kind_has_a_curve():
    f, slope = activation_and_slope("step", np.array([-1.0, 2.0]))
    assert f.tolist() == [0.0, 1.0] and slope.tolist() == [0.0, 0.0]
    for kind in PLOTTABLE:
        assert activation_and_slope(kind, np.zeros(3))[0].shape == (3,)


def test_sigmoid_saturation_needs_every_sample_past_the_threshold():
    z = np.array([[8.0, 8.0, 0.1, -9.0],
                  [-7.0, 0.5, 0.2, -12.0]])
    assert classify("sigmoid", z).tolist() == [SATURATED, OK, OK, SATURATED]
    edge = np.log(1 / SATURATED_SLOPE)  # sigmoid' is about e^-|z| far out: just inside and just outside
    assert classify("sigmoid", np.array([[edge + 0.1], [-(edge + 0.1)]])).tolist() == [SATURATED]
    assert classify("sigmoid", np.array([[edge - 0.5]])).tolist() == [OK]


def test_tanh_saturation():
    z = np.array([[4.0, 4.0], [-3.5, 1.0]])
    assert classify("tanh", z).tolist() == [SATURATED, OK]


def test_dead_relu_is_z_at_most_zero_for_all_samples():
    z = np.array([[-1.0, 0.0, 0.0, 3.0],
                  [-2.0, -0.5, 1e-9, -1.0]])
    assert classify("relu", z).tolist() == [DEAD, DEAD, OK, OK]


def test_other_kinds_are_never_flagged():
    z = np.full((3, 2), -50.0)
    for kind in ("leaky_relu", "elu", "identity", None):
        assert classify(kind, z).tolist() == [OK, OK]


def test_activation_kind_looks_through_dropout_and_batch_norm():
    assert activation_kind((("bn", "batchnorm", {}), ("d", "dropout", {"p": 0.1}), ("r", "relu", {}))) == ("relu", {})
    assert activation_kind(()) == (None, {})


def test_network_health_counts_per_layer_on_a_trained_lesson():
    project = get_preset("xor-2-2-1").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    snap = trainer.step_phase()
    net = NeuronNet.from_graph(project.graph)
    # push the hidden layer far into saturation by hand: both neurons, every sample
    values = dict(snap.values)
    hidden = net.columns[1].head
    values[hidden] = np.full_like(values[hidden], 20.0)
    health = network_health(net, type("S", (), {"values": values})())
    assert health[1].saturated == 2 and health[1].dead == 0
    assert health[1].activation == "sigmoid"
    assert set(health) == {c.index for c in net.columns if c.kind == "linear"}
