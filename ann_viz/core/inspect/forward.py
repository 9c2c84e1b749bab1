"""A forward pass for snapshots that carry only weights (after a reset, a run, or for Step-layer
networks that cannot be trained), so a neuron view can show z and a for real data rows."""

from __future__ import annotations

import dataclasses

import numpy as np
import torch

from ..torch_module.module import GraphModule
from ..data import make_dataset, split_dataset
from ..graph import Graph
from ..train.config import TrainConfig
from ..train.snapshot import Snapshot, frozen_array, frozen_map
from ..train.tensors import to_tensors, torch_dtype

MAX_ROWS = 256  # enough rows to pick samples from; a forward of the 784-512-512-10 MLP stays ~10 ms


class ForwardFill:
    """Computes values for weight-only snapshots on the first rows of the training split.

    Dropout is off (as in evaluation); batch norm uses these rows' statistics, as in training.
    """

    def __init__(self, graph: Graph, data: dict, config: TrainConfig):
        # A private generator: the GUI thread must not draw from the global one the trainer seeds.
        self._dtype = torch_dtype(config.precision)  # a float64 run's values are shown unrounded
        self.module = GraphModule(graph, generator=torch.Generator(), dtype=self._dtype)
        self.module.eval()
        for layer in self.module.layers.values():
            if isinstance(layer, torch.nn.BatchNorm1d):
                layer.train()
                layer.momentum = 0.0  # read the batch statistics, never update the stored ones
        self._data, self._config = data, config
        self._rows: tuple[torch.Tensor, np.ndarray] | None = None

    def _inputs(self) -> tuple[torch.Tensor, np.ndarray]:
        if self._rows is None:
            config = self._config
            train = split_dataset(make_dataset(self._data), config.val_fraction, config.test_fraction,
                                  config.split_seed).train
            m = self.module
            tensors = to_tensors(train, m.loss_name, m.widths[m.node_ids[0]], m.widths[m.node_ids[m.output_index]],
                                 torch.device("cpu"), self._dtype)
            self._rows = (tensors.x[:MAX_ROWS], tensors.y[:MAX_ROWS].numpy())
        return self._rows

    def fill(self, snapshot: Snapshot) -> Snapshot:
        """``snapshot`` with ``values`` (and inputs/targets) for up to MAX_ROWS training rows."""
        if snapshot.values:
            return snapshot
        x, y = self._inputs()
        state = {f"layers.{name}": torch.tensor(np.asarray(value)) for name, value in snapshot.params.items()}
        with torch.no_grad():
            self.module.load_state_dict(state, strict=False)
            values = self.module.forward_all(x)
        return dataclasses.replace(snapshot, inputs=frozen_array(x), targets=frozen_array(y),
                                   values=frozen_map(zip(self.module.node_names, values)))
