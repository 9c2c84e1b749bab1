"""The seed sweep: copy k equals a single Trainer run with seed k; XOR's stuck seeds; refusals; the CLI."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest
import torch

from ann_viz.cli.main import main
from ann_viz.core.torch_module.module import GraphModule
from ann_viz.core.data import make_dataset
from ann_viz.core.errors import AnnVizError
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.sweep import SeedSweep, SweepError, initial_weights, seed_range, sweep_layers
from ann_viz.core.train import TrainConfig, Trainer

XOR = {"kind": "xor"}
SEEDS = [0, 5, 777]


def single_run(graph, data, config, seed):
    trainer = Trainer(graph, make_dataset(data), config.with_changes(seed=seed))
    trainer.run()
    return trainer


def assert_copies_match(graph, data, config, seeds=SEEDS, tol=1e-5, **kwargs):
    result = SeedSweep(graph, make_dataset(data), config, seeds, **kwargs).run()
    assert result.epochs_run == config.epochs
    for k, seed in enumerate(seeds):
        trainer = single_run(graph, data, config, seed)
        ours, theirs = result.weights_of(k), trainer.state_arrays()
        assert list(ours) == list(theirs)
        for name in theirs:
            np.testing.assert_allclose(ours[name], theirs[name], rtol=0, atol=tol, err_msg=f"seed {seed} {name}")
        np.testing.assert_allclose(result.losses[k], trainer.history.train_loss[result.epochs], rtol=0, atol=tol)
        evaluation = trainer.evaluate()
        assert result.final_loss[k] == pytest.approx(evaluation.loss, abs=tol)
        if evaluation.accuracy is None:
            assert math.isnan(result.accuracy[k])
        else:
            assert result.accuracy[k] == evaluation.accuracy
    return result


# ----- copies equal single runs ------------------------------------------------------------
# Adam divides by sqrt(v): over 300 epochs it lifts float32 rounding (batched vs single matmul
# kernels differ by CPU) to ~1e-5 absolute, so it gets a looser bound than SGD and Momentum.
@pytest.mark.parametrize("optimizer, lr, tol", [("sgd", 1.0, 1e-5), ("momentum", 0.1, 1e-5), ("adam", 0.05, 1e-4)])
@pytest.mark.parametrize("loss", ["bce", "mse"])
def test_each_copy_equals_a_single_run_with_its_seed(optimizer, lr, tol, loss):
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], loss)
    assert_copies_match(graph, XOR, TrainConfig(optimizer=optimizer, lr=lr, epochs=300, device="cpu"), tol=tol)


@pytest.mark.parametrize("layers, loss, data", [
    ([linear(5), "tanh", linear(3, bias=False), "relu", linear(1)], "bce_logits", {"kind": "circle", "n": 40}),
    ([linear(4), ("leaky_relu", {"slope": 0.2}), linear(3)], "ce",
     {"kind": "inline", "x": [[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2]], "y": [0, 1, 2, 1, 0],
      "task": "multiclass"}),
    ([linear(6, init="xavier_uniform"), "elu", linear(1, init="he_normal")], "mse", {"kind": "moons", "n": 30}),
])
def test_other_losses_activations_and_inits_match_too(layers, loss, data):
    assert_copies_match(chain(2, layers, loss), data, TrainConfig(optimizer="adam", lr=0.01, epochs=40,
                                                                  device="cpu"))


@pytest.mark.parametrize("optimizer, lr", [("sgd", 0.5), ("adam", 0.01)])
def test_mini_batches_shuffle_per_copy_as_single_runs_do(optimizer, lr):
    graph = chain(2, [linear(4), "tanh", linear(1), "sigmoid"], "bce")
    config = TrainConfig(optimizer=optimizer, lr=lr, batch_size=7, epochs=30, device="cpu")
    assert_copies_match(graph, {"kind": "moons", "n": 40}, config)


def test_a_validation_split_is_left_out_as_single_runs_leave_it():
    graph = chain(2, [linear(3), "sigmoid", linear(1), "sigmoid"], "bce")
    config = TrainConfig(lr=0.5, epochs=50, val_fraction=0.25, device="cpu")
    assert_copies_match(graph, {"kind": "moons", "n": 40}, config, seeds=[1, 2])


def test_long_runs_keep_a_decimated_history_of_the_same_values():
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    result = assert_copies_match(graph, XOR, TrainConfig(lr=1.0, epochs=301, device="cpu"), seeds=[3], max_points=16)
    assert 8 <= len(result.epochs) <= 16 and result.losses.shape == (1, len(result.epochs))
    stride = result.epochs[1]
    assert stride > 1 and np.array_equal(result.epochs, np.arange(len(result.epochs)) * stride)


def test_the_live_band_is_summarised_incrementally_and_survives_decimation():
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    sweep = SeedSweep(graph, make_dataset(XOR), TrainConfig(lr=1.0, epochs=3001, device="cpu"), range(32),
                      max_points=40)
    for chunk in (7, 93, 150, 400, 2351):
        sweep.run(chunk)
        sweep.progress()
    result, progress = sweep.result(), sweep.progress()
    assert progress.epochs.tolist() == result.epochs.tolist()
    np.testing.assert_allclose(progress.band, result.band(), rtol=1e-6)


@pytest.mark.parametrize("init", ["default", "xavier_uniform", "xavier_normal", "he_uniform", "he_normal",
                                  "normal", "uniform", "zeros"])
def test_initial_weights_are_what_the_seeded_module_draws(init):
    graph = chain(3, [linear(4, init=init), "relu", linear(2, bias=False, init=init), "tanh", linear(1, init=init),
                      "sigmoid"], "bce")
    layers = sweep_layers(graph, TrainConfig())
    state = torch.random.get_rng_state()
    ours = initial_weights(layers, 42)
    assert torch.equal(torch.random.get_rng_state(), state)  # a private stream: the global one is untouched
    torch.manual_seed(42)
    module = GraphModule(graph)
    for (weight, bias), (name, lin) in zip(ours, module.linear_layers().items()):
        assert torch.equal(weight, lin.weight.detach()), name
        assert (bias is None and lin.bias is None) or torch.equal(bias, lin.bias.detach()), name


# ----- what a sweep shows ----------------------------------------------------------------------
def test_xor_2_2_1_gets_stuck_for_some_seeds():
    project = get_preset("xor-2-2-1").project()
    config = project.config.with_changes(epochs=2000, device="cpu")
    result = SeedSweep(project.graph, make_dataset(project.data), config, seed_range(64)).run()
    assert 0 < result.success_rate < 1
    assert 0.5 <= result.success_rate <= 0.95  # measured 0.78 (50 of 64)
    failed = ~result.success
    assert not result.diverged.any()
    assert ((result.accuracy == 1.0) | (result.final_loss < 0.05))[result.success].all()
    stuck = failed & (np.abs(result.final_loss - math.log(2)) < 1e-3)
    assert stuck.any(), "some seeds sit at ln 2 = 0.6931"
    assert (result.accuracy[failed] < 1.0).all()
    # A stuck seed is stuck in a single run too.
    seed = int(result.seeds[np.flatnonzero(stuck)[0]])
    trainer = single_run(project.graph, project.data, config, seed)
    assert trainer.evaluate().loss == pytest.approx(math.log(2), abs=1e-3)
    ranking = result.ranking()
    assert result.success[ranking[: int(result.success.sum())]].all()
    quantiles = result.final_quantiles()
    assert quantiles["min"] <= quantiles["10%"] <= quantiles["50%"] <= quantiles["90%"] <= quantiles["max"]
    json.dumps(result.summary())
    band = result.band()
    assert band.shape == (3, len(result.epochs)) and (band[0] <= band[2]).all()


def test_diverging_copies_are_flagged_and_do_not_spoil_the_others():
    graph = chain(1, [linear(8), "relu", linear(1)], "mse")
    result = SeedSweep(graph, make_dataset({"kind": "sine", "n": 20}),
                       TrainConfig(lr=5.0, epochs=200, device="cpu"), range(4)).run()
    assert result.diverged.all() and not result.success.any()
    mixed = SeedSweep(graph, make_dataset({"kind": "sine", "n": 20}),
                      TrainConfig(lr=0.05, epochs=50, device="cpu"), range(4)).run()
    assert not mixed.diverged.any()


def test_progress_and_stop():
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    sweep = SeedSweep(graph, make_dataset(XOR), TrainConfig(lr=1.0, epochs=100000, device="cpu"), range(8))
    seen = []

    def stop():
        return sweep.epoch >= 500

    result = sweep.run(should_stop=stop, on_progress=seen.append, progress_interval=0)
    assert result.stopped and result.epochs_run == 500
    last = seen[-1]
    assert last.epoch == 500 and last.target == 100000 and last.band.shape == (3, len(last.epochs))
    assert 0.0 <= last.below <= 1.0


# ----- refusals ------------------------------------------------------------------------------------
@pytest.mark.parametrize("layers, config, fragment", [
    ([linear(4), "relu", ("dropout", {"p": 0.2}), linear(1), "sigmoid"], {}, "'dropout1' (Dropout) is not supported"),
    ([linear(4), "batchnorm", "relu", linear(1), "sigmoid"], {}, "(BatchNorm1d) is not supported"),
    ([linear(4), "softmax", linear(1), "sigmoid"], {}, "(Softmax) is not supported"),
    ([linear(4), "tanh", linear(1), "sigmoid"], {"l2": 1e-3}, "L1/L2"),
    ([linear(4), "tanh", linear(1), "sigmoid"], {"optimizer": "rmsprop", "lr": 0.01}, "'rmsprop' optimizer"),
    ([linear(4), "tanh", linear(1)], {}, "put a Sigmoid before 'output'"),  # the graph check says it
    ([linear(4), "tanh", "relu", linear(1), "sigmoid"], {}, "does not follow a Linear layer"),
])
def test_ineligible_graphs_are_refused_with_a_reason(layers, config, fragment):
    with pytest.raises(AnnVizError) as err:
        SeedSweep(chain(2, layers, "bce"), make_dataset(XOR), TrainConfig(**config), range(4))
    assert fragment in str(err.value)


def test_branching_graphs_and_bad_seed_lists_are_refused():
    project = get_preset("residual").project()
    with pytest.raises(SweepError, match="branches or merges"):
        SeedSweep(project.graph, make_dataset(project.data), project.config, range(4))
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    for seeds, fragment in (([], "1 to 1024 seeds"), (range(1025), "1 to 1024 seeds"), ([1, -2], "0 or more")):
        with pytest.raises(SweepError, match=fragment):
            SeedSweep(graph, make_dataset(XOR), TrainConfig(), seeds)


# ----- the command line -------------------------------------------------------------------------------
def test_cli_sweep_prints_success_rate_quantiles_and_time(capsys):
    assert main(["sweep", "xor-2-2-1", "--seeds", "32", "--epochs", "1500"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("xor-2-2-1: 32 seeds (0..31) x 1500 epochs") and " s on cpu" in lines[0]
    assert lines[1].startswith("success: ") and "%" in lines[1]
    assert lines[2].startswith("final loss: min ") and all(q in lines[2] for q in ("10%", "50%", "90%", "max"))


def test_cli_sweep_json_is_one_object(capsys):
    assert main(["sweep", "xor-2-2-1", "--seeds", "16", "--first-seed", "100", "--epochs", "200", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["seeds"] == 16 and data["first_seed"] == 100 and data["epochs"] == 200
    assert 0.0 <= data["success_rate"] <= 1.0 and set(data["final_loss"]) == {"min", "10%", "50%", "90%", "max"}
    assert data["time_s"] > 0


@pytest.mark.parametrize("args, fragment", [
    (["sweep", "xor-2-2-1", "--seeds", "0"], "--seeds: must be from 1 to 1024"),
    (["sweep", "xor-2-2-1", "--seeds", "many"], "--seeds: must be a whole number"),
    (["sweep", "xor-2-2-1", "--epochs", "-3"], "--epochs: must be 0 or more"),
    (["sweep", "xor-dropout", "--seeds", "4"], "is not supported"),
    (["sweep", "no-such-preset"], "neither a preset nor a project file"),
])
def test_cli_sweep_bad_input_exits_2_with_one_line(args, fragment, capsys):
    try:
        code = main(args)
    except SystemExit as exit_:  # argparse's usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ann-viz: ") and fragment in lines[0]


def test_cli_sweep_runs_as_a_command():
    done = subprocess.run([sys.executable, "-m", "ann_viz", "sweep", "perceptron-xor", "--seeds", "8", "--epochs",
                           "300"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "success: 0/8 = 0.0%" in done.stdout
