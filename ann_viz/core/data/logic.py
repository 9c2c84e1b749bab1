"""Truth tables of the two-input logic gates, the classic first networks."""

from __future__ import annotations

import numpy as np

from ann_viz.core.data.dataset import Dataset
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

#: Inputs in the order the lecture notes list them.
INPUTS = ((0, 0), (0, 1), (1, 0), (1, 1))

#: Outputs per gate for the rows of ``INPUTS``.
GATES: dict[str, tuple[int, int, int, int]] = {
    "and": (0, 0, 0, 1),
    "or": (0, 1, 1, 1),
    "nand": (1, 1, 1, 0),
    "nor": (1, 0, 0, 0),
    "xor": (0, 1, 1, 0),
    "xnor": (1, 0, 0, 1),
}


def logic_gate(gate: str) -> Dataset:
    """Return the truth table of a two-input gate as a binary data set.

    Parameters
    ----------
    gate : str
        One of ``and, or, nand, nor, xor, xnor`` (any case).

    Returns
    -------
    Dataset
        x float32 (4, 2) over (0,0), (0,1), (1,0), (1,1); y float32 (4, 1).
    """
    key = str(gate).lower()
    if key not in GATES:
        raise DataError(_t("Unknown logic gate '{gate}': use one of {choices}.").format(
            gate=gate, choices=", ".join(g.upper() for g in GATES)))
    return Dataset(
        name=key.upper(),
        x=np.array(INPUTS, dtype=np.float32),
        y=np.array(GATES[key], dtype=np.float32).reshape(4, 1),
        task="binary",
        n_classes=2,
        feature_names=("x1", "x2"),
    )


def and_gate() -> Dataset:
    """AND: 1 only when both inputs are 1."""
    return logic_gate("and")


def or_gate() -> Dataset:
    """OR: 1 when any input is 1."""
    return logic_gate("or")


def nand_gate() -> Dataset:
    """NAND: NOT AND."""
    return logic_gate("nand")


def nor_gate() -> Dataset:
    """NOR: NOT OR."""
    return logic_gate("nor")


def xor_gate() -> Dataset:
    """XOR: 1 when the inputs differ (not linearly separable)."""
    return logic_gate("xor")


def xnor_gate() -> Dataset:
    """XNOR: 1 when the inputs are equal."""
    return logic_gate("xnor")
