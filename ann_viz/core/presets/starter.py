"""What File > New starts from: XOR data and settings that train what a student builds first.

Measured (seed 777, SGD lr 1, full batch): 2-2-1 sigmoid, 2-2-1 tanh, 2-4-1 ReLU and 2-3-1
sigmoid with MSE all reach accuracy 1.0 by epoch 5001; with the old 1001 epochs 2-2-1
sigmoid is still at 0.6931.
"""

from __future__ import annotations

from ..graph import Graph
from ..project import Project
from ..train import TrainConfig

STARTER_CONFIG = TrainConfig(optimizer="sgd", lr=1.0, epochs=5001, seed=777)


def blank_project(title: str) -> Project:
    """An empty graph on XOR, with settings under which a small hidden layer learns it."""
    return Project(Graph(), {"kind": "xor"}, STARTER_CONFIG, title=title)
