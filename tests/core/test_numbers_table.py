"""The Numbers table's rows: every number of a snapshot, by layer, as text that reads back exactly."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from ann_viz.core.data import make_dataset
from ann_viz.core.inspect.numbers import exact, layer_tables
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float64_text_reads_back_to_the_same_number(value):
    assert float(exact(value, np.float64)) == value


@given(st.floats(width=32, allow_nan=False, allow_infinity=False))
def test_float32_text_reads_back_to_the_same_float32(value):
    text = exact(np.float32(value), np.float32)
    assert np.float32(text) == np.float32(value)
    assert len(text.replace("-", "").replace(".", "").split("e")[0].lstrip("0")) <= 9


def test_the_worked_example_by_layer():
    project = get_preset("worked-2-2-2").project()
    config = project.config.with_changes(device="cpu", precision="float64")
    trainer = Trainer(project.graph, make_dataset(project.data), config)
    for _ in range(4):
        snapshot = trainer.step_phase()
    kinds = {n.name: n.kind for n in project.graph.nodes.values()}
    tables = {t.name: t for t in layer_tables(snapshot, kinds)}
    assert list(tables) == ["input", "linear1", "sigmoid1", "linear2", "sigmoid2", "output"]
    linear2 = tables["linear2"]
    assert [s.quantity for s in linear2.sections] == ["weight", "z"]
    weight = linear2.sections[0]
    assert weight.index(1) == (1, 2)  # to neuron 1 from input 2
    assert weight.text("value", 0) == "0.45"
    assert round(float(weight.text("grad", 0)), 8) == 0.02592286  # dE/dW5 in the notes
    after = float(weight.text("value", 0)) + float(weight.text("update", 0))
    assert round(after, 8) == 0.43703857
    assert tables["input"].sections[0].text("value", 1) == "0.2"
    output = tables["output"]
    assert [s.quantity for s in output.sections] == ["value", "target"]
    assert output.sections[1].text("value", 0) == "0.4"
    assert len(tables["sigmoid1"]) == 2


def test_weights_only_snapshots_give_the_parameter_tables():
    project = get_preset("xor-2-2-1").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    kinds = {n.name: n.kind for n in project.graph.nodes.values()}
    tables = layer_tables(trainer.snapshot(), kinds)
    assert [t.name for t in tables] == ["linear1", "linear2"]
    assert [s.quantity for s in tables[0].sections] == ["weight", "bias"]
    assert tables[0].sections[0].text("grad", 0) == ""  # no step yet: no gradient
    assert len(tables[0].sections[0].text("value", 0).replace("-", "")) <= 11  # 9 digits of float32
