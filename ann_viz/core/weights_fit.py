"""Do given weight arrays fit a network? One check for loading projects and importing files."""

from __future__ import annotations

from typing import Mapping

import numpy as np

from .i18n import _t


def weight_mismatches(arrays: Mapping[str, object], shapes: Mapping[str, tuple]) -> list[str]:
    """Every unknown, missing or wrongly shaped name, as phrases for one message (empty: it fits)."""
    problems = [_t("'{name}' is not in this network").format(name=n) for n in arrays if n not in shapes]
    problems += [_t("'{name}' is missing").format(name=n) for n in shapes if n not in arrays]
    problems += [_t("'{name}' has shape {shape}, the network needs {needed}").format(
                     name=n, shape=tuple(np.shape(a)), needed=tuple(shapes[n]))
                 for n, a in arrays.items() if n in shapes and tuple(np.shape(a)) != tuple(shapes[n])]
    return problems
