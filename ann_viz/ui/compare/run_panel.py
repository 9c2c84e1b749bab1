"""One run of a comparison: its label in its colour, its status, and its input plane at the timeline's
epoch (the app's own plane view, fed the run's kept snapshots), with a button that opens the run's
project in the main window to edit or watch it like any project."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from ...core.compare import CompareRun
from ..document import Document
from ..language import Retranslatable
from ..plane.input_plane import InputPlaneView
from ..plane.source import PlaneSource
from ..tr import tr_core
from .plots import COLOURS

STATUS = {"waiting": QT_TRANSLATE_NOOP("RunPanel", "waiting"), "training": QT_TRANSLATE_NOOP("RunPanel", "training"),
          "done": QT_TRANSLATE_NOOP("RunPanel", "done"), "diverged": QT_TRANSLATE_NOOP("RunPanel", "diverged"),
          "early_stopped": QT_TRANSLATE_NOOP("RunPanel", "stopped early"),
          "failed": QT_TRANSLATE_NOOP("RunPanel", "failed")}


class _Silent(QObject):
    """The plane source's controller signals, never emitted: the panel hands it each snapshot itself."""

    snapshot_changed = Signal(object)
    history_cleared = Signal()
    weights_changed = Signal(object)
    latest = None


class RunPanel(Retranslatable, QFrame):
    open_requested = Signal(int)  # the run's index

    def __init__(self, index: int, run: CompareRun, parent=None):
        super().__init__(parent)
        self.index, self.run = index, run
        self.colour = COLOURS[index % len(COLOURS)]
        self.setFrameShape(QFrame.StyledPanel)
        self.title = QLabel()
        self.title.setTextFormat(Qt.RichText)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.open_button = QPushButton()
        self.open_button.setObjectName(f"open_run_{index}")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.index))
        self.open_button.setEnabled(run.project is not None)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d03030;")
        self.message.hide()
        header = QHBoxLayout()
        header.setContentsMargins(4, 2, 4, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.message)
        self.plane: InputPlaneView | None = None
        if run.project is not None:  # a run whose changes failed has only its message
            self.document = Document(run.project, self)
            self.source = PlaneSource(_Silent(self), self.document, self)
            self.plane = InputPlaneView(self.source, self)
            self.plane.controls_shown = False  # a small picture: no check box, caption or export button
            for widget in (self.plane.show_lines, self.plane.export_button, self.plane.readout,
                           *self.plane.plane_page.findChildren(QScrollArea)):  # the caption's box
                widget.hide()
            # A fixed axis width: sized to its tick labels in this square box, the axis can oscillate
            # between two widths (each changes the ticks that set the other), relaying out without end.
            self.plane.plot.getPlotItem().getAxis("left").setWidth(44)
            layout.addWidget(self.plane, 1)
            self.source.reload()
        else:
            layout.addStretch(1)
        self.view = None
        self.shown_snapshot = None
        if run.error:
            self._show_message(run.error)
        self.retranslate()

    def retranslate(self) -> None:
        swatch = f"<span style='color:{self.colour}; font-size:14pt'>■</span>"
        self.title.setText(f"{swatch} <b>{tr_core(self.run.label)}</b>")
        self.open_button.setText(self.tr("Open in main window"))
        self.open_button.setToolTip(self.tr("Open this run's project (network and settings) in the main window, "
                                            "to edit it or watch it train like any project"))
        self._show_status()
        if self.run.error:
            self._show_message(self.run.error)

    def _show_message(self, text: str) -> None:
        self.message.setText(tr_core(text))
        self.message.setVisible(bool(text))

    def _show_status(self) -> None:
        view = self.view
        status = "failed" if view is None and self.run.error else (view.status if view is not None else "waiting")
        text = QCoreApplication.translate("RunPanel", STATUS.get(status, status))
        if view is not None and view.epoch:
            text = self.tr("epoch %1").replace("%1", str(view.epoch)) + " · " + text
        self.status.setText(text)

    def show_run(self, view, epoch: int) -> None:
        """The run's state (a RunView) and its plane at ``epoch``."""
        self.view = view
        self._show_status()
        if view.message:
            self._show_message(view.message)
        snapshot = view.snapshot_at(epoch)
        if self.plane is not None and snapshot is not None and snapshot is not self.shown_snapshot:
            self.shown_snapshot = snapshot
            self.source.draw_now(snapshot)
            self.plane.epoch_text.flush()  # the corner's epoch at once (it is rate-limited for live training)
