"""Step back a phase or an epoch, then forward again: the same numbers to the last bit."""

from __future__ import annotations

import numpy as np
import pytest

from ann_viz.core.data import make_dataset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import TrainConfig, Trainer


def dropout_trainer(**kw) -> Trainer:
    """Mini-batches (a shuffled order), dropout (a random stream) and Adam (optimizer state)."""
    graph = chain(2, [linear(6), "tanh", ("dropout", {"p": 0.3}), linear(1), "sigmoid"], "bce")
    config = TrainConfig(optimizer="adam", lr=0.05, batch_size=16, epochs=50, seed=3, device="cpu", **kw)
    return Trainer(graph, make_dataset({"kind": "moons", "n": 40, "noise": 0.2}), config)


def state(trainer: Trainer) -> dict:
    out = {k: v.copy() for k, v in trainer.state_arrays().items()}
    for p, s in trainer.optimizer.state.items():
        for key, value in s.items():
            out[f"opt.{id(p)}.{key}"] = value.detach().clone().numpy()
    out["history"] = trainer.history.rows_since(0).copy()
    out["where"] = np.array([trainer.epoch, trainer._batch, -1 if trainer._pending is None else trainer._pending.phase])
    return out


def assert_same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for key in a:
        np.testing.assert_array_equal(a[key], b[key], err_msg=key)


def assert_same_snapshot(a, b) -> None:
    assert (a.epoch, a.batch, a.phase, a.loss) == (b.epoch, b.batch, b.phase, b.loss)
    for field in ("values", "grads", "params", "param_grads", "updates"):
        left, right = getattr(a, field), getattr(b, field)
        assert left.keys() == right.keys(), field
        for key in left:
            np.testing.assert_array_equal(left[key], right[key], err_msg=f"{field} {key}")


@pytest.mark.parametrize("precision", ["float32", "float64"])
def test_back_one_phase_then_forward_repeats_every_number(precision):
    trainer = dropout_trainer(precision=precision)
    assert not trainer.can_step_back("phase") and trainer.step_back("phase") is None
    trainer.step_epoch()
    for _ in range(6):  # into the second batch of epoch 2
        trainer.step_phase()
    before = state(trainer)
    first = [trainer.step_phase() for _ in range(5)]  # over a batch's update and into the next
    after = state(trainer)
    for _ in range(5):
        assert trainer.can_step_back("phase")
        trainer.step_back("phase")
    assert_same(state(trainer), before)
    again = [trainer.step_phase() for _ in range(5)]
    assert_same(state(trainer), after)
    for a, b in zip(first, again):
        assert_same_snapshot(a, b)


def test_back_a_phase_shows_the_previous_snapshot():
    trainer = dropout_trainer()
    forward = trainer.step_phase()
    loss = trainer.step_phase()
    assert loss.phase == "loss"
    shown = trainer.step_back("phase")
    assert_same_snapshot(shown, forward)
    assert trainer.phase == "forward"
    first = trainer.step_back("phase")  # back before anything: the untouched start
    assert first.phase == "idle" and first.epoch == 0
    assert not trainer.can_step_back("phase")


def test_back_one_epoch_from_partway_and_from_its_end():
    trainer = dropout_trainer()
    start = state(trainer)
    trainer.step_epoch()
    end_of_1 = state(trainer)
    trainer.step_epoch()
    end_of_2 = state(trainer)
    trainer.step_batch()
    trainer.step_phase()  # partway through epoch 3: back to its start
    assert trainer.can_step_back("epoch")
    shown = trainer.step_back("epoch")
    assert shown.epoch == 2
    assert_same(state(trainer), end_of_2)
    trainer.step_back("epoch")  # at an epoch's start: back to the previous one
    assert_same(state(trainer), end_of_1)
    trainer.step_back("epoch")
    assert_same(state(trainer), start)
    assert not trainer.can_step_back("epoch")
    trainer.step_epoch()
    assert_same(state(trainer), end_of_1)


def test_a_run_typed_weights_or_a_reset_leave_nothing_to_go_back_to():
    trainer = dropout_trainer()
    trainer.step_epoch()
    trainer.run(2)
    assert not trainer.can_step_back("phase") and not trainer.can_step_back("epoch")
    trainer.step_phase()
    trainer.load_arrays(trainer.state_arrays())
    assert not trainer.can_step_back("phase")
    trainer.step_phase()
    trainer.reset()
    assert not trainer.can_step_back("phase")


def test_a_learning_rate_changed_since_is_kept_after_going_back():
    trainer = dropout_trainer()
    trainer.step_epoch()
    trainer.set_learning_rate(0.01)
    trainer.step_back("epoch")
    assert trainer.optimizer.param_groups[0]["lr"] == 0.01


def test_the_record_is_bounded():
    from ann_viz.core.train import rewind

    trainer = Trainer(chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce"), make_dataset({"kind": "xor"}),
                      TrainConfig(device="cpu"))
    for _ in range(rewind.MAX_MARKS // 4 + 10):
        trainer.step_batch()
    assert len(trainer._marks) == rewind.MAX_MARKS
    assert trainer.can_step_back("epoch")
