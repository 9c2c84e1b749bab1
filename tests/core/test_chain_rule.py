"""The neuron-level inspector's numbers (core.inspect) against torch autograd, computed here directly."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from ann_viz.core.data import make_dataset
from ann_viz.core.graph import Graph
from ann_viz.core.inspect import (NeuronNet, SnapshotRing, choose_visible, edge_factors, edge_values,
                                  neuron_factors, snapshot_nbytes, strongest)
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import TrainConfig, Trainer

W1 = [[0.3, 0.25], [0.4, 0.35]]
W2 = [[0.45, 0.4], [0.7, 0.6]]
X, T = [0.1, 0.2], [0.4, 0.6]


def worked_trainer() -> tuple[NeuronNet, Trainer]:
    project = get_preset("worked-2-2-2").project()
    return NeuronNet.from_graph(project.graph), Trainer(project.graph, make_dataset(project.data), project.config)


def worked_autograd() -> dict[str, torch.Tensor]:
    """The notes' 2-2-2 example, by hand in torch: every value and gradient."""
    w1 = torch.tensor(W1, requires_grad=True)
    w2 = torch.tensor(W2, requires_grad=True)
    x, t = torch.tensor([X]), torch.tensor([T])
    z1 = x @ w1.T
    z1.retain_grad()
    h = torch.sigmoid(z1)
    h.retain_grad()
    z2 = h @ w2.T
    z2.retain_grad()
    o = torch.sigmoid(z2)
    o.retain_grad()
    loss = F.mse_loss(o, t)
    loss.backward()
    return {"w1": w1, "w2": w2, "x": x, "z1": z1, "h": h, "z2": z2, "o": o, "t": t, "loss": loss}


def step_to(trainer: Trainer, phase: str):
    while True:
        snapshot = trainer.step_phase()
        if snapshot.phase == phase:
            return snapshot


def test_worked_example_structure_and_names():
    net, _ = worked_trainer()
    assert [(c.head, c.width, c.activation, c.is_output) for c in net.columns] == [
        ("input", 2, "", False), ("linear1", 2, "sigmoid", False), ("linear2", 2, "sigmoid", True)]
    assert net.weight_label("linear1", 0, 0) == "w1" and net.weight_label("linear1", 1, 0) == "w3"
    assert net.weight_label("linear2", 0, 0) == "w5" and net.weight_label("linear2", 1, 1) == "w8"
    out = net.columns[2]
    assert net.a_label(out, 0) == "o1" and net.z_label(out, 0) == "z3"
    assert net.a_label(net.columns[1], 1) == "h2" and net.a_label(net.columns[0], 0) == "x1"
    assert net.n_weights == 8


def test_w5_chain_rule_factors_are_the_notes_numbers():
    """dE/dw5 = dE/do1 * do1/dz3 * dz3/dw5 with dE/do1 = o1 - t1, do1/dz3 = o1(1 - o1), dz3/dw5 = h1."""
    net, trainer = worked_trainer()
    snapshot = step_to(trainer, "backward")
    g = worked_autograd()
    o1, h1, t1 = g["o"][0, 0].item(), g["h"][0, 0].item(), T[0]
    f = edge_factors(net, snapshot, "linear2", 0, 0, 0)
    assert f.label == "w5" and (f.source_label, f.target_label, f.z_label) == ("h1", "o1", "z3")
    assert f.dE_do == pytest.approx(o1 - t1, rel=1e-5)  # E = mean over the 2 outputs of (o - t)^2
    assert f.dE_do == pytest.approx(g["o"].grad[0, 0].item(), rel=1e-5)
    assert f.do_dz == pytest.approx(o1 * (1 - o1), rel=1e-5)
    assert f.dz_dw == pytest.approx(h1, rel=1e-6)
    assert f.dE_do * f.do_dz * f.dz_dw == pytest.approx(g["w2"].grad[0, 0].item(), rel=1e-5)
    assert f.grad == pytest.approx(g["w2"].grad[0, 0].item(), rel=1e-5)
    assert f.delta_j == pytest.approx(g["z2"].grad[0, 0].item(), rel=1e-5)


def test_every_edge_and_neuron_matches_autograd_after_backward():
    net, trainer = worked_trainer()
    snapshot = step_to(trainer, "backward")
    g = worked_autograd()
    a_in = {"linear1": g["x"], "linear2": g["h"]}
    z_of = {"linear1": g["z1"], "linear2": g["z2"]}
    w_of = {"linear1": g["w1"], "linear2": g["w2"]}
    for layer in ("linear1", "linear2"):
        for j in range(2):
            for i in range(2):
                f = edge_factors(net, snapshot, layer, j, i, 0)
                assert f.w == pytest.approx(w_of[layer][j, i].item())
                assert f.a_i == pytest.approx(a_in[layer][0, i].item(), rel=1e-6)
                assert f.contribution == pytest.approx(f.w * f.a_i)
                assert f.delta_j == pytest.approx(z_of[layer].grad[0, j].item(), rel=1e-5)
                assert f.grad == pytest.approx(w_of[layer].grad[j, i].item(), rel=1e-5)
                assert f.grad_autograd == pytest.approx(w_of[layer].grad[j, i].item(), rel=1e-5)
                assert f.regularization is None
        matrix = edge_values(net, snapshot, net.connection_of(layer), "gradient", 0)
        np.testing.assert_allclose(matrix, w_of[layer].grad.numpy(), rtol=1e-5)
    # Hidden neurons: delta_j = (sum_k w_kj delta_k) * h_j (1 - h_j), term by term.
    for j in range(2):
        n = neuron_factors(net, snapshot, 1, j, 0)
        h = g["h"][0, j].item()
        assert (n.z, n.a) == (pytest.approx(g["z1"][0, j].item(), rel=1e-6), pytest.approx(h, rel=1e-6))
        bp = n.backprop
        assert not bp.is_output and [t.weight_label for t in bp.terms] == [f"w{5 + j}", f"w{7 + j}"]
        assert [t.delta_label for t in bp.terms] == ["z3", "z4"]
        assert bp.dL_da == pytest.approx(g["h"].grad[0, j].item(), rel=1e-5)
        assert bp.f_prime == pytest.approx(h * (1 - h), rel=1e-5)
        assert bp.dL_da * bp.f_prime == pytest.approx(g["z1"].grad[0, j].item(), rel=1e-5)
        assert n.bias is None and n.bias_grad is None
    out = neuron_factors(net, snapshot, 2, 1, 0)
    assert out.target == pytest.approx(0.6) and out.backprop.is_output
    assert out.backprop.dE_do * out.backprop.f_prime == pytest.approx(g["z2"].grad[0, 1].item(), rel=1e-5)
    first = neuron_factors(net, snapshot, 0, 1, 0)
    assert first.a == pytest.approx(0.2) and first.backprop is None and first.z_label is None


def test_values_before_backward_and_the_update():
    net, trainer = worked_trainer()
    forward = step_to(trainer, "forward")
    f = edge_factors(net, forward, "linear2", 0, 0, 0)
    assert f.a_i is not None and f.delta_j is None and f.grad is None and f.dE_do is None
    assert edge_values(net, forward, net.connection_of("linear2"), "gradient", 0) is None
    update = step_to(trainer, "update")
    g = worked_autograd()
    f = edge_factors(net, update, "linear2", 0, 0, 0)
    assert f.w == pytest.approx(0.45)  # the weight the forward used
    assert f.w_after == pytest.approx(0.45 - 0.5 * g["w2"].grad[0, 0].item(), rel=1e-5)
    assert f.update == pytest.approx(-0.5 * g["w2"].grad[0, 0].item(), rel=1e-5)
    after = edge_values(net, update, net.connection_of("linear1"), "weight", 0)
    np.testing.assert_allclose(after, np.array(W1) - 0.5 * g["w1"].grad.numpy(), rtol=1e-5)


def xor_trainer(**config) -> tuple[NeuronNet, Trainer]:
    project = get_preset("xor-2-2-1").project()
    cfg = project.config.with_changes(**config) if config else project.config
    return NeuronNet.from_graph(project.graph), Trainer(project.graph, make_dataset(project.data), cfg)


def test_batch_sums_and_bias_gradients():
    net, trainer = xor_trainer()
    snapshot = step_to(trainer, "backward")
    n = snapshot.inputs.shape[0]
    assert n == 4
    for layer in ("linear1", "linear2"):
        conn = net.connection_of(layer)
        total = sum(edge_values(net, snapshot, conn, "gradient", s) for s in range(n))
        np.testing.assert_allclose(total, snapshot.param_grads[f"{layer}.weight"], rtol=1e-4, atol=1e-7)
        np.testing.assert_allclose(edge_values(net, snapshot, conn, "gradient", None),
                                   snapshot.param_grads[f"{layer}.weight"])
        f = edge_factors(net, snapshot, layer, 0, 1, None)
        assert f.grad == pytest.approx(float(snapshot.param_grads[f"{layer}.weight"][0, 1]), rel=1e-4, abs=1e-7)
        column = net.columns[conn.target]
        nf = neuron_factors(net, snapshot, column.index, 0, None)
        assert nf.bias_grad == pytest.approx(float(snapshot.param_grads[f"{layer}.bias"][0]), rel=1e-5)
        per_sample = [neuron_factors(net, snapshot, column.index, 0, s).bias_grad for s in range(n)]
        assert sum(per_sample) == pytest.approx(nf.bias_grad, rel=1e-4, abs=1e-7)
        assert nf.bias == pytest.approx(float(snapshot.params[f"{layer}.bias"][0]))
    contribution = edge_values(net, snapshot, net.connection_of("linear1"), "contribution", 2)
    np.testing.assert_allclose(contribution, snapshot.params["linear1.weight"] * snapshot.inputs[2][None, :])


def test_l2_penalty_is_reported_apart_from_the_data_gradient():
    net, trainer = xor_trainer(l2=0.1)
    snapshot = step_to(trainer, "backward")
    f = edge_factors(net, snapshot, "linear1", 0, 0, None)
    w = float(snapshot.params["linear1.weight"][0, 0])
    assert f.regularization == pytest.approx(0.1 * 2 * w, rel=1e-4)
    assert f.grad + f.regularization == pytest.approx(f.grad_autograd, rel=1e-5)


def merge_graph() -> Graph:
    """Input -> Linear+tanh -> [Linear+relu+dropout, skip] -> Add -> [Linear, Linear+sigmoid] -> Concat -> Linear."""
    g = Graph()
    inp = g.add_node("input", "input", {"features": 3})
    nodes = {}
    for name, kind, params, source in [
        ("l1", "linear", {"units": 4}, "input"), ("t1", "tanh", {}, "l1"),
        ("l2", "linear", {"units": 4}, "t1"), ("r2", "relu", {}, "l2"), ("d2", "dropout", {"p": 0.3}, "r2"),
        ("add", "add", {}, "d2"), ("la", "linear", {"units": 2}, "add"), ("lb", "linear", {"units": 3}, "add"),
        ("sb", "sigmoid", {}, "lb"), ("cat", "concat", {}, "la"), ("head", "linear", {"units": 2}, "cat")]:
        node = g.add_node(kind, name, params)
        nodes[name] = node.id
        g.add_link(nodes.get(source, inp.id), node.id)
    g.add_link(nodes["t1"], nodes["add"])
    g.add_link(nodes["sb"], nodes["cat"])
    out = g.add_node("output", "output", {"loss": "mse"})
    g.add_link(nodes["head"], out.id)
    return g


def test_residual_concat_dropout_deltas_match_autograd():
    graph = merge_graph()
    net = NeuronNet.from_graph(graph)
    kinds = {c.head: (c.kind, c.activation) for c in net.columns}
    assert kinds["l1"] == ("linear", "tanh") and kinds["l2"] == ("linear", "relu+dropout")
    assert kinds["add"] == ("add", "") and kinds["cat"] == ("concat", "")
    identity = [(net.columns[c.source].head, net.columns[c.target].head, c.offset)
                for c in net.connections if c.kind == "identity"]
    assert identity == [("l2", "add", 0), ("l1", "add", 0), ("la", "cat", 0), ("lb", "cat", 2)]
    assert [c.depth for c in net.columns] == [0, 1, 2, 3, 4, 4, 5, 6]
    rng = np.random.default_rng(0)
    data = {"kind": "inline", "x": rng.normal(size=(6, 3)).tolist(), "y": rng.normal(size=(6, 2)).tolist(),
            "task": "regression"}
    trainer = Trainer(graph, make_dataset(data), TrainConfig(lr=0.1, epochs=3, seed=3))
    snapshot = step_to(trainer, "backward")
    for column in net.columns[1:]:
        for j in range(column.width):
            for s in (0, 4):
                bp = neuron_factors(net, snapshot, column.index, j, s).backprop
                assert bp.delta == pytest.approx(float(snapshot.grads[column.head][s, j]), abs=1e-7)
                if column.is_output:
                    continue
                assert bp.dL_da == pytest.approx(float(snapshot.grads[column.a_name][s, j]), rel=1e-4, abs=1e-7)
                if bp.f_prime is not None:
                    assert bp.dL_da * bp.f_prime == pytest.approx(bp.delta, rel=1e-4, abs=1e-7)
    # The tanh layer feeds a Linear and the residual Add: its sum has a weight-1 identity term.
    terms = neuron_factors(net, snapshot, net.column_of("l1").index, 0, 0).backprop.terms
    assert [t.weight_label == "" for t in terms].count(True) == 1


def test_wide_layer_helpers_and_ring_buffer():
    importance = np.array([5.0, 1.0, 9.0, 3.0, 7.0, 0.5])
    assert choose_visible(importance, 3).tolist() == [0, 2, 4]
    assert choose_visible(importance, 3, np.array([0, 3, 4])).tolist() == [0, 3, 4]  # 3 is still in the top 6
    assert choose_visible(importance, 10).tolist() == list(range(6))
    rows, cols = strongest(np.array([[0.1, -3.0], [2.0, 0.5]]), 2)
    assert sorted(zip(rows.tolist(), cols.tolist())) == [(0, 1), (1, 0)]

    net, trainer = xor_trainer()
    ring = SnapshotRing(max_count=5, max_bytes=10**9)
    for _ in range(8):
        ring.append(trainer.step_phase())
    assert len(ring) == 5 and [ring[k].phase for k in range(5)] == ["update", "forward", "loss", "backward", "update"]
    size = snapshot_nbytes(ring.latest())
    small = SnapshotRing(max_count=100, max_bytes=3 * size)
    for k in range(6):
        small.append(ring[k % len(ring)])
    assert 1 <= len(small) <= 6 and small.nbytes <= 3 * max(snapshot_nbytes(small[k]) for k in range(len(small)))


def test_mnist_shaped_columns_and_a_net_that_does_not_match():
    graph = chain(784, [linear(512), "relu", ("dropout", {"p": 0.2}), linear(10)], "ce")
    net = NeuronNet.from_graph(graph)
    assert [c.width for c in net.columns] == [784, 512, 10]
    assert net.columns[2].is_output and net.columns[2].activation == ""
    assert net.n_weights == 784 * 512 + 512 * 10
    _, trainer = worked_trainer()
    assert not net.matches(trainer.snapshot())
