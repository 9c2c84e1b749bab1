"""The gradient check: backprop against central finite differences, and against plain torch."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.graph import Graph
from ann_viz.core.inspect.gradient_check import GradientCheck, GradientEntry
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.torch_module import GraphModule
from ann_viz.core.train import Trainer


def snapshot_of(preset_id: str, epochs: int = 0):
    project = get_preset(preset_id).project()
    config = project.config.with_changes(device="cpu", epochs=epochs)
    trainer = Trainer(project.graph, make_dataset(project.data), config)
    if epochs:
        trainer.run()
    return project, trainer.step_phase()  # forward of one batch: its inputs, targets and weights


def test_worked_example_agrees_to_1e_9_in_float64():
    project, snap = snapshot_of("worked-2-2-2")
    check = GradientCheck(project.graph, snap.params, snap.inputs, snap.targets)
    entries = check.check_all()
    assert len(entries) == sum(np.asarray(v).size for v in snap.params.values())
    assert entries[0].relative_error <= 1e-9, entries[0]
    # and the float64 backprop is the app's own dE/dw (float32) to float32 rounding
    project_grads = Trainer(project.graph, make_dataset(project.data),
                            project.config.with_changes(device="cpu"))
    for _ in range(3):
        after = project_grads.step_phase()
    for name, grad in after.param_grads.items():
        ours = np.array([[check.entry(name, idx).backprop for idx in np.ndindex(grad.shape)]]).reshape(grad.shape)
        np.testing.assert_allclose(ours, grad, rtol=1e-5, atol=1e-7)


def test_relative_error_is_zero_for_two_zeros_and_symmetric():
    assert GradientEntry("w", (0,), 0.0, 1e-15).relative_error == 0.0
    assert GradientEntry("w", (0,), 2.0, 1.0).relative_error == pytest.approx(0.5)
    assert GradientEntry("w", (0,), 1.0, 2.0).relative_error == pytest.approx(0.5)


def merge_graph(kind: str, activation: str, with_bn: bool, with_dropout: bool, loss: str) -> Graph:
    """Input -> two Linear branches (one through BatchNorm/Dropout) -> Add/Concat -> act -> Linear -> Output."""
    graph = Graph()
    x = graph.add_node("input", "input", {"features": 3})
    a = graph.add_node("linear", params={"units": 4})
    b = graph.add_node("linear", params={"units": 4})
    graph.add_link(x.id, a.id)
    graph.add_link(x.id, b.id)
    tail = b
    if with_bn:
        bn = graph.add_node("batchnorm")
        graph.add_link(tail.id, bn.id)
        tail = bn
    if with_dropout:
        drop = graph.add_node("dropout", params={"p": 0.5})
        graph.add_link(tail.id, drop.id)
        tail = drop
    merge = graph.add_node(kind)
    graph.add_link(a.id, merge.id)
    graph.add_link(tail.id, merge.id)
    act = graph.add_node(activation)
    graph.add_link(merge.id, act.id)
    head = graph.add_node("linear", params={"units": 3 if loss == "ce" else 1})
    graph.add_link(act.id, head.id)
    last = head
    if loss == "bce":
        last = graph.add_node("sigmoid")
        graph.add_link(head.id, last.id)
    out = graph.add_node("output", "output", {"loss": loss})
    graph.add_link(last.id, out.id)
    return graph


@pytest.mark.parametrize("seed", range(8))
def test_finite_differences_match_autograd_on_random_graphs(seed):
    rng = np.random.default_rng(seed)
    kind = ["add", "concat"][seed % 2]
    activation = ["tanh", "sigmoid", "elu", "leaky_relu"][seed % 4]
    loss = ["mse", "bce", "ce"][seed % 3]
    graph = merge_graph(kind, activation, with_bn=seed % 3 != 1, with_dropout=seed % 2 == 0, loss=loss)
    torch.manual_seed(seed)
    module = GraphModule(graph)
    params = {n.removeprefix("layers."): v.detach().numpy().copy() for n, v in module.state_dict().items()
              if v.dtype.is_floating_point}
    for name in params:  # batch norm on running statistics that are not the defaults
        if name.endswith("running_mean"):
            params[name] = rng.normal(size=params[name].shape).astype(np.float32)
        if name.endswith("running_var"):
            params[name] = rng.uniform(0.5, 2.0, size=params[name].shape).astype(np.float32)
    x = rng.normal(size=(7, 3)).astype(np.float32)
    y = (rng.integers(0, 3, size=7) if loss == "ce" else
         rng.integers(0, 2, size=(7, 1)).astype(np.float32) if loss == "bce" else rng.normal(size=(7, 1)))
    check = GradientCheck(graph, params, x, y, l1=0.01 * (seed % 2), l2=0.02)
    worst = check.check_all()[0]
    assert worst.relative_error < 1e-6, worst
    # backprop here is plain torch autograd of the same function, in evaluation mode
    module = GraphModule(graph).double().eval()
    module.load_state_dict({"layers." + k: torch.as_tensor(v, dtype=torch.float64) for k, v in params.items()},
                           strict=False)
    out = module(torch.as_tensor(x, dtype=torch.float64))
    target = torch.as_tensor(y) if loss == "ce" else torch.as_tensor(y, dtype=torch.float64)
    objective = {"mse": torch.nn.functional.mse_loss, "bce": torch.nn.functional.binary_cross_entropy,
                 "ce": torch.nn.functional.cross_entropy}[loss](out, target)
    weights = [m.weight for m in module.linear_layers().values()]
    objective = objective + 0.01 * (seed % 2) * sum(w.abs().sum() for w in weights) + \
        0.02 * sum((w * w).sum() for w in weights)
    objective.backward()
    for name, p in module.named_parameters():
        entry = check.entry(name.removeprefix("layers."), (0,) * p.dim())
        assert entry.backprop == pytest.approx(p.grad[(0,) * p.dim()].item(), rel=1e-12, abs=1e-15)


def test_large_tensors_are_sampled():
    graph = chain(20, [linear(30), "relu", linear(1)], "mse")
    module = GraphModule(graph)
    params = {n.removeprefix("layers."): v.detach().numpy() for n, v in module.state_dict().items()}
    x, y = np.random.default_rng(0).normal(size=(5, 20)), np.zeros((5, 1))
    entries = GradientCheck(graph, params, x, y).check_all(per_parameter=10)
    assert len(entries) == 10 + 10 + 10 + 1  # 600 and 30 sampled to 10; 30 -> 10; the one bias whole


def test_check_of_a_snapshot_uses_its_batch_and_running_statistics():
    from ann_viz.core.inspect.gradient_check import check_snapshot
    project, snap = snapshot_of("worked-2-2-2")
    check = check_snapshot(project.graph, snap)
    assert check.check_all()[0].relative_error <= 1e-9
    bare = dataclasses.replace(snap, inputs=None)
    with pytest.raises(ValueError):
        check_snapshot(project.graph, bare)
