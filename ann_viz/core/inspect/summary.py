"""Readable summaries of wide layers: which neurons to show, which edges are the strongest."""

from __future__ import annotations

import numpy as np


def choose_visible(importance: np.ndarray, limit: int, previous: np.ndarray | None = None) -> np.ndarray:
    """Indices (sorted) of at most ``limit`` neurons with the largest ``importance``.

    Neurons shown before stay while they remain within the top ``2 * limit``, so the
    picture does not jump from frame to frame when the ranking shuffles a little.
    """
    n = len(importance)
    if n <= limit:
        return np.arange(n)
    order = np.argsort(-importance, kind="stable")
    if previous is None or len(previous) == 0:
        return np.sort(order[:limit])
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    keep = [int(i) for i in previous if i < n and rank[i] < 2 * limit]
    keep_set = set(keep)
    for i in order:
        if len(keep) >= limit:
            break
        if int(i) not in keep_set:
            keep.append(int(i))
            keep_set.add(int(i))
    keep.sort(key=lambda i: rank[i])
    return np.sort(np.array(keep[:limit], dtype=np.int64))


def strongest(values: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """(rows, cols) of the ``limit`` entries of largest magnitude (all of them when fewer)."""
    flat = np.abs(values).ravel()
    if flat.size <= limit:
        idx = np.arange(flat.size)
    else:
        idx = np.argpartition(-flat, limit - 1)[:limit]
    return np.unravel_index(idx, values.shape)
