"""Points drawn on the input plane: a data set kept in the project as a plain list.

A drawn set's spec is ``{"kind": "drawn", "task": ..., "classes": k, "box": [x_min, x_max,
y_min, y_max], "points": [[x1, x2, label], ...]}``: two inputs and one label per point (a class
number for "binary"/"multiclass", the target value for "regression"), and the box the plane
shows, so that drawing never moves the canvas. The points are exactly what a ``train.txt``
table holds, and :func:`drawn_text` writes them in that form: the text loader reads them back
to the same values (float32 written shortest, so the round trip is exact).
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np

from ann_viz.core.data.dataset import TASKS, Dataset
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

MAX_POINTS = 10_000  # far more than anyone clicks; a longer list is a damaged or hostile file
MAX_CLASSES = 10  # the class colours the plane has
MAX_COORDINATE = 1e6  # the box's and every point's coordinates stay inside ±this
DEFAULT_BOX = (-1.5, 1.5, -1.5, 1.5)  # an empty plane: the range of the built-in 2-D sets
NAME = _t("Drawn points")
FEATURES = ("x1", "x2")


def _refuse(reason: str, **fields) -> DataError:
    return DataError(_t("The drawn points cannot be used: {reason}").format(reason=reason.format(**fields)))


def _number(value: Any) -> float | None:
    """A finite JSON number as float (not true/false), else None."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    value = float(value)
    return value if math.isfinite(value) and abs(value) <= MAX_COORDINATE else None


def check_box(box: Any) -> tuple[float, float, float, float]:
    """The box as four floats (x_min < x_max, y_min < y_max), or DataError."""
    values = [_number(v) for v in box] if isinstance(box, (list, tuple)) and len(box) == 4 else [None]
    if None in values or not (values[0] < values[1] and values[2] < values[3]):
        raise _refuse(_t("the box must be four numbers [x_min, x_max, y_min, y_max] with min < max."))
    return tuple(values)


def check_drawn(spec: dict) -> tuple[str, int, tuple, np.ndarray]:
    """(task, classes, box, points as float64 (n, 3)) of a drawn spec, or DataError saying what is wrong.

    Refuses a task other than the three, more than :data:`MAX_POINTS` points, rows that are not
    three numbers, points outside the box, and labels that are not the task's."""
    task = spec.get("task", "binary")
    if task not in TASKS:
        raise _refuse(_t("the task must be one of {choices}."), choices=", ".join(TASKS))
    classes = spec.get("classes", 2 if task == "binary" else 0)
    expected = {"binary": (2, 2), "multiclass": (2, MAX_CLASSES), "regression": (0, 0)}[task]
    if isinstance(classes, bool) or not isinstance(classes, int) or not expected[0] <= classes <= expected[1]:
        raise _refuse(_t("a {task} set cannot have {classes!r} classes."), task=task, classes=classes)
    box = check_box(spec.get("box", DEFAULT_BOX))
    points = spec.get("points", [])
    if not isinstance(points, list):
        raise _refuse(_t("the points must be a list of [x1, x2, label] rows."))
    if len(points) > MAX_POINTS:
        raise _refuse(_t("{count} points are more than the {most} a drawn set may have."),
                      count=len(points), most=MAX_POINTS)
    table = np.empty((len(points), 3))
    for i, row in enumerate(points):
        values = [_number(v) for v in row] if isinstance(row, (list, tuple)) and len(row) == 3 else [None]
        if None in values:
            raise _refuse(_t("point {number} is not three finite numbers [x1, x2, label]."), number=i + 1)
        table[i] = values
    _check_inside(table, box)
    _check_labels(table[:, 2], task, classes)
    return task, classes, box, table


def _check_inside(table: np.ndarray, box: tuple) -> None:
    x_min, x_max, y_min, y_max = box
    outside = ((table[:, 0] < x_min) | (table[:, 0] > x_max) | (table[:, 1] < y_min) | (table[:, 1] > y_max))
    if outside.any():
        raise _refuse(_t("point {number} lies outside the box."), number=int(np.argmax(outside)) + 1)


def _check_labels(labels: np.ndarray, task: str, classes: int) -> None:
    if task == "regression":
        return
    bad = (labels % 1 != 0) | (labels < 0) | (labels >= classes)
    if bad.any():
        raise _refuse(_t("point {number}'s label must be a class number from 0 to {last}."),
                      number=int(np.argmax(bad)) + 1, last=classes - 1)


def drawn_dataset(points: Any = None, task: str = "binary", classes: int | None = None, box: Any = DEFAULT_BOX,
                  name: str | None = None) -> Dataset:
    """The :class:`Dataset` of a drawn spec's parts (float32 inputs, as every 2-D set).

    Raises DataError for a spec :func:`check_drawn` refuses, and for a set without points (it
    cannot be trained on; the plane still shows its box)."""
    spec = {"task": task, "box": box, "points": [] if points is None else points}
    if classes is not None:
        spec["classes"] = classes
    task, classes, _, table = check_drawn(spec)
    if not len(table):
        raise DataError(_t("No points drawn yet: turn on Draw on the input plane and click to add some."))
    labels = table[:, 2]
    y = labels.astype(np.int64) if task == "multiclass" else labels.reshape(-1, 1)
    return Dataset(name=name or NAME, x=table[:, :2].astype(np.float32), y=y, task=task, n_classes=classes,
                   feature_names=FEATURES)


def _short(value: float) -> float:
    """The float64 that prints as the shortest text of ``value``'s float32 (0.1, not 0.10000000149)."""
    return float(np.format_float_positional(np.float32(value), unique=True, trim="-"))


def drawn_spec(points, task: str, classes: int, box) -> dict:
    """A drawn spec from rows (x1, x2, label); coordinates kept at float32's precision, written short."""
    rows = []
    for x1, x2, label in points:
        label = int(label) if task != "regression" else _short(label)
        rows.append([_short(x1), _short(x2), label])
    return {"kind": "drawn", "task": task, "classes": int(classes), "box": [float(v) for v in box],
            "points": rows}


def spec_from_dataset(ds: Dataset, box) -> dict:
    """The drawn spec holding ``ds``'s points (a 2-input set with one target), in the box ``box``
    widened to hold them all: what "Draw from the current data" starts from."""
    if ds.n_features != 2 or ds.n_targets < 1 or (ds.task != "multiclass" and ds.y.shape[1] != 1):
        raise DataError(_t("Only data with two inputs and one target can be drawn on the plane."))
    if ds.n_samples > MAX_POINTS:
        raise DataError(_t("'{name}' has {count} samples: a drawn set may have at most {most}.").format(
            name=ds.name, count=ds.n_samples, most=MAX_POINTS))
    if ds.task == "multiclass" and ds.n_classes > MAX_CLASSES:
        raise DataError(_t("'{name}' has {count} classes: drawing offers at most {most}.").format(
            name=ds.name, count=ds.n_classes, most=MAX_CLASSES))
    x = np.asarray(ds.x, np.float64)
    labels = np.asarray(ds.y, np.float64).reshape(ds.n_samples, -1)[:, 0]
    x_min, x_max, y_min, y_max = box
    if len(x):
        x_min, y_min = min(x_min, x[:, 0].min()), min(y_min, x[:, 1].min())
        x_max, y_max = max(x_max, x[:, 0].max()), max(y_max, x[:, 1].max())
    box = check_box([x_min, x_max, y_min, y_max])
    classes = {"binary": 2, "multiclass": ds.n_classes, "regression": 0}[ds.task]
    return _widened(drawn_spec(zip(x[:, 0], x[:, 1], labels), ds.task, classes, box))


def _widened(spec: dict) -> dict:
    """The box grown to hold every (rounded) point: float32 rounding may step just past a float64 edge."""
    pts = spec["points"]
    if pts:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        b = spec["box"]
        spec["box"] = [min(b[0], *xs), max(b[1], *xs), min(b[2], *ys), max(b[3], *ys)]
    return spec


def drawn_text(spec: dict) -> str:
    """The points as a ``train.txt`` table: a header ``x1 x2 label``, one row per point, labels as
    whole numbers for classes; :func:`ann_viz.core.data.textfile.load_text_table` reads it back."""
    task, _, _, table = check_drawn(spec)
    lines = [f"# points drawn in ann-viz ({task})", "x1 x2 label"]
    for x1, x2, label in table:
        text = str(int(label)) if task != "regression" else _text(label)
        lines.append(f"{_text(x1)} {_text(x2)} {text}")
    return "\n".join(lines) + "\n"


def _text(value: float) -> str:
    return np.format_float_positional(np.float32(value), unique=True, trim="-")
