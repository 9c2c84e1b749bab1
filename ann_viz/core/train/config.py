"""Hyper-parameters of a training run, checked and (de)serialised in one place."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ..errors import AnnVizError
from ..i18n import _t

OPTIMIZERS = ("sgd", "momentum", "adagrad", "rmsprop", "adam", "adadelta")
OPTIMIZER_LABELS = {"sgd": _t("SGD"), "momentum": _t("Momentum"), "adagrad": _t("AdaGrad"),
                    "rmsprop": _t("RMSProp"), "adam": _t("Adam"), "adadelta": _t("Adadelta")}
# float64 for small networks: the notes' worked example to its last printed digit (and beyond)
PRECISIONS = ("float32", "float64")


MAX_SEED = 2**63 - 1  # what torch.manual_seed and numpy's generators take
MAX_COUNT = 10**9  # epochs, batch size, patience: beyond this a value is a typo


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
    precision: str = "float32"  # older project files have no such key: they load as float32

    def __post_init__(self) -> None:
        if not isinstance(self.optimizer, str) or self.optimizer not in OPTIMIZERS:
            raise ConfigError(_t("Unknown optimizer '{optimizer}'; choose one of {choices}.").format(
                optimizer=self.optimizer, choices=", ".join(OPTIMIZERS)))
        _range(_t("The learning rate must be a number from {low:g} to {high:g}."), self.lr, 0.0, 1e6)
        if not self.lr > 0:
            raise ConfigError(_t("The learning rate must be a number above 0."))
        _range(_t("The momentum must be a number from {low:g} to {high:g}."), self.momentum, 0.0, 0.999)
        if self.batch_size is not None and not _whole(self.batch_size, 1, MAX_COUNT):
            raise ConfigError(_t("The batch size must be a whole number of at least 1 (or empty for full batch)."))
        if not _whole(self.epochs, 0, MAX_COUNT):
            raise ConfigError(_t("The number of epochs must be a whole number from 0 to {high}.").format(
                high=MAX_COUNT))
        _range(_t("The L1 must be a number from {low:g} to {high:g}."), self.l1, 0.0, 10.0)
        _range(_t("The L2 must be a number from {low:g} to {high:g}."), self.l2, 0.0, 10.0)
        if not _whole(self.early_stopping, 0, MAX_COUNT):
            raise ConfigError(_t("Early-stopping patience must be a whole number of epochs (0 turns it off)."))
        _range(_t("The min delta must be a number from {low:g} to {high:g}."), self.min_delta, 0.0, 1e9)
        _range(_t("The validation fraction must be a number from {low:g} to {high:g}."), self.val_fraction, 0.0, 0.9)
        _range(_t("The test fraction must be a number from {low:g} to {high:g}."), self.test_fraction, 0.0, 0.9)
        if self.val_fraction + self.test_fraction >= 1.0:
            raise ConfigError(_t("Validation and test fractions leave no data to train on."))
        if self.early_stopping and self.val_fraction <= 0:
            raise ConfigError(_t("Early stopping watches the validation loss: set a validation fraction above 0."))
        if not _whole(self.seed, 0, MAX_SEED):
            raise ConfigError(_t("The seed must be a whole number from 0 to {high}.").format(high=MAX_SEED))
        if not _whole(self.split_seed, 0, MAX_SEED):
            raise ConfigError(_t("The split seed must be a whole number from 0 to {high}.").format(high=MAX_SEED))
        if not isinstance(self.device, str):
            raise ConfigError(_t("The device must be text such as \"auto\", \"cpu\" or \"cuda:0\", not {value}.")
                              .format(value=_shown(self.device)))

        if not isinstance(self.precision, str) or self.precision not in PRECISIONS:
            raise ConfigError(_t("The precision must be one of {choices}, not {value}.").format(
                choices=", ".join(PRECISIONS), value=_shown(self.precision)))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> "TrainConfig":
        if not isinstance(data, dict):
            raise ConfigError(_t("The training settings are not a JSON object."))
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(_t("Unknown training setting(s): {names}.").format(names=", ".join(unknown)))
        try:
            return cls(**data)
        except TypeError as err:
            raise ConfigError(_t("Bad training settings: {error}.").format(error=err)) from None

    def with_changes(self, **changes: Any) -> "TrainConfig":
        return replace(self, **changes)


def _range(message: str, value: Any, low: float, high: float) -> None:
    """Refuse ``value`` outside [low, high] with ``message`` (a template with {low} and {high})."""
    if not _is_number(value) or not low <= value <= high:
        raise ConfigError(message.format(low=low, high=high))


def _whole(value: Any, low: int, high: int) -> bool:
    """A whole number in [low, high]: JSON's true and 2.5 are not counts."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _shown(value: Any) -> str:
    """A wrong value as a short JSON-like text for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value
