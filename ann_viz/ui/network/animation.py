"""Timing of the neuron view's animation: which phase plays, and how far along it is.

A step in step-phase mode plays that phase slowly; a whole step (batch or epoch)
plays forward, backward and update in turn; while training runs, forward and
backward waves loop over the newest numbers. Qt-free: the view's timer asks
:meth:`Animation.at` for the state at each tick.
"""

from __future__ import annotations

PLAYS: dict[str, list[tuple[str, float]]] = {
    "forward": [("forward", 1.8)],
    "loss": [("loss", 0.8)],
    "backward": [("backward", 1.8)],
    "update": [("update", 1.2)],
    "step": [("forward", 1.0), ("backward", 1.0), ("update", 0.7)],
    "loop": [("forward", 0.8), ("backward", 0.8)],
}


class Animation:
    def __init__(self) -> None:
        self._segments: list[tuple[str, float]] = []
        self._start = 0.0
        self._loop = False
        self.speed = 1.0  # > 1 plays faster

    def play(self, name: str, now: float) -> None:
        self._segments = PLAYS[name]
        self._start = now
        self._loop = name == "loop"

    def stop(self) -> None:
        self._segments = []

    @property
    def looping(self) -> bool:
        return self._loop and bool(self._segments)

    def at(self, now: float) -> tuple[str, float] | None:
        """(phase, progress in [0, 1]) at ``now``, or None when nothing plays (any more)."""
        if not self._segments:
            return None
        elapsed = (now - self._start) * self.speed
        total = sum(d for _, d in self._segments)
        if self._loop:
            elapsed %= total
        elif elapsed >= total:
            self._segments = []
            return None
        for phase, duration in self._segments:
            if elapsed < duration:
                return phase, elapsed / duration
            elapsed -= duration
        return self._segments[-1][0], 1.0


def play_for(phase: str, previous_phase: str | None, running: bool) -> str | None:
    """Which play a new snapshot starts: the phase just done, a whole step, or the run loop."""
    if running:
        return "loop"
    if phase in ("forward", "loss", "backward"):
        return phase
    if phase == "update":
        return "update" if previous_phase == "backward" else "step"
    return None
