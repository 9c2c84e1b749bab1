"""The Jupyter notebook export: valid nbformat, imports only PyTorch, NumPy and matplotlib, and its
code cells, run top to bottom in a child process that cannot import ann_viz (no Jupyter server),
reproduce the app's final training loss."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from ann_viz.cli.main import main
from child_process import block_imports
from ann_viz.core.data import make_dataset
from ann_viz.core.errors import ExportError
from ann_viz.core.export import ExportSource, export_to, format_for_path, format_named, source_from_trainer
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import TrainConfig, Trainer

TOL = 1e-5


def moons_graph():
    return chain(2, [linear(6), "tanh", linear(1), "sigmoid"], "bce")


# (graph, data, config): short runs of what the notebook must handle.
CASES = {
    # The notes' XOR 2-2-1 (plain SGD, full batch): the boundary cell.
    "xor": lambda: (get_preset("xor-2-2-1").project().graph, {"kind": "xor"},
                    get_preset("xor-2-2-1").project().config.with_changes(epochs=400, device="cpu")),
    # Mini-batches, Adam, L2, a validation split and early stopping.
    "minibatch": lambda: (moons_graph(), {"kind": "moons", "n": 60, "noise": 0.2, "seed": 1},
                          TrainConfig(optimizer="adam", lr=0.02, batch_size=16, l2=0.001, val_fraction=0.25,
                                      early_stopping=5, epochs=60, seed=5, device="cpu")),
    # Regression with one input (y = x^2): the learned-curve cell.
    "square": lambda: (get_preset("regression-square").project().graph,
                       get_preset("regression-square").project().data,
                       get_preset("regression-square").project().config.with_changes(epochs=80, device="cpu")),
    # Maxout layers: the notebook defines the Maxout module itself.
    "maxout": lambda: (chain(2, [linear(4), ("maxout", {"k": 2}), linear(1), "sigmoid"], "bce"),
                       {"kind": "moons", "n": 60, "noise": 0.2, "seed": 1},
                       TrainConfig(lr=0.5, epochs=50, seed=2, device="cpu")),
}

# The notebook must not need ann-viz (nor nbformat or Jupyter).
CHILD = block_imports("nbformat", "IPython", "jupyter_core") + """
import json
notebook = json.load(open(sys.argv[1], encoding="utf-8"))
namespace = {"__name__": "__main__"}
for cell in notebook["cells"]:
    if cell["cell_type"] == "code":
        exec(compile("".join(cell["source"]), "<cell>", "exec"), namespace)
import matplotlib.pyplot as plt
print(json.dumps({"final": namespace["FINAL_LOSS"], "epochs": len(namespace["history"]),
                  "figures": len(plt.get_fignums())}))
"""


def trained(case: str) -> Trainer:
    graph, data, config = CASES[case]()
    trainer = Trainer(graph, make_dataset(data), config)
    trainer.run()
    return trainer


def run_notebook(path: Path) -> dict:
    env = dict(os.environ, MPLBACKEND="Agg")
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=path.parent, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("case, figures", [("xor", 2), ("minibatch", 2), ("square", 2)])
def test_notebook_reproduces_the_apps_final_loss(tmp_path, case, figures):
    trainer = trained(case)
    path = tmp_path / f"{case}.ipynb"
    assert export_to(source_from_trainer(trainer, case), path).name == "ipynb"
    nbformat.validate(nbformat.read(path, as_version=4))
    result = run_notebook(path)
    assert result["epochs"] == len(trainer.history) == trainer.epoch
    assert result["final"] == pytest.approx(float(trainer.history.train_loss[-1]), abs=TOL)
    assert result["figures"] == figures  # the loss curve, and the boundary or the learned curve


def test_notebook_imports_only_torch_numpy_matplotlib_and_the_standard_library(tmp_path):
    path = tmp_path / "xor.ipynb"
    export_to(source_from_trainer(trained("xor")), path)
    roots = set()
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code":
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Import):
                    roots |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom):
                    roots.add(node.module.split(".")[0])
    assert roots == {"base64", "math", "matplotlib", "numpy", "torch"}


def test_notebook_is_chosen_by_name_and_suffix():
    assert format_named("ipynb") is format_for_path("run.ipynb")


def test_a_step_network_or_missing_data_is_refused_with_a_reason():
    graph = chain(2, [linear(1), "step"], "mse")
    trainer = Trainer(graph, make_dataset({"kind": "and"}), TrainConfig(device="cpu"))
    with pytest.raises(ExportError, match="which this export does not have"):
        format_named("ipynb").render(ExportSource(graph, trainer.state_arrays(), TrainConfig()))
    with pytest.raises(ExportError, match="Step"):
        format_named("ipynb").render(source_from_trainer(trainer))


def test_cli_writes_a_notebook(tmp_path, capsys):
    out = tmp_path / "xor.ipynb"
    assert main(["export", "xor-2-2-1", "--format", "ipynb", "-o", str(out)]) == 0
    assert "Jupyter notebook" in capsys.readouterr().out
    cells = nbformat.read(out, as_version=4).cells
    assert any("FINAL_LOSS" in c.source for c in cells if c.cell_type == "code")
