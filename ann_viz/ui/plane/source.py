"""Feeds the plane views: the newest snapshot, one batched forward per GUI frame at most.

Snapshots arrive at up to 60 Hz; a frame (data points and grid through the network)
is computed only when a view is on screen, at most every ``MIN_INTERVAL_MS`` on a steady
cadence, and its computing takes at most ``BUDGET_SHARE`` of the GUI thread's CPU (big
networks update less often). Every millisecond the GUI thread holds the GIL is one the
training thread waits for: bench/bench_heatmaps.py measures what the views cost it.
The network and data follow the trainer: they are rebuilt when a new trainer is ready
(the graph it was built from is the document's graph).
"""

from __future__ import annotations

import json
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ...core.boundary import (BufferPool, PlaneFrame, PlaneInputs, PlaneNetwork, compute_frame, plane_inputs,
                               plane_points, points_budget)
from ...core.data import make_dataset, split_dataset
from ...core.errors import AnnVizError
from ...core.train import Snapshot
from ..tr import tr_core

MIN_INTERVAL_MS = 40  # at most 25 frames/s: smooth for the eye, cheap for the trainer
BUDGET_SHARE = 0.2  # computing a frame takes at most this share of the GUI thread's time
GRID_RESOLUTION = 200
REQUEST_RETRIES = 10  # a raised tab is laid out a moment after it says it is visible: look again


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaneSource", text)


class PlaneSource(QObject):
    setup_changed = Signal()  # a new network and/or data set: views rebuild their choices
    problem_changed = Signal(str)  # why nothing can be drawn ("" once a frame is drawn)

    def __init__(self, controller, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.views: list = []
        self.network: PlaneNetwork | None = None
        self.inputs: PlaneInputs | None = None
        self.frame: PlaneFrame | None = None
        self.problem = ""
        self._problem_text = lambda: ""  # the problem in the current language
        self.frames_computed = 0
        self._snapshot: Snapshot | None = controller.latest
        self._dirty = self._snapshot is not None
        self._state: dict | None = None  # Trainer.state_arrays() after a run or step (BatchNorm running stats)
        self._pool = BufferPool(2)
        self._data_key = None
        self._next_allowed = 0.0
        self._retries = 0
        self._interval_s = MIN_INTERVAL_MS / 1000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._compute)
        controller.snapshot_changed.connect(self.set_snapshot)
        controller.history_cleared.connect(self.reload)
        controller.weights_changed.connect(self._weights)
        document.replaced.connect(self.reload)
        document.undo_stack.indexChanged.connect(self.follow_data)  # points drawn: no new trainer comes

    # ----- views -----------------------------------------------------------------------------------
    def add_view(self, view) -> None:
        """``view`` has ``showing() -> bool`` and ``show_frame(frame)``; it is fed while showing."""
        self.views.append(view)

    def request(self) -> None:
        """A view is coming on screen: draw it soon (from the last frame if it is current)."""
        self._retries = REQUEST_RETRIES
        self._schedule(force=True)

    # ----- inputs ----------------------------------------------------------------------------------
    @Slot(object)
    def set_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._dirty = True
        self._schedule()

    @Slot(object)
    def _weights(self, weights) -> None:
        self._state = dict(weights) if weights else None

    def _key(self, most: int) -> str:
        project, config = self.document.project, self.document.project.config
        return json.dumps([project.data, config.val_fraction, config.test_fraction, config.split_seed, most],
                          sort_keys=True, default=str)

    @Slot()
    def follow_data(self, *_) -> None:
        """The data changed without a new trainer (points drawn on the plane): show them now."""
        most = points_budget(self.network.n_weights) if self.network is not None else 2000
        if self._data_key is not None and self._key(most) == self._data_key:
            return
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Rebuild the network and data from the open project (a new trainer was built from them)."""
        project = self.document.project
        self._set_problem("")
        try:
            self.network = PlaneNetwork(project.graph)
        except AnnVizError as err:
            self.network = None
            self._set_problem(lambda err=str(err): _tr("The network is not valid yet: %1").replace("%1", tr_core(err)))
        config = project.config
        # Wide networks get fewer points: a frame's forward stays around 30 ms on one core.
        most = points_budget(self.network.n_weights) if self.network is not None else 2000
        key = self._key(most)
        if key != self._data_key:
            try:
                splits = split_dataset(make_dataset(project.data), config.val_fraction, config.test_fraction,
                                       config.split_seed)
                box = project.data.get("box") if project.data.get("kind") == "drawn" else None
                self.inputs = plane_inputs(plane_points(splits, most), GRID_RESOLUTION, box)
                self._data_key = key
            except AnnVizError as err:
                self.inputs, self._data_key = None, None
                self._set_problem(lambda err=str(err): _tr("The data cannot be loaded: %1")
                                  .replace("%1", tr_core(err)))
        if (self.network is not None and self.inputs is not None
                and self.network.n_inputs != self.inputs.points.n_features):
            counts = str(self.network.n_inputs), str(self.inputs.points.n_features)
            self._set_problem(lambda: _tr("The network has %1 inputs but the data have %2 features.")
                              .replace("%1", counts[0]).replace("%2", counts[1]))
            self.network = None
        self.frame = None
        self._dirty = self._snapshot is not None
        self.setup_changed.emit()
        self._schedule()

    # ----- frames ----------------------------------------------------------------------------------
    def _showing(self) -> list:
        return [v for v in self.views if v.showing()]

    def _schedule(self, force: bool = False) -> None:
        """Start the frame timer; ``force``: even if no view is showing yet (one is being shown)."""
        if self._timer.isActive() or not (force or self._showing()):
            return
        if not self._dirty and self.frame is not None:
            self._timer.start(0)  # just hand the current frame to the view that appeared
            return
        wait = max(0.0, self._next_allowed - time.perf_counter())
        self._timer.start(int(wait * 1000))

    @Slot()
    def _compute(self) -> None:
        views = self._showing()
        if not views:
            if self._retries > 0:
                self._retries -= 1
                self._timer.start(20)
            return
        self._retries = 0
        if self._dirty:
            self._dirty = False
            started, cpu = time.perf_counter(), time.thread_time()
            self.frame = self._make_frame()
            if self.frame is not None:
                self.frames_computed += 1
                for view in views:
                    view.show_frame(self.frame)
            # CPU time, not wall time: waiting for the GIL while the trainer runs is not our cost.
            spent = time.thread_time() - cpu
            self._interval_s = max(MIN_INTERVAL_MS / 1000, spent / BUDGET_SHARE)
            # A steady cadence: a frame that started late (timer latency while the trainer holds the
            # GIL) does not push the next one back, but frames never come closer than half an interval.
            self._next_allowed = max(self._next_allowed + self._interval_s, started + self._interval_s / 2)
        elif self.frame is not None:
            for view in views:
                view.show_frame(self.frame)

    def draw_now(self, snapshot: Snapshot) -> None:
        """Compute ``snapshot``'s frame at once and hand it to every view, shown or not (a film's frames)."""
        self._snapshot, self._dirty = snapshot, False
        self.frame = self._make_frame()
        if self.frame is not None:
            self.frames_computed += 1
            for view in self.views:
                view.show_frame(self.frame)

    def _make_frame(self) -> PlaneFrame | None:
        snapshot = self._snapshot
        if snapshot is None or self.inputs is None:
            return None
        if self.network is None or self.network.mismatch(snapshot.params):
            self.reload_network_only()
        if self.network is None or self.network.n_inputs != self.inputs.points.n_features:
            return None  # (data that do not fit the network: reload said so)
        problem = self.network.mismatch(snapshot.params)
        if problem:
            self._set_problem(lambda: _tr("The weights do not fit the network (%1): press Step or Play to train "
                                          "the network as it is now.").replace("%1", tr_core(problem)))
            return None
        frame = compute_frame(self.network, snapshot.params, self.inputs, self._matching_state(snapshot),
                              snapshot.epoch, self._pool)
        self._set_problem("")
        return frame

    def reload_network_only(self) -> None:
        try:
            self.network = PlaneNetwork(self.document.project.graph)
        except AnnVizError:
            self.network = None

    def _matching_state(self, snapshot: Snapshot) -> dict | None:
        """BatchNorm running statistics: the snapshot's own, else the last reported state when it
        has these very weights."""
        if not self.network.batchnorm_names():
            return None
        if snapshot.buffers:
            return snapshot.buffers
        if self._state is None:
            return None
        for name, value in snapshot.params.items():
            other = self._state.get(name)
            if other is None or not np.array_equal(other, value):
                return None
        return self._state

    def retranslate(self) -> None:
        """The problem said again in the current language."""
        self._set_problem(self._problem_text)

    def _set_problem(self, text) -> None:
        """``text``: "" or a function giving the words (called again when the language changes)."""
        self._problem_text = text if callable(text) else (lambda: text)
        text = self._problem_text()
        if text != self.problem:
            self.problem = text
            self.problem_changed.emit(text)
