"""Plane views' maths without Qt: one batched forward of data and grid from snapshot weights,
checked against the trainer's own module; separating lines, contours, hidden spaces, PCA."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from ann_viz.core.boundary import (BufferPool, PlaneGrid, PlaneNetwork, clip_line, compute_frame, contour_segments,
                                   fit_pca, first_linear, grid_for, hidden_boundary, neuron_colour, neuron_lines,
                                   plane_inputs, plane_points, points_budget, positive_marker, square_side,
                                   weight_images)
from ann_viz.core.boundary.points import TEST, TRAIN, VALIDATION
from ann_viz.core.data import make_dataset, split_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear, residual_net
from ann_viz.core.train import TrainConfig, Trainer


def trained(preset: str, epochs: int, **changes) -> Trainer:
    project = get_preset(preset).project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu", **changes))
    trainer.run(epochs=epochs)
    return trainer


@pytest.fixture(scope="module")
def xor():
    """XOR 2-2-1 trained as in the notes until it separates the four points."""
    trainer = trained("xor-2-2-1", 6000)
    assert trainer.evaluate().report["accuracy"] == 1.0
    network = PlaneNetwork(trainer.graph)
    inputs = plane_inputs(plane_points(trainer.splits), 200)
    frame = compute_frame(network, trainer.snapshot().params, inputs, epoch=trainer.epoch)
    return trainer, network, inputs, frame


@torch.no_grad()
def module_values(trainer: Trainer, x: np.ndarray) -> list[np.ndarray]:
    """Every node's output from the trainer's module in evaluation mode, (points, width) each."""
    trainer.module.eval()
    try:
        return [v.numpy() for v in trainer.module.forward_all(torch.as_tensor(x, dtype=torch.float32))]
    finally:
        trainer.module.train()


# ----- the first layer's lines -------------------------------------------------------------------------
def test_each_line_is_its_neurons_weights_and_bias(xor):
    trainer, network, _, frame = xor
    lines = neuron_lines(network, frame.params)
    state = trainer.state_arrays()
    assert [line.index for line in lines] == [0, 1]
    for line in lines:
        assert line.w == tuple(state["linear1.weight"][line.index].astype(float))
        assert line.b == float(state["linear1.bias"][line.index])


def test_points_on_each_side_of_a_drawn_line_match_the_neurons_sign(xor):
    trainer, network, inputs, frame = xor
    z = module_values(trainer, inputs.points.x)[first_linear(network)]
    for line in neuron_lines(network, frame.params):
        segment = clip_line(line.w, line.b, inputs.grid.bounds)
        assert segment is not None  # XOR's trained lines cross the plane
        (x0, y0), (x1, y1) = segment
        marker = positive_marker(line.w, segment, 0.1)

        def side(p):  # which side of the drawn segment p lies on, +1 where the marker is
            return np.sign((x1 - x0) * (p[..., 1] - y0) - (y1 - y0) * (p[..., 0] - x0))

        plus = side(np.array(marker))
        assert np.array_equal(side(inputs.points.x) * plus, np.sign(z[:, line.index]))
        assert line.value(np.array([marker]))[0] > 0


def test_clip_line_ends_on_the_box_and_on_the_line():
    bounds = (-1.0, 2.0, -0.5, 1.5)
    for w, b in [((1.0, 2.0), -0.5), ((0.0, 3.0), -1.0), ((-2.0, 0.0), 1.0), ((5.0, -1.0), 0.3)]:
        (xa, ya), (xb, yb) = clip_line(w, b, bounds)
        for x, y in ((xa, ya), (xb, yb)):
            assert abs(w[0] * x + w[1] * y + b) < 1e-9
            assert bounds[0] - 1e-9 <= x <= bounds[1] + 1e-9 and bounds[2] - 1e-9 <= y <= bounds[3] + 1e-9
            assert min(abs(x - bounds[0]), abs(x - bounds[1]), abs(y - bounds[2]), abs(y - bounds[3])) < 1e-9
    assert clip_line((1.0, 0.0), -5.0, bounds) is None  # x = 5 misses the box
    assert clip_line((0.0, 0.0), 1.0, bounds) is None  # no line at all
    assert clip_line((1.0, 1.0), float("nan"), bounds) is None


def test_neuron_colours_are_fixed_and_distinct():
    assert neuron_colour(0) == neuron_colour(0) and neuron_colour(0) != neuron_colour(1)
    assert len({neuron_colour(k) for k in range(12)}) == 12
    assert neuron_colour(12) == neuron_colour(0)


# ----- heatmaps: one forward pass, equal to the trainer's module -------------------------------------------
def test_output_heatmap_equals_predict_on_the_grid(xor):
    trainer, _, inputs, frame = xor
    decision = frame.decision()
    assert decision.kind == "binary" and decision.level == 0.5 and decision.values.shape == (200, 200)
    predicted = trainer.predict(inputs.grid.points().T)[:, 0].reshape(200, 200)
    np.testing.assert_allclose(decision.values, predicted, atol=1e-5)


def test_every_neurons_heatmap_equals_forward_all(xor):
    trainer, network, inputs, frame = xor
    expected = module_values(trainer, inputs.grid.points().T)
    assert network.node_ids == trainer.module.node_ids
    for node, values in enumerate(expected):
        for k in range(values.shape[1]):
            np.testing.assert_allclose(frame.grid_image(node, k), values[:, k].reshape(200, 200), atol=1e-5,
                                       err_msg=f"{network.node_names[node]} neuron {k}")
    image = frame.grid_image(1, 0)
    assert image.base is not None and np.shares_memory(image, frame.values[1])  # a view, not a copy


def test_grid_images_have_x_along_columns_and_y_up_the_rows():
    grid = PlaneGrid(-1.0, 3.0, 10.0, 12.0, 8)
    x, y = grid.points()
    assert np.array_equal(grid.image(x)[0], grid.xs) and np.array_equal(grid.image(y)[:, 0], grid.ys)
    assert grid.xs[0] == -0.75 and grid.ys[-1] == 11.875  # pixel centres
    box = grid_for(np.array([[0.0, 0.0], [1.0, 2.0]]), 50)
    assert box.x_max - box.x_min == box.y_max - box.y_min  # square: lines keep their angles


def test_buffer_pool_keeps_the_previous_frame_intact(xor):
    trainer, network, inputs, _ = xor
    pool = BufferPool(2)
    params = trainer.snapshot().params
    first = compute_frame(network, params, inputs, pool=pool)
    kept = [v.copy() for v in first.values]
    doubled = {k: v * 2 for k, v in params.items()}
    second = compute_frame(network, doubled, inputs, pool=pool)
    assert all(np.array_equal(a, b) for a, b in zip(kept, first.values))
    assert not np.allclose(second.values[-1], first.values[-1])
    third = compute_frame(network, params, inputs, pool=pool)
    assert third.values[1] is first.values[1]  # the oldest set is reused


GRAPHS = {
    "residual": residual_net(2, 6, 2, "relu", "bce"),
    "mixed": chain(3, [linear(5), ("leaky_relu", {"slope": 0.2}), ("dropout", {"p": 0.5}), linear(4, bias=False),
                       ("elu", {"alpha": 0.7}), linear(4), "identity", "tanh", linear(3), "softmax"], "mse"),
    "step": chain(2, [linear(3), "step", linear(1)], "mse"),
}


def _concat_graph():
    from ann_viz.core.graph import Graph
    g = Graph()
    x = g.add_node("input", "input", {"features": 2})
    a = g.add_node("linear", params={"units": 3})
    b = g.add_node("linear", params={"units": 2})
    t = g.add_node("tanh")
    c = g.add_node("concat")
    o = g.add_node("linear", params={"units": 1})
    s = g.add_node("sigmoid")
    out = g.add_node("output", "output", {"loss": "bce"})
    for src, dst in ((x, a), (x, b), (a, t), (t, c), (b, c), (c, o), (o, s), (s, out)):
        g.add_link(src.id, dst.id)
    return g


@pytest.mark.parametrize("name", [*GRAPHS, "concat"])
def test_forward_matches_the_torch_module_for_every_kind(name):
    from ann_viz.core.torch_module.module import GraphModule

    graph = _concat_graph() if name == "concat" else GRAPHS[name]
    torch.manual_seed(0)
    module = GraphModule(graph).eval()
    params = {k.removeprefix("layers."): v.detach().numpy() for k, v in module.state_dict().items()}
    network = PlaneNetwork(graph)
    assert network.mismatch(params) is None
    x = np.random.default_rng(1).normal(size=(500, network.n_inputs)).astype(np.float32)
    ours = network.forward(params, np.ascontiguousarray(x.T))
    with torch.no_grad():
        theirs = module.forward_all(torch.as_tensor(x))
    for node, (a, b) in enumerate(zip(ours, theirs)):
        np.testing.assert_allclose(a.T, b.numpy(), atol=1e-5, err_msg=network.node_names[node])


def test_batchnorm_uses_running_stats_or_the_training_datas():
    trainer = trained("batchnorm", 3)
    network = PlaneNetwork(trainer.graph)
    inputs = plane_inputs(plane_points(trainer.splits), 40)
    snapshot = trainer.snapshot()
    params = snapshot.params
    assert "batchnorm1.running_mean" not in params  # parameters and buffers apart
    assert not network.has_running_stats(params)
    expected = module_values(trainer, inputs.block.T)
    # the snapshot's own running statistics, or the trainer's state arrays: the model's eval forward
    for state in (snapshot.buffers, trainer.state_arrays()):
        with_state = compute_frame(network, params, inputs, state=state)
        assert with_state.batchnorm_stats == "running"
        for node in range(len(expected)):
            np.testing.assert_allclose(with_state.values[node], expected[node].T, atol=1e-4)
    # Without running statistics: the training points' batch statistics (a training forward of them).
    from_data = compute_frame(network, params, inputs)
    assert from_data.batchnorm_stats == "data"
    bn = network.index_of("batchnorm1")
    with torch.no_grad():
        batch = trainer.module.forward_all(torch.tensor(trainer.splits.train.x))[bn].numpy()
    np.testing.assert_allclose(from_data.data_values(bn)[:, :inputs.points.n_train], batch.T, atol=1e-4)


def test_mismatched_weights_are_named():
    network = PlaneNetwork(get_preset("xor-2-2-1").project().graph)
    assert "missing" in network.mismatch({})
    wrong = {"linear1.weight": np.zeros((3, 2)), "linear1.bias": np.zeros(3), "linear2.weight": np.zeros((1, 2)),
             "linear2.bias": np.zeros(1)}
    assert "linear1.weight" in network.mismatch(wrong)


# ----- decision boundary --------------------------------------------------------------------------------
def test_contour_follows_the_level():
    xs = ys = np.linspace(-1, 1, 120)
    gx, gy = np.meshgrid(xs, ys)
    circle = contour_segments(gx ** 2 + gy ** 2, 0.25, xs, ys)
    assert circle.shape[1] == 2 and len(circle) % 2 == 0 and len(circle) > 100
    assert np.allclose(np.hypot(circle[:, 0], circle[:, 1]), 0.5, atol=1e-3)
    line = contour_segments(0.3 * gx - 0.7 * gy + 0.1, 0.0, xs, ys)
    assert np.abs(0.3 * line[:, 0] - 0.7 * line[:, 1] + 0.1).max() < 1e-12
    saddle = contour_segments(gx * gy, 0.0, xs, ys)  # both axes: a saddle in the middle cell
    assert len(saddle) > 0 and np.abs(saddle.prod(axis=1)).max() < 1e-12
    assert contour_segments(np.zeros((5, 5)), 1.0, xs[:5], ys[:5]).shape == (0, 2)


def test_xor_boundary_separates_the_classes(xor):
    _, _, inputs, frame = xor
    decision = frame.decision()
    segments = contour_segments(decision.values, 0.5, inputs.grid.xs, inputs.grid.ys)
    assert len(segments) > 0  # XOR's region is a band: its boundary is two curves


# ----- hidden space ------------------------------------------------------------------------------------------
def test_hidden_space_points_are_the_hidden_activations(xor):
    trainer, network, inputs, frame = xor
    hidden = network.index_of("sigmoid1")
    expected = module_values(trainer, inputs.points.x)[hidden]
    np.testing.assert_allclose(frame.data_values(hidden).T, expected, atol=1e-6)


def test_next_layers_line_in_hidden_space_separates_xor(xor):
    trainer, network, inputs, frame = xor
    hidden = network.index_of("sigmoid1")
    h = frame.data_values(hidden)
    line = hidden_boundary(network, frame.params, hidden, [0, 1], h.mean(axis=1))
    state = trainer.state_arrays()
    assert line.w == tuple(state["linear2.weight"][0].astype(float)) and line.b == float(state["linear2.bias"][0])
    side = line.value(h.T) > 0
    assert np.array_equal(side, inputs.points.labels == 1)  # XOR is linearly separable in hidden space
    assert np.array_equal(side, trainer.predict(inputs.points.x)[:, 0] > 0.5)
    assert hidden_boundary(network, frame.params, network.index_of("linear1"), [0, 1], h.mean(axis=1)) is None


def test_other_neurons_are_held_at_their_mean():
    trainer = trained("xor-wide-2-10-1", 50)
    network = PlaneNetwork(trainer.graph)
    params = trainer.snapshot().params
    hidden = network.index_of("sigmoid1")
    mean = np.linspace(0.1, 0.9, 10)
    line = hidden_boundary(network, params, hidden, [3, 7], mean)
    w, b = params["linear2.weight"][0].astype(float), float(params["linear2.bias"][0])
    others = [k for k in range(10) if k not in (3, 7)]
    assert line.w == (w[3], w[7]) and line.b == pytest.approx(b + w[others] @ mean[others])


# ----- images and projections ----------------------------------------------------------------------------------
def test_weight_images_are_square_when_the_input_is():
    assert square_side(64) == 8 and square_side(784) == 28 and square_side(10) is None and square_side(1) is None
    w = np.arange(3 * 64, dtype=np.float32).reshape(3, 64)
    images = weight_images(w)
    assert images.shape == (3, 8, 8) and images[1, 2, 3] == w[1, 2 * 8 + 3]
    assert weight_images(np.zeros((4, 10))).shape == (4, 1, 10)


def test_pca_of_a_digits_hidden_layer():
    trainer = trained("loss-ce-digits", 2)
    network = PlaneNetwork(trainer.graph)
    points = plane_points(trainer.splits)
    inputs = plane_inputs(points)
    assert inputs.grid is None and inputs.block.shape == (64, points.n)
    assert set(np.unique(points.split)) == {TRAIN, VALIDATION, TEST}
    assert points.n_train == trainer.splits.train.n_samples
    frame = compute_frame(network, trainer.snapshot().params, inputs)
    hidden = network.index_of("relu1")
    values = frame.data_values(hidden).T
    assert values.shape == (points.n, 32)
    pca = fit_pca(values, 2)
    scores = pca.transform(values)
    assert scores.shape == (points.n, 2) and pca.components.shape == (2, 32)
    assert pca.explained_variance[0] >= pca.explained_variance[1] > 0
    assert 0 < pca.explained_ratio.sum() <= 1
    top = np.sort(np.linalg.eigvalsh(np.cov(values.T.astype(np.float64))))[::-1][:2]
    np.testing.assert_allclose(pca.explained_variance, top, rtol=1e-6)
    np.testing.assert_allclose(scores.var(axis=0, ddof=1), top, rtol=1e-6)
    np.testing.assert_allclose(pca.components @ pca.components.T, np.eye(2), atol=1e-9)
    again = fit_pca(values[::-1], 2)  # same data, another order: the same picture (no sign flips)
    np.testing.assert_allclose(again.components, pca.components, atol=1e-8)


def test_pca_of_a_narrow_layer_pads_with_zeros():
    pca = fit_pca(np.random.default_rng(0).normal(size=(30, 1)), 2)
    assert pca.components.shape == (2, 1) and pca.explained_variance[1] == 0


def test_plane_points_sample_large_sets_evenly():
    splits = split_dataset(make_dataset({"kind": "moons", "n": 600}), 0.2, 0.1, 0)
    points = plane_points(splits, max_points=300)
    assert 295 <= points.n <= 305
    shares = [np.mean(points.split == code) for code in (TRAIN, VALIDATION, TEST)]
    np.testing.assert_allclose(shares, [0.7, 0.2, 0.1], atol=0.02)
    assert np.all(points.split[:points.n_train] == TRAIN)
    regression = plane_points(split_dataset(make_dataset({"kind": "square"})))
    assert np.all(regression.labels == -1) and regression.targets.shape == (regression.n,)


def test_grid_forward_gives_every_neuron_a_contiguous_row():
    """The 200x200 grid of a 2-64-64-1 net is one forward with every neuron's map a contiguous row."""
    graph = chain(2, [linear(64), "tanh", linear(64), "tanh", linear(1), "sigmoid"], "bce")
    trainer = Trainer(graph, make_dataset({"kind": "xor"}), TrainConfig(device="cpu"))
    network = PlaneNetwork(graph)
    values = network.forward(trainer.snapshot().params, PlaneGrid(-1, 1, -1, 1, 200).points())
    assert all(v.flags.c_contiguous and v.dtype == np.float32 for v in values)
    assert values[3].shape == (64, 40000)


def test_pca_of_a_wide_layer_matches_the_exact_one():
    """A 512-wide layer takes the randomized route: the same leading variances and directions."""
    rng = np.random.default_rng(3)
    values = np.maximum(rng.normal(size=(600, 512)) @ rng.normal(size=(512, 512)) * 0.1, 0)
    values[:, :3] += rng.normal(size=(600, 3)) * [9.0, 6.0, 4.0]  # clear leading directions
    pca = fit_pca(values, 2)
    centred = values - values.mean(axis=0)
    eigenvalues, vectors = np.linalg.eigh(np.cov(centred.T))
    np.testing.assert_allclose(pca.explained_variance, eigenvalues[::-1][:2], rtol=1e-6)
    for k in range(2):
        assert abs(abs(pca.components[k] @ vectors[:, -1 - k]) - 1) < 1e-6


def test_wide_networks_get_fewer_points():
    wide = PlaneNetwork(get_preset("mnist-mlp").project().graph)
    assert wide.n_weights == 784 * 512 + 512 * 512 + 512 * 10
    assert 300 <= points_budget(wide.n_weights) < 500
    assert points_budget(PlaneNetwork(get_preset("xor-2-2-1").project().graph).n_weights) == 2000
