"""A log-scale axis whose minor labels are only 2 and 5 times a power of ten.

pyqtgraph labels every minor tick of a decade it has room for, by its own count of the space the
labels fill; near the top of a decade the ticks bunch up and "0.0009", "0.0008", ... "0.0003" were
drawn one over the other. The ticks themselves (and the grid) stay.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

LABELLED_MANTISSAS = (1, 2, 5)


class SparseLogAxis(pg.AxisItem):
    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        strings = super().logTickStrings(values, scale, spacing)
        mantissas = np.rint(10 ** (np.asarray(values, dtype=float) % 1.0))
        return [text if m in LABELLED_MANTISSAS else "" for text, m in zip(strings, mantissas)]
