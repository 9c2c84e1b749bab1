"""`ann-viz compare`: a table or one JSON object of final loss and accuracy per run; bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from ann_viz.cli.main import main
from ann_viz.core.compare.file import save_comparison
from ann_viz.core.compare import build_comparison
from ann_viz.core.data import make_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer


def test_cli_compare_vary_json_equals_each_variant_alone(capsys):
    assert main(["compare", "xor-deep-sigmoid", "--vary", "activation=sigmoid,relu", "--epochs", "300",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["epochs"] == 300 and [r["label"] for r in data["runs"]] == ["Sigmoid", "ReLU"]
    base = get_preset("xor-deep-sigmoid").project()
    for row, activation in zip(data["runs"], ("sigmoid", "relu")):
        assert row["status"] == "done" and row["epochs"] == 300 and row["changes"] == {"activation": activation}
        project = build_comparison(base, [{"activation": activation}], epochs=300).runs[1].project
        trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(epochs=300))
        trainer.run()
        assert row["final_loss"] == pytest.approx(float(trainer.history.train_loss[-1]), rel=1e-5)
        assert row["accuracy"] == pytest.approx(trainer.evaluate().accuracy)
    assert data["runs"][1]["final_loss"] < data["runs"][0]["final_loss"]


def test_cli_compare_prints_a_table_and_a_failed_variant_beside_the_others(capsys):
    assert main(["compare", "xor-2-2-1", "--variant", "width=6", "--variant", "width=0", "--epochs", "200"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].endswith(" s") and "3 runs x 200 epochs" in lines[0]
    assert lines[1].split()[:2] == ["run", "final"]
    assert lines[2].startswith("base") and lines[2].rstrip().endswith("done")
    assert lines[3].startswith("width 6") and lines[4].rstrip().endswith("failed")
    assert "width must be a whole number from 1 to 4096, not 0" in err


def test_cli_compare_lesson_and_comparison_file(tmp_path, capsys):
    assert main(["compare", "compare-l1-l2", "--epochs", "5", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["changes"].get("regularizer") for r in data["runs"]] == [None, "l1:0.001", "l2:0.001"]
    path = tmp_path / "mine.json"
    save_comparison(build_comparison(get_preset("xor-2-2-1").project(), [{"seed": 1}], epochs=20), path)
    assert main(["compare", str(path), "--json"]) == 0
    runs = json.loads(capsys.readouterr().out)["runs"]
    assert [r["epochs"] for r in runs] == [20, 20] and runs[0]["final_loss"] != runs[1]["final_loss"]
    assert all(np.isfinite(r["final_loss"]) for r in runs)


@pytest.mark.parametrize("args, fragment", [
    (["compare", "xor-2-2-1"], "Say what differs"),
    (["compare", "xor-2-2-1", "--vary", "activation=relu"], "at least two values"),
    (["compare", "xor-2-2-1", "--vary", "colour=red,blue"], "Unknown change 'colour'"),
    (["compare", "xor-2-2-1", "--variant", "lr"], "is not KEY=VALUE"),
    (["compare", "xor-2-2-1", "--variant", "width=0,width=3"], "changes width twice"),
    (["compare", "xor-2-2-1", "--variant", " , "], "at least one change"),
    (["compare", "xor-2-2-1", "--vary", "seed=1,2", "--variant", "lr=1"], "not both"),
    (["compare", "xor-2-2-1", "--vary", "seed=1,2,3,4,5"], "2 to 4 runs"),
    (["compare", "xor-2-2-1", "--epochs", "-1", "--vary", "seed=1,2"], "must be 0 or more"),
    (["compare", "no-such-thing", "--vary", "seed=1,2"], "neither a preset nor a project file"),
])
def test_cli_compare_bad_input_exits_2_with_one_line(args, fragment, capsys):
    try:
        code = main(args)
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ann-viz: ") and fragment in lines[0]


def test_cli_compare_runs_as_a_command_in_korean():
    done = subprocess.run([sys.executable, "-m", "ann_viz", "--lang", "ko", "compare", "xor-2-2-1", "--vary",
                           "seed=1,2", "--epochs", "50"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "seed 1" in done.stdout or "시드 1" in done.stdout
