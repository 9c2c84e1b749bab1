"""Every lesson preset ends as its lesson says (headless, CPU, the notes' hyper-parameters)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.errors import AnnVizError, TrainingError
from ann_viz.core.presets import PRESETS, get_preset
from ann_viz.core.project import project_from_dict, project_to_dict
from ann_viz.core.train import Trainer

LN2 = math.log(2)


def trained(preset_id: str, **changes) -> tuple[Trainer, object]:
    project = get_preset(preset_id).project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu", **changes))
    result = trainer.run() if trainer.config.epochs else None
    return trainer, result


def test_every_preset_builds_a_valid_project_that_round_trips():
    ids = [p.id for p in PRESETS]
    assert len(ids) == len(set(ids))
    for preset in PRESETS:
        project = preset.project()
        assert project.preset == preset.id and preset.try_text and preset.notice_text
        again = project_from_dict(project_to_dict(project))
        assert project_to_dict(again) == project_to_dict(project)
        Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))


def test_presets_are_independent_copies():
    a, b = get_preset("xor-2-2-1").project(), get_preset("xor-2-2-1").project()
    a.graph.set_param(a.graph.node_by_name("linear1").id, "units", 5)
    assert b.graph.node_by_name("linear1").params["units"] == 2
    with pytest.raises(AnnVizError, match="no preset"):
        get_preset("nope")


def test_xor_2_2_1_seed_777_reaches_accuracy_1_and_matches_the_notes_code():
    trainer, result = trained("xor-2-2-1")
    assert result.reason == "done" and trainer.epoch == 10001
    evaluation = trainer.evaluate()
    assert evaluation.accuracy == 1.0 and evaluation.loss < 0.01
    assert evaluation.pred_gold_text().splitlines() == [
        "PRED= [[0.0], [1.0], [1.0], [0.0]]", "GOLD= [[0.0], [1.0], [1.0], [0.0]]", "Accuracy : 1.000000"]
    # The notes' own loop with the same seed gives the same first loss.
    torch.manual_seed(777)
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Sigmoid(), torch.nn.Linear(2, 1), torch.nn.Sigmoid())
    x = torch.tensor([[0.0, 0], [0, 1], [1, 0], [1, 1]])
    y = torch.tensor([[0.0], [1], [1], [0]])
    first = torch.nn.BCELoss()(model(x), y).item()
    assert trainer.history.train_loss[0] == pytest.approx(first, abs=1e-7)


@pytest.mark.parametrize("preset_id", ["perceptron-xor", "init-zeros"])
def test_stuck_at_ln2(preset_id):
    trainer, _ = trained(preset_id)
    assert trainer.history.train_loss[-1] == pytest.approx(LN2, abs=1e-3)
    assert trainer.evaluate().accuracy < 1.0


def test_deep_sigmoid_plateaus_then_escapes_while_relu_is_fast():
    sig, _ = trained("xor-deep-sigmoid")
    losses = sig.history.train_loss
    assert abs(losses[1000] - LN2) < 5e-3  # the vanishing-gradient plateau
    assert sig.evaluate().accuracy == 1.0
    relu, _ = trained("xor-deep-relu")
    first_good = lambda h: int(np.argmax(h < 0.1))
    assert relu.evaluate().accuracy == 1.0
    assert first_good(relu.history.train_loss) < first_good(losses)


def test_wide_beats_narrow_at_1000_epochs():
    wide, _ = trained("xor-wide-2-10-1")
    narrow, _ = trained("xor-2-2-1", epochs=1001)
    assert wide.history.train_loss[1000] < narrow.history.train_loss[1000]


@pytest.mark.parametrize("preset_id", ["xor-dropout", "activation-tanh", "activation-leaky-relu",
                                       "activation-elu", "init-xavier", "init-he", "loss-mse",
                                       "loss-bce-logits", "residual", "spiral-playground"])
def test_lessons_that_learn(preset_id):
    trainer, result = trained(preset_id)
    assert result.reason == "done"
    assert trainer.evaluate().accuracy >= 0.98


def test_regularization_lessons():
    plain, _ = trained("regularization-none")
    l2, _ = trained("regularization-l2")
    l1, _ = trained("regularization-l1")
    # Without a penalty the big network over-fits: its validation loss ends far above L2's.
    assert plain.history.val_loss[-1] > 2 * l2.history.val_loss[-1]
    norm = lambda t: sum(float(p.detach().abs().sum()) for p in t._weights)
    assert norm(l2) < norm(plain) and norm(l1) < norm(plain)
    small = lambda t: sum(int((p.abs() < 1e-2).sum()) for p in t._weights)
    assert small(l1) > small(plain)


def test_early_stopping_lesson_stops_and_restores_the_best_weights():
    trainer, result = trained("early-stopping")
    assert result.reason == "early_stopped" and trainer.epoch < 5001
    assert "Early stopping" in result.message and "Restored the weights" in result.message
    best = float(np.nanmin(trainer.history.val_loss))
    assert trainer.evaluate("val").loss == pytest.approx(best, rel=1e-4)


def test_optimizer_lessons_all_learn_the_moons():
    for name in ("sgd", "momentum", "adagrad", "rmsprop", "adam", "adadelta"):
        trainer, result = trained(f"optimizer-{name}")
        assert result.reason == "done" and trainer.evaluate().accuracy > 0.9, name


def test_batchnorm_and_digits_lessons():
    bn, _ = trained("batchnorm")
    assert bn.evaluate().accuracy > 0.9
    digits, _ = trained("loss-ce-digits")
    assert digits.evaluate("test").accuracy > 0.9
    report = digits.evaluate("test").report
    assert np.asarray(report["confusion"]).sum() == digits.test_data.n


def test_mnist_shaped_mlp_trains_on_784_inputs():
    trainer, _ = trained("mnist-mlp", epochs=2)
    assert trainer.module.widths[trainer.module.node_ids[0]] == 784
    assert trainer.evaluate("test").accuracy > 0.8


@pytest.mark.parametrize("preset_id", ["gate-and", "gate-nand", "gate-or", "gate-xor"])
def test_logic_gates_with_hand_set_weights(preset_id):
    trainer, result = trained(preset_id)
    assert result is None and trainer.evaluate().accuracy == 1.0
    with pytest.raises(TrainingError, match="Step"):
        trainer.run(1)


def test_regression_lessons():
    flat, _ = trained("regression-square-linear")
    curved, _ = trained("regression-square")
    assert flat.evaluate().loss > 0.05  # a straight line cannot fit a parabola
    assert curved.evaluate().loss < 0.005
    line, _ = trained("regression-linear")
    assert line.evaluate().loss < 0.02


def test_divergence_lesson_stops_with_a_message_and_finite_weights():
    trainer, result = trained("divergence-high-lr")
    assert result.reason == "diverged"
    assert "epoch" in result.message and "NaN/Inf" in result.message
    assert all(bool(torch.isfinite(p).all()) for p in trainer.module.parameters())
    assert np.isfinite(trainer.history.train_loss).all()


def test_worked_2_2_2_example_weights_after_one_step():
    """The notes' page: x=(0.1, 0.2), targets (0.4, 0.6), E = sum 0.5 (t - o)^2, lr 0.5."""
    trainer, _ = trained("worked-2-2-2")
    x1, x2, t = 0.1, 0.2, np.array([0.4, 0.6])
    w1 = np.array([[0.3, 0.25], [0.4, 0.35]])
    w2 = np.array([[0.45, 0.4], [0.7, 0.6]])
    sig = lambda z: 1 / (1 + np.exp(-z))
    h = sig(w1 @ [x1, x2])
    o = sig(w2 @ h)
    d_out = (o - t) * o * (1 - o)  # dE/do * do/dz for E = sum 0.5 (t - o)^2
    d_hid = (w2.T @ d_out) * h * (1 - h)
    new_w2 = w2 - 0.5 * np.outer(d_out, h)
    new_w1 = w1 - 0.5 * np.outer(d_hid, [x1, x2])
    params = trainer.parameters_by_layer()
    np.testing.assert_allclose(params["linear2"]["weight"], new_w2, atol=1e-6)
    np.testing.assert_allclose(params["linear1"]["weight"], new_w1, atol=1e-6)
    # dE/dW5 by the chain rule, as the notes write it: (o1 - t1) * o1 (1 - o1) * h1.
    assert new_w2[0, 0] == pytest.approx(0.45 - 0.5 * (o[0] - 0.4) * o[0] * (1 - o[0]) * h[0])
    assert "linear1" in params and "bias" not in params["linear1"]
