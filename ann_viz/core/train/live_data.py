"""Give a trainer new data mid-run: the weights, optimizer state, epoch count and history go on.

Points drawn on the input plane reach a run this way (between its chunks, never inside one):
the new samples are split as the trainer's own were (same fractions and seed), checked against
the network, and moved to its device; the batch in progress is dropped (its updates stay in the
weights) so the next epoch starts cleanly on the new data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..data import Dataset, split_dataset
from .preflight import check_before_training

if TYPE_CHECKING:
    from .trainer import Trainer


def swap_data(trainer: "Trainer", data: Dataset) -> None:
    """Train on ``data`` from the next batch on; DataError/TrainingError (nothing changed) when the
    data do not fit the network, leave nothing to train on, or a stepped batch is half done."""
    config = trainer.config
    splits = split_dataset(data, config.val_fraction, config.test_fraction, config.split_seed)
    check_before_training(trainer.graph, splits, config, trainer.device)
    if trainer._pending is not None:
        trainer.step_batch()  # a batch stepped phase by phase is finished on the data it began with
    module = trainer.module
    widths = module.widths
    in_w, out_w = widths[module.node_ids[0]], widths[module.node_ids[module.output_index]]
    loss = module.loss_name
    train = trainer._optional(splits.train, loss, in_w, out_w)  # every split converted before any is kept
    val, test = trainer._optional(splits.val, loss, in_w, out_w), trainer._optional(splits.test, loss, in_w, out_w)
    trainer.splits = splits
    trainer.train_data, trainer.val_data, trainer.test_data = train, val, test
    trainer._batch, trainer._perm, trainer._epoch_loss = 0, None, []
    trainer._full_batch = trainer.n_batches == 1
    trainer._fast = trainer._make_fast_step()  # its threads and engine depend on the batch's rows
    trainer._accuracy_at = float("-inf")  # the next chunk measures the accuracy on the new data
    trainer.forget_steps()  # Step back never crosses a change of data
