"""Maxout: widths and validation, the module against plain torch (values and gradients), every
training engine falling back to one that matches plain torch, the seed sweep, the plane forward,
the gradient check, project files and the lesson. (Exports: the "maxout" cases of test_export.py
and test_export_notebook.py.)"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from ann_viz.core.boundary import PlaneNetwork
from ann_viz.core.data import make_dataset
from ann_viz.core.graph import ACTIVATION_KINDS, KINDS, infer_widths, validate
from ann_viz.core.graph.kinds import ParamError
from ann_viz.core.inspect import NeuronNet, neuron_factors
from ann_viz.core.inspect.gradient_check import GradientCheck
from ann_viz.core.inspect.maxout_pieces import column_pieces, maxout_pieces
from ann_viz.core.landscape import LossSurface, random_plane
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.project import Project, load_project, save_project
from ann_viz.core.sweep import SeedSweep
from ann_viz.core.torch_module import GraphModule
from ann_viz.core.train import TrainConfig, Trainer, numba_path

MOONS = {"kind": "moons", "n": 40, "noise": 0.2, "seed": 1}


def maxout_graph(k: int = 3, loss: str = "bce"):
    """2 -> 2k pieces -> Maxout(k) -> 4 pieces -> Maxout(2) -> 1 -> Sigmoid."""
    return chain(2, [linear(2 * k), ("maxout", {"k": k}), linear(4), ("maxout", {"k": 2}), linear(1), "sigmoid"],
                 loss)


def plain_forward(weights: dict, x: torch.Tensor, k: int = 3) -> torch.Tensor:
    """The same network written with torch alone: max over consecutive groups of k pieces."""
    h = F.linear(x, weights["linear1.weight"], weights["linear1.bias"])
    h = h.reshape(len(x), -1, k).max(-1).values
    h = F.linear(h, weights["linear2.weight"], weights["linear2.bias"])
    h = h.reshape(len(x), -1, 2).max(-1).values
    return torch.sigmoid(F.linear(h, weights["linear3.weight"], weights["linear3.bias"]))


def test_widths_pieces_and_refusals():
    graph = maxout_graph()
    widths = infer_widths(graph)
    assert [widths[n] for n in graph.nodes][:5] == [2, 6, 2, 4, 2]
    assert validate(graph) == []
    assert "maxout" not in ACTIVATION_KINDS  # neuron j after it is not neuron j before it
    spec = KINDS["maxout"].param("k")
    assert spec.default == 2 and spec.check(8) == 8
    for bad in (1, 9, 2.5, "3"):
        with pytest.raises(ParamError):
            spec.check(bad)
    odd = chain(2, [linear(5), ("maxout", {"k": 2}), linear(1), "sigmoid"], "bce")
    problems = validate(odd)
    assert len(problems) == 1 and problems[0].port == "in"
    assert "multiple of 2" in problems[0].message and "maxout1" in problems[0].message


def test_module_values_and_gradients_equal_plain_torch():
    torch.manual_seed(0)
    module = GraphModule(maxout_graph(), dtype=torch.float64)
    weights = {k.removeprefix("layers."): v.detach().clone().requires_grad_(True)
               for k, v in module.state_dict().items()}
    x = torch.randn(9, 2, dtype=torch.float64)
    y = (torch.rand(9, 1) > 0.5).double()
    ours = module(x)
    theirs = plain_forward(weights, x)
    torch.testing.assert_close(ours, theirs, rtol=0, atol=1e-12)
    F.binary_cross_entropy(ours, y).backward()
    F.binary_cross_entropy(theirs, y).backward()
    for name, param in module.named_parameters():
        torch.testing.assert_close(param.grad, weights[name.removeprefix("layers.")].grad, rtol=0, atol=1e-12)
    # each maxout neuron is one of its pieces, and exactly one piece per neuron gets its gradient
    values = module.forward_all(x)
    pieces, out = values[1].reshape(9, 2, 3), values[2]
    assert torch.equal(out, pieces.max(-1).values)
    assert bool((pieces == out[..., None]).any(-1).all())


def plain_training(weights: dict, x, y, lr: float, epochs: int) -> dict:
    params = {k: torch.tensor(v, requires_grad=True) for k, v in weights.items()}
    optimizer = torch.optim.SGD(params.values(), lr=lr)
    for _ in range(epochs):
        optimizer.zero_grad()
        F.binary_cross_entropy(plain_forward(params, x), y).backward()
        optimizer.step()
    return {k: v.detach().numpy() for k, v in params.items()}


@pytest.mark.parametrize("engine", ["auto", "numba", "torchscript"])
def test_every_engine_falls_back_to_one_that_matches_plain_torch(engine):
    numba_path.warm_up(block=True)  # numba ready: it still steps aside
    data = make_dataset(MOONS)
    config = TrainConfig(lr=0.5, epochs=60, seed=4, device="cpu")
    trainer = Trainer(maxout_graph(), data, config, engine=engine)
    assert trainer.engine_name == "autograd"  # the many-steps engines refuse Maxout: silently
    start = trainer.state_arrays()
    trainer.run()
    x = torch.tensor(data.x, dtype=torch.float32)
    y = torch.tensor(data.y, dtype=torch.float32)
    expected = plain_training(start, x, y, 0.5, 60)
    for name, value in trainer.state_arrays().items():
        np.testing.assert_allclose(value, expected[name], rtol=0, atol=1e-5, err_msg=name)


@pytest.mark.parametrize("optimizer, lr", [("sgd", 0.5), ("adam", 0.02)])
def test_each_sweep_copy_equals_a_single_run(optimizer, lr):
    graph, data = maxout_graph(), make_dataset(MOONS)
    config = TrainConfig(optimizer=optimizer, lr=lr, epochs=80, batch_size=16, device="cpu")
    result = SeedSweep(graph, data, config, [0, 7]).run()
    for k, seed in enumerate([0, 7]):
        trainer = Trainer(graph, data, config.with_changes(seed=seed))
        trainer.run()
        for name, value in trainer.state_arrays().items():
            np.testing.assert_allclose(result.weights_of(k)[name], value, rtol=0, atol=1e-4, err_msg=name)
        assert result.final_loss[k] == pytest.approx(trainer.evaluate().loss, abs=1e-4)


def test_sweep_with_maxout_before_a_cross_entropy_output():
    graph = chain(2, [linear(8), ("maxout", {"k": 4})], "ce")
    data = make_dataset({"kind": "gaussians", "n": 30, "seed": 2})
    config = TrainConfig(lr=0.3, epochs=30, device="cpu")
    result = SeedSweep(graph, data, config, [3]).run()
    trainer = Trainer(graph, data, config.with_changes(seed=3))
    trainer.run()
    np.testing.assert_allclose(result.weights_of(0)["linear1.weight"], trainer.state_arrays()["linear1.weight"],
                               rtol=0, atol=1e-5)


def test_plane_forward_equals_the_module():
    torch.manual_seed(2)
    graph = maxout_graph()
    module = GraphModule(graph)
    params = {k.removeprefix("layers."): v.detach().numpy() for k, v in module.state_dict().items()}
    x = np.random.default_rng(0).normal(size=(50, 2)).astype(np.float32)
    plane = PlaneNetwork(graph).forward(params, x.T)
    with torch.no_grad():
        ours = module.forward_all(torch.tensor(x))
    for got, want in zip(plane, ours):
        np.testing.assert_allclose(got.T, want.numpy(), rtol=0, atol=1e-5)


def test_gradient_check_agrees_in_float64():
    trainer = Trainer(maxout_graph(), make_dataset(MOONS), TrainConfig(lr=0.5, seed=1, device="cpu"))
    snap = trainer.step_phase()
    check = GradientCheck(trainer.graph, snap.params, snap.inputs, snap.targets)
    worst = check.check_all()[0]
    assert worst.relative_error <= 1e-7, worst


def test_project_file_keeps_the_maxout_layer(tmp_path):
    project = Project(maxout_graph(k=4), dict(MOONS), TrainConfig(seed=3))
    save_project(project, tmp_path / "m.annviz.json")
    again = load_project(tmp_path / "m.annviz.json")
    kinds = [(n.kind, n.params) for n in again.graph.nodes.values() if n.kind == "maxout"]
    assert kinds == [("maxout", {"k": 4}), ("maxout", {"k": 2})]
    assert infer_widths(again.graph) == infer_widths(project.graph)


def test_maxout_lesson_learns_xor_beside_relu():
    project = get_preset("activation-maxout").project()
    relu = get_preset("xor-deep-relu").project()
    assert relu.config.lr == project.config.lr and relu.config.epochs == project.config.epochs
    # the first 400 of the lessons' 3001 epochs tell the story (both train on to a loss near 1e-4)
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    assert trainer.run(400).reason == "done" and trainer.epoch == 400 and trainer.evaluate().accuracy == 1.0
    beside = Trainer(relu.graph, make_dataset(relu.data), relu.config.with_changes(device="cpu"))
    beside.run(400)
    first_below = lambda t: int(np.argmax(t.history.train_loss < 0.1))  # noqa: E731
    assert 120 <= first_below(trainer) <= 160 and 240 <= first_below(beside) <= 280  # as the lesson says


def snapshot_after_backward(graph, data=MOONS):
    trainer = Trainer(graph, make_dataset(data), TrainConfig(lr=0.5, seed=1, device="cpu"))
    for _ in range(3):
        snap = trainer.step_phase()
    assert snap.phase == "backward"
    return snap


def test_chain_rule_routes_each_neurons_delta_to_its_winning_piece():
    graph = maxout_graph()
    net, snap = NeuronNet.from_graph(graph), snapshot_after_backward(graph)
    maxout = next(c for c in net.columns if c.kind == "maxout")
    pieces = net.columns[maxout.index - 1]
    conn = next(c for c in net.connections if c.target == maxout.index)
    assert (conn.kind, maxout.pieces, maxout.width, pieces.width) == ("maxout", 3, 2, 6)
    values = snap.values[pieces.head]
    for sample in range(3):
        for j in range(6):
            bp = neuron_factors(net, snap, pieces.index, j, sample).backprop
            (term,) = bp.terms
            won = int(np.argmax(values[sample, j // 3 * 3:j // 3 * 3 + 3])) == j % 3
            assert term.weight == (1.0 if won else 0.0)
            assert term.delta == pytest.approx(float(snap.grads[maxout.head][sample, j // 3]))
            assert bp.dL_da == pytest.approx(float(snap.grads[pieces.head][sample, j]), abs=1e-7)
    for j in range(6):  # the whole batch: the share of the summed delta each piece received
        bp = neuron_factors(net, snap, pieces.index, j, None).backprop
        assert bp.dL_da == pytest.approx(float(snap.grads[pieces.head][:, j].sum()), abs=1e-6)
    factors = neuron_factors(net, snap, maxout.index, 1, 0)
    assert factors.z_formula == f"max({net.z_label(pieces, 3)}, {net.z_label(pieces, 4)}, {net.z_label(pieces, 5)})"


def test_the_pieces_of_a_neuron_are_its_weights_lines():
    # one input: the notes' picture, max(w1 x + b1, w2 x + b2) against x itself
    got = maxout_pieces(np.array([[2.0], [-1.0]]), np.array([0.5, 1.0]), np.array([[-1.0], [0.0], [3.0]]))
    assert got.on_axis and got.k == 2
    np.testing.assert_allclose(got.pieces[0], 2.0 * got.t + 0.5)
    np.testing.assert_allclose(got.pieces[1], -got.t + 1.0)
    np.testing.assert_allclose(got.top, np.maximum(2.0 * got.t + 0.5, 1.0 - got.t))
    np.testing.assert_allclose(got.sample_values, [2.0, 1.0, 6.5])
    assert got.winner.tolist() == [1, 1, 0]
    # more inputs: along the main direction through the mean; samples on that line lie on the envelope
    rng = np.random.default_rng(0)
    x = np.outer(np.linspace(-2, 2, 9), [0.6, 0.8]) + [1.0, -1.0]
    w, b = rng.normal(size=(3, 2)), rng.normal(size=3)
    got = maxout_pieces(w, b, x)
    assert not got.on_axis
    np.testing.assert_allclose(np.interp(got.sample_t, got.t, got.top), got.sample_values, atol=1e-9)


def test_column_pieces_reads_the_snapshot():
    graph = maxout_graph()
    net, snap = NeuronNet.from_graph(graph), snapshot_after_backward(graph)
    maxout = next(c for c in net.columns if c.kind == "maxout")
    got = column_pieces(net, snap, maxout, 1)
    np.testing.assert_allclose(got.sample_values, snap.values[maxout.head][:, 1], rtol=1e-5, atol=1e-6)


def test_the_loss_landscape_of_a_maxout_network_equals_plain_torch():
    graph = maxout_graph()
    torch.manual_seed(5)
    params = {n.removeprefix("layers."): v.numpy().copy() for n, v in GraphModule(graph).state_dict().items()}
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=(11, 2)), rng.integers(0, 2, size=(11, 1)).astype(float)
    surface = LossSurface(graph, x, y, dtype=torch.float64)
    plane = random_plane(params, seed=2)
    alphas, betas = np.linspace(-1, 1, 3), np.linspace(-0.5, 0.5, 2)
    grid = surface.on_plane(plane, alphas, betas)
    for i, j in [(0, 0), (1, 2)]:
        point = {k: torch.as_tensor(v, dtype=torch.float64) for k, v in plane.point(alphas[j], betas[i]).items()}
        expected = F.binary_cross_entropy(plain_forward(point, torch.as_tensor(x)), torch.as_tensor(y))
        assert grid[i, j] == pytest.approx(float(expected), rel=1e-10)
