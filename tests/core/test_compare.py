"""Run comparison: each run equals its variant trained alone; bad variants fail alone; files and lessons."""

from __future__ import annotations

import numpy as np
import pytest

from ann_viz.core.compare import CompareEngine, VariantError, build_comparison, parse_changes, parse_spec
from ann_viz.core.compare.apply import apply_changes
from ann_viz.core.compare.file import is_comparison_file, load_comparison, save_comparison
from ann_viz.core.data import make_dataset
from ann_viz.core.errors import AnnVizError, ProjectFileError
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.comparisons import COMPARISON_LESSONS, comparisons_of, get_comparison_lesson
from ann_viz.core.train import Trainer


def alone(project, epochs: int, engine: str = "auto") -> Trainer:
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(epochs=epochs),
                      engine=engine)
    trainer.run()
    return trainer


def assert_runs_equal_alone(comparison, engine: str = "auto", tol: float = 1e-6) -> None:
    state = CompareEngine(comparison, engine=engine, max_marks=7).run()
    assert state.finished
    for run, view in zip(comparison.runs, state.runs):
        trainer = alone(run.project, comparison.epochs, engine)
        assert view.status == "done", view.message
        assert view.epoch == trainer.epoch == comparison.epochs
        np.testing.assert_allclose(view.loss, trainer.history.train_loss, rtol=tol, atol=tol)
        np.testing.assert_allclose(view.grad_norms, trainer.history.grad_norms, rtol=tol, atol=tol)
        final = view.snapshots[-1].params
        for name, value in trainer.state_arrays().items():
            if name in final:
                np.testing.assert_allclose(final[name], value, rtol=tol, atol=tol)
        assert list(view.marks) == sorted(set(view.marks)) and view.marks[0] == 0 and view.marks[-1] == comparison.epochs


def test_sigmoid_relu_tanh_runs_equal_the_variants_trained_alone():
    base = get_preset("xor-deep-sigmoid").project()
    comparison = build_comparison(base, [{"activation": "relu", "lr": 0.1}, {"activation": "tanh", "depth": 2}],
                                  epochs=400)
    assert_runs_equal_alone(comparison, engine="torchscript", tol=0.0)  # the same engine: bit for bit
    assert_runs_equal_alone(comparison)  # whichever engine each picks


def test_dropout_and_minibatch_runs_keep_their_own_random_streams():
    base = get_preset("xor-dropout").project()
    comparison = build_comparison(base, [{"regularizer": "none"}, {"seed": 3}, {"regularizer": "dropout:0.3"}],
                                  epochs=60)
    assert_runs_equal_alone(comparison)
    bn = get_preset("batchnorm").project()
    assert_runs_equal_alone(build_comparison(bn, [{"regularizer": "none", "optimizer": "momentum", "lr": 0.05}],
                                             epochs=3))


def test_an_impossible_variant_fails_alone_and_the_others_train():
    base = get_preset("regression-linear").project()
    comparison = build_comparison(base, [{"width": 0}, {"lr": 5.0}, {"depth": 1, "width": 4}], epochs=300)
    assert comparison.runs[1].project is None and "width" in comparison.runs[1].error
    state = CompareEngine(comparison).run()
    statuses = [v.status for v in state.runs]
    assert statuses == ["done", "failed", "diverged", "done"]
    assert "width" in state.runs[1].message and state.runs[2].message.startswith("Training diverged")
    assert np.isfinite(state.runs[2].snapshots[-1].params["linear1.weight"]).all()  # the last finite weights
    assert state.runs[3].epoch == 300 and state.runs[3].final_loss < state.runs[0].loss[0]


def test_a_shape_mismatch_is_a_clear_message():
    base = get_preset("loss-ce-digits").project()  # 64 inputs: a graph change keeps them
    run = build_comparison(base, [{"depth": 2, "width": 16}]).runs[1]
    assert run.project is not None
    residual = get_preset("residual").project()
    comparison = build_comparison(residual, [{"activation": "tanh"}, {"lr": 0.02}])
    assert "single chain" in comparison.runs[1].error
    assert comparison.runs[2].project.config.lr == 0.02


def test_changes_rebuild_the_chain():
    base = get_preset("xor-deep-relu").project()
    kinds = lambda p: [n.kind for n in p.graph.nodes.values()][1:-1]  # noqa: E731
    units = lambda p: [n.params["units"] for n in p.graph.nodes.values() if n.kind == "linear"]  # noqa: E731
    deeper = apply_changes(base, {"depth": 4, "width": 6, "regularizer": "batchnorm"})
    assert kinds(deeper) == ["linear", "batchnorm", "relu"] * 4 + ["linear", "sigmoid"]
    assert units(deeper) == [6, 6, 6, 6, 1]
    shallow = apply_changes(base, {"depth": 0})
    assert kinds(shallow) == ["linear", "sigmoid"]
    dropped = apply_changes(base, {"regularizer": "dropout:0.25", "activation": "elu", "init": "he_normal"})
    assert kinds(dropped) == ["linear", "elu", "dropout"] * 3 + ["linear", "sigmoid"]
    assert {n.params["init"] for n in dropped.graph.nodes.values() if n.kind == "linear"} == {"he_normal"}
    assert apply_changes(base, {"regularizer": "l2:0.01"}).config.l2 == 0.01
    perceptron = apply_changes(get_preset("perceptron-xor").project(), {"depth": 1, "width": 3})
    assert units(perceptron) == [3, 1]
    assert base.graph.nodes  # the base project is untouched
    assert kinds(base) == ["linear", "relu"] * 3 + ["linear", "sigmoid"]


@pytest.mark.parametrize("text, words", [
    ("width=0", "width"), ("activation=swish", "activation"), ("lr=-1", "learning rate"), ("lr=nan", "learning rate"),
    ("depth=99", "depth"), ("colour=red", "Unknown change"), ("regularizer=dropout:2", "strength"),
    ("regularizer=batchnorm:0.1", "no strength"), ("seed=x", "seed"), ("activation", "KEY=VALUE"), ("", "at least one"),
    ("lr=0.1,LR=0.2", "changes lr twice"), ("width=0,width=3", "changes width twice"),
])
def test_bad_variant_specs_are_refused_with_a_sentence(text, words):
    with pytest.raises(VariantError, match=words):
        parse_spec(text)


def test_a_variant_spec_is_typed():
    assert parse_spec("activation=ReLU, lr=0.1,width=8") == {"activation": "relu", "width": 8, "lr": 0.1}


def test_a_variant_from_pairs_equals_the_same_spec():
    pairs = [("lr", " 0.1"), ("Activation", "ReLU"), ("regularizer", "dropout:0.20")]
    assert parse_changes(pairs) == parse_spec("lr=0.1,activation=relu,regularizer=dropout:0.2") == {
        "activation": "relu", "lr": 0.1, "regularizer": "dropout:0.2"}
    with pytest.raises(VariantError, match="at least one"):
        parse_changes([])


def test_a_comparison_has_two_to_four_runs():
    base = get_preset("xor-2-2-1").project()
    with pytest.raises(AnnVizError, match="2 to 4"):
        build_comparison(base, [])
    with pytest.raises(AnnVizError, match="2 to 4"):
        build_comparison(base, [{"seed": s} for s in range(4)])


def test_a_comparison_file_round_trips(tmp_path):
    base = get_preset("xor-2-2-1").project()
    comparison = build_comparison(base, [{"activation": "tanh"}, {"width": 0}], epochs=50, title="mine")
    path = tmp_path / "c.json"
    save_comparison(comparison, path)
    assert is_comparison_file(path)
    again = load_comparison(path)
    assert again.title == "mine" and again.epochs == 50 and again.labels == comparison.labels
    assert again.runs[2].project is None and again.runs[2].error == comparison.runs[2].error
    first = CompareEngine(comparison).run().runs[1]
    second = CompareEngine(again).run().runs[1]
    np.testing.assert_array_equal(first.loss, second.loss)
    (tmp_path / "bad.json").write_text('{"format": "ann-viz-comparison", "schema": 1, "runs": []}')
    with pytest.raises(ProjectFileError, match="bad.json"):
        load_comparison(tmp_path / "bad.json")


def test_every_comparison_lesson_builds_and_trains_a_few_epochs():
    for lesson in COMPARISON_LESSONS:
        comparison = lesson.comparison()
        assert len(comparison.runs) == len(lesson.labels)
        assert all(run.project is not None for run in comparison.runs), lesson.id
        comparison.epochs = 2
        state = CompareEngine(comparison).run()
        assert [v.status for v in state.runs] == ["done"] * len(state.runs), lesson.id
    assert get_comparison_lesson("compare-sigmoid-relu") in comparisons_of("xor-deep-relu")
    assert comparisons_of("optimizer-adam") and not comparisons_of("gate-and")


def test_snapshot_at_picks_the_last_mark_before_an_epoch():
    base = get_preset("xor-2-2-1").project()
    state = CompareEngine(build_comparison(base, [{"seed": 1}], epochs=100), max_marks=5).run()
    view = state.runs[0]
    assert list(view.marks) == [0, 25, 50, 75, 100]
    assert view.snapshot_at(60).epoch == 50 and view.snapshot_at(0).epoch == 0 and view.snapshot_at(10**6).epoch == 100
    assert np.isnan(view.accuracy[0]) and view.accuracy[-1] == pytest.approx(view.snapshots[-1].accuracy)
