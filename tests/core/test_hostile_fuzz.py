"""Property-based hostile input (issue 13): the only outcomes are success or an AnnVizError
with a message. Never a Python traceback, a hang or a half-written file.

Example counts are bounded so the whole module runs in about two minutes; set
ANNVIZ_FUZZ_SCALE (e.g. 10) for a longer hunt. Every drawn input is counted by outcome
and the totals are printed at the end of the module (``pytest -s`` shows them).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fuzz_inputs import (TABLE_OPTIONS, broken_project_dicts, broken_project_texts, clean_tables, idx_files,
                         random_graphs, saved_bytes, text_tables, weight_payloads)
from ann_viz.core.data import load_idx, load_mnist, load_text_table, make_dataset
from ann_viz.core.errors import AnnVizError
from ann_viz.core.export import import_weights, read_weight_file
from ann_viz.core.graph import errors as graph_errors
from ann_viz.core.presets import get_preset
from ann_viz.core.project import Project, load_project, save_project
from ann_viz.core.train import Trainer

SCALE = int(os.environ.get("ANNVIZ_FUZZ_SCALE", "1"))
OUTCOMES: Counter = Counter()
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


def _examples(n: int):
    return settings(max_examples=n * SCALE, deadline=None, database=None, suppress_health_check=_HEALTH)


def _outcome(what: str, call) -> object:
    """Run ``call``; count success or a message; anything else fails the example."""
    try:
        result = call()
    except AnnVizError as err:
        assert str(err).strip(), f"{what}: {type(err).__name__} without a message"
        OUTCOMES[what, "message"] += 1
        return None
    except BaseException as err:
        OUTCOMES[what, "other"] += 1
        raise AssertionError(f"{what}: {type(err).__name__}: {err}") from err
    OUTCOMES[what, "ok"] += 1
    return result


_FOLDER: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def _report(tmp_path_factory):
    _FOLDER.append(tmp_path_factory.mktemp("fuzz"))
    yield
    total = sum(OUTCOMES.values())
    bad = sum(n for (_, kind), n in OUTCOMES.items() if kind == "other")
    lines = [f"hostile fuzz: {total} inputs, {bad} ended in anything but success or a message"]
    lines += [f"  {what}: {kind} {n}" for (what, kind), n in sorted(OUTCOMES.items())]
    print("\n" + "\n".join(lines))


def _file(name: str, content: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(dir=_FOLDER[-1]))  # pytest's own temp tree: old runs are pruned
    path = folder / name
    path.write_bytes(content)
    return path


def _train_briefly(project: Project) -> None:
    """Build the data set and a trainer as the app and CLI do, and train one epoch."""
    data = make_dataset(project.data)
    if data.n_samples > 2000:
        return  # big generated sets are the generators' business, and slow here
    trainer = Trainer(project.graph, data, project.config.with_changes(device="cpu"))
    trainer.run(1)
    trainer.evaluate()


@_examples(120)
@given(broken_project_dicts())
def test_broken_project_fields(data):
    path = _file("p.annviz.json", json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    project = _outcome("project load", lambda: load_project(path))
    if project is not None:
        _outcome("project train", lambda: _train_briefly(project))
        _outcome("project save", lambda: save_project(project, path.with_name("saved.annviz.json")))


@_examples(60)
@given(broken_project_texts())
def test_broken_project_text(text):
    path = _file("p.annviz.json", text.encode("utf-8", "surrogatepass"))
    _outcome("project text", lambda: load_project(path))


@_examples(120)
@given(st.one_of(clean_tables(), text_tables()), st.one_of(st.just({}), TABLE_OPTIONS))
def test_hostile_text_tables(raw, options):
    path = _file("train.txt", raw)
    _outcome("text table", lambda: load_text_table(path, **options))


@_examples(80)
@given(idx_files(), idx_files())
@example(b"\x00\x00\x08\x04" + b"\x00" * 7 + b"\x02\x80\x00\x00\x00\x80\x00\x00\x00", b"\x00\x00\x08\x00")  # found here
def test_hostile_idx_files(images, labels):
    folder = _file("train-images-idx3-ubyte", images).parent
    (folder / "train-labels-idx1-ubyte").write_bytes(labels)
    _outcome("idx file", lambda: load_idx(folder / "train-images-idx3-ubyte"))
    _outcome("mnist folder", lambda: load_mnist(folder))


@_examples(60)
@given(weight_payloads(), st.sampled_from(["w.pt", "w.pth"]), st.integers(0, 3000), st.binary(max_size=8))
@example({}, "w.pt", 826, b"\x00\x00@")  # found here: zipfile's NotImplementedError("zip file version 6.4")
def test_hostile_weight_files(payload, name, cut, junk):
    raw = saved_bytes(payload)
    graph = get_preset("xor-2-2-1").project().graph
    for content in (raw, raw[:cut] + junk + raw[cut + len(junk):]):  # as saved, and damaged
        path = _file(name, content)
        _outcome("weight file", lambda: read_weight_file(path))
        _outcome("weight import", lambda: import_weights(path, graph))


@_examples(30)
@given(st.binary(max_size=200))
def test_hostile_safetensors(raw):
    pytest.importorskip("safetensors")
    _outcome("safetensors file", lambda: read_weight_file(_file("w.safetensors", raw)))


@_examples(60)
@given(random_graphs(), st.sampled_from(["xor", "circle", "square", "digits"]))
def test_random_graphs_train_or_say_why(graph, kind):
    problems = graph_errors(graph)
    assert all(p.message for p in problems)
    project = Project(graph, {"kind": kind} if kind != "circle" else {"kind": kind, "n": 40})
    project.config = project.config.with_changes(epochs=1)
    _outcome("random graph", lambda: _train_briefly(project))
    path = _file("g.annviz.json", b"")
    _outcome("random graph save", lambda: save_project(project, path))
    _outcome("random graph reload", lambda: load_project(path))
