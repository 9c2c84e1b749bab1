"""A curve's points in bounded memory: past a limit, keep every other point and halve the rate."""

from __future__ import annotations

import numpy as np


class DecimatedSeries:
    """Append (x, y) points forever; at most ``limit`` are kept, evenly thinned over the run."""

    def __init__(self, limit: int = 20_000):
        self.limit = limit
        self.stride = 1
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._carry = 0  # points to skip before the next kept one

    def clear(self) -> None:
        self.__init__(self.limit)

    def extend(self, x: np.ndarray, y: np.ndarray) -> None:
        keep = np.arange(self._carry, len(x), self.stride)
        self._carry = (keep[-1] + self.stride - len(x)) if len(keep) else self._carry - len(x)
        self._x = np.concatenate([self._x, x[keep]])
        self._y = np.concatenate([self._y, y[keep]])
        while len(self._x) > self.limit:
            self._x, self._y = self._x[::2], self._y[::2]
            self.stride *= 2
            self._carry = 0

    def truncate(self, end: float) -> None:
        """Drop the points at x >= ``end`` (the trainer stepped back to before them)."""
        keep = self._x < end
        self._x, self._y = self._x[keep], self._y[keep]
        self._carry = 0

    @property
    def x(self) -> np.ndarray:
        return self._x

    @property
    def y(self) -> np.ndarray:
        return self._y

    def __len__(self) -> int:
        return len(self._x)
