"""The headless CLI: presets, train (log, report, JSON), and one-line errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ann_viz.cli.main import main
from ann_viz.cli.train_command import default_log_every
from ann_viz.core.presets import PRESETS, get_preset
from ann_viz.core.project import save_project


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ann_viz", *args], capture_output=True, text=True, timeout=120)


def test_presets_lists_every_lesson(capsys):
    assert main(["presets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == [p.id for p in PRESETS]


def test_train_prints_the_notes_log_and_report(capsys):
    assert main(["train", "xor-2-2-1", "--epochs", "301", "--log-every", "100"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:4]] == ["0", "100", "200", "300"]
    assert float(lines[0].split()[1]) == pytest.approx(0.7434073, abs=1e-6)  # the seed-777 first cost
    assert lines[4].startswith("PRED= [[") and lines[5] == "GOLD= [[0.0], [1.0], [1.0], [0.0]]"
    assert lines[6].startswith("Accuracy : ")


def test_train_json_has_loss_accuracy_epochs_device_and_parameters(capsys):
    assert main(["train", "xor-2-2-1", "--epochs", "50", "--seed", "1", "--lr", "0.5", "--json",
                 "--device", "cpu"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["epochs_run"] == 50 and data["device"] == "cpu" and data["stopped"] == "done"
    assert 0 < data["final_loss"] < 1 and data["accuracy"] in (0.25, 0.5, 0.75, 1.0)
    assert set(data["parameters"]) == {"linear1", "linear2"}
    assert len(data["parameters"]["linear1"]["weight"]) == 2 and len(data["parameters"]["linear2"]["bias"]) == 1


def test_train_a_project_file(tmp_path, capsys):
    path = tmp_path / "p.json"
    save_project(get_preset("gate-and").project(), path)
    assert main(["train", str(path)]) == 0
    assert "Accuracy : 1.000000" in capsys.readouterr().out


def test_divergence_exits_1_with_the_message(capsys):
    assert main(["train", "divergence-high-lr"]) == 1
    assert "diverged at epoch" in capsys.readouterr().err


@pytest.mark.parametrize("args, fragment", [
    (["train", "no-such-preset"], "neither a preset nor a project file"),
    (["train", "missing.json"], "no such file"),
    (["train", "xor-2-2-1", "--epochs", "-3"], "must be 0 or more"),
    (["train", "xor-2-2-1", "--lr", "0"], "learning rate"),
    (["train", "xor-2-2-1", "--device", "tpu"], "Unknown device"),
    (["train", "gate-and", "--epochs", "5"], "Step"),
    (["train"], "required"),
])
def test_bad_usage_exits_2_with_one_line(args, fragment):
    done = run_cli(*args)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and fragment in done.stderr


def test_broken_project_file_is_one_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "ann-viz-project", "schema": 1, "graph": {')
    done = run_cli("train", str(path))
    assert done.returncode == 2 and "broken or truncated JSON" in done.stderr


def test_default_log_every():
    assert [default_log_every(n) for n in (5, 101, 1001, 10001)] == [1, 10, 100, 1000]
