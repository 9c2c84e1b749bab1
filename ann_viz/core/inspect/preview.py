"""The weights a trainer will start from, computed without building the trainer.

A GUI shows these at once (data, weights, boundary) while its training thread is still
being set up; they equal the trainer's own because both draw from the same seed. A
private generator is used, never torch's global one, which the training thread seeds.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np
import torch

from ..graph import Graph
from ..torch_module.module import GraphModule
from ..train.snapshot import Snapshot, frozen_map

PREVIEW_DEVICE = "preview"  # a Snapshot's device when no trainer produced it


def initial_snapshot(graph: Graph, seed: int, weights: Mapping[str, np.ndarray] | None = None) -> Snapshot:
    """A weights-only snapshot at epoch 0: ``weights`` if given (a saved project's), else the
    seeded initialisation a :class:`~ann_viz.core.train.Trainer` with this ``seed`` makes.

    Raises GraphError when the graph cannot be built.
    """
    module = GraphModule(graph, generator=torch.Generator().manual_seed(int(seed)))
    if weights:
        state = module.state_dict()
        with torch.no_grad():
            for name, value in weights.items():
                key = "layers." + name
                if key in state and tuple(state[key].shape) == tuple(np.shape(value)):
                    state[key].copy_(torch.from_numpy(np.array(value, dtype=np.float32)))
    params = [(n.removeprefix("layers."), p) for n, p in module.named_parameters()]
    buffers = [(n.removeprefix("layers."), b) for n, b in module.named_buffers()
               if n.endswith(("running_mean", "running_var"))]
    return Snapshot(epoch=0, batch=0, n_batches=1, phase="idle", loss=None, device=PREVIEW_DEVICE,
                    params=frozen_map(params), buffers=frozen_map(buffers))


def is_preview(snapshot: Snapshot | None) -> bool:
    return snapshot is not None and snapshot.device == PREVIEW_DEVICE
