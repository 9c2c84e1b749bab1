"""Issue 13, items 3, 4, 7 and 8: project fields, training traps, saves and JSON output.

Each case is one a hand-edited or hostile project produced; each now ends in a
message that names the field (or the layer) instead of a traceback.
"""

from __future__ import annotations

import copy
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ann_viz.cli.main import main
from ann_viz.core.atomic import remove_stale_temps, write_text_atomic
from ann_viz.core.data import make_dataset
from ann_viz.core.errors import AnnVizError, ProjectFileError
from ann_viz.core.graph import Graph
from ann_viz.core.presets import get_preset
from ann_viz.core.project import Project, load_project, project_to_dict, save_project
from ann_viz.core.train import TrainConfig, Trainer

ROOT = Path(__file__).resolve().parents[2]
BASE = project_to_dict(get_preset("xor-2-2-1").project())


def _write(tmp_path, data, name="p.annviz.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def _changed(section: str, **changes) -> dict:
    data = copy.deepcopy(BASE)
    data[section].update(changes)
    return data


def _load_message(tmp_path, data) -> str:
    with pytest.raises(ProjectFileError) as info:
        load_project(_write(tmp_path, data))
    return str(info.value)


# --- 3. field types and ranges ------------------------------------------------------------------

@pytest.mark.parametrize("field, value, words", [
    ("batch_size", True, "batch size"),
    ("epochs", True, "number of epochs"),
    ("early_stopping", False, "Early-stopping"),
    ("device", 5, "device must be text"),
    ("device", None, "device must be text"),
    ("seed", 2**64, "seed must be a whole number from 0 to 9223372036854775807"),
    ("seed", -1, "seed must be"),
    ("split_seed", 2**63, "split seed"),
    ("optimizer", ["adam"], "Unknown optimizer"),
    ("lr", 10**400, "learning rate"),
])
def test_training_settings_are_checked_by_type_and_range(tmp_path, field, value, words):
    message = _load_message(tmp_path, _changed("training", **{field: value}))
    assert message.startswith("p.annviz.json: The project's training settings are invalid") and words in message


def test_graph_fields_name_the_field(tmp_path):
    text = json.dumps(BASE).replace('"units": 2', '"units": Infinity', 1)
    assert "'graph.nodes[1].params.units' is inf" in _load_message(tmp_path, text)
    assert "units must be a whole number" in _load_message(tmp_path, json.dumps(BASE).replace(
        '"units": 2', '"units": 2.5', 1))


@pytest.mark.parametrize("shape", [[2.5], [True, 2], "22", [-2], [10**30]])
def test_saved_weight_shapes_are_whole_counts(tmp_path, shape):
    data = copy.deepcopy(BASE)
    data["weights"] = {"linear1.weight": {"shape": shape, "dtype": "float32", "data": ""}}
    assert "saved weights of 'linear1.weight' are damaged" in _load_message(tmp_path, data)


def test_deep_nesting_and_huge_numbers_are_messages(tmp_path):
    assert "nested too deeply" in _load_message(tmp_path, "[" * 1000 + "]" * 1000)
    assert "nested too deeply" in _load_message(tmp_path, "[" * 100 + "]" * 100)
    assert "too many digits" in _load_message(tmp_path, '{"a": ' + "9" * 5000 + "}")


@pytest.mark.parametrize("kind", [["xor"], {"k": 1}, 5, None])
def test_a_data_kind_must_be_text(kind):
    with pytest.raises(AnnVizError, match="Unknown data set kind"):
        make_dataset({"kind": kind})


def test_the_cli_refuses_a_seed_beyond_64_bits(capsys):
    assert main(["train", "xor-2-2-1", "--seed", "18446744073709551616", "--epochs", "1"]) == 2
    assert "seed must be a whole number from 0 to" in capsys.readouterr().err


# --- 4. training-time traps -----------------------------------------------------------------------

def _net(*kinds, features=2, units=4, out=1, loss="bce") -> Graph:
    graph = Graph()
    previous = graph.add_node("input", params={"features": features}).id
    for kind in kinds:
        params = {"units": out if kind == "out" else units} if kind in ("linear", "out") else {}
        node = graph.add_node("linear" if kind == "out" else kind, params=params).id
        graph.add_link(previous, node)
        previous = node
    graph.add_link(previous, graph.add_node("output", params={"loss": loss}).id)
    return graph


@pytest.mark.parametrize("batch_size, words", [(1, "the batch size is 1"), (3, "the last batch of each epoch")])
def test_batchnorm_with_a_batch_of_one_is_refused_before_training(batch_size, words):
    graph = _net("linear", "batchnorm", "relu", "out", "sigmoid")
    with pytest.raises(AnnVizError, match="BatchNorm") as info:
        Trainer(graph, make_dataset({"kind": "xor"}), TrainConfig(device="cpu", batch_size=batch_size))
    assert words in str(info.value)
    Trainer(graph, make_dataset({"kind": "xor"}), TrainConfig(device="cpu", batch_size=2)).run(2)


def test_batchnorm_with_a_one_sample_validation_split_trains():
    graph = _net("linear", "batchnorm", "relu", "out", "sigmoid")
    trainer = Trainer(graph, make_dataset({"kind": "circle", "n": 10}),
                      TrainConfig(device="cpu", val_fraction=0.1, epochs=3))
    assert trainer.splits.val.n_samples == 1
    trainer.run()  # the validation loss is taken in eval mode (running statistics): no trap
    assert len(trainer.history.val_loss) == 3


def test_several_binary_target_columns_with_cross_entropy_are_refused():
    data = make_dataset({"kind": "inline", "x": [[0, 0], [1, 1]], "y": [[0, 1, 1], [1, 0, 0]], "task": "binary"})
    with pytest.raises(AnnVizError, match="3 target columns"):
        Trainer(_net("out", out=2, loss="ce"), data, TrainConfig(device="cpu"))
    Trainer(_net("out", out=3, loss="bce_logits"), data, TrainConfig(device="cpu")).run(1)  # the way to do it


def test_a_network_too_big_for_the_memory_is_refused_with_the_figure():
    graph = _net("linear", "out", "sigmoid", features=100_000, units=100_000)  # 10^10 weights: 40 GB
    data = make_dataset({"kind": "inline", "x": [[0.0] * 100_000] * 2, "y": [0, 1], "task": "binary"})
    with pytest.raises(AnnVizError, match=r"too big for cpu: 10,000,200,001 weights .* GiB"):
        Trainer(graph, data, TrainConfig(device="cpu"))


@pytest.mark.parametrize("device", [None, 5, ["cpu"]])
def test_move_to_a_non_device_is_a_message(device):
    trainer = Trainer(_net("out", "sigmoid"), make_dataset({"kind": "xor"}), TrainConfig(device="cpu"))
    with pytest.raises(AnnVizError, match="Unknown device"):
        trainer.move_to(device)


# --- 7. saves ---------------------------------------------------------------------------------------

def test_a_killed_save_leaves_no_temp_file_for_long(tmp_path):
    target = tmp_path / "p.annviz.json"
    code = ("import sys, os; from ann_viz.core import atomic\n"
            f"atomic.os.fsync = lambda fd: os.kill(os.getpid(), {int(signal.SIGKILL)})\n"  # die before the rename
            f"atomic.write_text_atomic({str(target)!r}, 'new')\n")
    for _ in range(3):
        subprocess.run([sys.executable, "-c", code], check=False, cwd=ROOT)
    # each killed save removed the one before it (its process is gone); the last one stays
    assert len([p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]) == 1
    write_text_atomic(target, "saved")
    assert [p.name for p in tmp_path.iterdir()] == ["p.annviz.json"] and target.read_text() == "saved"
    assert remove_stale_temps(target) == []


def test_a_240_character_file_name_saves(tmp_path):
    target = tmp_path / ("a" * 230 + ".annviz.json")
    save_project(get_preset("xor-2-2-1").project(), target)
    assert load_project(target).title == get_preset("xor-2-2-1").project().title


def test_saving_to_a_symlink_writes_through_to_its_file(tmp_path):
    real = tmp_path / "real.annviz.json"
    link = tmp_path / "link.annviz.json"
    write_text_atomic(real, "old")
    link.symlink_to(real.name)
    save_project(get_preset("xor-2-2-1").project(), link)
    assert link.is_symlink() and load_project(real).preset == "xor-2-2-1"


def test_a_lone_surrogate_is_refused_at_load_and_at_save(tmp_path):
    text = json.dumps(BASE).replace('"title": "', '"title": "\\ud800', 1)
    assert "the text at 'title' holds a broken character escape" in _load_message(tmp_path, text)
    project = get_preset("xor-2-2-1").project()
    project.title = "bad \ud800"
    with pytest.raises(ProjectFileError, match="broken character escape"):
        save_project(project, tmp_path / "out.annviz.json")
    assert not list(tmp_path.glob("out*")) and not list(tmp_path.glob(".annviz-*"))


# --- 8. valid JSON out --------------------------------------------------------------------------------

def test_train_json_is_strict_json_with_the_reason_for_a_null(tmp_path, capsys):
    graph = _net("out", features=1, loss="mse")
    data = {"kind": "inline", "x": [[0.0], [1.0]], "y": [[3e38], [-3e38]], "task": "regression"}
    path = tmp_path / "inf.annviz.json"
    save_project(Project(graph, data), path)  # (3e38)^2 overflows float32: an infinite loss
    assert main(["train", str(path), "--epochs", "0", "--json", "--device", "cpu"]) == 0
    out = capsys.readouterr().out
    summary = json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))
    assert summary["final_loss"] is None and summary["not_finite"] == {"final_loss": "infinity"}
