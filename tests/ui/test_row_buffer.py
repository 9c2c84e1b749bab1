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


def test_a_reserved_run_never_moves_its_rows():
    """A run reserves its length at Play: appends then never copy the rows so far (a doubling on the
    GUI thread cost tens of ms at a million epochs); views and values are as without it."""
    buffer = RowBuffer()
    buffer.reserve(10_000)
    buffer.append(np.ones((10, 3)))
    storage = buffer._data
    for k in range(99):
        buffer.append(np.full((100, 3), float(k)))
    assert buffer._data is storage and len(buffer) == 9910
    assert (buffer.rows()[:10] == 1).all() and (buffer.rows()[-100:] == 98).all()
    first = buffer.rows()
    buffer.reserve(20_000)  # a longer run on the same history: it grows now, before the run
    assert buffer._data is not storage and len(buffer) == 9910
    np.testing.assert_array_equal(first, buffer.rows())
    buffer.reserve(10**12)  # a typo's epochs reserve a bounded room
    assert len(buffer._data) <= 1 << 22
