"""The loss landscape against direct evaluation with plain torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.graph import Graph
from ann_viz.core.landscape import LossSurface, line_between, pca_plane, project_path, random_plane, weight_pair_plane
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.torch_module import GraphModule
from ann_viz.core.train import Trainer
from ann_viz.core.train.losses import LOSSES

from test_gradient_check import merge_graph


def direct_objective(graph, params, x, y, l1=0.0, l2=0.0) -> float:
    """Plain torch: the module in evaluation mode with these weights, then the loss (+ penalty)."""
    module = GraphModule(graph).double().eval()
    module.load_state_dict({"layers." + k: torch.as_tensor(np.asarray(v), dtype=torch.float64)
                            for k, v in params.items()}, strict=False)
    target = torch.as_tensor(y) if module.loss_name == "ce" else torch.as_tensor(y, dtype=torch.float64)
    with torch.no_grad():
        loss = LOSSES[module.loss_name](module(torch.as_tensor(x, dtype=torch.float64)), target)
    weights = [m.weight for m in module.linear_layers().values()]
    with torch.no_grad():
        return float(loss + l1 * sum(w.abs().sum() for w in weights) + l2 * sum((w * w).sum() for w in weights))


def xor_trainer(epochs=300, preset="xor-2-2-1"):
    project = get_preset(preset).project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu",
                                                                                          epochs=epochs))
    trainer.run()
    return project, trainer


def test_the_current_point_is_the_trainers_loss():
    project, trainer = xor_trainer()
    data = trainer.train_data
    surface = LossSurface(project.graph, data.x.numpy(), data.y.numpy())
    plane = random_plane(trainer.state_arrays(), seed=3)
    grid = surface.on_plane(plane, np.array([-1.0, 0.0, 1.0]), np.array([-1.0, 0.0, 1.0]))
    assert grid.shape == (3, 3)
    assert grid[1, 1] == pytest.approx(trainer.evaluate().loss, rel=1e-5)


@pytest.mark.parametrize("seed", range(6))
def test_a_slice_equals_direct_evaluation_at_sampled_points(seed):
    rng = np.random.default_rng(seed)
    loss = ["mse", "bce", "ce"][seed % 3]
    graph = merge_graph(["add", "concat"][seed % 2], ["tanh", "sigmoid", "relu"][seed % 3],
                        with_bn=seed % 2 == 0, with_dropout=seed % 3 == 0, loss=loss)
    torch.manual_seed(seed)
    params = {n.removeprefix("layers."): v.numpy().copy() for n, v in GraphModule(graph).state_dict().items()
              if v.dtype.is_floating_point}
    x = rng.normal(size=(9, 3))
    y = (rng.integers(0, 3, size=9) if loss == "ce" else
         rng.integers(0, 2, size=(9, 1)).astype(float) if loss == "bce" else rng.normal(size=(9, 1)))
    surface = LossSurface(graph, x, y, l1=0.01, l2=0.03, dtype=torch.float64)
    names = [n for n in params if n.endswith("weight")]
    plane = weight_pair_plane(params, (names[0], (0, 1)), (names[-1], (0, 0))) if seed % 2 else random_plane(params, seed)
    alphas, betas = np.linspace(-2, 2, 5), np.linspace(-1, 1.5, 4)
    grid = surface.on_plane(plane, alphas, betas)
    for i, j in [(0, 0), (3, 4), (1, 2), (2, 1)]:
        expected = direct_objective(graph, plane.point(alphas[j], betas[i]), x, y, l1=0.01, l2=0.03)
        assert grid[i, j] == pytest.approx(expected, rel=1e-10, abs=1e-12)


def test_filter_normalised_directions_have_the_weights_filter_norms():
    project, trainer = xor_trainer(50, "xor-deep-sigmoid")
    params = trainer.state_arrays()
    plane = random_plane(params, seed=7)
    for d in (plane.d1, plane.d2):
        for name, weights in params.items():
            if weights.ndim == 2:
                np.testing.assert_allclose(np.linalg.norm(d[name], axis=1), np.linalg.norm(weights.astype(np.float64), axis=1), rtol=1e-12)
            else:
                assert not d[name].any()  # biases stay put
    assert not np.allclose(plane.d1["linear1.weight"], plane.d2["linear1.weight"])


def test_the_path_lies_in_its_pca_plane_and_the_line_joins_start_and_end():
    project = get_preset("xor-2-2-1").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    path = [trainer.state_arrays()]
    for _ in range(20):
        trainer.run(100)  # 100 more epochs
        path.append(trainer.state_arrays())
    plane = pca_plane(path)
    coords = project_path(plane, path)
    assert coords.shape == (21, 2)
    assert np.allclose(coords[-1], 0)  # the current point is the origin
    assert sum(plane.explained) > 0.9  # XOR's path is nearly flat in its top two directions
    assert plane.explained[0] >= plane.explained[1]
    line = line_between(path[0], path[-1])
    surface = LossSurface(project.graph, trainer.train_data.x.numpy(), trainer.train_data.y.numpy(),
                          dtype=torch.float64)
    ends = surface.on_plane(line, np.array([0.0, 1.0]))
    assert ends[0] == pytest.approx(direct_objective(project.graph, path[0], trainer.train_data.x.numpy(),
                                                     trainer.train_data.y.numpy()), rel=1e-10)
    assert ends[1] == pytest.approx(trainer.evaluate().loss, rel=1e-5)
    np.testing.assert_allclose(project_path(line, path[-1:]), [[1.0]], atol=1e-9)


def test_big_grids_are_chunked_without_changing_values(monkeypatch):
    project, trainer = xor_trainer(20)
    data = trainer.train_data
    surface = LossSurface(project.graph, data.x.numpy(), data.y.numpy())
    plane = random_plane(trainer.state_arrays(), seed=1)
    whole = surface.on_plane(plane, np.linspace(-1, 1, 7), np.linspace(-1, 1, 5))
    monkeypatch.setattr("ann_viz.core.landscape.surface.CHUNK_ELEMENTS", 8)  # one grid point per chunk
    chunked = surface.on_plane(plane, np.linspace(-1, 1, 7), np.linspace(-1, 1, 5))
    np.testing.assert_allclose(chunked, whole, rtol=1e-6)  # float32: a batch size may change the last bit


def test_the_line_between_two_seeds_solutions_ends_at_each_seeds_loss():
    """After a seed sweep: the loss from one seed's trained weights (0) to another's (1)."""
    from ann_viz.core.landscape import loss_between
    from ann_viz.core.sweep import SeedSweep

    project = get_preset("xor-2-2-1").project()
    config = project.config.with_changes(device="cpu", epochs=400)
    sweep = SeedSweep(project.graph, make_dataset(project.data), config, seeds=[1, 2, 3])
    result = sweep.run()
    first, second = result.weights_of(0), result.weights_of(2)
    line = loss_between(project.graph, project.data, config, first, second)
    assert len(line.alphas) == 61 and line.alphas[0] == -0.25 and line.alphas[-1] == 1.25
    dataset = make_dataset(project.data)
    x, y = np.array(dataset.x), np.array(dataset.y)
    ends = line.at_ends()
    assert ends[0] == pytest.approx(direct_objective(project.graph, first, x, y), rel=1e-5)
    assert ends[1] == pytest.approx(direct_objective(project.graph, second, x, y), rel=1e-5)
    assert ends[0] == pytest.approx(result.final_loss[0], rel=1e-4)
    middle = {k: (first[k] + second[k]) / 2 for k in first}
    assert line.losses[list(line.alphas).index(0.5)] == pytest.approx(
        direct_objective(project.graph, middle, x, y), rel=1e-5)
    assert line.barrier() >= 0.0


def test_the_3d_relief_puts_the_path_on_the_surface():
    from ann_viz.core.landscape.relief import relief
    from ann_viz.core.landscape.session import LandscapeSession

    project, trainer = xor_trainer(epochs=600)
    session = LandscapeSession(project.graph, project.data, project.config)
    fresh = get_preset("xor-2-2-1").project()
    replay = Trainer(fresh.graph, make_dataset(fresh.data), fresh.config.with_changes(device="cpu", epochs=600))
    for epoch in range(0, 601, 100):
        replay.run(epoch - replay.epoch) if epoch else None
        session.add(epoch, replay.state_arrays())
    frame = session.frame("pca", resolution=21)
    assert frame.path_losses.shape == (len(frame.path),)
    assert frame.path_losses[-1] == pytest.approx(frame.current_loss, rel=1e-5)
    shape = relief(frame)
    assert shape.heights.shape == frame.losses.shape == (21, 21)
    assert shape.heights.min() == 0.0 and shape.shade.min() == 0.0 and shape.shade.max() == pytest.approx(1.0)
    # a square base (each direction stretched to [-1, 1]) half as tall as wide; the path's last
    # point is the current loss
    assert shape.x.min() == -1.0 and shape.x.max() == 1.0 and shape.y.min() == -1.0 and shape.y.max() == 1.0
    assert shape.heights.max() == pytest.approx(1.0)
    assert shape.path[-1, 0] == pytest.approx(frame.path[-1, 0] / frame.alphas.max())
    assert shape.path[-1, 2] == pytest.approx(shape.height_of(frame.current_loss))
    assert relief(session.frame("line")) is None


def test_an_overflowed_loss_stands_at_the_top_of_the_relief():
    """A loss that overflowed is drawn pale (highest) on the map: in 3-D it stands at the top too,
    never as a pale floor under the valley."""
    from ann_viz.core.landscape.relief import relief
    from ann_viz.core.landscape.session import LandscapeFrame

    axis = np.linspace(-1, 1, 3)
    losses = np.array([[1.0, 2.0, np.inf], [0.5, 0.1, 0.3], [1.0, 1.0, 1.0]])
    shape = relief(LandscapeFrame("random", 1, axis, axis, losses, np.zeros((1, 2)), 0.1,
                                  path_losses=np.array([0.1])))
    assert shape.heights[0, 2] == shape.heights.max() == 1.0 and shape.shade[0, 2] == 1.0
    assert shape.heights[1, 1] == 0.0


@pytest.mark.parametrize("layers, loss, width", [
    (["linear4", "elu", "linear2", "softmax"], "mse", 2),
    (["linear5", "leaky_relu", "linear3", "tanh", "linear1"], "bce_logits", 1),
    (["linear6", "tanh", "linear3"], "ce", 3),
])
def test_every_loss_and_elementwise_kind_agree_with_plain_torch(layers, loss, width):
    """The grid works feature-major and partly in place: the other activations and losses too."""
    rng = np.random.default_rng(5)
    graph = chain(3, [linear(int(k[6:])) if k.startswith("linear") else k for k in layers], loss)
    torch.manual_seed(5)
    params = {n.removeprefix("layers."): v.numpy().copy() for n, v in GraphModule(graph).state_dict().items()
              if v.dtype.is_floating_point}
    x = rng.normal(size=(11, 3))
    y = (rng.integers(0, width, size=11) if loss == "ce" else
         rng.integers(0, 2, size=(11, 1)).astype(float) if loss == "bce_logits" else rng.random(size=(11, width)))
    surface = LossSurface(graph, x, y, dtype=torch.float64)
    plane = random_plane(params, seed=1)
    alphas, betas = np.linspace(-1, 1, 3), np.linspace(-0.5, 0.5, 2)
    grid = surface.on_plane(plane, alphas, betas)
    for i, j in [(0, 0), (1, 2)]:
        expected = direct_objective(graph, plane.point(alphas[j], betas[i]), x, y)
        assert grid[i, j] == pytest.approx(expected, rel=1e-10, abs=1e-12)
    float32 = LossSurface(graph, x, y).on_plane(plane, alphas, betas)  # the pictures' precision
    np.testing.assert_allclose(float32, grid, rtol=1e-4, atol=1e-6)
