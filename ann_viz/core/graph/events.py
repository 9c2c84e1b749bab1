"""A minimal observer: the core announces model changes, views subscribe.

Qt-free on purpose; the UI layer forwards these to Qt signals on the GUI thread.
"""

from __future__ import annotations

from typing import Any, Callable


class Event:
    """A list of callbacks called in order with the event's arguments."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)
