"""Checks for generator parameters, so every bad value gets the same clear message."""

from __future__ import annotations

import math
import numbers

from ann_viz.core.errors import DataError


def check_int(name: str, value, low: int, high: int, what: str = "") -> int:
    """Return ``value`` as int if it is a whole number in ``[low, high]``, else raise DataError."""
    where = f" for {what}" if what else ""
    # bool is an int subclass, but "n": true in a spec is a mistake, not 1
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON writers sometimes turn 200 into 200.0
        else:
            raise DataError(f"Parameter '{name}'{where} must be a whole number, not {value!r}.")
    if not low <= value <= high:
        raise DataError(f"Parameter '{name}'{where} must be between {low} and {high}, not {value}.")
    return int(value)


def check_float(name: str, value, low: float, high: float, what: str = "") -> float:
    """Return ``value`` as float if it is a finite number in ``[low, high]``, else raise DataError."""
    where = f" for {what}" if what else ""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise DataError(f"Parameter '{name}'{where} must be a number, not {value!r}.")
    if not low <= value <= high:
        raise DataError(f"Parameter '{name}'{where} must be between {low} and {high}, not {value}.")
    return float(value)


def check_seed(value, what: str = "") -> int:
    """Return a seed usable by ``numpy.random.default_rng``."""
    return check_int("seed", value, 0, 2**63 - 1, what)
