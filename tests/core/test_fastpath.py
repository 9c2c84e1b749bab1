"""The fast engines (numba, TorchScript) equal autograd + torch.optim on eligible chains; others use the
general path."""

from __future__ import annotations

import numpy as np
import pytest

from ann_viz.core.data import make_dataset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import TrainConfig, Trainer

ACTIVATIONS = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "identity"]


def random_chain(rng: np.random.Generator, features: int, out: int, last: str, loss: str):
    layers: list = []
    for _ in range(rng.integers(1, 4)):
        layers += [linear(int(rng.integers(2, 9)), bias=bool(rng.integers(0, 4))), str(rng.choice(ACTIVATIONS))]
    layers.append(linear(out))
    if last:
        layers.append(last)
    return chain(features, layers, loss)


CASES = [  # (loss, last activation, data, output units)
    ("bce", "sigmoid", {"kind": "moons", "n": 40}, 1),
    ("bce_logits", "", {"kind": "circle", "n": 40}, 1),
    ("mse", "sigmoid", {"kind": "xor"}, 1),
    ("mse", "", {"kind": "sine", "n": 30}, 1),
    ("ce", "", {"kind": "inline", "x": [[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.2]],
                "y": [0, 1, 2, 1, 0], "task": "multiclass"}, 3),
]


@pytest.mark.parametrize("optimizer, lr", [("sgd", 0.5), ("momentum", 0.1), ("adam", 0.01)])
@pytest.mark.parametrize("case", range(len(CASES)))
@pytest.mark.parametrize("batch_size", [None, 7])
@pytest.mark.parametrize("engine", ["numba", "torchscript"])
def test_fast_path_equals_the_general_path(optimizer, lr, case, batch_size, engine):
    loss, last, data, out = CASES[case]
    rng = np.random.default_rng(case * 10 + len(optimizer))
    graph = random_chain(rng, 2 if data["kind"] != "sine" else 1, out, last, loss)
    config = TrainConfig(optimizer=optimizer, lr=lr, batch_size=batch_size, epochs=15, seed=3, device="cpu")
    fast = Trainer(graph, make_dataset(data), config, engine=engine)
    slow = Trainer(graph, make_dataset(data), config, fast_path=False)
    assert fast.engine_name == engine and slow.engine_name == "autograd"
    fast.run()
    slow.run()
    # The fast path folds each update into one addmm_, which rounds differently from autograd's
    # gradient-then-step. Where ReLU kinks amplify that (case 3 with mini-batches), changing the
    # general path's learning rate by one ulp moves these weights by ~1e-3 relative: hence rtol 1e-3.
    a, b = fast.state_arrays(), slow.state_arrays()
    for name in a:
        np.testing.assert_allclose(a[name], b[name], rtol=1e-3, atol=1e-4, err_msg=name)
    np.testing.assert_allclose(fast.history.train_loss, slow.history.train_loss, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(fast.history.grad_norms, slow.history.grad_norms, rtol=1e-3, atol=1e-5)
    # The optimizer state is torch's own: the general path can carry on from it.
    fast.step_epoch()
    slow.step_epoch()
    np.testing.assert_allclose(fast.state_arrays()[name], slow.state_arrays()[name], rtol=1e-3, atol=1e-4)


@pytest.mark.parametrize("graph_layers, config", [
    ([linear(4), "relu", ("dropout", {"p": 0.2}), linear(1), "sigmoid"], {}),
    ([linear(4), "batchnorm", "relu", linear(1), "sigmoid"], {}),
    ([linear(4), "tanh", linear(1), "sigmoid"], {"l2": 1e-3}),
    ([linear(4), "tanh", linear(1), "sigmoid"], {"optimizer": "rmsprop", "lr": 0.01}),
])
def test_ineligible_graphs_use_the_general_path_silently(graph_layers, config):
    trainer = Trainer(chain(2, graph_layers, "bce"), make_dataset({"kind": "moons", "n": 30}),
                      TrainConfig(epochs=20, device="cpu", **config))
    assert not trainer.fast_path
    result = trainer.run()
    assert result.reason == "done" and trainer.epoch == 20


@pytest.mark.parametrize("engine", ["numba", "torchscript"])
def test_the_notes_xor_run_is_fast_and_still_matches(engine):
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    trainer = Trainer(graph, make_dataset({"kind": "xor"}), TrainConfig(lr=1.0, epochs=10001, device="cpu"),
                      engine=engine)
    assert trainer.engine_name == engine
    trainer.run()
    assert trainer.evaluate().accuracy == 1.0
    assert trainer.history.train_loss[-1] == pytest.approx(0.0012345, abs=2e-5)
