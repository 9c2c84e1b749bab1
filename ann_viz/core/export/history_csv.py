"""Training history as CSV: epoch, train_loss, val_loss, accuracy (empty where not measured).

The engine measures accuracy once per chunk of epochs and the validation loss only
with a validation split, so those columns have gaps; the train loss is there every epoch.
"""

from __future__ import annotations

import math

from ..errors import ExportError
from ..i18n import _t
from .source import HISTORY_COLUMNS, ExportSource


def _cell(value: float) -> str:
    return "" if math.isnan(value) else repr(float(value))


def render(source: ExportSource) -> bytes:
    rows = source.history
    if not len(rows):
        raise ExportError(_t("There is no training history yet: train the network first."))
    lines = [",".join(HISTORY_COLUMNS)]
    lines += [",".join([str(int(row[0]))] + [_cell(v) for v in row[1:]]) for row in rows]
    return ("\n".join(lines) + "\n").encode("ascii")
