"""Do given weight arrays fit a network? One check for loading projects and importing files."""

from __future__ import annotations

from typing import Mapping

import numpy as np


def weight_mismatches(arrays: Mapping[str, object], shapes: Mapping[str, tuple]) -> list[str]:
    """Every unknown, missing or wrongly shaped name, as phrases for one message (empty: it fits)."""
    problems = [f"'{n}' is not in this network" for n in arrays if n not in shapes]
    problems += [f"'{n}' is missing" for n in shapes if n not in arrays]
    problems += [f"'{n}' has shape {tuple(np.shape(a))}, the network needs {tuple(shapes[n])}"
                 for n, a in arrays.items() if n in shapes and tuple(np.shape(a)) != tuple(shapes[n])]
    return problems
