"""A run's per-epoch history as it is kept in a project file, and its checks on the way back in.

Rows are (epoch, train loss, validation loss, accuracy, one gradient size per layer), as
:meth:`ann_viz.core.train.history.History.rows_since` gives them. They travel as little-endian
float64 in base64: exact, NaN kept (an epoch without a validation loss), no pickle.
"""

from __future__ import annotations

import base64
from typing import Any

import numpy as np

from .errors import ProjectFileError
from .i18n import _t

FIXED_COLUMNS = ("epoch", "train_loss", "val_loss", "accuracy")
MAX_EPOCHS = 2_000_000  # 2 million epochs of a 4-layer net is ~128 MB of base64: past the file cap anyway
MAX_LAYERS = 1000
MAX_NAME = 200


def history_to_dict(rows: np.ndarray, layers: tuple[str, ...]) -> dict[str, Any]:
    """The JSON form of ``rows`` (n x (4 + len(layers)))."""
    table = np.ascontiguousarray(rows, dtype="<f8")
    return {"layers": list(layers), "epochs": int(table.shape[0]),
            "data": base64.b64encode(table.tobytes()).decode("ascii")}


def history_from_dict(data: Any, max_bytes: int) -> tuple[np.ndarray, tuple[str, ...]]:
    """(rows, layer names) from a project file's "history", or ProjectFileError saying what is wrong."""
    def refuse(reason: str):
        return ProjectFileError(_t("The saved training history is damaged ({reason}).").format(reason=reason))

    if not isinstance(data, dict):
        raise refuse(_t("not a JSON object"))
    layers, epochs, text = data.get("layers"), data.get("epochs"), data.get("data")
    if (not isinstance(layers, list) or len(layers) > MAX_LAYERS
            or not all(isinstance(n, str) and 0 < len(n) <= MAX_NAME for n in layers)):
        raise refuse(_t("the layer names are not a list of short texts"))
    if not isinstance(epochs, int) or isinstance(epochs, bool) or not 0 <= epochs <= MAX_EPOCHS:
        raise refuse(_t("the epoch count is not a whole number from 0 to {most}").format(most=MAX_EPOCHS))
    width = len(FIXED_COLUMNS) + len(layers)
    if not isinstance(text, str) or len(text) * 3 // 4 > max_bytes:
        raise refuse(_t("no data text, or too much of it"))
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise refuse(_t("the data is not base64 text")) from None
    if len(raw) != 8 * epochs * width:
        raise refuse(_t("{count} bytes for {epochs} epochs of {width} values").format(
            count=len(raw), epochs=epochs, width=width))
    rows = np.frombuffer(raw, dtype="<f8").reshape(epochs, width).astype(np.float64)
    if not np.array_equal(rows[:, 0], np.arange(epochs)):
        raise refuse(_t("the epochs are not numbered 0, 1, 2, ..."))
    if np.isinf(rows).any():
        raise refuse(_t("infinite values"))
    if np.isnan(rows[:, 1]).any():
        raise refuse(_t("an epoch without a training loss"))
    rows.flags.writeable = False
    return rows, tuple(layers)
