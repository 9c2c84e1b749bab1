"""Gradients: the compiled module against finite differences, and the trainer's snapshot against
a hand-written backward pass (dL/dz per Linear layer, dL/dW = delta^T a)."""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch

from ann_viz.core.errors import GraphError
import torch.nn.functional as F

from ann_viz.core.torch_module import GraphModule
from ann_viz.core.data import make_dataset
from ann_viz.core.graph import Graph, check, infer_widths
from ann_viz.core.train import PHASES, TrainConfig, Trainer

ACTIVATIONS = ("tanh", "elu", "leaky_relu", "sigmoid")


def random_graph(seed: int) -> Graph:
    """A valid regression graph built of random blocks: dense, residual Add, Concat, Dropout, BatchNorm."""
    rng = random.Random(seed)
    g = Graph()
    features = rng.randint(1, 3)
    cur = g.add_node("input", "inp", {"features": features}).id
    width = features

    def act(src: str) -> str:
        kind = rng.choice(ACTIVATIONS)
        params = {"slope": rng.uniform(0.05, 0.5)} if kind == "leaky_relu" else (
            {"alpha": rng.uniform(0.5, 2.0)} if kind == "elu" else {})
        node = g.add_node(kind, params=params).id
        g.add_link(src, node)
        return node

    def linear(src: str, units: int) -> str:
        node = g.add_node("linear", params={"units": units, "bias": rng.random() < 0.8}).id
        g.add_link(src, node)
        return node

    blocks = ["dense", "residual", "concat", "dropout", "batchnorm"]
    chosen = blocks + [rng.choice(blocks) for _ in range(rng.randint(0, 2))]
    rng.shuffle(chosen)
    for block in chosen:
        if block == "dense":
            width = rng.randint(1, 4)
            cur = act(linear(cur, width))
        elif block == "residual":
            branch = act(linear(cur, width))
            add = g.add_node("add").id
            g.add_link(branch, add)
            g.add_link(cur, add)
            cur = add
        elif block == "concat":
            wa, wb = rng.randint(1, 3), rng.randint(1, 3)
            a = act(linear(cur, wa))
            b = linear(cur, wb)
            cat = g.add_node("concat").id
            for src in ([a, b, cur] if rng.random() < 0.5 else [a, b]):
                g.add_link(src, cat)
            width = wa + wb + (width if len(g.inputs_of(cat)) == 3 else 0)
            cur = cat
        elif block == "dropout":
            node = g.add_node("dropout", params={"p": rng.uniform(0.1, 0.6)}).id
            g.add_link(cur, node)
            cur = node
        else:
            node = g.add_node("batchnorm", params={"eps": rng.choice([1e-5, 1e-3])}).id
            g.add_link(cur, node)
            cur = node
    head = linear(cur, rng.randint(1, 3))
    if rng.random() < 0.5:
        head = act(head)
    out = g.add_node("output", "out", {"loss": "mse"}).id
    g.add_link(head, out)
    check(g)
    assert infer_widths(g)[cur] == width
    return g


def _double_module(graph: Graph, seed: int) -> GraphModule:
    torch.manual_seed(seed)
    module = GraphModule(graph).double()
    module.eval()
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for layer in module.layers.values():
            if isinstance(layer, torch.nn.BatchNorm1d):
                n = layer.num_features
                layer.running_mean.copy_(torch.randn(n, generator=gen, dtype=torch.float64))
                layer.running_var.copy_(0.5 + torch.rand(n, generator=gen, dtype=torch.float64))
                layer.weight.copy_(torch.randn(n, generator=gen, dtype=torch.float64))
                layer.bias.copy_(torch.randn(n, generator=gen, dtype=torch.float64))
    return module


@pytest.mark.parametrize("seed", range(6))
def test_autograd_matches_finite_differences_for_random_graphs(seed):
    graph = random_graph(seed)
    kinds = {n.kind for n in graph.nodes.values()}
    assert {"add", "concat", "dropout", "batchnorm", "linear"} <= kinds
    module = _double_module(graph, seed)
    gen = torch.Generator().manual_seed(100 + seed)
    x = torch.randn(5, graph.node_by_name("inp").params["features"], generator=gen, dtype=torch.float64)
    out_width = infer_widths(graph)[graph.node_by_name("out").id]
    y = torch.randn(5, out_width, generator=gen, dtype=torch.float64)

    def loss_fn() -> torch.Tensor:
        return F.mse_loss(module(x), y)

    # Dropout is off in eval mode: the forward pass is deterministic.
    assert torch.equal(module(x), module(x))
    module.zero_grad()
    loss_fn().backward()
    params = list(module.named_parameters())
    assert any(name.endswith("running_mean") for name, _ in module.named_buffers()) or "batchnorm" not in kinds
    eps = 1e-6
    checked = 0
    for name, p in params:
        analytic = p.grad.detach().clone()
        numeric = torch.zeros_like(p)
        flat, num = p.data.view(-1), numeric.view(-1)
        with torch.no_grad():
            for i in range(flat.numel()):
                old = flat[i].item()
                flat[i] = old + eps
                up = loss_fn().item()
                flat[i] = old - eps
                down = loss_fn().item()
                flat[i] = old
                num[i] = (up - down) / (2 * eps)
        np.testing.assert_allclose(analytic.numpy(), numeric.numpy(), rtol=1e-5, atol=1e-8, err_msg=name)
        checked += flat.numel()
    assert checked > 10
    # Every Linear and BatchNorm contributes (names are the graph's layer names).
    names = {name.split(".")[1] for name, _ in params}
    assert names == {n.name for n in graph.nodes.values() if n.kind in ("linear", "batchnorm")}


@pytest.mark.parametrize("seed", range(6))
def test_forward_all_widths_match_infer_widths(seed):
    graph = random_graph(seed)
    widths = infer_widths(graph)
    torch.manual_seed(0)
    module = GraphModule(graph)
    for mode in ("train", "eval"):
        getattr(module, mode)()
        values = module.forward_all(torch.randn(7, widths[module.node_ids[0]]))
        assert len(values) == len(graph.nodes) == len(module.node_ids)
        for nid, value in zip(module.node_ids, values):
            assert tuple(value.shape) == (7, widths[nid]), graph.nodes[nid].name
        assert module(torch.zeros(3, widths[module.node_ids[0]])).shape == (3, widths[module.node_ids[-1]])
    assert module.node_names == [graph.nodes[n].name for n in module.node_ids]


def test_dropout_is_active_only_in_training():
    g = Graph()
    i = g.add_node("input", "inp", {"features": 50}).id
    d = g.add_node("dropout", "drop", {"p": 0.5}).id
    lin = g.add_node("linear", "lin", {"units": 1}).id
    o = g.add_node("output", "out", {"loss": "mse"}).id
    for a, b in ((i, d), (d, lin), (lin, o)):
        g.add_link(a, b)
    module = GraphModule(g)
    x = torch.ones(4, 50)
    module.train()
    dropped = module.forward_all(x)[1]
    assert set(dropped.unique().tolist()) == {0.0, 2.0}  # kept values are scaled by 1 / (1 - p)
    module.eval()
    assert torch.equal(module.forward_all(x)[1], x)


@pytest.mark.parametrize("name", ["train", "keys", "update"])
def test_a_layer_named_like_a_module_method_is_refused_up_front(name):
    # torch keeps layers as ModuleDict attributes: such names are refused when given, never at build time.
    g = Graph()
    with pytest.raises(GraphError, match="reserved"):
        g.add_node("linear", name, {"units": 1})
    lin = g.add_node("linear", "ok", {"units": 1}).id
    with pytest.raises(GraphError, match="reserved"):
        g.rename(lin, name)
    assert g.nodes[lin].name == "ok"


# ----- the trainer's snapshot against a hand-written backward pass ------------------------------------
def _add_concat_graph() -> Graph:
    """x -> h1 -> t1 -> h2 -> s2; sum = t1 + s2; x -> side -> t3; cat = [sum, t3] -> head -> p -> out."""
    g = Graph()
    spec = [("input", "x", {"features": 2}), ("linear", "h1", {"units": 3}), ("tanh", "t1", {}),
            ("linear", "h2", {"units": 3}), ("sigmoid", "s2", {}), ("add", "sum", {}),
            ("linear", "side", {"units": 2}), ("tanh", "t3", {}), ("concat", "cat", {}),
            ("linear", "head", {"units": 1}), ("sigmoid", "p", {}), ("output", "out", {"loss": "bce"})]
    ids = {name: g.add_node(kind, name, params).id for kind, name, params in spec}
    for a, b in (("x", "h1"), ("h1", "t1"), ("t1", "h2"), ("h2", "s2"), ("s2", "sum"), ("t1", "sum"),
                 ("x", "side"), ("side", "t3"), ("sum", "cat"), ("t3", "cat"), ("cat", "head"),
                 ("head", "p"), ("p", "out")):
        g.add_link(ids[a], ids[b])
    return g


LAYER_INPUT = {"h1": "x", "h2": "t1", "side": "x", "head": "cat"}


def _hand_backward(params: dict, x: np.ndarray, y: np.ndarray) -> tuple[float, dict, dict]:
    """Forward and backward of _add_concat_graph in float64 NumPy: loss, dL/dz per layer, dL/dparam."""
    W = {k: params[f"{k}.weight"].astype(np.float64) for k in LAYER_INPUT}
    b = {k: params[f"{k}.bias"].astype(np.float64) for k in LAYER_INPUT}
    x = x.astype(np.float64)
    y = y.astype(np.float64)
    n = x.shape[0]
    z1 = x @ W["h1"].T + b["h1"]
    a1 = np.tanh(z1)
    z2 = a1 @ W["h2"].T + b["h2"]
    a2 = 1 / (1 + np.exp(-z2))
    s = a1 + a2
    z3 = x @ W["side"].T + b["side"]
    a3 = np.tanh(z3)
    c = np.concatenate([s, a3], axis=1)
    z4 = c @ W["head"].T + b["head"]
    p = 1 / (1 + np.exp(-z4))
    loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    dz4 = (p - y) / (n * y.shape[1])  # BCE after a sigmoid
    dc = dz4 @ W["head"]
    ds, da3 = dc[:, :3], dc[:, 3:]
    dz3 = da3 * (1 - a3 ** 2)
    dz2 = ds * a2 * (1 - a2)
    da1 = ds + dz2 @ W["h2"]  # the skip path plus the h2 path
    dz1 = da1 * (1 - a1 ** 2)
    dz = {"h1": dz1, "h2": dz2, "side": dz3, "head": dz4}
    inputs = {"h1": x, "h2": a1, "side": x, "head": c}
    grads = {}
    for k in LAYER_INPUT:
        grads[f"{k}.weight"] = dz[k].T @ inputs[k]
        grads[f"{k}.bias"] = dz[k].sum(axis=0)
    values = {"t1": a1, "s2": a2, "sum": s, "t3": a3, "cat": c, "p": p}
    return loss, dz, grads | {"values": values}


def test_step_phase_snapshot_grads_match_hand_backprop():
    data = make_dataset({"kind": "moons", "n": 16, "noise": 0.2, "seed": 3})
    trainer = Trainer(_add_concat_graph(), data, TrainConfig(lr=0.5, device="cpu", seed=11))
    snaps = [trainer.step_phase() for _ in PHASES]
    assert [s.phase for s in snaps] == list(PHASES)
    forward, loss_snap, backward, update = snaps
    x, y = backward.inputs, backward.targets
    assert x.shape == (16, 2) and y.shape == (16, 1)
    params = {k: np.asarray(v) for k, v in backward.params.items()}
    assert set(params) == {f"{k}.{w}" for k in LAYER_INPUT for w in ("weight", "bias")}
    loss, dz, grads = _hand_backward(params, x, y)
    values = grads.pop("values")

    # Forward values and the loss.
    for name, value in values.items():
        np.testing.assert_allclose(forward.values[name], value, rtol=1e-5, atol=1e-6, err_msg=name)
    np.testing.assert_array_equal(forward.values["out"], forward.values["p"])
    np.testing.assert_array_equal(forward.values["x"], x)
    assert forward.loss is None and loss_snap.loss == pytest.approx(loss, rel=1e-5)
    assert len(forward.grads) == 0 and len(loss_snap.grads) == 0

    # dL/dz of every Linear layer, and dL/dW = delta^T a, dL/db = sum of delta.
    for layer, src in LAYER_INPUT.items():
        np.testing.assert_allclose(backward.grads[layer], dz[layer], rtol=1e-4, atol=1e-7, err_msg=layer)
        np.testing.assert_allclose(backward.param_grads[f"{layer}.weight"], grads[f"{layer}.weight"],
                                   rtol=1e-4, atol=1e-7, err_msg=layer)
        np.testing.assert_allclose(backward.param_grads[f"{layer}.bias"], grads[f"{layer}.bias"],
                                   rtol=1e-4, atol=1e-7, err_msg=layer)
        # The same identity from the snapshot's own arrays.
        delta = backward.grads[layer].astype(np.float64)
        a = backward.values[src].astype(np.float64)
        np.testing.assert_allclose(backward.param_grads[f"{layer}.weight"], delta.T @ a,
                                   rtol=1e-5, atol=1e-7, err_msg=layer)
        np.testing.assert_allclose(backward.param_grads[f"{layer}.bias"], delta.sum(axis=0),
                                   rtol=1e-5, atol=1e-7, err_msg=layer)

    # The update is plain SGD: -lr * grad, applied to the weights the forward pass used.
    for key, g in backward.param_grads.items():
        np.testing.assert_allclose(update.updates[key], -0.5 * g, rtol=1e-5, atol=1e-7, err_msg=key)
        np.testing.assert_array_equal(update.params[key], backward.params[key])
    after = trainer.parameters_by_layer()
    for key, before in backward.params.items():
        layer, kind = key.split(".")
        np.testing.assert_allclose(after[layer][kind], before + update.updates[key], rtol=0, atol=1e-7)


def test_step_phase_grads_match_finite_differences_of_the_loss():
    """dL/dW from the snapshot against central differences in float64 at the snapshot's weights."""
    data = make_dataset({"kind": "xor"})
    trainer = Trainer(_add_concat_graph(), data, TrainConfig(lr=1.0, device="cpu", seed=5))
    for _ in range(3):
        snap = trainer.step_phase()
    assert snap.phase == "backward"
    params = {k: np.asarray(v, dtype=np.float64) for k, v in snap.params.items()}
    eps = 1e-6
    for key in params:
        numeric = np.zeros_like(params[key])
        for idx in np.ndindex(params[key].shape):
            shifted = {k: v.copy() for k, v in params.items()}
            shifted[key][idx] += eps
            up = _hand_backward(shifted, snap.inputs, snap.targets)[0]
            shifted[key][idx] -= 2 * eps
            down = _hand_backward(shifted, snap.inputs, snap.targets)[0]
            numeric[idx] = (up - down) / (2 * eps)
        np.testing.assert_allclose(snap.param_grads[key], numeric, rtol=1e-4, atol=1e-6, err_msg=key)


def test_snapshot_arrays_are_read_only_copies():
    trainer = Trainer(_add_concat_graph(), make_dataset({"kind": "xor"}),
                      TrainConfig(lr=1.0, device="cpu", seed=1))
    snaps = [trainer.step_phase() for _ in PHASES] + [trainer.snapshot()]
    arrays = 0
    for snap in snaps:
        for field in ("inputs", "targets"):
            value = getattr(snap, field)
            if value is not None:
                assert value.flags.writeable is False
                arrays += 1
        for field in ("values", "grads", "params", "param_grads", "updates"):
            mapping = getattr(snap, field)
            for key, value in mapping.items():
                assert isinstance(value, np.ndarray)
                assert value.flags.writeable is False, (snap.phase, field, key)
                with pytest.raises(ValueError):
                    value[...] = 0
                arrays += 1
            if len(mapping):
                with pytest.raises(TypeError):
                    mapping["new"] = np.zeros(1)  # the mappings are read-only too
    assert arrays > 50
    # Copies, not views: training on does not change an old snapshot.
    old = {k: v.copy() for k, v in snaps[0].params.items()}
    for _ in range(5):
        trainer.step_batch()
    for k, v in snaps[0].params.items():
        np.testing.assert_array_equal(v, old[k])
    assert not all(np.array_equal(old[k], v) for k, v in trainer.snapshot().params.items())


def test_empty_snapshot_mappings_are_read_only_too():
    trainer = Trainer(_add_concat_graph(), make_dataset({"kind": "xor"}),
                      TrainConfig(lr=1.0, device="cpu", seed=1))
    forward = trainer.step_phase()
    assert forward.phase == "forward" and len(forward.grads) == 0
    for field in ("grads", "param_grads", "updates"):
        with pytest.raises(TypeError):
            getattr(forward, field)["h1"] = np.zeros(1)


def test_random_graphs_cover_every_activation():
    kinds = set()
    for seed in range(6):
        kinds |= {n.kind for n in random_graph(seed).nodes.values()}
    assert set(ACTIVATIONS) <= kinds
