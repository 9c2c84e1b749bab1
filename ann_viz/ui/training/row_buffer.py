"""A run's history rows, appended in amortised O(1) and read as one array without copying."""

from __future__ import annotations

import numpy as np

_MOST_RESERVED = 1 << 22  # rows (a longer run doubles past it): a typo of 10^9 epochs must not ask for TBs


class RowBuffer:
    """Rows of one width. ``rows()`` is a read-only view of all rows so far: later appends write
    past its end (or into a larger new buffer), so a view handed out never changes."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._data: np.ndarray | None = None
        self._n = 0
        self._reserved = 0

    def reserve(self, rows: int) -> None:
        """Room for ``rows`` rows in all: a run that knows its length never doubles the buffer midway
        (a doubling copies every row so far on the GUI thread: tens of ms at a million epochs). The
        memory is only touched as rows arrive."""
        rows = min(rows, _MOST_RESERVED)
        self._reserved = max(self._reserved, rows)
        if self._data is not None and len(self._data) < rows:
            self._grow(rows)

    def __len__(self) -> int:
        return self._n

    def append(self, rows: np.ndarray) -> None:
        rows = np.asarray(rows, dtype=np.float64)
        if not len(rows):
            return
        if self._data is None or self._data.shape[1] != rows.shape[1]:
            self._data, self._n = np.empty((max(1024, 2 * len(rows), self._reserved), rows.shape[1])), 0
        end = self._n + len(rows)
        if end > len(self._data):
            self._grow(max(end, 2 * len(self._data)))
        self._data[self._n:end] = rows
        self._n = end

    def _grow(self, capacity: int) -> None:
        grown = np.empty((capacity, self._data.shape[1]))
        grown[:self._n] = self._data[:self._n]
        self._data = grown

    def truncate(self, kept: int) -> None:
        """Forget the rows after the first ``kept`` (a step back). The next append starts a new buffer,
        so views handed out before keep their rows."""
        if self._data is not None and kept < self._n:
            self._data = self._data[:max(0, kept)].copy()
            self._n = len(self._data)

    def rows(self) -> np.ndarray | None:
        if self._data is None:
            return None
        view = self._data[:self._n]
        view.flags.writeable = False
        return view
