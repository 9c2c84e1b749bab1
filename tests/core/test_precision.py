"""float64 training: the notes' worked example to their last printed digit, every engine equal to
plain PyTorch in float64, and project files that keep the setting (old ones load as float32)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.project import load_project, project_from_dict, project_to_dict, save_project
from ann_viz.core.train import ConfigError, TrainConfig, Trainer

# The notes (002, "4 역전파 Backpropagation"), printed to 8 decimals.
NOTES_FORWARD = {"h1": 0.51998934, "h2": 0.52747230, "z3": 0.44498412, "z4": 0.68047592, "o1": 0.60944600}
NOTES_E_TOTAL, NOTES_E_AFTER = 0.02397190, 0.02323634
NOTES_W5_TO_W8 = [[0.43703857, 0.38685205], [0.69629578, 0.59624247]]
# W1..W4 after the step are not printed in the notes: worked out by hand from the same formulas.
HAND_W1_TO_W4 = [[0.29959556, 0.24919112], [0.39964496, 0.34928991]]


def worked(precision: str, **kw) -> Trainer:
    project = get_preset("worked-2-2-2").project()
    config = project.config.with_changes(device="cpu", precision=precision)
    return Trainer(project.graph, make_dataset(project.data), config, **kw)


def test_the_worked_example_in_float64_matches_the_notes_digit_for_digit():
    trainer = worked("float64")
    forward = trainer.step_phase()
    assert forward.values["linear1"].dtype == np.float64
    h = forward.values["sigmoid1"][0]
    z = forward.values["linear2"][0]
    o = forward.values["sigmoid2"][0]
    assert np.round([h[0], h[1], z[0], z[1], o[0]], 8).tolist() == list(NOTES_FORWARD.values())
    assert round(trainer.step_phase().loss, 8) == NOTES_E_TOTAL
    trainer.step_phase()
    trainer.step_phase()
    params = trainer.parameters_by_layer()
    assert np.round(params["linear2"]["weight"], 8).tolist() == NOTES_W5_TO_W8
    assert np.round(params["linear1"]["weight"], 8).tolist() == HAND_W1_TO_W4
    assert round(trainer.evaluate().loss, 8) == NOTES_E_AFTER


def test_float32_misses_the_notes_in_the_last_digits():
    """Why the setting exists: in float32 some of W5..W8 differ from the page in the 8th decimal."""
    trainer = worked("float32")
    trainer.step_epoch()
    w = trainer.parameters_by_layer()["linear2"]["weight"]
    assert w.dtype == np.float32
    np.testing.assert_allclose(w, NOTES_W5_TO_W8, atol=1e-6)
    assert np.round(w.astype(np.float64), 8).tolist() != NOTES_W5_TO_W8


@pytest.mark.parametrize("engine", ["auto", "numba", "torchscript", "autograd"])
def test_every_engine_runs_the_worked_example_in_float64(engine):
    trainer = worked("float64", fast_path=engine != "autograd", engine="auto" if engine == "autograd" else engine)
    assert trainer.engine_name != "numba"  # numba's kernel stores float32: the picker passes it by
    trainer.run(1)
    params = trainer.parameters_by_layer()
    assert params["linear2"]["weight"].dtype == np.float64
    assert np.round(params["linear2"]["weight"], 8).tolist() == NOTES_W5_TO_W8


def _plain_torch(optimizer: str, epochs: int):
    """The notes' loop, its model widened to float64 after the seeded float32 draw."""
    torch.manual_seed(777)
    x = torch.tensor([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=torch.float64)
    y = torch.tensor([[0], [1], [1], [0]], dtype=torch.float64)
    model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1),
                                torch.nn.Sigmoid()).double()
    opt = (torch.optim.Adam(model.parameters(), lr=0.05) if optimizer == "adam"
           else torch.optim.SGD(model.parameters(), lr=1.0))
    costs = []
    for _ in range(epochs):
        opt.zero_grad()
        cost = torch.nn.functional.binary_cross_entropy(model(x), y)
        cost.backward()
        opt.step()
        costs.append(cost.item())
    return [p.detach().numpy() for p in model.parameters()], costs


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
@pytest.mark.parametrize("engine", ["auto", "torchscript", "autograd"])
def test_float64_runs_equal_plain_torch_float64(optimizer, engine):
    reference, costs = _plain_torch(optimizer, 200)
    config = TrainConfig(optimizer=optimizer, lr=0.05 if optimizer == "adam" else 1.0, epochs=200, seed=777,
                         device="cpu", precision="float64")
    trainer = Trainer(chain(2, [linear(3), "tanh", linear(1), "sigmoid"], "bce"), make_dataset({"kind": "xor"}),
                      config, fast_path=engine != "autograd", engine="auto" if engine == "autograd" else engine)
    snapshots = []
    trainer.run(on_snapshot=snapshots.append, snapshot_interval=0.05)
    ours = [p.detach().numpy() for p in trainer.module.parameters()]
    assert all(a.dtype == np.float64 for a in ours)
    for a, b in zip(ours, reference):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-13)
    np.testing.assert_allclose(trainer.history.train_loss, costs, rtol=1e-12, atol=1e-13)
    assert all(s.params["linear1.weight"].dtype == np.float64 for s in snapshots)


def test_float64_on_cuda_when_there_is_one():
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device here")
    cpu = worked("float64")
    project = get_preset("worked-2-2-2").project()
    gpu = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cuda",
                                                                                         precision="float64"))
    cpu.run(1)
    gpu.run(1)
    for name, layer in cpu.parameters_by_layer().items():
        np.testing.assert_allclose(gpu.parameters_by_layer()[name]["weight"], layer["weight"], rtol=1e-14)


def test_the_precision_setting_is_checked():
    with pytest.raises(ConfigError, match="precision"):
        TrainConfig(precision="float16")
    assert TrainConfig().precision == "float32"


def test_old_project_files_load_as_float32(tmp_path):
    data = project_to_dict(get_preset("xor-2-2-1").project())
    # A float32 project needs nothing of schema 2: it is written as schema 1, which older versions read.
    assert data["schema"] == 1 and "precision" not in data["training"]
    assert project_from_dict(data).config.precision == "float32"


def test_a_float64_project_keeps_its_setting_and_exact_weights(tmp_path):
    project = get_preset("worked-2-2-2").project()
    project.config = project.config.with_changes(precision="float64")
    trainer = worked("float64")
    trainer.step_epoch()
    project.weights = trainer.state_arrays()
    path = tmp_path / "worked.annviz.json"
    save_project(project, path)
    assert json.loads(path.read_text())["schema"] == 2  # (3 only for drawn points)
    loaded = load_project(path)
    assert loaded.config.precision == "float64"
    for name, array in project.weights.items():
        assert loaded.weights[name].dtype == np.float64
        np.testing.assert_array_equal(loaded.weights[name], array)
    again = worked("float64")
    again.load_arrays(loaded.weights)
    np.testing.assert_array_equal(again.state_arrays()["linear2.weight"], project.weights["linear2.weight"])


def test_inline_data_stay_exact_and_other_data_float32():
    worked_data = make_dataset(get_preset("worked-2-2-2").project().data)
    assert worked_data.x.dtype == np.float64 and worked_data.x[0, 0] == 0.1 and worked_data.y[0, 1] == 0.6
    assert worked_data.subset([0]).x.dtype == np.float64
    assert make_dataset({"kind": "xor"}).x.dtype == np.float32
    float32_run = worked("float32")
    assert float32_run.train_data.x.dtype == torch.float32  # a float32 run rounds them as before
