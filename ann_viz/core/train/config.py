"""Hyper-parameters of a training run, checked and (de)serialised in one place."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ..errors import AnnVizError

OPTIMIZERS = ("sgd", "momentum", "adagrad", "rmsprop", "adam", "adadelta")


class ConfigError(AnnVizError):
    """A hyper-parameter out of range; the message names it."""


@dataclass(frozen=True)
class TrainConfig:
    """How to train. ``batch_size`` None (or >= the data) means full batch: plain GD."""

    optimizer: str = "sgd"
    lr: float = 1.0
    momentum: float = 0.9  # for "momentum" (and RMSProp's momentum term stays 0)
    batch_size: int | None = None
    epochs: int = 1001
    l1: float = 0.0
    l2: float = 0.0
    early_stopping: int = 0  # patience in epochs; 0 = off. Needs a validation split.
    min_delta: float = 0.0
    val_fraction: float = 0.0
    test_fraction: float = 0.0
    split_seed: int = 0
    seed: int = 777
    device: str = "auto"

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ConfigError(f"Unknown optimizer '{self.optimizer}'; choose one of {', '.join(OPTIMIZERS)}.")
        _range("learning rate", self.lr, 0.0, 1e6)
        if not self.lr > 0:
            raise ConfigError("The learning rate must be a number above 0.")
        _range("momentum", self.momentum, 0.0, 0.999)
        if self.batch_size is not None and (not isinstance(self.batch_size, int) or self.batch_size < 1):
            raise ConfigError("The batch size must be a whole number of at least 1 (or empty for full batch).")
        if not isinstance(self.epochs, int) or self.epochs < 0:
            raise ConfigError("The number of epochs must be a whole number, 0 or more.")
        _range("L1", self.l1, 0.0, 10.0)
        _range("L2", self.l2, 0.0, 10.0)
        if not isinstance(self.early_stopping, int) or self.early_stopping < 0:
            raise ConfigError("Early-stopping patience must be a whole number of epochs (0 turns it off).")
        _range("min delta", self.min_delta, 0.0, 1e9)
        _range("validation fraction", self.val_fraction, 0.0, 0.9)
        _range("test fraction", self.test_fraction, 0.0, 0.9)
        if self.val_fraction + self.test_fraction >= 1.0:
            raise ConfigError("Validation and test fractions leave no data to train on.")
        if self.early_stopping and self.val_fraction <= 0:
            raise ConfigError("Early stopping watches the validation loss: set a validation fraction above 0.")
        if not isinstance(self.seed, int) or self.seed < 0:
            raise ConfigError("The seed must be a whole number, 0 or more.")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> "TrainConfig":
        if not isinstance(data, dict):
            raise ConfigError("The training settings are not a JSON object.")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"Unknown training setting(s): {', '.join(unknown)}.")
        try:
            return cls(**data)
        except TypeError as err:
            raise ConfigError(f"Bad training settings: {err}.") from None

    def with_changes(self, **changes: Any) -> "TrainConfig":
        return replace(self, **changes)


def _range(name: str, value: Any, low: float, high: float) -> None:
    if not _is_number(value) or not low <= value <= high:
        raise ConfigError(f"The {name} must be a number from {low:g} to {high:g}.")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value
