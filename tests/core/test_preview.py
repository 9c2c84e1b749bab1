"""The preview of a network's initial weights equals what the trainer starts from."""

import numpy as np
import pytest
import torch

from ann_viz.core.data import make_dataset
from ann_viz.core.inspect.preview import initial_snapshot, is_preview
from ann_viz.core.presets import get_preset
from ann_viz.core.torch_module import GraphModule
from ann_viz.core.train import Trainer


@pytest.mark.parametrize("preset", ["xor-2-2-1", "init-xavier", "init-he", "batchnorm", "residual", "mnist-mlp", "gate-xor"])
def test_preview_equals_the_trainers_first_weights(preset):
    project = get_preset(preset).project()
    snapshot = initial_snapshot(project.graph, project.config.seed)
    trainer = Trainer(project.graph, make_dataset(project.data), project.config)
    expected = trainer.snapshot().params
    assert is_preview(snapshot) and not is_preview(trainer.snapshot())
    assert set(snapshot.params) == set(expected)
    for name, value in expected.items():
        np.testing.assert_array_equal(snapshot.params[name], value, err_msg=name)


def test_preview_does_not_touch_the_global_generator():
    project = get_preset("xor-2-2-1").project()
    torch.manual_seed(5)
    expected = torch.rand(3)
    torch.manual_seed(5)
    initial_snapshot(project.graph, 777)
    assert torch.equal(torch.rand(3), expected)


def test_preview_takes_given_weights():
    project = get_preset("xor-2-2-1").project()
    first = initial_snapshot(project.graph, 777)
    weights = {name: np.full(value.shape, 0.25, np.float32) for name, value in first.params.items()}
    snapshot = initial_snapshot(project.graph, 777, weights)
    for name in weights:
        np.testing.assert_array_equal(snapshot.params[name], weights[name])


def test_another_thread_drawing_random_numbers_never_changes_a_trainers_initial_weights():
    """A view building a module on the GUI thread drew from torch's global generator while the
    training thread seeded and built: the trainer then started from another network (seen as an
    XOR lesson finishing at 0.0013 instead of 0.00123, once in a few runs)."""
    import threading

    project = get_preset("xor-2-2-1").project()
    data = make_dataset(project.data)
    expected = Trainer(project.graph, data, project.config).state_arrays()
    torch.manual_seed(int(project.config.seed))
    module_weights = {k.removeprefix("layers."): v.detach().numpy()
                      for k, v in GraphModule(project.graph).state_dict().items()}
    for name, value in expected.items():  # the notes' torch.manual_seed(seed); Net() weights
        np.testing.assert_array_equal(value, module_weights[name])
    stop = threading.Event()

    def draw():
        while not stop.is_set():
            torch.rand(8)

    thread = threading.Thread(target=draw)
    thread.start()
    try:
        for _ in range(30):
            weights = Trainer(project.graph, data, project.config).state_arrays()
            for name, value in expected.items():
                np.testing.assert_array_equal(weights[name], value)
    finally:
        stop.set()
        thread.join()
