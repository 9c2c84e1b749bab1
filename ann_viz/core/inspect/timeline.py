"""Recent snapshots in bounded memory, for replaying training in a view."""

from __future__ import annotations

from collections import deque

from ..train.snapshot import Snapshot

_MAPS = ("values", "grads", "params", "param_grads", "updates")


def snapshot_nbytes(snapshot: Snapshot) -> int:
    """Bytes held by a snapshot's arrays."""
    total = sum(a.nbytes for name in _MAPS for a in getattr(snapshot, name).values())
    for extra in (snapshot.inputs, snapshot.targets):
        total += 0 if extra is None else extra.nbytes
    return total


class SnapshotRing:
    """The newest snapshots, at most ``max_count`` of them and at most ``max_bytes`` together.

    The newest snapshot is always kept, even alone over the byte budget.
    """

    def __init__(self, max_count: int = 200, max_bytes: int = 128 * 2**20):
        self.max_count, self.max_bytes = max_count, max_bytes
        self._items: deque[tuple[Snapshot, int]] = deque()
        self.nbytes = 0

    def append(self, snapshot: Snapshot) -> None:
        size = snapshot_nbytes(snapshot)
        self._items.append((snapshot, size))
        self.nbytes += size
        while len(self._items) > 1 and (len(self._items) > self.max_count or self.nbytes > self.max_bytes):
            _, dropped = self._items.popleft()
            self.nbytes -= dropped

    def clear(self) -> None:
        self._items.clear()
        self.nbytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Snapshot:
        return self._items[index][0]

    def latest(self) -> Snapshot | None:
        return self._items[-1][0] if self._items else None
