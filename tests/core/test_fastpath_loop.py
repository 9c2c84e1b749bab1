"""The fast engines' many-steps-per-call loops: TorchScript computes what plain Python does, and runs
that hand over between a fast engine (numba or TorchScript) and the general path (stepping, traced snapshots, pauses,
learning-rate changes, calls ending mid-epoch, validation, early stopping, divergence) equal
the general path alone."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import TrainConfig, Trainer, fastkernel, fastpath

TANH_NET = [linear(6), "tanh", linear(5), "leaky_relu", linear(1), "sigmoid"]
_points = np.random.default_rng(0).uniform(-1, 1, (25, 2))
THREE_CLASSES = {"kind": "inline", "x": _points.tolist(), "y": [int(3 * (p[0] + 1) / 2.0001) for p in _points],
                 "task": "multiclass"}


ENGINES = pytest.mark.parametrize("engine", ["numba", "torchscript"])


def pair(layers, loss, data, engine="torchscript", **config) -> tuple[Trainer, Trainer]:
    graph, config = chain(data.n_features, layers, loss), TrainConfig(device="cpu", **config)
    fast, slow = Trainer(graph, data, config, engine=engine), Trainer(graph, data, config, fast_path=False)
    assert fast.engine_name == engine and not slow.fast_path
    return fast, slow


def assert_close(fast: Trainer, slow: Trainer, rtol=1e-4, atol=1e-5) -> None:
    """Same place in training, same weights, same history, to float rounding."""
    assert (fast.epoch, fast.snapshot().batch, fast.phase) == (slow.epoch, slow.snapshot().batch, slow.phase)
    a, b = fast.state_arrays(), slow.state_arrays()
    for name in b:
        np.testing.assert_allclose(a[name], b[name], rtol=rtol, atol=atol, err_msg=name)
    for column in ("train_loss", "val_loss"):
        np.testing.assert_allclose(fast.history.column(column), slow.history.column(column), rtol=rtol, atol=1e-6)
    np.testing.assert_allclose(fast.history.grad_norms, slow.history.grad_norms, rtol=10 * rtol, atol=atol)


def test_the_loop_is_compiled():
    assert isinstance(fastkernel.compiled(), torch.jit.ScriptFunction)


@pytest.mark.parametrize("loss, last, out, data", [
    ("mse", "tanh", 1, {"kind": "sine", "n": 25}),
    ("bce", "sigmoid", 1, {"kind": "moons", "n": 25}),
    ("bce_logits", "", 1, {"kind": "circle", "n": 25}),
    ("ce", "", 3, THREE_CLASSES),
])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("batch_size", [None, 4])
def test_torchscript_computes_what_plain_python_does(monkeypatch, loss, last, out, data, optimizer, batch_size):
    """TorchScript's optimiser may drop updates it wrongly deems dead: compare with the plain function."""
    features = 1 if data["kind"] == "sine" else 2
    graph = chain(features, [linear(5), "elu", linear(4), "relu", linear(out)] + ([last] if last else []), loss)
    config = TrainConfig(optimizer=optimizer, lr=0.05, batch_size=batch_size, epochs=30, val_fraction=0.2,
                         device="cpu")
    scripted = Trainer(graph, make_dataset(data), config, engine="torchscript")
    scripted.run()
    monkeypatch.setattr(fastpath, "compiled", lambda: fastkernel.train_steps)
    plain = Trainer(graph, make_dataset(data), config, engine="torchscript")
    plain.run()
    assert_close(scripted, plain, rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("optimizer, lr", [("sgd", 0.5), ("momentum", 0.1), ("adam", 0.02)])
@pytest.mark.parametrize("batch_size", [None, 5])
@pytest.mark.parametrize("call_steps", [None, 3])
@ENGINES
def test_handing_over_between_the_paths_equals_the_general_path(optimizer, lr, batch_size, call_steps, engine):
    """Stepping, traced snapshot steps and learning-rate changes between fast calls; with
    ``call_steps`` every call does only that many batches, so calls end mid-epoch."""
    data = make_dataset({"kind": "moons", "n": 23})  # batches of 5: 5, 5, 5, 5, 3
    fast, slow = pair(TANH_NET, "bce", data, engine, optimizer=optimizer, lr=lr, batch_size=batch_size, epochs=60,
                      seed=4)
    if call_steps:
        fast._fast.plan = lambda todo, seconds, batch_size: min(todo, call_steps)
    snapshots = []
    script = [
        lambda t: t.run(7),
        lambda t: t.step_batch(),
        lambda t: t.step_phase(),
        lambda t: t.step_phase(),
        lambda t: t.run(6),  # finishes the batch left partway, then goes on
        lambda t: t.step_epoch(),
        lambda t: t.set_learning_rate(lr / 3),
        lambda t: t.run(9, on_snapshot=snapshots.append, snapshot_interval=0.0),  # a traced step per chunk
        lambda t: t.run(should_stop=lambda: True),  # paused before it starts: nothing changes
        lambda t: t.run(4),
        lambda t: t.run(),
    ]
    for step in script:
        step(fast)
        step(slow)
        assert_close(fast, slow)
    assert fast.epoch == 60 and snapshots


@ENGINES
def test_validation_and_early_stopping_on_the_fast_path(engine):
    data = make_dataset({"kind": "moons", "n": 60, "noise": 0.35})
    fast, slow = pair([linear(16), "tanh", linear(16), "tanh", linear(1), "sigmoid"], "bce", data, engine,
                      optimizer="adam", lr=0.05, batch_size=8, epochs=500, val_fraction=0.3,
                      early_stopping=10, seed=2)
    results = fast.run(), slow.run()
    assert results[0].reason == results[1].reason == "early_stopped"
    assert fast.stopped == slow.stopped and fast.epoch == slow.epoch < 500
    assert np.isfinite(fast.history.val_loss).all()
    assert_close(fast, slow)


@ENGINES
def test_a_validation_split_without_early_stopping(engine):
    data = make_dataset({"kind": "circle", "n": 50})
    fast, slow = pair(TANH_NET, "bce", data, engine, optimizer="momentum", lr=0.2, epochs=80, val_fraction=0.25)
    fast.run()
    slow.run()
    assert_close(fast, slow)


@ENGINES
def test_divergence_on_the_fast_path_is_found_as_on_the_general_path(engine):
    data = make_dataset({"kind": "linear"})
    fast, slow = pair([linear(3), "identity", linear(1)], "mse", data, engine, lr=1e5, epochs=100)
    results = fast.run(), slow.run()
    assert results[0].reason == results[1].reason == "diverged"
    assert results[0].message == results[1].message
    assert fast.divergence.epoch == slow.divergence.epoch == fast.epoch < 100
    for name, value in fast.state_arrays().items():
        assert np.isfinite(value).all(), name
    assert_close(fast, slow)


@ENGINES
def test_a_long_run_keeps_to_the_general_path(engine):
    """The notes' XOR, 2000 epochs, weights far from their start: no drift beyond rounding."""
    fast, slow = pair([linear(2), "sigmoid", linear(1), "sigmoid"], "bce", make_dataset({"kind": "xor"}), engine,
                      lr=1.0, epochs=2000, seed=777)
    fast.run()
    slow.run()
    assert_close(fast, slow, rtol=1e-4, atol=1e-4)


def test_calls_start_small_and_at_most_double():
    trainer = Trainer(chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce"), make_dataset({"kind": "xor"}),
                      TrainConfig(lr=1.0, epochs=3000, device="cpu"), engine="torchscript")
    sizes = []
    run = trainer._fast.run

    def counted(*args):
        sizes.append(args[5])
        return run(*args)

    trainer._fast.run = counted
    trainer.run()
    assert sizes[0] <= 8 and all(size <= 2 * max(sizes[:i]) for i, size in enumerate(sizes) if i)
    assert sum(sizes) == 3000


def test_small_fast_runs_use_one_thread_and_restore_the_setting():
    before = torch.get_num_threads()
    trainer = Trainer(chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce"), make_dataset({"kind": "xor"}),
                      TrainConfig(lr=1.0, epochs=50, device="cpu"), engine="torchscript")
    seen = []
    run = trainer._fast.run
    trainer._fast.run = lambda *args: (seen.append(torch.get_num_threads()), run(*args))[1]
    trainer.run()
    assert seen and set(seen) == {1}
    assert torch.get_num_threads() == before


@pytest.mark.parametrize("batch_size", [None, 5])
@ENGINES
def test_where_calls_end_changes_no_bit(batch_size, engine):
    """Pausing and resuming anywhere gives the very numbers of an uninterrupted run."""
    runs = []
    for call_steps in (3, 7, None):
        trainer = Trainer(chain(2, TANH_NET, "bce"), make_dataset({"kind": "moons", "n": 23}),
                          TrainConfig(optimizer="momentum", lr=0.3, batch_size=batch_size, epochs=40, device="cpu"),
                          engine=engine)
        if call_steps:
            trainer._fast.plan = lambda todo, seconds, rows, k=call_steps: min(todo, k)
        trainer.run()
        runs.append(trainer)
    for other in runs[1:]:
        for name, value in runs[0].state_arrays().items():
            np.testing.assert_array_equal(value, other.state_arrays()[name], err_msg=name)
        np.testing.assert_array_equal(runs[0].history.train_loss, other.history.train_loss)


def test_small_autograd_runs_use_one_thread_too():
    """BatchNorm trains on autograd: on a busy 2-core machine its small steps took 600x longer on two
    threads (the batch-norm comparison did not finish in 5 minutes)."""
    from ann_viz.core.presets import get_preset

    project = get_preset("batchnorm").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(epochs=2, device="cpu"))
    assert trainer.engine_name == "autograd" and trainer.on_one_thread
    seen = []
    step = trainer.optimizer.step
    trainer.optimizer.step = lambda *a, **k: (seen.append(torch.get_num_threads()), step(*a, **k))[1]
    before = torch.get_num_threads()
    trainer.run()
    assert seen and set(seen) == {1} and torch.get_num_threads() == before
