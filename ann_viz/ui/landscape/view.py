"""The loss landscape dock: the objective around the current weights, coloured and contoured, with
the optimizer's path on it and the current point moving as training runs.

Frames are computed off the GUI thread (one worker, at most ``MAX_RATE_HZ`` frames a second, only
while the dock is on screen); this widget only draws what comes back.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from ...core.errors import AnnVizError
from ...core.landscape.relief import relief
from ...core.landscape.session import LandscapeFrame, LandscapeSession
from ...core.train import Snapshot
from ..plane.colours import apply_lut, rgb, with_alpha
from ..plane.hidden_space_3d import gl_available
from ..tr import tr_core

MAX_RATE_HZ = 5
CONTOURS = 8


class LandscapeView(QWidget):
    def __init__(self, controller, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.session: LandscapeSession | None = None
        self.frame: LandscapeFrame | None = None
        self.frames_drawn = 0
        self._snapshot: Snapshot | None = None
        self._dirty = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="landscape")
        self._job: Future | None = None

        self.plane_choice = QComboBox()
        self.first = QSpinBox()
        self.second = QSpinBox()
        for box in (self.first, self.second):
            box.setRange(1, 1)
            box.valueChanged.connect(self._options_changed)
        self.second.setValue(2)
        self.plane_choice.currentIndexChanged.connect(self._options_changed)
        self.first_label, self.second_label = QLabel(), QLabel()
        header = QVBoxLayout()  # two rows: one would make the dock (and the window) wider than 1280 px
        header.addWidget(self.plane_choice)
        directions = QHBoxLayout()
        for widget in (self.first_label, self.first, self.second_label, self.second):
            directions.addWidget(widget)
        directions.addStretch(1)
        self.three_d = QCheckBox()  # the same frame as a 3-D surface, where OpenGL works
        self.three_d.toggled.connect(self._three_d_toggled)
        directions.addWidget(self.three_d)
        header.addLayout(directions)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.isolines = [pg.IsocurveItem(pen=pg.mkPen("#9a9a9a", width=1), axisOrder="row-major")
                         for _ in range(CONTOURS)]
        for line in self.isolines:
            line.setParentItem(self.image)
        self.path = pg.PlotDataItem(pen=pg.mkPen("#ffffff", width=2), symbol="o", symbolSize=3,
                                    symbolBrush="#ffffff")
        self.current = pg.ScatterPlotItem(size=12, brush=pg.mkBrush("#e8a000"), pen=pg.mkPen("#000000"))
        self.line_curve = pg.PlotDataItem(pen=pg.mkPen("#1f5fbf", width=2))
        for item in (self.path, self.current, self.line_curve):
            self.plot.addItem(item)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.relief_3d = None  # built when 3-D is first asked for
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)
        t = np.linspace(0.0, 1.0, 256)[:, None]  # low loss dark, high loss pale
        self._lut = with_alpha(np.round(rgb("#2b1055") * (1 - t) + rgb("#fff3d6") * t).astype(np.uint8))
        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / MAX_RATE_HZ))
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        controller.snapshot_changed.connect(self.set_snapshot)
        controller.history_cleared.connect(self.reload)
        document.replaced.connect(self.reload)
        self.retranslate()
        self.reload()

    # ----- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        choices = [("random", self.tr("Two random directions (filter-normalised)")),
                   ("pca", self.tr("Principal directions of the path")),
                   ("weights", self.tr("Two chosen weights")),
                   ("line", self.tr("Line from the first weights to the current ones"))]
        index = max(0, self.plane_choice.currentIndex())
        self.plane_choice.blockSignals(True)
        self.plane_choice.clear()
        for kind, text in choices:
            self.plane_choice.addItem(text, kind)
        self.plane_choice.setCurrentIndex(index)
        self.plane_choice.blockSignals(False)
        self.three_d.setText(self.tr("3-D"))
        self.three_d.setToolTip(self.tr("Show the landscape as a 3-D surface with the path on it (drag to turn "
                                        "it, wheel to zoom).") if gl_available() else self.tr(
            "3-D needs OpenGL, which is not available here: the map shows the same landscape from above."))
        self.three_d.setEnabled(gl_available())
        self.first_label.setText(self.tr("weight"))
        self.second_label.setText(self.tr("and"))
        self.plane_choice.setToolTip(self.tr(
            "The plane through weight space on which the loss is drawn. Random directions are scaled "
            "neuron by neuron to the weights' size (Li et al. 2018); the principal directions of the "
            "path contain most of the way the optimizer went."))
        self._show_caption()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- inputs -----------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """A new project or trainer: a new objective and an empty path."""
        project = self.document.project
        try:
            self.session = LandscapeSession(project.graph, project.data, project.config)
            self.problem = ""
        except Exception as err:  # noqa: BLE001 - any project the trainer refuses: say why, draw nothing
            self.session = None
            self.problem = tr_core(str(err)) if isinstance(err, AnnVizError) else f"{type(err).__name__}: {err}"
        self.frame = None
        entries = len(self.session.entries) if self.session else 1
        for box in (self.first, self.second):
            box.blockSignals(True)
            box.setRange(1, max(1, entries))
            box.blockSignals(False)
        self._describe_entries()
        self._dirty = self._snapshot is not None
        self._show_caption()

    @Slot(object)
    def set_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._dirty = True
        if self.session is not None and snapshot.phase in ("idle", "update"):  # whole steps make the path
            self.session.add(snapshot.epoch, {**snapshot.params, **snapshot.buffers})

    def _three_d_toggled(self, on: bool) -> None:
        if on and self.relief_3d is None:
            from .relief_3d import Relief3D

            self.relief_3d = Relief3D(self._lut, self)
            self.stack.addWidget(self.relief_3d)
        if self.frame is not None:
            self._draw(self.frame)
        self._dirty = True  # 3-D needs the path's heights, which a 2-D frame leaves out

    def _options_changed(self, *_args) -> None:
        kind = self.plane_choice.currentData()
        for widget in (self.first_label, self.first, self.second_label, self.second):
            widget.setVisible(kind == "weights")
        self.three_d.setVisible(kind != "line")  # a line has no surface
        self._describe_entries()
        self._dirty = True

    def _describe_entries(self) -> None:
        if self.session is None:
            return
        for box in (self.first, self.second):
            name, index = self.session.entries[box.value() - 1]
            box.setToolTip(f"{name}{list(index)}")

    def options(self) -> dict:
        return {"kind": self.plane_choice.currentData() or "random",
                "pair": (self.first.value() - 1, self.second.value() - 1)}

    # ----- computing off the GUI thread ---------------------------------------------------------------
    def showing(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _tick(self) -> None:
        if self._job is not None and self._job.done():
            job, self._job = self._job, None
            try:
                self._draw(job.result())
            except Exception as err:  # noqa: BLE001 - a frame that cannot be computed is a message, not a crash
                self.problem = tr_core(str(err)) if isinstance(err, AnnVizError) else f"{type(err).__name__}: {err}"
                self._show_caption()
        if self._job is None and self._dirty and self.session is not None and self._snapshot is not None \
                and self.showing():
            self._dirty = False
            if not self.session.path:
                return
            options = self.options()
            self._job = self._pool.submit(self.session.frame, options["kind"], pair=options["pair"],
                                          view=self.session.view(), path_losses=self.three_d.isChecked())

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Tests: let the frame being computed arrive and be drawn."""
        if self._job is not None:
            self._job.result(timeout)
            self._tick()

    # ----- drawing ----------------------------------------------------------------------------------
    def _draw(self, frame: LandscapeFrame) -> None:
        self.frame = frame
        self.frames_drawn += 1
        plane = frame.betas is not None
        self.image.setVisible(plane)
        for line in self.isolines:
            line.setVisible(plane)
        self.line_curve.setVisible(not plane)
        shape = relief(frame) if plane and self.three_d.isChecked() and self.relief_3d is not None else None
        self.stack.setCurrentWidget(self.relief_3d if shape is not None else self.plot)
        if shape is not None:
            self.relief_3d.show_relief(shape)
        if plane:
            shown = np.log10(np.maximum(frame.losses, 1e-12))
            lo, hi = float(np.nanmin(shown)), float(np.nanmax(shown))
            self.image.setImage(apply_lut(shown, lo, hi, self._lut), autoLevels=False)
            a, b = frame.alphas, frame.betas
            self.image.setRect(pg.QtCore.QRectF(a[0], b[0], a[-1] - a[0], b[-1] - b[0]))
            for line, level in zip(self.isolines, np.linspace(lo, hi, CONTOURS + 2)[1:-1]):
                line.setData(shown)
                line.setLevel(level)
            # IsocurveItem draws in image pixels: its parent, the image, maps them to (a, b)
            self.path.setData(frame.path[:, 0], frame.path[:, 1])
            self.current.setData([frame.path[-1, 0]], [frame.path[-1, 1]])
            self.plot.setLabel("bottom", self.tr("direction 1"))
            self.plot.setLabel("left", self.tr("direction 2"))
            self.plot.setLogMode(y=False)
        else:
            self.line_curve.setData(frame.alphas, frame.losses)
            self.path.setData([], [])
            self.current.setData([1.0], [frame.current_loss])
            self.plot.setLabel("bottom", self.tr("0 = first weights, 1 = current weights"))
            self.plot.setLabel("left", self.tr("loss"))
        self.plot.autoRange()
        self.problem = ""
        self._show_caption()

    def _show_caption(self) -> None:
        if getattr(self, "problem", ""):
            self.caption.setText(self.problem)
            return
        frame = self.frame
        if frame is None:
            self.caption.setText(self.tr("The landscape appears once training has produced weights."))
            return
        text = (self.tr("epoch %1: loss %2 at the current weights (orange); the red path is the way the "
                        "optimizer came; darker is lower loss (drag to turn, wheel to zoom).")
                if self.stack.currentWidget() is not self.plot else
                self.tr("epoch %1: loss %2 at the current weights (orange); the white path is the way "
                        "the optimizer came; darker is lower loss.")).replace("%1", str(frame.epoch)).replace(
            "%2", f"{frame.current_loss:.6g}")
        if frame.kind == "pca" and frame.explained:
            text += " " + self.tr("These two directions hold %1% of the path's variance.").replace(
                "%1", f"{100 * sum(frame.explained):.0f}")
        self.caption.setText(text)

    def closeEvent(self, event) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)
