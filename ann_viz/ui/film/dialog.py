"""File > Export Film...: choose the file and the number of frames, then record with a progress
dialog that can cancel (a cancelled film leaves no file, and an existing one as it was)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QProgressDialog, QPushButton, QSpinBox, QWidget)

from ...core.errors import AnnVizError
from ...core.film import frame_epochs
from ..tr import tr_core

MAX_FRAMES = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilmDialog", text)


class FilmDialog(QDialog):
    """Where to write the film, how many frames and how fast."""

    def __init__(self, epochs: int, folder: str, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Export Film"))
        self.epochs = epochs
        self.path = QLineEdit(str(Path(folder) / f"{name}.gif"))
        browse = QPushButton(_tr("Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_row = QWidget()
        file_row.setLayout(row)
        self.frames = QSpinBox()
        self.frames.setRange(1, MAX_FRAMES)
        self.frames.setValue(min(200, epochs + 1))
        self.frames.setToolTip(_tr("Frames, spread evenly from the first epoch to the last"))
        self.fps = QSpinBox()
        self.fps.setRange(1, 60)
        self.fps.setValue(20)
        self.fps.setSuffix(_tr(" per second"))
        self.spacing = QLabel()
        form = QFormLayout(self)
        form.addRow(_tr("File (.gif or .mp4):"), file_row)
        form.addRow(_tr("Frames:"), self.frames)
        form.addRow("", self.spacing)
        form.addRow(_tr("Speed:"), self.fps)
        form.addRow(QLabel(_tr("The run is trained again from its seed on a background thread; the frames show "
                               "the neuron view, the loss curve and the input plane.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(_tr("Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.frames.valueChanged.connect(self._show_spacing)
        self._show_spacing()

    def _show_spacing(self) -> None:
        plan = frame_epochs(self.epochs, self.frames.value())
        step = (plan[-1] - plan[0]) / max(1, len(plan) - 1)
        self.spacing.setText(_tr("%1 frames up to epoch %2: one about every %3 epochs")
                             .replace("%1", str(len(plan))).replace("%2", str(self.epochs))
                             .replace("%3", f"{step:.0f}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, _tr("Export Film"), self.path.text(),
                                              _tr("Animated GIF (*.gif);;MP4 video (*.mp4)"))
        if path:
            self.path.setText(path)


def export_film(window) -> None:
    """Ask, then record the open project's run; the window stays usable meanwhile."""
    from .recorder import FilmRecorder  # imageio and the views' stage: only when asked

    project = window.document.project
    dialog = FilmDialog(project.config.epochs, window._last_dir(), window.document.display_name().split(".")[0],
                        window)
    if dialog.exec() != QDialog.Accepted:
        return
    try:
        recorder = FilmRecorder(project, dialog.path.text(), dialog.frames.value(), dialog.fps.value(), window)
    except AnnVizError as err:
        QMessageBox.warning(window, _tr("Export Film"), tr_core(str(err)))
        return
    progress = QProgressDialog(_tr("Recording the film..."), _tr("Cancel"), 0, dialog.frames.value(), window)
    progress.setWindowTitle(_tr("Export Film"))
    progress.setWindowModality(Qt.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    window.film_recorder = recorder  # kept alive (and reachable by tests) while it records

    def advance(done: int, planned: int) -> None:
        progress.setMaximum(planned)
        progress.setValue(done)

    def finished(result) -> None:
        progress.canceled.disconnect(recorder.cancel)  # closing the dialog would say "canceled"
        progress.close()
        window.film_recorder = None
        window.statusBar().showMessage(_tr("Wrote %1: %2 frames up to epoch %3 in %4 s.")
                                       .replace("%1", str(result.path)).replace("%2", str(result.frames))
                                       .replace("%3", str(result.epochs)).replace("%4", f"{result.seconds:.1f}"))

    def failed(text: str) -> None:
        progress.canceled.disconnect(recorder.cancel)
        progress.close()
        window.film_recorder = None
        if text:
            QMessageBox.warning(window, _tr("Export Film"), tr_core(text))
        else:
            window.statusBar().showMessage(_tr("The film was cancelled; nothing was written."))

    recorder.progress.connect(advance)
    recorder.finished.connect(finished)
    recorder.failed.connect(failed)
    progress.canceled.connect(recorder.cancel)
    recorder.start()
