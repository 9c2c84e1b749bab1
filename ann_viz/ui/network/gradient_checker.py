"""Runs the core's gradient check off the GUI thread: one worker, one job at a time, the newest
request wins. The check is built from a snapshot's NumPy arrays and a copy of the graph, never
from the trainer's live tensors."""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.errors import AnnVizError
from ...core.inspect.gradient_check import GradientCheck, check_snapshot
from ..tr import tr_core

POLL_MS = 40
RUNNING_INTERVAL_S = 0.5  # while training runs, at most two checks a second (they share the GIL)
CHECK_ALL_S = 3.0
MIN_PER_PARAMETER, MAX_PER_PARAMETER = 8, 256


class GradientChecker(QObject):
    edge_checked = Signal(object, object)  # GradientEntry, GradientCheck
    all_checked = Signal(object, object)  # list[GradientEntry] worst first, GradientCheck
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gradient-check")
        self._job: Future | None = None
        self._job_kind = ""
        self._pending: tuple | None = None  # (kind, context, name, index)
        self._cache: tuple | None = None  # (snapshot, graph, GradientCheck)
        self._submitted_at = 0.0
        self.running = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def request_edge(self, graph, snapshot, l1: float, l2: float, name: str, index: tuple) -> None:
        self._request(("edge", (graph, snapshot, l1, l2), name, index))

    def request_all(self, graph, snapshot, l1: float, l2: float) -> None:
        self._request(("all", (graph, snapshot, l1, l2), None, None))

    def _request(self, request: tuple) -> None:
        self._pending = request
        self._timer.start()
        self._poll()

    def busy(self) -> bool:
        return self._job is not None or self._pending is not None

    def _poll(self) -> None:
        if self._job is not None:
            if not self._job.done():
                return
            job, self._job = self._job, None
            self._deliver(job)
        if self._pending is None:
            self._timer.stop()
            return
        now = time.monotonic()
        if self.running and self._pending[0] == "edge" and now - self._submitted_at < RUNNING_INTERVAL_S:
            return
        kind, context, name, index = self._pending
        self._pending, self._submitted_at, self._job_kind = None, now, kind
        cached = self._cache[2] if self._cache is not None and self._cache[0] is context[1] \
            and self._cache[1] is context[0] else None
        self._job = self._pool.submit(_run, kind, context, cached, name, index)

    def _deliver(self, job: Future) -> None:
        try:
            context, check, result = job.result()
        except (AnnVizError, ValueError, RuntimeError, KeyError, IndexError) as err:
            known = isinstance(err, (AnnVizError, ValueError))  # the core's own messages, translated
            self.failed.emit(tr_core(str(err)) if known else f"{type(err).__name__}: {err}")
            return
        self._cache = (context[1], context[0], check)
        (self.edge_checked if self._job_kind == "edge" else self.all_checked).emit(result, check)

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Tests: run what is asked and deliver it now."""
        deadline = time.monotonic() + timeout
        while self.busy() and time.monotonic() < deadline:
            if self._job is not None:
                self._job.result(max(0.0, deadline - time.monotonic()))
            self._submitted_at = 0.0
            self._poll()

    def shutdown(self) -> None:
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)


def _run(kind: str, context: tuple, check: GradientCheck | None, name, index):
    graph, snapshot, l1, l2 = context
    if check is None:
        check = check_snapshot(graph, snapshot, l1=l1, l2=l2)
    result = check.entry(name, index) if kind == "edge" else check.check_all(per_parameter(check))
    return context, check, result


def per_parameter(check: GradientCheck) -> int:
    """How many entries of each tensor to check so that the whole check takes about CHECK_ALL_S
    (two objectives an entry): every entry of a small network, a random sample of a large one's."""
    start = time.perf_counter()
    check.objective()
    cost = max(time.perf_counter() - start, 1e-6)
    return int(min(MAX_PER_PARAMETER, max(MIN_PER_PARAMETER, CHECK_ALL_S / (2 * cost * len(check.params)))))
