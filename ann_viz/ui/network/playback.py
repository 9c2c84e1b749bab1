"""Which snapshot the neuron view shows: the newest (live), one picked on the timeline, or a replay.

Qt-free. Snapshots are recorded into a bounded :class:`SnapshotRing`; while training
runs at full speed, at most one every ``RECORD_INTERVAL_S`` is kept, so the timeline
spans more than a few seconds.
"""

from __future__ import annotations

from ...core.inspect import SnapshotRing
from ...core.train import Snapshot

RECORD_INTERVAL_S = 0.1
REPLAY_STEP_S = 0.6


class Playback:
    def __init__(self, ring: SnapshotRing | None = None):
        self.ring = ring or SnapshotRing()
        self.live = True
        self.index: int | None = None  # position on the timeline when not live
        self.current: Snapshot | None = None
        self.newest: Snapshot | None = None  # the trainer's newest state (recorded or not)
        self.previous_phase: str | None = None
        self.replaying = False
        self.next_replay_at = 0.0
        self._recorded_at = float("-inf")

    def clear(self) -> None:
        self.ring.clear()
        self.live, self.index, self.replaying = True, None, False
        self.current = self.newest = None
        self.previous_phase = None
        self._recorded_at = float("-inf")

    def offer(self, snapshot: Snapshot, running: bool, now: float) -> bool:
        """Record a new snapshot; True when it becomes the one shown (live)."""
        self.newest = snapshot
        if not running or now - self._recorded_at >= RECORD_INTERVAL_S:
            self.ring.append(snapshot)
            self._recorded_at = now
        if not self.live:
            return False
        self._set(snapshot)
        return True

    def _set(self, snapshot: Snapshot) -> None:
        self.previous_phase = None if self.current is None else self.current.phase
        self.current = snapshot

    def scrub(self, index: int) -> Snapshot | None:
        self.replaying = False
        if not len(self.ring):
            return None
        index = max(0, min(index, len(self.ring) - 1))
        self.live = index == len(self.ring) - 1
        self.index = None if self.live else index
        self._set(self.ring[index])
        return self.current

    def go_live(self) -> Snapshot | None:
        self.replaying, self.live, self.index = False, True, None
        newest = self.ring.latest()
        if newest is not None:
            self._set(newest)
        return self.current

    def start_replay(self, now: float) -> None:
        if not len(self.ring):
            return
        if self.index is None or self.index >= len(self.ring) - 1:
            self.index = -1
        self.live, self.replaying = False, True
        self.next_replay_at = now

    def replay_due(self, now: float) -> Snapshot | None:
        """The next snapshot of a replay when its time has come; ends the replay at the newest."""
        if not self.replaying or now < self.next_replay_at:
            return None
        self.index = (self.index if self.index is not None else -1) + 1
        if self.index >= len(self.ring):
            self.go_live()
            return None
        self.next_replay_at = now + REPLAY_STEP_S
        self._set(self.ring[self.index])
        return self.current

    def position(self) -> int:
        return len(self.ring) - 1 if self.live or self.index is None else self.index
