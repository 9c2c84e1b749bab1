"""Make any data set from a JSON-friendly spec such as ``{"kind": "spiral", "n": 200}``.

Projects store these specs, and the UI lists the kinds with
:func:`describe_dataset_kinds`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from ann_viz.core.data import regression, synthetic
from ann_viz.core.data.dataset import TASKS, Dataset
from ann_viz.core.data.digits import load_digits
from ann_viz.core.data.drawn import DEFAULT_BOX, drawn_dataset
from ann_viz.core.data.labels import MAX_CLASSES
from ann_viz.core.data.logic import GATES, logic_gate
from ann_viz.core.data.mnist import load_idx_pair, load_mnist
from ann_viz.core.data.textfile import load_text_table
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

_REQUIRED = object()  # marks a parameter without a default


@dataclass(frozen=True)
class _Kind:
    description: str
    params: dict[str, Any]  # name -> default (or _REQUIRED)
    make: Callable[..., Dataset]


def _gate(name: str) -> _Kind:
    return _Kind(_t("{gate} truth table: 4 rows, 2 inputs, binary.").format(gate=name.upper()), {},
                 lambda: logic_gate(name))


def _cloud(fn: Callable[..., Dataset], text: str) -> _Kind:
    return _Kind(text, {"n": 200, "noise": 0.1, "seed": 0}, fn)


def _curve(fn: Callable[..., Dataset], text: str, noise: float) -> _Kind:
    return _Kind(text, {"n": 50, "noise": noise, "seed": 0}, fn)


_KINDS: dict[str, _Kind] = {
    **{gate: _gate(gate) for gate in GATES},
    "circle": _cloud(synthetic.circle, _t("2-D points: a disc (class 1) inside a ring (class 0).")),
    "xor_cloud": _cloud(synthetic.xor_cloud, _t("2-D points in four quadrants, class 1 where x1*x2 >= 0.")),
    "gaussians": _cloud(synthetic.gaussians, _t("2-D points: two Gaussian blobs, one per class.")),
    "spiral": _cloud(synthetic.spiral, _t("2-D points: two interleaved spirals, one per class.")),
    "moons": _cloud(synthetic.moons, _t("2-D points: two interleaving half moons, one per class.")),
    "square": _curve(regression.square, _t("Regression: y = x^2 on [-1, 1]."), 0.0),
    "linear": _curve(regression.linear, _t("Regression: y = 2x + noise on [-1, 1]."), 0.1),
    "sine": _curve(regression.sine, _t("Regression: y = sin(pi x) + noise on [-1, 1]."), 0.1),
    "file": _Kind(
        _t("A text table of numbers (whitespace or comma separated), one label column."),
        {"path": _REQUIRED, "label_column": -1, "delimiter": None, "task": None, "name": None},
        load_text_table,
    ),
    "mnist": _Kind(
        _t("MNIST handwritten digits (28x28) from a folder of IDX files, 10 classes."),
        {"directory": _REQUIRED, "split": "train", "limit": None},
        load_mnist,
    ),
    "idx": _Kind(
        _t("Handwritten digits from an IDX images file and an IDX labels file (MNIST format), 10 classes."),
        {"images": _REQUIRED, "labels": _REQUIRED, "limit": None},
        load_idx_pair,
    ),
    "digits": _Kind(_t("UCI handwritten digits (8x8), 1797 images, 10 classes; built in (size 28: MNIST-shaped)."),
                    {"size": 8}, load_digits),
    "inline": _Kind(_t("A few samples written out in the project (x rows, y rows)."),
                    {"x": _REQUIRED, "y": _REQUIRED, "task": "regression", "name": _t("Inline data")},
                    lambda x, y, task, name: _inline(x, y, task, name)),
    "drawn": _Kind(_t("Points drawn on the input plane: two inputs, a class or a value each."),
                   {"task": "binary", "classes": None, "box": list(DEFAULT_BOX), "points": [], "name": None},
                   drawn_dataset),
}


def _inline(x: Any, y: Any, task: str, name: str) -> Dataset:
    """Data typed into a project (the worked backprop example's single sample)."""
    if task not in TASKS:
        raise DataError(_t("Parameter 'task' for inline data must be one of {choices}.").format(
            choices=", ".join(TASKS)))
    xs, ys = _numbers("x", x), _numbers("y", y)
    if task == "multiclass":
        if ys.size and (not np.all(ys % 1 == 0) or ys.min() < 0 or ys.max() >= MAX_CLASSES):
            raise DataError(_t("Inline data: multiclass targets 'y' must be class numbers from 0 to {last}.").format(
                last=MAX_CLASSES - 1))
        ys = ys.astype(np.int64)
    n_classes = {"binary": 2, "regression": 0}.get(task, int(ys.max(initial=0)) + 1)
    # float64, as written: float64 training sees 0.1 itself (float32 training rounds it as before)
    return Dataset(name=name, x=xs, y=ys, task=task, n_classes=n_classes, exact=True)


def _numbers(field: str, value: Any) -> np.ndarray:
    """``value`` as a float64 array of usable numbers (finite, within float32), or DataError."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise DataError(_t("Inline data must be rectangular lists of numbers.")) from None
    if not np.all(np.isfinite(array)) or np.any(np.abs(array) > np.finfo(np.float32).max):
        raise DataError(_t("Inline data '{field}' holds NaN, infinite or too large values (beyond ±3.4e38).").format(
            field=field))
    return array


#: All kinds :func:`make_dataset` accepts, in menu order.
DATASET_KINDS: tuple[str, ...] = tuple(_KINDS)

# Parameters that must be text (or None where the default is None).
_TEXT = {"path", "directory", "images", "labels", "split", "delimiter", "task", "name"}


def describe_dataset_kinds() -> list[tuple[str, str, dict[str, Any]]]:
    """List ``(kind, one-line description, default parameters)`` for every kind.

    Required parameters (``path``, ``directory``) appear with the value None.
    """
    return [
        (kind, k.description, {p: (None if d is _REQUIRED else d) for p, d in k.params.items()})
        for kind, k in _KINDS.items()
    ]


def make_dataset(spec: dict) -> Dataset:
    """Build the data set a spec describes.

    Parameters
    ----------
    spec : dict
        ``{"kind": ..., **parameters}``; missing parameters take the defaults
        from :func:`describe_dataset_kinds`.

    Returns
    -------
    Dataset

    Raises
    ------
    DataError
        Unknown kind, unknown or missing parameter, a parameter of the wrong
        type or range, or any error of the loader itself.
    """
    if not isinstance(spec, dict):
        raise DataError(_t("A data set spec must be a mapping with a 'kind', not {type}.").format(
            type=type(spec).__name__))
    kind = spec.get("kind")
    if not isinstance(kind, str) or kind not in _KINDS:
        raise DataError(_t("Unknown data set kind {kind!r}: use one of {choices}.").format(
            kind=kind, choices=", ".join(DATASET_KINDS)))
    entry = _KINDS[kind]
    params = {k: v for k, v in spec.items() if k != "kind"}
    unknown = sorted(set(params) - set(entry.params))
    if unknown:
        if entry.params:
            raise DataError(_t("Unknown parameter '{name}' for data set kind '{kind}' (allowed: {allowed}).").format(
                name=unknown[0], kind=kind, allowed=", ".join(entry.params)))
        raise DataError(_t("Unknown parameter '{name}' for data set kind '{kind}' (allowed: none).").format(
            name=unknown[0], kind=kind))
    args = {}
    for name, default in entry.params.items():
        value = params.get(name, default)
        if value is _REQUIRED or (default is _REQUIRED and value in (None, "")):
            raise DataError(_t("Data set kind '{kind}' needs the parameter '{name}'.").format(kind=kind, name=name))
        if name in _TEXT and value is not None and not isinstance(value, str):
            raise DataError(_t("Parameter '{name}' for data set kind '{kind}' must be text, not {value!r}.").format(
                name=name, kind=kind, value=value))
        args[name] = value
    if kind == "file" and args["task"] is not None and args["task"] not in TASKS:
        raise DataError(_t("Parameter 'task' for data set kind 'file' must be one of {choices} or null.").format(
            choices=", ".join(TASKS)))
    return entry.make(**args)
