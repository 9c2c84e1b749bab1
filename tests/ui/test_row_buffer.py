"""The training panel's history rows: appended without copying the past, read as a stable view."""

from __future__ import annotations

import numpy as np

from ann_viz.ui.training.row_buffer import RowBuffer


def test_rows_append_truncate_and_views_never_change():
    buffer = RowBuffer()
    assert buffer.rows() is None and len(buffer) == 0
    chunks = [np.arange(k * 5, (k + n) * 5, dtype=float).reshape(n, 5) for k, n in ((0, 700), (700, 900), (1600, 3))]
    buffer.append(chunks[0])
    first = buffer.rows()
    for chunk in chunks[1:]:
        buffer.append(chunk)
    np.testing.assert_array_equal(buffer.rows(), np.concatenate(chunks))
    np.testing.assert_array_equal(first, chunks[0])  # handed out before the buffer grew
    assert not buffer.rows().flags.writeable
    whole = buffer.rows()
    buffer.truncate(10)
    buffer.append(np.full((2, 5), -1.0))
    assert len(buffer) == 12 and (buffer.rows()[10:] == -1).all()
    np.testing.assert_array_equal(whole, np.concatenate(chunks))  # a step back does not touch it
    buffer.clear()
    assert buffer.rows() is None
