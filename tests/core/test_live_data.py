"""A trainer given new data mid-run goes on: same weights, epoch count and history; new losses."""

import numpy as np
import pytest

from ann_viz.core.data import make_dataset
from ann_viz.core.data.drawn import drawn_spec
from ann_viz.core.errors import AnnVizError
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer

BOX = (-1.5, 1.5, -1.5, 1.5)
XOR = [[-1, -1, 0], [1, 1, 0], [-1, 1, 1], [1, -1, 1]]


def _trainer(**changes):
    project = get_preset("xor-2-2-1").project()
    config = project.config.with_changes(device="cpu", **changes)
    return Trainer(project.graph, make_dataset(drawn_spec(XOR, "binary", 2, BOX)), config)


@pytest.mark.parametrize("changes", [{}, {"batch_size": 2}, {"val_fraction": 0.2, "batch_size": 3}])
def test_new_points_train_on_from_the_same_epoch_and_weights(changes):
    trainer = _trainer(**changes)
    trainer.run(50)
    weights = trainer.state_arrays()
    before = trainer.history.train_loss[-1]
    more = XOR + [[0.2 * k - 1, 0.9, k % 2] for k in range(11)]
    trainer.replace_data(make_dataset(drawn_spec(more, "binary", 2, BOX)))
    assert trainer.epoch == 50 and len(trainer.history) == 50
    for name, array in trainer.state_arrays().items():
        np.testing.assert_array_equal(array, weights[name])
    assert trainer.splits.train.n_samples + (trainer.val_data.n if trainer.val_data else 0) == 15
    trainer.run(5)
    assert trainer.epoch == 55 and len(trainer.history) == 55
    assert trainer.history.train_loss[-1] != pytest.approx(before, abs=1e-6)


def test_data_that_do_not_fit_leave_the_trainer_as_it_was():
    trainer = _trainer()
    trainer.run(3)
    three = make_dataset(drawn_spec([[0, 0, 2], [1, 1, 1]], "multiclass", 3, BOX))
    with pytest.raises(AnnVizError):
        trainer.replace_data(three)
    assert trainer.splits.train.n_samples == 4 and trainer.epoch == 3
    trainer.run(2)
    assert trainer.epoch == 5
