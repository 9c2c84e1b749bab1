"""The training engine: configuration, optimizers, stepping, snapshots, evaluation.

The names below are loaded on first use (PEP 562), so that ``core.train.config`` (and the
project files and presets that need only it) can be imported without importing torch:
``ann-viz presets`` and the app's first paint never wait for it.
"""

from __future__ import annotations

from ..lazy import lazy_attributes

_HOMES = {
    "OPTIMIZERS": "config", "PRECISIONS": "config", "OPTIMIZER_LABELS": "config", "ConfigError": "config", "TrainConfig": "config",
    "list_devices": "device", "resolve_device": "device",
    "Evaluation": "evaluation",
    "History": "history",
    "layer_gradient_norms": "inspect",
    "LOSS_LABELS": "losses", "predicted_classes": "losses",
    "PHASES": "snapshot", "Snapshot": "snapshot",
    "RunResult": "trainer", "Trainer": "trainer",
}

__all__ = list(_HOMES)
__getattr__ = lazy_attributes(__name__, _HOMES)


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
