"""What may differ between the runs of a comparison: named changes, checked and labelled.

A variant is a dict of changes to the base project, e.g. ``{"activation": "relu", "lr": 0.1}``.
Values are checked here (a clear sentence for a width of 0 or an unknown optimizer), before
any graph is built; :mod:`.apply` turns the changes into a new project.
"""

from __future__ import annotations

import math
from typing import Any

from ..errors import AnnVizError
from ..graph import INIT_CHOICES, KINDS
from ..i18n import _t
from ..train.config import MAX_SEED, OPTIMIZER_LABELS, OPTIMIZERS

# Element-wise activations a hidden layer may take (Softmax and Step would not train as hidden layers).
ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "identity")
REGULARIZERS = ("none", "dropout", "l1", "l2", "batchnorm")
INITS = tuple(i for i in INIT_CHOICES if i != "explicit")
MAX_WIDTH = 4096
MAX_DEPTH = 16
DEFAULT_STRENGTH = {"dropout": 0.1, "l1": 1e-3, "l2": 1e-3}

# The changes in the order the dialog and the CLI's help list them.
CHANGE_KEYS = ("activation", "width", "depth", "optimizer", "lr", "regularizer", "init", "seed")
CHANGE_LABELS = {"activation": _t("Hidden activation"), "width": _t("Width (units per hidden layer)"),
                 "depth": _t("Depth (hidden layers)"), "optimizer": _t("Optimizer"), "lr": _t("Learning rate"),
                 "regularizer": _t("Regulariser"), "init": _t("Initialisation"), "seed": _t("Seed")}
REGULARIZER_LABELS = {"none": _t("none"), "dropout": _t("Dropout"), "l1": _t("L1"), "l2": _t("L2"),
                      "batchnorm": _t("BatchNorm")}


class VariantError(AnnVizError):
    """A change that cannot be made; the message names it."""


def choices(key: str) -> tuple[str, ...]:
    """The values a choice-valued change takes (empty for numbers)."""
    return {"activation": ACTIVATIONS, "optimizer": OPTIMIZERS, "regularizer": REGULARIZERS,
            "init": INITS}.get(key, ())


def parse_value(key: str, text: str) -> Any:
    """``text`` (from the CLI or a dialog field) as the typed value of change ``key``."""
    text = str(text).strip()
    if key in ("width", "depth", "seed"):
        try:
            value: Any = int(text)
        except ValueError:
            raise VariantError(_t("{key} must be a whole number, not '{value}'.").format(key=key, value=text)) from None
    elif key == "lr":
        try:
            value = float(text)
        except ValueError:
            raise VariantError(_t("lr must be a number, not '{value}'.").format(value=text)) from None
    else:
        value = text.lower()
    return check_change(key, value)


def check_change(key: str, value: Any) -> Any:
    """``value`` if it is a possible value of change ``key``; else :class:`VariantError`."""
    if key not in CHANGE_KEYS:
        raise VariantError(_t("Unknown change '{key}'; choose from {keys}.").format(
            key=key, keys=", ".join(CHANGE_KEYS)))
    if key in ("activation", "optimizer", "init"):
        if value not in choices(key):
            raise VariantError(_t("{key} must be one of {choices}, not '{value}'.").format(
                key=key, choices=", ".join(choices(key)), value=value))
        return value
    if key == "regularizer":
        return _regularizer(value)
    if key == "lr":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or not 0 < value <= 1e6:
            raise VariantError(_t("The learning rate must be a number above 0 (at most 1e6), not {value}.").format(
                value=value))
        return float(value)
    low, high = {"width": (1, MAX_WIDTH), "depth": (0, MAX_DEPTH), "seed": (0, MAX_SEED)}[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise VariantError(_t("{key} must be a whole number from {low} to {high}, not {value}.").format(
            key=key, low=low, high=high, value=value))
    return value


def _regularizer(value: Any) -> str:
    """"none", "batchnorm", or "dropout" / "l1" / "l2" with an optional ":strength"."""
    text = str(value).strip().lower()
    name, _, strength = text.partition(":")
    if name not in REGULARIZERS:
        raise VariantError(_t("regularizer must be one of {choices} (dropout, l1 and l2 may add ':strength', "
                              "e.g. dropout:0.2), not '{value}'.").format(choices=", ".join(REGULARIZERS), value=text))
    if not strength:
        return name
    if name not in DEFAULT_STRENGTH:
        raise VariantError(_t("{name} takes no strength.").format(name=name))
    try:
        amount = float(strength)
    except ValueError:
        amount = math.nan
    high = 0.99 if name == "dropout" else 10.0
    if not (math.isfinite(amount) and 0 < amount <= high):
        raise VariantError(_t("The strength of {name} must be a number above 0 and at most {high:g}, not '{value}'.")
                           .format(name=name, high=high, value=strength))
    return f"{name}:{amount:g}"


def regularizer_parts(value: str) -> tuple[str, float]:
    """("dropout", 0.2) from "dropout:0.2"; the default strength where none is given."""
    name, _, strength = value.partition(":")
    return name, float(strength) if strength else DEFAULT_STRENGTH.get(name, 0.0)


def check_changes(changes: dict) -> dict:
    """A checked copy of a variant's changes (keys in :data:`CHANGE_KEYS` order)."""
    if not isinstance(changes, dict):
        raise VariantError(_t("A variant's changes must be a mapping of names to values."))
    unknown = [k for k in changes if k not in CHANGE_KEYS]
    if unknown:
        check_change(unknown[0], None)
    return {k: check_change(k, changes[k]) for k in CHANGE_KEYS if k in changes}


def spec_pairs(text: str) -> list[tuple[str, str]]:
    """"activation=relu,lr=0.1" as [("activation", "relu"), ("lr", "0.1")], values still text."""
    pairs = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep or not value.strip():
            raise VariantError(_t("'{part}' is not KEY=VALUE (e.g. activation=relu).").format(part=part))
        pairs.append((key.strip().lower(), value))
    return pairs


def check_keys(keys) -> None:
    """Each change known and named once in a variant (the values are not looked at)."""
    seen: set[str] = set()
    for key in keys:
        if key not in CHANGE_KEYS:
            check_change(key, None)  # names the known changes
        if key in seen:
            raise VariantError(_t("A variant changes {key} twice; give each change once.").format(key=key))
        seen.add(key)


def parse_changes(pairs) -> dict:
    """[(key, text), ...] as one variant's checked changes: the CLI's --variant and the dialog's rows."""
    pairs = [(str(key).strip().lower(), text) for key, text in pairs]
    if not pairs:
        raise VariantError(_t("A variant needs at least one change, e.g. activation=relu."))
    check_keys(key for key, _ in pairs)
    return check_changes({key: parse_value(key, text) for key, text in pairs})


def parse_spec(text: str) -> dict:
    """"activation=relu,lr=0.1" as checked changes (the CLI's --variant)."""
    return parse_changes(spec_pairs(text))


def value_label(key: str, value: Any) -> str:
    """A short English label of one change's value (the UI translates it through the core catalog)."""
    if key == "activation":
        return KINDS[value].label
    if key == "optimizer":
        return OPTIMIZER_LABELS[value]
    if key == "regularizer":
        name, strength = regularizer_parts(value)
        if name in DEFAULT_STRENGTH:
            return _t("{name} {strength:g}").format(name=REGULARIZER_LABELS[name], strength=strength)
        return REGULARIZER_LABELS[name] if name != "none" else _t("no regulariser")
    if key == "init":
        return _t("init {name}").format(name=value)
    if key == "lr":
        return _t("lr {lr:g}").format(lr=value)
    template = {"width": _t("width {value}"), "depth": _t("depth {value}"), "seed": _t("seed {value}")}[key]
    return template.format(value=value)


def label_parts(changes: dict) -> list[str]:
    """Each change's label ("ReLU", "lr 0.1"): the UI translates each part on its own."""
    return [value_label(k, v) for k, v in changes.items()]


def describe(changes: dict) -> str:
    """A run's label from its changes ("ReLU, lr 0.1"), in English."""
    return ", ".join(label_parts(changes))
