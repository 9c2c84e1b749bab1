"""Checks for generator parameters, so every bad value gets the same clear message."""

from __future__ import annotations

import math
import numbers

from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t


_RANGE = _t("Parameter '{name}' must be between {low} and {high}, not {value}.")
_RANGE_FOR = _t("Parameter '{name}' for {what} must be between {low} and {high}, not {value}.")


def check_int(name: str, value, low: int, high: int, what: str = "") -> int:
    """Return ``value`` as int if it is a whole number in ``[low, high]``, else raise DataError."""
    # bool is an int subclass, but "n": true in a spec is a mistake, not 1
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON writers sometimes turn 200 into 200.0
        else:
            raise DataError(_message(what, _t("Parameter '{name}' must be a whole number, not {value!r}."),
                                     _t("Parameter '{name}' for {what} must be a whole number, not {value!r}."),
                                     name=name, value=value))
    if not low <= value <= high:
        raise DataError(_message(what, _RANGE, _RANGE_FOR, name=name, low=low, high=high, value=value))
    return int(value)


def check_float(name: str, value, low: float, high: float, what: str = "") -> float:
    """Return ``value`` as float if it is a finite number in ``[low, high]``, else raise DataError."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise DataError(_message(what, _t("Parameter '{name}' must be a number, not {value!r}."),
                                 _t("Parameter '{name}' for {what} must be a number, not {value!r}."),
                                 name=name, value=value))
    if not low <= value <= high:
        raise DataError(_message(what, _RANGE, _RANGE_FOR, name=name, low=low, high=high, value=value))
    return float(value)


def _message(what: str, plain: str, with_what: str, **fields) -> str:
    """``plain`` filled in, or ``with_what`` naming what the parameter is for."""
    return with_what.format(what=what, **fields) if what else plain.format(**fields)


def check_seed(value, what: str = "") -> int:
    """Return a seed usable by ``numpy.random.default_rng``."""
    return check_int("seed", value, 0, 2**63 - 1, what)
