"""Per-epoch history in growable float arrays (amortised appends, no Python floats list).

Every epoch's loss, and the size of every layer's weight gradient (of the epoch's last
batch), on every engine: the gradient plot draws from it, at every epoch of a run.
"""

from __future__ import annotations

import numpy as np


class History:
    """Train loss, validation loss (NaN where not measured), accuracy and ||dL/dW|| per layer per epoch.

    ``layers`` names the layers whose gradient sizes are kept, in column order.
    """

    _COLUMNS = ("train_loss", "val_loss", "accuracy")

    def __init__(self, layers: list[str] | tuple[str, ...] = ()) -> None:
        self.layers = tuple(layers)
        self._data = np.full((len(self._COLUMNS) + len(self.layers), 1024), np.nan, dtype=np.float64)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def extend(self, train_loss: np.ndarray, val_loss: np.ndarray | None = None,
               accuracy: np.ndarray | None = None, grad_norms: np.ndarray | None = None) -> None:
        """Append epochs; ``grad_norms`` is (epochs x layers)."""
        k = len(train_loss)
        if self._n + k > self._data.shape[1]:
            grown = np.full((self._data.shape[0], max(2 * self._data.shape[1], self._n + k)), np.nan)
            grown[:, : self._n] = self._data[:, : self._n]
            self._data = grown
        end = self._n + k
        self._data[0, self._n:end] = train_loss
        if val_loss is not None:
            self._data[1, self._n:end] = val_loss
        if accuracy is not None:
            self._data[2, self._n:end] = accuracy
        if grad_norms is not None and self.layers:
            self._data[len(self._COLUMNS):, self._n:end] = np.asarray(grad_norms).T
        self._n = end

    def truncate(self, n: int) -> None:
        self._data[:, n: self._n] = np.nan
        self._n = min(self._n, n)

    def rows_since(self, start: int) -> np.ndarray:
        """Epochs ``start``.. as rows (epoch, train loss, val loss, accuracy, one gradient size per
        layer): a copy, O(new rows)."""
        end = self._n
        if start >= end:
            return np.empty((0, 1 + self._data.shape[0]))
        return np.column_stack([np.arange(start, end, dtype=np.float64), self._data[:, start:end].T])

    def column(self, name: str) -> np.ndarray:
        """A read-only copy of one column for the epochs so far."""
        out = self._data[self._COLUMNS.index(name), : self._n].copy()
        out.flags.writeable = False
        return out

    @property
    def grad_norms(self) -> np.ndarray:
        """||dL/dW|| per epoch (rows) and layer (columns, as ``layers``): a read-only copy."""
        out = self._data[len(self._COLUMNS):, : self._n].T.copy()
        out.flags.writeable = False
        return out

    @property
    def train_loss(self) -> np.ndarray:
        return self.column("train_loss")

    @property
    def val_loss(self) -> np.ndarray:
        return self.column("val_loss")

    @property
    def accuracy(self) -> np.ndarray:
        return self.column("accuracy")

    def last(self, name: str) -> float | None:
        if not self._n:
            return None
        value = self._data[self._COLUMNS.index(name), self._n - 1]
        return None if np.isnan(value) else float(value)
