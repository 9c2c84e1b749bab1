"""The training engine on the CPU: determinism, stepping, pausing, the notes' loop, optimizers,
penalties, early stopping, divergence, and what it refuses."""

from __future__ import annotations

import re

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.errors import DataError, TrainingError
from ann_viz.core.presets.builder import chain, explicit, linear
from ann_viz.core.train import OPTIMIZERS, PHASES, TrainConfig, Trainer

XOR_NET = [linear(2), "sigmoid", linear(1), "sigmoid"]


def cfg(**kw) -> TrainConfig:
    kw.setdefault("device", "cpu")
    return TrainConfig(**kw)


def weights(trainer: Trainer) -> dict[str, np.ndarray]:
    return {k: v.detach().cpu().numpy().copy() for k, v in trainer.module.state_dict().items()}


def assert_same_weights(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for k in a:
        np.testing.assert_array_equal(a[k], b[k], err_msg=k)


def assert_close_weights(a: dict, b: dict) -> None:
    """Stepping uses autograd, runs of eligible chains the hand-written step: equal to float rounding."""
    assert a.keys() == b.keys()
    for k in a:
        np.testing.assert_allclose(a[k], b[k], rtol=1e-5, atol=1e-6, err_msg=k)


def dropout_net():
    return chain(2, [linear(8), "tanh", ("dropout", {"p": 0.3}), linear(4), "relu", linear(1), "sigmoid"], "bce")


def moons(n=40, noise=0.2):
    return make_dataset({"kind": "moons", "n": n, "noise": noise})


# ----- determinism --------------------------------------------------------------------------------------
@pytest.mark.parametrize("setup", ["full_batch", "dropout_minibatch_val"])
def test_seeded_runs_repeat_exactly(setup):
    if setup == "full_batch":
        graph, data, config = chain(2, XOR_NET, "bce"), make_dataset({"kind": "xor"}), cfg(epochs=200)
    else:
        graph, data = dropout_net(), moons()
        config = cfg(optimizer="adam", lr=0.01, batch_size=7, epochs=25, val_fraction=0.25, seed=3)
    runs = []
    for _ in range(2):
        trainer = Trainer(graph, data, config)
        result = trainer.run()
        assert result.reason == "done" and result.epochs_run == config.epochs
        runs.append(trainer)
    a, b = runs
    assert len(a.history) == len(b.history) == config.epochs
    np.testing.assert_array_equal(a.history.train_loss, b.history.train_loss)
    np.testing.assert_array_equal(a.history.val_loss, b.history.val_loss)
    assert a.history.last("accuracy") == b.history.last("accuracy")
    assert_same_weights(weights(a), weights(b))
    # A different seed gives different numbers (the seed is really used).
    other = Trainer(graph, data, config.with_changes(seed=config.seed + 1))
    other.run()
    assert not np.array_equal(other.history.train_loss, a.history.train_loss)


def test_interleaved_trainers_keep_their_own_random_streams():
    """Dropout draws from the trainer's own stream: other work in between changes nothing."""
    graph, data = dropout_net(), moons()
    config = cfg(lr=0.5, batch_size=10, epochs=20, seed=9)
    alone = Trainer(graph, data, config)
    alone.run()
    a = Trainer(graph, data, config)
    a.run(epochs=7)
    torch.manual_seed(12345)
    torch.rand(1000)  # someone else uses the global generator
    b = Trainer(graph, data, config.with_changes(seed=1))
    b.run(epochs=5)
    a.step_phase()
    a.run()
    assert a.epoch == 20
    np.testing.assert_array_equal(a.history.train_loss, alone.history.train_loss)
    assert_same_weights(weights(a), weights(alone))


# ----- stepping -------------------------------------------------------------------------------------------
def test_step_phase_order_and_epoch_counter():
    trainer = Trainer(chain(2, XOR_NET, "bce"), make_dataset({"kind": "xor"}), cfg(lr=1.0))
    assert trainer.phase == "idle" and trainer.epoch == 0
    start = weights(trainer)
    for epoch in range(3):
        snaps = []
        for expected in PHASES:
            snap = trainer.step_phase()
            snaps.append(snap)
            assert snap.phase == expected
            assert trainer.phase == ("idle" if expected == "update" else expected)
            assert snap.n_batches == 1 and snap.device == "cpu"
        forward, loss, backward, update = snaps
        # The epoch counter moves only when the update is done.
        assert [s.epoch for s in snaps] == [epoch, epoch, epoch, epoch + 1]
        assert trainer.epoch == epoch + 1 and trainer.phase == "idle"
        assert forward.loss is None and len(forward.values) == 6
        assert loss.loss is not None and len(loss.grads) == 0
        assert len(backward.grads) > 0 and len(backward.param_grads) == 4 and len(backward.updates) == 0
        assert len(update.updates) == 4
        assert loss.loss == backward.loss == update.loss
        assert len(trainer.history) == epoch + 1
        assert trainer.history.train_loss[-1] == pytest.approx(loss.loss, rel=1e-6)
        assert update.train_loss == pytest.approx(loss.loss, rel=1e-6)
    assert not all(np.array_equal(start[k], v) for k, v in weights(trainer).items())


def test_phase_stepping_equals_a_run():
    graph, data = dropout_net(), moons()
    config = cfg(lr=0.3, batch_size=8, epochs=4, seed=2)
    stepped = Trainer(graph, data, config)
    while stepped.epoch < 4:
        stepped.step_phase()
    ran = Trainer(graph, data, config)
    assert ran.run().reason == "done"
    assert_same_weights(weights(stepped), weights(ran))
    np.testing.assert_allclose(stepped.history.train_loss, ran.history.train_loss, rtol=1e-6)


def test_step_batch_and_step_epoch_with_mini_batches():
    data = moons(n=10)
    config = cfg(lr=0.5, batch_size=4, epochs=10, seed=4)
    trainer = Trainer(chain(2, XOR_NET, "bce"), data, config)
    assert trainer.n_batches == 3
    seen, losses = [], []
    for expected_batch, expected_epoch, size in ((1, 0, 4), (2, 0, 4), (0, 1, 2)):
        snap = trainer.step_batch()
        assert snap.phase == "update" and trainer.phase == "idle"
        assert (snap.batch, snap.epoch, snap.n_batches) == (expected_batch, expected_epoch, 3)
        assert snap.inputs.shape == (size, 2)
        seen.append(snap.inputs)
        losses.append((snap.loss, size))
    # One epoch saw every training sample exactly once.
    rows = np.concatenate(seen)
    assert sorted(map(tuple, rows)) == sorted(map(tuple, data.x))
    # The epoch's loss is the sample-weighted mean of its batches' losses.
    assert len(trainer.history) == 1
    expected = sum(l * n for l, n in losses) / 10
    assert trainer.history.train_loss[0] == pytest.approx(expected, rel=1e-6)

    trainer.step_phase()  # part of a batch, then finish the epoch
    snap = trainer.step_epoch()
    assert snap.epoch == 2 and trainer.epoch == 2 and snap.batch == 0 and len(trainer.history) == 2
    snap = trainer.step_epoch()
    assert snap.epoch == 3 and len(trainer.history) == 3
    # A new epoch is a new order.
    ran = Trainer(chain(2, XOR_NET, "bce"), data, config)
    ran.run(epochs=3)
    assert_close_weights(weights(trainer), weights(ran))
    np.testing.assert_allclose(trainer.history.train_loss, ran.history.train_loss, rtol=1e-5)


def test_run_finishes_a_batch_left_partway():
    data = make_dataset({"kind": "xor"})
    config = cfg(lr=1.0, epochs=5)
    a = Trainer(chain(2, XOR_NET, "bce"), data, config)
    a.step_phase()
    a.step_phase()
    result = a.run()
    assert result.reason == "done" and a.epoch == 5 and a.phase == "idle"
    b = Trainer(chain(2, XOR_NET, "bce"), data, config)
    b.run()
    assert_close_weights(weights(a), weights(b))


# ----- pausing ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("setup", ["full_batch", "dropout_minibatch"])
def test_pause_and_resume_equals_an_uninterrupted_run(setup):
    if setup == "full_batch":
        graph, data, config = chain(2, XOR_NET, "bce"), make_dataset({"kind": "xor"}), cfg(epochs=300)
        pause_at = lambda t: t.epoch >= 120  # noqa: E731
    else:
        graph, data = dropout_net(), moons(n=30)
        config = cfg(optimizer="momentum", lr=0.1, batch_size=4, epochs=12, val_fraction=0.2, seed=6)
        pause_at = lambda t: t.epoch >= 5 and t.snapshot().batch == 3  # noqa: E731  (mid-epoch)
    whole = Trainer(graph, data, config)
    assert whole.run().reason == "done"

    trainer = Trainer(graph, data, config)
    pausing = {"on": True}
    first = trainer.run(should_stop=lambda: pausing["on"] and pause_at(trainer))
    assert first.reason == "paused"
    assert 0 < trainer.epoch < config.epochs and first.epochs_run == trainer.epoch
    assert pause_at(trainer)  # it stopped where it was asked to, not later
    paused_weights = weights(trainer)
    again = trainer.run(should_stop=lambda: True)  # still paused: nothing happens
    assert again.reason == "paused" and again.epochs_run == 0
    assert_same_weights(weights(trainer), paused_weights)
    pausing["on"] = False
    second = trainer.run(should_stop=lambda: pausing["on"])
    assert second.reason == "done"
    assert first.epochs_run + second.epochs_run == config.epochs == trainer.epoch
    assert_same_weights(weights(trainer), weights(whole))
    np.testing.assert_array_equal(trainer.history.train_loss, whole.history.train_loss)
    np.testing.assert_array_equal(trainer.history.val_loss, whole.history.val_loss)


# ----- the notes' loop -------------------------------------------------------------------------------------
def test_run_equals_the_plain_pytorch_loop_of_the_notes():
    torch.manual_seed(777)
    x = torch.FloatTensor([[0, 0], [0, 1], [1, 0], [1, 1]])
    y = torch.FloatTensor([[0], [1], [1], [0]])
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Sigmoid(), torch.nn.Linear(2, 1),
                                torch.nn.Sigmoid())
    criterion = torch.nn.BCELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=1)
    costs = []
    for _ in range(300):
        optimizer.zero_grad()
        cost = criterion(model(x), y)
        cost.backward()
        optimizer.step()
        costs.append(cost.item())

    trainer = Trainer(chain(2, XOR_NET, "bce"), make_dataset({"kind": "xor"}),
                      cfg(optimizer="sgd", lr=1.0, epochs=300, seed=777))
    snapshots = []
    result = trainer.run(on_snapshot=snapshots.append, snapshot_interval=0.0)
    assert result.reason == "done" and result.epochs_run == 300
    assert snapshots  # tracing snapshots does not change the numbers
    reference = [p.detach().numpy() for p in model.parameters()]
    ours = [p.detach().numpy() for p in trainer.module.parameters()]
    for a, b in zip(ours, reference):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-6)
    np.testing.assert_allclose(trainer.history.train_loss, costs, rtol=0, atol=1e-6)
    with torch.no_grad():
        np.testing.assert_allclose(trainer.predict(x.numpy()), model(x).numpy(), atol=1e-6)


# ----- optimizers and penalties ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", OPTIMIZERS)
def test_every_optimizer_trains(name):
    data = make_dataset({"kind": "xor_cloud", "n": 40})
    trainer = Trainer(chain(2, [linear(4), "tanh", linear(1), "sigmoid"], "bce"), data,
                      cfg(optimizer=name, lr=1.0 if name == "adadelta" else 0.05, epochs=50))
    start = weights(trainer)
    result = trainer.run()
    assert result.reason == "done" and trainer.epoch == 50
    end = weights(trainer)
    for k in start:
        assert np.isfinite(end[k]).all()
        assert not np.array_equal(start[k], end[k]), k
    losses = trainer.history.train_loss
    assert len(losses) == 50 and np.isfinite(losses).all()
    assert losses[-1] < losses[0]


@pytest.mark.parametrize("penalty", [{"l1": 0.01}, {"l2": 0.05}, {"l1": 0.02, "l2": 0.3}])
def test_l1_l2_add_exactly_their_penalty_to_the_loss(penalty):
    graph, data = chain(2, [linear(3), "tanh", linear(1), "sigmoid"], "bce"), moons(n=20)
    plain = Trainer(graph, data, cfg(lr=0.5, seed=8))
    penalised = Trainer(graph, data, cfg(lr=0.5, seed=8, **penalty))
    for t in (plain, penalised):
        t.step_phase()
    base = plain.step_phase().loss
    snap = penalised.step_phase()
    ws = [np.asarray(v, dtype=np.float64) for k, v in snap.params.items() if k.endswith(".weight")]
    expected = (penalty.get("l1", 0) * sum(np.abs(w).sum() for w in ws)
                + penalty.get("l2", 0) * sum((w * w).sum() for w in ws))
    assert expected > 0
    assert snap.loss > base
    assert snap.loss - base == pytest.approx(expected, rel=1e-4)
    # The fast loop uses the same objective: the first epoch's loss carries the penalty too.
    a, b = Trainer(graph, data, cfg(lr=0.5, seed=8, epochs=3)), Trainer(graph, data, cfg(lr=0.5, seed=8, epochs=3,
                                                                                      **penalty))
    a.run()
    b.run()
    assert b.history.train_loss[0] - a.history.train_loss[0] == pytest.approx(expected, rel=1e-4)
    # And it pulls the weights towards zero.
    wa = sum(np.abs(v).sum() for k, v in weights(a).items() if k.endswith("weight"))
    wb = sum(np.abs(v).sum() for k, v in weights(b).items() if k.endswith("weight"))
    assert wb < wa


# ----- early stopping -------------------------------------------------------------------------------------------
def test_early_stopping_with_a_validation_split():
    data = make_dataset({"kind": "moons", "noise": 0.3})
    config = cfg(optimizer="adam", lr=0.05, epochs=2000, val_fraction=0.3, early_stopping=5)
    trainer = Trainer(chain(2, [linear(16), "tanh", linear(16), "tanh", linear(1), "sigmoid"], "bce"),
                      data, config)
    assert trainer.val_data is not None and trainer.val_data.n == 60
    result = trainer.run()
    assert result.reason == "early_stopped"
    assert result.epochs_run == trainer.epoch < 2000
    assert "Early stopping" in result.message and result.message == trainer.stopped
    assert f"epoch {trainer.epoch}" in result.message and "5 epochs" in result.message
    best_epoch = int(re.search(r"weights of epoch (\d+)", result.message).group(1))
    val = trainer.history.val_loss
    assert len(val) == trainer.epoch and np.isfinite(val).all()
    assert best_epoch == int(np.argmin(val)) + 1 == trainer.epoch - 5
    # The best weights are back: the validation loss is the best one seen.
    assert trainer.evaluate("val").loss == pytest.approx(val.min(), rel=1e-6)
    with pytest.raises(TrainingError, match="Early stopping"):
        trainer.run()
    with pytest.raises(TrainingError):
        trainer.step_phase()
    trainer.clear_stop()
    assert trainer.run(epochs=2).epochs_run >= 1


# ----- divergence ---------------------------------------------------------------------------------------------
def _regression_graph():
    return chain(1, [linear(1)], "mse")


@pytest.mark.parametrize("mode", ["run", "step"])
def test_divergence_stops_and_keeps_finite_weights(mode):
    trainer = Trainer(_regression_graph(), make_dataset({"kind": "linear"}), cfg(lr=1e6, epochs=100))
    if mode == "run":
        result = trainer.run()
        assert result.reason == "diverged"
        message = result.message
    else:
        for _ in range(400):
            trainer.step_phase()
            if trainer.stopped:
                break
        message = trainer.stopped
    assert message.startswith("Training diverged")
    assert trainer.epoch < 100
    assert f"epoch {trainer.epoch}" in message
    assert trainer.divergence is not None and trainer.divergence.epoch == trainer.epoch
    layer = trainer.graph.nodes[trainer.divergence.node_id].name
    assert f"'{layer}'" in message
    for name, value in weights(trainer).items():
        assert np.isfinite(value).all(), name
    losses = trainer.history.train_loss
    assert len(losses) == trainer.epoch and np.isfinite(losses).all()
    with pytest.raises(TrainingError, match="diverged"):
        trainer.run()


def test_divergence_message_names_a_layer():
    trainer = Trainer(_regression_graph(), make_dataset({"kind": "linear"}), cfg(lr=1e6, epochs=100))
    result = trainer.run()
    assert result.reason == "diverged"
    layers = {n.name for n in trainer.graph.nodes.values() if n.kind != "input"}
    assert any(f"'{name}'" in result.message for name in layers), result.message


@pytest.mark.parametrize("mode", ["run", "step"])
def test_weights_stay_finite_when_an_update_overflows(mode):
    trainer = Trainer(_regression_graph(), make_dataset({"kind": "linear"}), cfg(lr=1.0, epochs=100))
    # TrainConfig caps the learning rate; set an absurd one directly to force an overflowing update.
    trainer.optimizer.param_groups[0]["lr"] = 3e38
    if mode == "run":
        assert trainer.run().reason == "diverged"
    else:
        while not trainer.stopped and trainer.epoch < 100:
            trainer.step_phase()
    assert "last finite weights" in trainer.stopped
    for name, value in weights(trainer).items():
        assert np.isfinite(value).all(), name


# ----- refusals --------------------------------------------------------------------------------------------------
def test_a_step_layer_refuses_training():
    graph = chain(2, [explicit([[1.0, 1.0]], [-1.5]), "step"], "mse")
    trainer = Trainer(graph, make_dataset({"kind": "and"}), cfg())
    for action in (trainer.run, trainer.step_phase, trainer.step_batch, trainer.step_epoch):
        with pytest.raises(TrainingError, match="Step") as info:
            action()
        assert "step1" in str(info.value)
    assert trainer.epoch == 0 and len(trainer.history) == 0
    # Evaluating the hand-set weights still works: it is the AND gate.
    np.testing.assert_array_equal(trainer.predict(np.array([[0, 0], [0, 1], [1, 0], [1, 1]])),
                                  [[0], [0], [0], [1]])


def test_input_width_different_from_the_data_raises_data_error():
    with pytest.raises(DataError) as info:
        Trainer(chain(3, XOR_NET, "bce"), make_dataset({"kind": "xor"}), cfg())
    assert "2 input feature" in str(info.value) and "takes 3" in str(info.value)
    with pytest.raises(DataError):
        Trainer(chain(2, [linear(2), "sigmoid"], "bce"), make_dataset({"kind": "xor"}), cfg())
