"""Compare runs side by side: a project and 1-3 variants of it, trained together (Qt-free).

The engine (torch) loads on first use, so that the CLI's parser and the lesson list need not import torch.
"""

from ..lazy import lazy_attributes
from .changes import (CHANGE_KEYS, CHANGE_LABELS, VariantError, choices, describe, label_parts, parse_changes, parse_spec,
                      parse_value)
from .runs import MAX_RUNS, MIN_RUNS, CompareRun, Comparison, build_comparison, make_run

_HOMES = {"CompareEngine": "engine", "CompareState": "engine", "RunView": "engine"}
__getattr__ = lazy_attributes(__name__, _HOMES)

__all__ = ["CHANGE_KEYS", "CHANGE_LABELS", "VariantError", "choices", "describe", "label_parts", "parse_changes", "parse_spec",
           "parse_value", "MAX_RUNS", "MIN_RUNS", "CompareRun", "Comparison", "build_comparison", "make_run",
           *_HOMES]
