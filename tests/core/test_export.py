"""Exports round-trip outside the app; weights import safely; the CLI's export paths.

Every model format is loaded back in a child process that can import only torch (or
only onnxruntime and numpy): an import of ann_viz, onnx or safetensors there fails.
Its outputs are compared with the app's own ``Trainer.predict`` within 1e-5.
"""

from __future__ import annotations

import ast
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from ann_viz.cli.main import main
from child_process import block_imports
from ann_viz.core.torch_module import GraphModule
from ann_viz.core.data import make_dataset
from ann_viz.core.errors import ExportError, ProjectFileError
from ann_viz.core.export import (FORMATS, ExportSource, export_to, format_for_path, format_named,
                                 import_weights, read_weight_file, source_from_project, source_from_trainer)
from ann_viz.core.export.import_weights import expected_shapes
from ann_viz.core.export.network import build_network
from ann_viz.core.export.script import LITERAL_LIMIT, render_script
from ann_viz.core.graph import Graph
from ann_viz.core.layout import apply_layout
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.project import save_project
from ann_viz.core.train import TrainConfig, Trainer

TOL = 1e-5
TRAINED_EPOCHS = 40
LOOP_EPOCHS = 12
MOONS = {"kind": "moons", "n": 48, "noise": 0.2, "seed": 1}


def branchy_graph() -> Graph:
    """input -> [linear -> batchnorm -> relu] + [linear(xavier) -> tanh] -> add -> concat(with input)
    -> dropout -> linear -> sigmoid: every merge kind, BatchNorm, Dropout and a non-default init."""
    g = Graph()
    nodes = {
        "in": g.add_node("input", "input", {"features": 2}),
        "a": g.add_node("linear", params={"units": 4}),
        "bn": g.add_node("batchnorm", params={"momentum": 0.2}),
        "relu": g.add_node("relu"),
        "b": g.add_node("linear", params={"units": 4, "init": "xavier_uniform"}),
        "tanh": g.add_node("tanh"),
        "add": g.add_node("add"),
        "cat": g.add_node("concat"),
        "drop": g.add_node("dropout", params={"p": 0.2}),
        "head": g.add_node("linear", params={"units": 1}),
        "sig": g.add_node("sigmoid"),
        "out": g.add_node("output", "output", {"loss": "bce"}),
    }
    for s, t in [("in", "a"), ("a", "bn"), ("bn", "relu"), ("in", "b"), ("b", "tanh"), ("relu", "add"),
                 ("tanh", "add"), ("add", "cat"), ("in", "cat"), ("cat", "drop"), ("drop", "head"),
                 ("head", "sig"), ("sig", "out")]:
        g.add_link(nodes[s].id, nodes[t].id)
    apply_layout(g)
    return g


CASES = {
    # The notes' XOR 2-2-1 with its preset settings (plain SGD, full batch).
    "xor": lambda: (get_preset("xor-2-2-1").project().graph, {"kind": "xor"},
                    get_preset("xor-2-2-1").project().config.with_changes(device="cpu")),
    # Add, Concat, BatchNorm, Dropout; plain SGD, full batch.
    "branchy": lambda: (branchy_graph(), MOONS, TrainConfig(lr=0.5, seed=3, device="cpu")),
    # The same network with mini-batches, Adam, L2, a validation split and early stopping.
    "minibatch": lambda: (branchy_graph(), MOONS,
                          TrainConfig(optimizer="adam", lr=0.02, batch_size=16, l2=0.001, val_fraction=0.25,
                                      early_stopping=5, seed=5, device="cpu")),
    # Maxout layers (k = 3, then k = 2) between Linear layers; plain SGD, full batch.
    "maxout": lambda: (chain(2, [linear(6), ("maxout", {"k": 3}), linear(4), ("maxout", {"k": 2}), linear(1),
                                 "sigmoid"], "bce"), MOONS, TrainConfig(lr=0.5, seed=3, device="cpu")),
}
MODEL_CASES = ("xor", "branchy", "maxout")
MODEL_SUFFIXES = (".pt2", ".pt", ".safetensors", ".ts", ".py")


def trainer_for(case: str) -> Trainer:
    graph, data, config = CASES[case]()
    return Trainer(graph, make_dataset(data), config)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each model case trained a little and exported in every format; inputs and the app's predictions."""
    folder = tmp_path_factory.mktemp("exports")
    x = np.random.default_rng(0).normal(size=(7, 2)).astype(np.float32)
    out = {}
    for case in MODEL_CASES:
        trainer = trainer_for(case)
        trainer.run(TRAINED_EPOCHS)
        source = source_from_trainer(trainer, case)
        files = {}
        for fmt in FORMATS:
            files[fmt.name] = folder / f"{case}{fmt.suffix}"
            export_to(source, files[fmt.name])
        out[case] = {"trainer": trainer, "source": source, "files": files, "expected": trainer.predict(x)}
    return {"x": x, "folder": folder, "cases": out}


def run_child(code: str, cwd: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# torch only: .pt2, .ts, the script's Net with its embedded weights, with the .pt state_dict, and with the
# safetensors file parsed by hand (8-byte header length, JSON header, raw little-endian data).
TORCH_CHILD = """
import contextlib, importlib.util, io, json, runpy, struct, sys
import torch

def load_script(path):
    spec = importlib.util.spec_from_file_location("exported_" + path.split(".")[0], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

def read_safetensors(path):
    data = open(path, "rb").read()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    header.pop("__metadata__", None)
    out = {}
    for name, info in header.items():
        assert info["dtype"] == "F32", info
        start, end = info["data_offsets"]
        raw = bytearray(data[8 + size + start:8 + size + end])
        out[name] = torch.frombuffer(raw, dtype=torch.float32).reshape(info["shape"])
    return out

request = json.load(open("request.json"))
x = torch.tensor(request["x"])
result = {}
for case in request["cases"]:
    script = load_script(case + ".py")
    outputs = {}
    with torch.no_grad():
        outputs["pt2"] = torch.export.load(case + ".pt2").module()(x)
        outputs["pt2_batch1"] = torch.export.load(case + ".pt2").module()(x[:1])
        outputs["ts"] = torch.jit.load(case + ".ts")(x)
        outputs["script"] = script.trained_network()(x)
        for name, state in (("pt", torch.load(case + ".pt", weights_only=True)),
                            ("safetensors", read_safetensors(case + ".safetensors"))):
            net = script.Net()
            net.load_state_dict(state)
            outputs[name] = net.eval()(x)
    net = script.fresh_network()
    history = script.train(net, request["loop_epochs"])
    with torch.no_grad():
        outputs["retrained"] = net.eval()(x)
    sys.argv = [case + ".py"]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        runpy.run_path(case + ".py", run_name="__main__")
    result[case] = {"outputs": {k: v.tolist() for k, v in outputs.items()}, "history": history,
                    "param_names": list(script.Net().state_dict()), "printed": printed.getvalue()}
for case in request.get("loop_only", []):
    script = load_script(case + ".py")
    net = script.fresh_network()
    history = script.train(net, request["loop_epochs"])
    result[case] = {"history": history}
mods = sorted(m.split(".")[0] for m in sys.modules)
result["imported"] = [m for m in ("ann_viz", "onnx", "onnxruntime", "safetensors") if m in mods]
print(json.dumps(result))
"""


@pytest.fixture(scope="module")
def torch_child(exported):
    folder = exported["folder"]
    minibatch = trainer_for("minibatch")
    export_to(source_from_trainer(minibatch, "minibatch"), folder / "minibatch.py")
    request = {"x": exported["x"].tolist(), "cases": list(MODEL_CASES), "loop_only": ["minibatch"],
               "loop_epochs": LOOP_EPOCHS}
    (folder / "request.json").write_text(json.dumps(request))
    return run_child(block_imports("onnx", "onnxruntime", "onnxscript", "safetensors") + TORCH_CHILD, folder)


def test_torch_only_process_needs_nothing_but_torch(torch_child):
    assert torch_child["imported"] == []


@pytest.mark.parametrize("case", MODEL_CASES)
@pytest.mark.parametrize("fmt", ["pt2", "ts", "script", "pt", "safetensors"])
def test_model_files_give_the_apps_predictions_with_only_torch(exported, torch_child, case, fmt):
    got = np.array(torch_child[case]["outputs"][fmt])
    expected = exported["cases"][case]["expected"]
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, atol=TOL, rtol=0)


@pytest.mark.parametrize("case", MODEL_CASES)
def test_pt2_program_has_a_dynamic_batch(exported, torch_child, case):
    np.testing.assert_allclose(torch_child[case]["outputs"]["pt2_batch1"], exported["cases"][case]["expected"][:1],
                               atol=TOL, rtol=0)


@pytest.mark.parametrize("case", MODEL_CASES)
def test_script_net_has_the_graphs_layer_names_in_the_apps_order(exported, torch_child, case):
    trainer = exported["cases"][case]["trainer"]
    app_names = [n for n in (k.removeprefix("layers.") for k in trainer.module.state_dict())]
    assert torch_child[case]["param_names"] == app_names
    assert app_names[0] == "linear1.weight"


@pytest.mark.parametrize("case", ["xor", "branchy", "minibatch"])
def test_script_training_loop_repeats_the_apps_run(torch_child, case):
    trainer = trainer_for(case)
    trainer.run(LOOP_EPOCHS)
    history = np.array([[t, np.nan if v is None else v] for t, v in torch_child[case]["history"]], dtype=float)
    assert len(history) == len(trainer.history) and len(history) > 0
    np.testing.assert_allclose(history[:, 0], trainer.history.train_loss, atol=TOL, rtol=0)
    np.testing.assert_allclose(history[:, 1], trainer.history.val_loss, atol=TOL, rtol=0)


@pytest.mark.parametrize("case", MODEL_CASES)
def test_script_retrained_from_the_seed_predicts_like_the_app(exported, torch_child, case):
    trainer = trainer_for(case)
    trainer.run(LOOP_EPOCHS)
    np.testing.assert_allclose(torch_child[case]["outputs"]["retrained"], trainer.predict(exported["x"]),
                               atol=TOL, rtol=0)


def test_script_runs_as_a_program_and_reports(torch_child):
    printed = torch_child["xor"]["printed"]
    assert "(linear1): Linear(in_features=2, out_features=2, bias=True)" in printed
    assert "GOLD= [[0.0], [1.0], [1.0], [0.0]]" in printed and "Accuracy : " in printed


@pytest.mark.parametrize("case", MODEL_CASES)
def test_script_imports_only_torch_and_the_standard_library(exported, case):
    tree = ast.parse(exported["cases"][case]["files"]["script"].read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported == {"argparse", "base64", "math", "torch", "torch.nn.functional"}


def test_script_with_large_tensors_and_no_data_still_rebuilds_the_network():
    graph = chain(30, [linear(80), "relu", linear(3)], "ce")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        weights = {k.removeprefix("layers."): v.detach().numpy() for k, v in GraphModule(graph).state_dict().items()}
    assert weights["linear1.weight"].size > LITERAL_LIMIT  # written as base64, not as a list
    text = render_script(ExportSource(graph, weights, TrainConfig()))
    assert "_unpack(" in text and "TRAIN = None" in text and "--train is not available" in text
    namespace = {"__name__": "exported"}
    exec(compile(text, "big.py", "exec"), namespace)
    x = torch.randn(5, 30)
    with torch.no_grad():
        np.testing.assert_array_equal(namespace["trained_network"]()(x).numpy(),
                                      build_network(graph, weights)(x).numpy())


# ----- ONNX -----------------------------------------------------------------------------------------------
ORT_CHILD = """
import json, sys
import numpy as np
import onnxruntime as ort
request = json.load(open("request.json"))
x = np.array(request["x"], dtype=np.float32)
result = {}
for case in request["cases"]:
    session = ort.InferenceSession(case + ".onnx", providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    result[case] = {"input": name, "output": session.get_outputs()[0].name,
                    "all": session.run(None, {name: x})[0].tolist(),
                    "one": session.run(None, {name: x[:1]})[0].tolist()}
result["imported"] = [m for m in ("torch", "ann_viz") if m in sys.modules]
print(json.dumps(result))
"""


@pytest.fixture(scope="module")
def ort_child(exported, torch_child):  # after torch_child: it wrote request.json
    return run_child(block_imports("torch") + ORT_CHILD, exported["folder"])


@pytest.mark.parametrize("case", MODEL_CASES)
def test_onnx_runs_in_onnxruntime_like_the_app_with_any_batch(exported, ort_child, case):
    assert ort_child["imported"] == []
    expected = exported["cases"][case]["expected"]
    np.testing.assert_allclose(ort_child[case]["all"], expected, atol=TOL, rtol=0)
    np.testing.assert_allclose(ort_child[case]["one"], expected[:1], atol=TOL, rtol=0)
    assert (ort_child[case]["input"], ort_child[case]["output"]) == ("input", "output")


@pytest.mark.parametrize("case", MODEL_CASES)
def test_onnx_passes_the_checker_and_names_things_after_the_graph(exported, case):
    import onnx

    model = onnx.load(str(exported["cases"][case]["files"]["onnx"]))
    onnx.checker.check_model(model, full_check=True)
    assert model.graph.input[0].type.tensor_type.shape.dim[0].dim_param  # a symbolic (dynamic) batch
    source = exported["cases"][case]["source"]
    layers = [n.name for n in source.graph.nodes.values() if n.kind not in ("input", "output")]
    # one node per layer, named after it; Maxout (reshape, then max) becomes "maxout1/0", "maxout1/1", ...
    multi = {n.name for n in source.graph.nodes.values() if n.kind == "maxout"}
    names = sorted({n.name.split("/")[0] if n.name.split("/")[0] in multi else n.name for n in model.graph.node})
    assert names == sorted(layers)
    assert all(n.name.split("/")[0] in multi for n in model.graph.node if "/" in n.name)
    values = {o for n in model.graph.node for o in n.output}
    assert set(layers[:-1]) <= values  # each layer's result carries its name (the last one is "output")
    initializers = {t.name: onnx.numpy_helper.to_array(t) for t in model.graph.initializer}
    assert sorted(initializers) == sorted(source.weights)  # the app's names, and the app's values
    for name, value in source.weights.items():
        np.testing.assert_array_equal(initializers[name], value)


# ----- weights files, CSV, the registry ----------------------------------------------------------------
@pytest.mark.parametrize("case", MODEL_CASES)
@pytest.mark.parametrize("fmt", ["pt", "safetensors"])
def test_weights_files_import_back_exactly(exported, case, fmt):
    trainer = exported["cases"][case]["trainer"]
    arrays = import_weights(exported["cases"][case]["files"][fmt], trainer.graph)
    state = trainer.state_arrays()
    assert list(arrays) == list(state)
    for name in state:
        np.testing.assert_array_equal(arrays[name], state[name])


def test_safetensors_file_reads_with_the_safetensors_package(exported):
    from safetensors.numpy import load_file

    tensors = load_file(str(exported["cases"]["branchy"]["files"]["safetensors"]))
    assert {"linear1.weight", "batchnorm1.running_mean", "batchnorm1.running_var"} <= set(tensors)


def test_history_csv_has_one_row_per_epoch(exported):
    trainer = exported["cases"]["branchy"]["trainer"]
    lines = exported["cases"]["branchy"]["files"]["csv"].read_text().splitlines()
    assert lines[0] == "epoch,train_loss,val_loss,accuracy"
    rows = [line.split(",") for line in lines[1:]]
    assert [int(r[0]) for r in rows] == list(range(TRAINED_EPOCHS))
    np.testing.assert_array_equal([float(r[1]) for r in rows], trainer.history.train_loss)
    assert rows[-1][3] != "" and float(rows[-1][3]) == pytest.approx(trainer.history.accuracy[-1])
    assert rows[0][2] == ""  # no validation split: nothing measured


def test_formats_by_name_and_suffix():
    for fmt in FORMATS:
        assert format_named(fmt.name) is fmt
        for suffix in fmt.suffixes:
            assert format_for_path(f"a/model{suffix.upper()}") is fmt
    with pytest.raises(ExportError, match="choose one of onnx, pt2"):
        format_named("keras")
    with pytest.raises(ExportError, match="suffix '.h5'"):
        format_for_path("model.h5")


def test_a_missing_export_package_is_named_with_the_fix(exported, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)  # as if the export extra were not installed
    with pytest.raises(ExportError, match=r"ONNX model export needs the package 'onnx': .*ann-viz\[export\]"):
        export_to(exported["cases"]["xor"]["source"], tmp_path / "m.onnx")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "history.csv"
    target.write_text("old\n")
    untrained = source_from_project(get_preset("xor-2-2-1").project())
    with pytest.raises(ExportError, match="no training history yet"):
        export_to(untrained, target)
    assert target.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]
    with pytest.raises(ExportError, match="does not exist"):
        export_to(untrained, tmp_path / "missing" / "m.pt")


def test_project_export_uses_saved_weights_else_the_seeded_initial_ones():
    project = get_preset("xor-2-2-1").project()
    initial = trainer_for("xor").state_arrays()
    seeded = source_from_project(project).weights
    assert all(np.array_equal(seeded[k], initial[k]) for k in initial)
    project.weights = {k: v + 1 for k, v in initial.items()}
    saved = source_from_project(project).weights
    assert all(np.array_equal(saved[k], initial[k] + 1) for k in initial)


def test_building_for_export_draws_nothing_from_the_seeded_generator():
    graph = branchy_graph()
    weights = trainer_for("branchy").state_arrays()  # (a trainer seeds torch itself)
    torch.manual_seed(1)
    expected = torch.rand(3)
    torch.manual_seed(1)
    expected_shapes(graph)
    build_network(graph, weights)
    assert torch.equal(torch.rand(3), expected)


# ----- importing weights safely ----------------------------------------------------------------------------
class Hostile:
    """Unpickling this runs a shell command (which would create the marker file)."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.mark.parametrize("writer", ["torch.save", "pickle"])
def test_a_pickle_that_would_run_code_is_refused_and_does_not_run(tmp_path, writer):
    marker, path = tmp_path / "pwned", tmp_path / "evil.pt"
    payload = {"linear1.weight": Hostile(marker)}
    if writer == "torch.save":
        torch.save(payload, path)
    else:
        path.write_bytes(pickle.dumps(payload, protocol=2))
    with pytest.raises(ProjectFileError, match="evil.pt: refused: .* could run code"):
        import_weights(path, get_preset("xor-2-2-1").project().graph)
    assert not marker.exists()


@pytest.mark.parametrize("fmt", ["pt", "safetensors"])
def test_truncated_or_garbage_files_say_so(exported, tmp_path, fmt):
    good = exported["cases"]["xor"]["files"][fmt].read_bytes()
    graph = exported["cases"]["xor"]["source"].graph
    for name, data in (("half", good[: len(good) // 2]), ("garbage", os.urandom(300)), ("empty", b"")):
        path = tmp_path / f"{name}.{fmt}"
        path.write_bytes(data)
        with pytest.raises(ProjectFileError, match=rf"{name}\.{fmt}: damaged or truncated"):
            import_weights(path, graph)


def test_mismatched_names_and_shapes_are_all_listed(exported):
    xor_file = exported["cases"]["xor"]["files"]["pt"]
    with pytest.raises(ProjectFileError) as err:
        import_weights(xor_file, branchy_graph())
    message = str(err.value)
    assert message.startswith("xor.pt: The weights do not fit this network: ")
    assert "'linear1.weight' has shape (2, 2), the network needs (4, 2)" in message
    assert "'linear3.weight' is missing" in message and "'batchnorm1.running_var' is missing" in message


def test_unknown_names_and_non_tensors_are_listed(tmp_path):
    graph = get_preset("xor-2-2-1").project().graph
    path = tmp_path / "w.pt"
    state = {k: torch.tensor(v) for k, v in trainer_for("xor").state_arrays().items()}
    torch.save({**state, "extra.weight": torch.zeros(1)}, path)
    with pytest.raises(ProjectFileError, match="'extra.weight' is not in this network"):
        import_weights(path, graph)
    torch.save({**state, "linear1.bias": [1.0, 2.0], "linear2.bias": torch.tensor([1])}, path)
    with pytest.raises(ProjectFileError, match="'linear1.bias' is a list, not a tensor; 'linear2.bias' holds torch.int64"):
        read_weight_file(path)
    with pytest.raises(ProjectFileError, match="choose a .pt, .pth, .safetensors file"):
        read_weight_file(tmp_path / "w.npz")


def test_a_graph_modules_own_state_dict_imports(tmp_path):
    trainer = trainer_for("branchy")
    path = tmp_path / "module.pth"
    torch.save(trainer.module.state_dict(), path)  # "layers.linear1.weight", num_batches_tracked included
    arrays = import_weights(path, trainer.graph)
    assert list(arrays) == list(trainer.state_arrays())


# ----- the command line ---------------------------------------------------------------------------------
def test_cli_export_writes_the_file(tmp_path, capsys):
    path = tmp_path / "xor.safetensors"
    assert main(["export", "xor-2-2-1", "-o", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {path} (Weights (safetensors)")
    initial = trainer_for("xor").state_arrays()
    arrays = read_weight_file(path)
    assert all(np.array_equal(arrays[k], initial[k]) for k in initial)


def test_cli_export_of_a_project_file_with_a_format_flag(tmp_path, capsys):
    project = get_preset("xor-2-2-1").project()
    project.weights = {k: v * 2 for k, v in trainer_for("xor").state_arrays().items()}
    save_project(project, tmp_path / "p.annviz.json")
    out = tmp_path / "weights.bin"
    assert main(["export", str(tmp_path / "p.annviz.json"), "--format", "pt", "-o", str(out)]) == 0
    loaded = torch.load(out, weights_only=True)
    assert torch.equal(loaded["linear1.weight"], torch.tensor(project.weights["linear1.weight"]))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # torch.jit.load's own
def test_cli_torchscript_export_warns_it_is_deprecated(tmp_path, capsys):
    assert main(["export", "xor-2-2-1", "-o", str(tmp_path / "m.ts")]) == 0
    assert "warning: TorchScript (torch.jit) is deprecated" in capsys.readouterr().err
    assert isinstance(torch.jit.load(str(tmp_path / "m.ts")), torch.jit.ScriptModule)


@pytest.mark.parametrize("args, fragment", [
    (["export", "xor-2-2-1", "--format", "keras", "-o", "m.h5"], "Unknown export format 'keras'"),
    (["export", "xor-2-2-1", "-o", "model.h5"], "cannot tell the export format from the suffix '.h5'"),
    (["export", "xor-2-2-1", "-o", "history.csv"], "holds no training history"),
    (["export", "xor-2-2-1", "-o", "/no/such/folder/m.onnx"], "does not exist"),
    (["train", "xor-2-2-1", "--epochs", "1", "--export", "m.h5"], "suffix '.h5'"),
    (["train", "xor-2-2-1", "--weights", "missing.pt"], "no such file"),
])
def test_cli_export_errors_are_one_line_exit_2(args, fragment, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    captured = capsys.readouterr()
    assert fragment in captured.err and len(captured.err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_cli_train_exports_and_starts_from_weights(tmp_path, capsys):
    csv, weights = tmp_path / "h.csv", tmp_path / "w.pt"
    assert main(["train", "xor-2-2-1", "--epochs", "30", "--json", "--export", str(csv),
                 "--export", str(weights)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["epochs_run"] == 30  # stdout stays one JSON object
    assert f"Wrote {csv}" in captured.err and len(csv.read_text().splitlines()) == 31
    trained = read_weight_file(weights)
    assert main(["train", "xor-2-2-1", "--weights", str(weights), "--epochs", "0", "--json"]) == 0
    parameters = json.loads(capsys.readouterr().out)["parameters"]
    np.testing.assert_array_equal(np.array(parameters["linear1"]["weight"], dtype=np.float32),
                                  trained["linear1.weight"])


def test_cli_self_test_trains_xor_and_passes(capsys):
    assert main(["--self-test"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("ann-viz self-test: ok (XOR 2-2-1: accuracy 1.00") and "\n" not in line
    assert ", engine numba;" in line  # the bundle's self-test says whether the compiled engine runs there


@pytest.mark.parametrize("preset, one", [("batchnorm", True), ("mnist-mlp", False)])
def test_the_script_trains_on_one_thread_where_the_app_does(preset, one):
    """The app trains small steps on one thread (threads.small_steps); the script follows the same rule,
    so it rounds as the app did (BatchNorm's sums depend on the thread count)."""
    from ann_viz.core.presets import get_preset

    project = get_preset(preset).project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    assert trainer.on_one_thread is one
    text = render_script(source_from_trainer(trainer, preset))
    assert f'"one_thread": {one},' in text and "torch.set_num_threads(1)" in text
