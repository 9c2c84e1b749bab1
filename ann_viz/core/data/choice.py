"""What the data panel offers: the kinds in groups, a data set's one-line summary, a text file's preview.

The panel shows a group (gates, 2-D points, curves, a text file, IDX files, built-in digits)
and the parameters of one kind in it; everything it stores is a spec for
:func:`ann_viz.core.data.registry.make_dataset`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ann_viz.core.data._text_rows import is_data, lines, split
from ann_viz.core.data.dataset import Dataset
from ann_viz.core.data.logic import GATES
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t
from ann_viz.core.safe_open import open_regular

#: Group -> the kinds in it, in menu order.
GROUPS: dict[str, tuple[str, ...]] = {
    "gate": tuple(GATES),
    "cloud": ("circle", "xor_cloud", "gaussians", "spiral", "moons"),
    "curve": ("square", "linear", "sine"),
    "file": ("file",),
    "idx": ("idx", "mnist"),
    "digits": ("digits",),
    "inline": ("inline",),
    "drawn": ("drawn",),
}
GROUP_LABELS = {"gate": _t("Logic gate"), "cloud": _t("2-D points"), "curve": _t("Regression curve"),
                "file": _t("Text file"), "idx": _t("MNIST (IDX files)"), "digits": _t("Digits (built in)"),
                "inline": _t("Written in the project"), "drawn": _t("Drawn on the plane")}
KIND_LABELS = {"circle": _t("Circle"), "xor_cloud": _t("XOR quadrants"), "gaussians": _t("Two Gaussians"),
               "spiral": _t("Spiral"), "moons": _t("Moons"), "square": _t("y = x²"), "linear": _t("y = 2x"),
               "sine": _t("y = sin(πx)"), **{gate: gate.upper() for gate in GATES}}
TASK_LABELS = {"binary": _t("binary"), "multiclass": _t("multi-class"), "regression": _t("regression")}
PREVIEW_BYTES = 64 * 1024  # the first rows of a table are within this; the rest is never read for a preview


def group_of(spec: dict) -> str:
    """The group a spec's kind belongs to ("" for an unknown kind)."""
    kind = spec.get("kind") if isinstance(spec, dict) else None
    return next((group for group, kinds in GROUPS.items() if kind in kinds), "")


def summary(ds: Dataset, task_text=None) -> str:
    """One line such as "XOR: 4 samples, 2 inputs, 1 target (binary)"; ``task_text`` gives the task's
    words (a translation of its TASK_LABELS entry) in place of the English ones."""
    task = (task_text or (lambda text: text))(TASK_LABELS[ds.task])
    if ds.task == "multiclass":
        return _t("{name}: {n} samples, {inputs} inputs, {classes} classes ({task})").format(
            name=ds.name, n=ds.n_samples, inputs=ds.n_features, classes=ds.n_classes, task=task)
    return _t("{name}: {n} samples, {inputs} inputs, {targets} target(s) ({task})").format(
        name=ds.name, n=ds.n_samples, inputs=ds.n_features, targets=ds.n_targets, task=task)


@dataclass(frozen=True)
class TextPreview:
    """The first rows of a text table as the loader would split them (before any number check)."""

    rows: list[list[str]] = field(default_factory=list)
    first_line: int = 0  # the file line of rows[0]
    message: str = ""  # why there is no preview ("" when there is one)


def text_preview(path, max_rows: int = 8) -> TextPreview:
    """Up to ``max_rows`` data rows of ``path`` (comments and blank lines skipped), read through
    :func:`ann_viz.core.safe_open.open_regular`: a pipe or device is refused, not read."""
    too_large = _t("{file} is too large to preview.")
    try:
        with open_regular(path, DataError, 2**63 - 1, too_large) as handle:
            raw = bytearray(handle.read(PREVIEW_BYTES))
    except DataError as err:
        return TextPreview(message=str(err))
    except FileNotFoundError:
        return TextPreview(message=_t("Data file '{path}' does not exist.").format(path=path))
    except IsADirectoryError:
        return TextPreview(message=_t("'{path}' is a folder, not a data file.").format(path=path))
    except OSError as err:
        return TextPreview(message=_t("Data file '{path}' cannot be read: {error}.").format(
            path=path, error=err.strerror or err))
    if b"\x00" in raw:
        return TextPreview(message=_t("{file}: this looks like a binary file, not a text table.").format(
            file=Path(path).name))
    rows, first = [], 0
    data = [(number, line) for number, line in lines(raw) if is_data(line)]
    if len(raw) == PREVIEW_BYTES and data:
        data.pop()  # the last line may be cut in the middle
    sep = b"," if data and b"," in data[0][1] else None
    for number, line in data[:max_rows]:
        first = first or number
        rows.append([f.decode("utf-8", "replace") for f in split(line, sep)])
    return TextPreview(rows, first, "" if rows else _t("{file} has no data rows.").format(file=Path(path).name))
