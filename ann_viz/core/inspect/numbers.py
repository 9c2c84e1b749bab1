"""Every number of a snapshot, layer by layer, at full precision: the rows of the Numbers table.

A student checks the notes' worked example digit by digit, so numbers are written so that
they read back to the very same float: float64 in the fewest digits that do (Python's repr: 0.45,
not 0.45000000000000001), float32 in 9 significant digits, which show its rounding (0.300000012).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import _t
from ..train.snapshot import Snapshot

QUANTITIES = {
    "x": _t("input x"),
    "weight": _t("weight w"),
    "bias": _t("bias b"),
    "z": _t("weighted sum z"),
    "a": _t("output a"),
    "value": _t("output"),
    "target": _t("target"),
    "running_mean": _t("running mean"),
    "running_var": _t("running variance"),
}
_VALUE_OF_KIND = {"input": "x", "linear": "z", "output": "value"}


def exact(value: float, dtype: np.dtype) -> str:
    """``value`` as text that reads back to the same ``dtype`` number."""
    if np.dtype(dtype) == np.float64:
        return repr(float(value))
    return format(float(value), ".9g")


@dataclass(frozen=True)
class Section:
    """One array of a layer: ``quantity`` (a key of :data:`QUANTITIES`), its ``shape``, and flat copies of
    its values, gradients dE/d(it) and last updates (None where there are none). ``per_sample``: the
    first axis is the batch's samples."""

    quantity: str
    shape: tuple[int, ...]
    values: np.ndarray
    grads: np.ndarray | None = None
    updates: np.ndarray | None = None
    per_sample: bool = False

    def __len__(self) -> int:
        return int(self.values.size)

    def index(self, k: int) -> tuple[int, ...]:
        """The 1-based position of flat entry ``k`` (sample first for per-sample arrays)."""
        return tuple(int(i) + 1 for i in np.unravel_index(k, self.shape))

    def text(self, column: str, k: int) -> str:
        """Column "value", "grad" or "update" of entry ``k`` at full precision ("" where there is none)."""
        array = {"value": self.values, "grad": self.grads, "update": self.updates}[column]
        return "" if array is None else exact(array[k], array.dtype)


@dataclass(frozen=True)
class LayerTable:
    name: str  # the layer's name in the graph
    kind: str  # its kind ("linear", "sigmoid", ...)
    sections: tuple[Section, ...]

    def __len__(self) -> int:
        return sum(len(s) for s in self.sections)


def _flat(array) -> np.ndarray | None:
    return None if array is None else np.asarray(array).reshape(-1)


def _section(quantity: str, array: np.ndarray, grads=None, updates=None, per_sample: bool = False) -> Section:
    array = np.asarray(array)
    if array.ndim == 0:
        array = array.reshape(1)
    return Section(quantity, tuple(array.shape), _flat(array), _flat(grads), _flat(updates), per_sample)


def layer_tables(snapshot: Snapshot, kinds: dict[str, str]) -> list[LayerTable]:
    """One table per layer (in the snapshot's order) with its parameters and, for the batch, its outputs.

    ``kinds`` maps layer names to their kinds (from the graph); layers without numbers are left out.
    """
    names = list(snapshot.values) or list(kinds)
    for name in (n.rsplit(".", 1)[0] for n in snapshot.params):
        if name not in names:
            names.append(name)
    tables = []
    for name in names:
        kind = kinds.get(name, "")
        sections = []
        for key in ("weight", "bias"):
            full = f"{name}.{key}"
            if full in snapshot.params:
                sections.append(_section(key, snapshot.params[full], snapshot.param_grads.get(full),
                                         snapshot.updates.get(full)))
        for key in ("running_mean", "running_var"):
            full = f"{name}.{key}"
            if full in snapshot.buffers:
                sections.append(_section(key, snapshot.buffers[full]))
        if name in snapshot.values:
            sections.append(_section(_VALUE_OF_KIND.get(kind, "a"), snapshot.values[name],
                                     snapshot.grads.get(name), per_sample=True))
        if kind == "output" and snapshot.targets is not None:
            sections.append(_section("target", snapshot.targets, per_sample=True))
        if sections:
            tables.append(LayerTable(name, kind, tuple(sections)))
    return tables
