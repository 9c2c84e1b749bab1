"""The training engine: configuration, optimizers, stepping, snapshots, evaluation."""

from .config import OPTIMIZER_LABELS, OPTIMIZERS, ConfigError, TrainConfig
from .device import list_devices, resolve_device
from .evaluation import Evaluation
from .history import History
from .inspect import layer_gradient_norms
from .losses import LOSS_LABELS, predicted_classes
from .snapshot import PHASES, Snapshot
from .trainer import RunResult, Trainer

__all__ = [
    "OPTIMIZERS", "OPTIMIZER_LABELS", "ConfigError", "TrainConfig", "list_devices", "resolve_device", "Evaluation",
    "History", "layer_gradient_norms", "LOSS_LABELS", "predicted_classes", "PHASES", "Snapshot", "RunResult", "Trainer",
]
