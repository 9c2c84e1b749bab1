"""A trained run's history in the project file: round trip, old files, hostile history, continuing."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from ann_viz.core.data import make_dataset
from ann_viz.core.errors import ProjectFileError
from ann_viz.core.presets import get_preset
from ann_viz.core.project import load_project, project_to_dict, save_project
from ann_viz.core.train import Trainer


def trained(epochs: int = 30):
    project = get_preset("xor-2-2-1").project()
    project.config = project.config.with_changes(epochs=epochs, device="cpu")
    trainer = Trainer(project.graph, make_dataset(project.data), project.config)
    trainer.run()
    project.weights = trainer.state_arrays()
    project.history, project.history_layers = trainer.history.rows_since(0), trainer.history.layers
    return project, trainer


def test_history_round_trips_exactly(tmp_path):
    project, trainer = trained()
    save_project(project, tmp_path / "p.json")
    loaded = load_project(tmp_path / "p.json")
    np.testing.assert_array_equal(loaded.history, trainer.history.rows_since(0))  # NaN where NaN
    assert loaded.history_layers == ("linear1", "linear2")
    assert json.loads((tmp_path / "p.json").read_text())["schema"] == 2


def test_a_project_without_history_stays_schema_1_and_old_files_load(tmp_path):
    project = get_preset("xor-2-2-1").project()
    data = project_to_dict(project)
    assert data["schema"] == 1 and "history" not in data
    (tmp_path / "old.json").write_text(json.dumps(data))
    assert load_project(tmp_path / "old.json").history is None


def test_history_without_weights_is_not_written():
    project, _ = trained()
    project.weights = None
    assert "history" not in project_to_dict(project)


def test_continuing_a_reopened_run_appends_exactly_n_epochs(tmp_path):
    project, first = trained(30)
    save_project(project, tmp_path / "p.json")
    loaded = load_project(tmp_path / "p.json")
    trainer = Trainer(loaded.graph, make_dataset(loaded.data), loaded.config)
    trainer.load_arrays(loaded.weights)
    trainer.restore_history(loaded.history, loaded.history_layers)
    assert trainer.epoch == 30
    result = trainer.run(12)
    assert result.epochs_run == 12 and trainer.epoch == 42 and len(trainer.history) == 42
    rows = trainer.history.rows_since(0)
    np.testing.assert_array_equal(rows[:, 0], np.arange(42))
    np.testing.assert_array_equal(rows[:30, 1], first.history.train_loss)


def test_history_of_another_network_is_refused_by_the_trainer():
    project, trainer = trained()
    other = Trainer(project.graph, make_dataset(project.data), project.config)
    with pytest.raises(Exception, match="another network"):
        other.restore_history(trainer.history.rows_since(0), ("a", "b", "c"))


def _damaged(tmp_path, change) -> str:
    project, _ = trained(5)
    data = project_to_dict(project)
    change(data["history"])
    (tmp_path / "bad.json").write_text(json.dumps(data))
    with pytest.raises(ProjectFileError) as err:
        load_project(tmp_path / "bad.json")
    return str(err.value)


def _encode(rows: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(rows, dtype="<f8").tobytes()).decode()


@pytest.mark.parametrize("change, words", [
    (lambda h: h.update(data="not base64!"), "base64"),
    (lambda h: h.update(epochs=6), "bytes for 6 epochs"),
    (lambda h: h.update(epochs=10**12), "epoch count"),
    (lambda h: h.update(epochs=True), "epoch count"),
    (lambda h: h.update(layers="linear1"), "layer names"),
    (lambda h: h.update(layers=["x" * 500, "y"]), "layer names"),
    (lambda h: h.update(data=12), "no data text"),
    (lambda h: h.update(data=_encode(np.column_stack([np.arange(5) + 3, np.ones((5, 5))]))), "numbered"),
    (lambda h: h.update(data=_encode(np.column_stack([np.arange(5), np.full((5, 5), np.inf)]))), "infinite"),
    (lambda h: h.update(data=_encode(np.column_stack([np.arange(5), np.full((5, 5), np.nan)]))), "training loss"),
])
def test_hostile_history_is_refused_cleanly(tmp_path, change, words):
    message = _damaged(tmp_path, change)
    assert "training history is damaged" in message and words in message


def test_a_history_that_is_not_an_object_is_refused(tmp_path):
    project, _ = trained(5)
    data = project_to_dict(project)
    data["history"] = [1, 2, 3]
    (tmp_path / "bad.json").write_text(json.dumps(data))
    with pytest.raises(ProjectFileError, match="not a JSON object"):
        load_project(tmp_path / "bad.json")


def test_a_history_too_large_to_open_again_is_left_out_not_the_weights(monkeypatch):
    from ann_viz.core import project as project_module

    project, _ = trained(10)
    monkeypatch.setattr(project_module, "MAX_HISTORY_BYTES", 100)
    data = project_to_dict(project)
    assert "history" not in data and data["weights"] is not None and data["schema"] == 1
