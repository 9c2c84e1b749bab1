"""The training engine: configuration, optimizers, stepping, snapshots, evaluation.

The names below are loaded on first use (PEP 562), so that ``core.train.config`` (and the
project files and presets that need only it) can be imported without importing torch:
``ann-viz presets`` and the app's first paint never wait for it.
"""

from __future__ import annotations

import importlib

_HOMES = {
    "OPTIMIZERS": "config", "OPTIMIZER_LABELS": "config", "ConfigError": "config", "TrainConfig": "config",
    "list_devices": "device", "resolve_device": "device",
    "Evaluation": "evaluation",
    "History": "history",
    "layer_gradient_norms": "inspect",
    "LOSS_LABELS": "losses", "predicted_classes": "losses",
    "PHASES": "snapshot", "Snapshot": "snapshot",
    "RunResult": "trainer", "Trainer": "trainer",
}

__all__ = list(_HOMES)


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
