"""Start-up work that is deferred: the lesson presets without torch, optimizers without torch._dynamo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import torch

from ann_viz.core.graph.reserved import MODULE_DICT_ATTRIBUTES, RESERVED_NAMES

ROOT = Path(__file__).resolve().parents[2]


def test_reserved_layer_names_are_torchs_own():
    """The written-out list (read without importing torch) is what nn.ModuleDict really has."""
    assert set(dir(torch.nn.ModuleDict)) <= MODULE_DICT_ATTRIBUTES
    assert {"eval", "forward", "to", "class"} <= RESERVED_NAMES


def _run(code: str, *args: str) -> str:
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout.strip().splitlines()[-1]


def test_presets_and_projects_load_without_torch():
    code = """
import sys
from ann_viz.core.presets import PRESETS
from ann_viz.core.project import project_from_dict, project_to_dict
from ann_viz.core.train import TrainConfig
for preset in PRESETS:
    project = preset.project()
    project_from_dict(project_to_dict(project))
print("torch" in sys.modules, len(PRESETS))
"""
    torch_loaded, count = _run(code).split()
    assert torch_loaded == "False" and int(count) > 10


def test_a_trainer_is_built_without_torch_dynamo_and_trains_as_before():
    """Building, evaluating and SGD training never load the compiler; a stock optimizer's own
    step() (Adam on the general path) does, and training goes on with torch's own wrappers."""
    code = """
import sys
from ann_viz.core.data import make_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer
project = get_preset("xor-2-2-1").project()
sgd = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
sgd.snapshot(); sgd.evaluate(); sgd.run(50); sgd.optimizer.state_dict()
before = "torch._dynamo" in sys.modules
adam = Trainer(project.graph, make_dataset(project.data),
               project.config.with_changes(device="cpu", optimizer="adam", lr=0.05, batch_size=2), fast_path=False)
built = "torch._dynamo" in sys.modules
adam.run(20)
state = adam.optimizer.state_dict()
print(before, built, "torch._dynamo" in sys.modules, len(state["state"]) > 0, sgd.epoch, adam.epoch)
"""
    assert _run(code) == "False False True True 50 20"


def test_optimizers_give_torchs_results_with_dynamo_deferred():
    """The same steps of every stock optimizer, with the deferral installed and with torch
    untouched (separate processes), give the same bits, state included."""
    code = """
import sys
import torch
if sys.argv[1] == "deferred":
    from ann_viz.core.train import lazy_dynamo
    assert sorted(lazy_dynamo.install()) == ["add_param_group", "load_state_dict", "state_dict", "zero_grad"]
out = []
for make in (lambda p: torch.optim.Adam(p, lr=0.1), lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
             lambda p: torch.optim.RMSprop(p, lr=0.01), lambda p: torch.optim.Adagrad(p, lr=0.1)):
    torch.manual_seed(0)
    w = torch.nn.Parameter(torch.randn(3, 2))
    opt = make([w])
    for _ in range(5):
        opt.zero_grad()
        (w ** 3).sum().backward()
        opt.step()
    opt.load_state_dict(opt.state_dict())
    out.append([float(x) for x in w.detach().flatten()])
    out.append(sorted((k, [float(x) for x in v.flatten()]) for k, v in opt.state_dict()["state"][0].items()))
print(repr(out))
"""
    deferred = _run(code + "\n#", "deferred")
    plain = _run(code, "plain")
    assert deferred == plain
