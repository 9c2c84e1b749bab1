"""File > Export... (a format and a file) and File > Import Weights..., over the Qt-free core.

Exports take the open project with its trained weights (``document.project.weights``,
else the seeded initial ones) and the run's loss history. A run in progress is paused
first, so the weights and the history belong together. Files are made in memory and
written atomically: a failure shows a message and leaves nothing half-written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout)

from ..core.errors import AnnVizError
from ..core.export import FORMATS, ExportFormat, export_to, import_weights, source_from_project
from ..core.export.import_weights import WEIGHT_SUFFIXES
from .figure_export import export_scene_image
from .tr import tr_core

PAUSE_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class _Choice:
    """A row of the format list: a core export format, or a picture of the network view."""

    key: str
    label: str
    suffix: str
    core: ExportFormat | None = None


CHOICES: tuple[_Choice, ...] = (
    _Choice("png", "Network picture (PNG)", ".png"),
    _Choice("svg", "Network picture (SVG)", ".svg"),
) + tuple(_Choice(f.name, f.label, f.suffix, f) for f in FORMATS)


class ExportDialog(QDialog):
    """Choose a format and a file; Export writes it (the dialog stays open on failure)."""

    def __init__(self, window, directory: str = ""):
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Export"))
        self.format_box = QComboBox()
        for choice in CHOICES:
            self.format_box.addItem(tr_core(choice.label), choice.key)
        stem = window.document.display_name().removesuffix(".json").removesuffix(".annviz") or "network"
        self.path_edit = QLineEdit(str(Path(directory or Path.home()) / (_safe_stem(stem) + CHOICES[0].suffix)))
        self.browse_button = QPushButton(self.tr("Browse..."))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("File"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())
        self._format_changed()

    # ----- choices ------------------------------------------------------------------------------
    def choice(self) -> _Choice:
        return CHOICES[self.format_box.currentIndex()]

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex([c.key for c in CHOICES].index(key))

    def path(self) -> str:
        return self.path_edit.text().strip()

    def _format_changed(self) -> None:
        choice = self.choice()
        if self.path():
            self.path_edit.setText(str(Path(self.path()).with_suffix(choice.suffix)))
        if choice.core is None:
            note = self.tr("The network as drawn on the canvas.")
        elif choice.core.note:
            note = self.tr("Warning: %1").replace("%1", tr_core(choice.core.note))
        elif choice.core.needs_history:
            note = self.tr("One row per epoch of the current run: epoch, train loss, validation loss, accuracy.")
        else:
            note = self.tr("The project's trained weights (its initial weights if it has not been trained).")
        self.note_label.setText(note)

    def browse(self) -> None:
        choice = self.choice()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as"), self.path(),
                                              f"{tr_core(choice.label)} (*{choice.suffix})")
        if path:
            self.path_edit.setText(path if Path(path).suffix else path + choice.suffix)

    # ----- exporting ----------------------------------------------------------------------------
    def accept(self) -> None:
        if self.export():
            super().accept()

    def export(self) -> bool:
        """Write the chosen file; False (after telling the user why) when it could not be made."""
        path, choice = self.path(), self.choice()
        if not path:
            QMessageBox.warning(self, self.tr("Cannot export"), self.tr("Choose a file to export to."))
            return False
        problem = ""
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self._write(path, choice)
        except (AnnVizError, OSError) as err:
            problem = str(err)
        finally:
            QApplication.restoreOverrideCursor()
        if problem:
            QMessageBox.warning(self, self.tr("Cannot export"), tr_core(problem))
            return False
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", path), 6000)
        return True

    def _write(self, path: str, choice: _Choice) -> None:
        if choice.core is None:
            export_scene_image(self.window.scene, path)
            return
        pause_training(self.window)
        source = source_from_project(self.window.document.project, training_history(self.window))
        export_to(source, path, choice.core)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWeights", text)


def _safe_stem(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip("._") or "network"


def pause_training(window) -> None:
    """Pause a run in progress and wait (briefly) until its final weights have reached the document."""
    controller = window.controller
    if not controller.is_running():
        return
    loop, timeout = QEventLoop(), QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    def ended(state: str) -> None:  # the worker reports its weights just before the state it ends in
        if state not in ("running", "configuring"):
            loop.quit()

    controller.state_changed.connect(ended)
    controller.pause()
    timeout.start(PAUSE_TIMEOUT_MS)
    loop.exec()
    timeout.stop()
    controller.state_changed.disconnect(ended)


def training_history(window) -> np.ndarray | None:
    """Rows (epoch, train loss, val loss, accuracy) of the current run; None when nothing was trained.

    Read from the worker's trainer while the worker is idle (``pause_training`` first).
    """
    trainer = window.controller.worker.trainer
    if trainer is None or window.controller.is_running():
        return None
    return trainer.history.rows_since(0)


def import_weights_dialog(window, directory: str = "") -> bool:
    """File > Import Weights...: pick a .pt/.pth/.safetensors file; True when the weights were taken."""
    patterns = " ".join(f"*{s}" for s in WEIGHT_SUFFIXES)
    path, _ = QFileDialog.getOpenFileName(window, _tr("Import weights"), directory,
                                          _tr("Weights (%1)").replace("%1", patterns))
    return bool(path) and import_weights_file(window, path)


def import_weights_file(window, path: str) -> bool:
    """Load checked weights into the open project and train from them; on failure nothing changes."""
    try:
        arrays = import_weights(path, window.document.graph)
    except Exception as err:  # noqa: BLE001 - any failure (a hostile file, a library's error) is a message
        reason = tr_core(str(err)) if isinstance(err, AnnVizError) else f"{Path(path).name}: {type(err).__name__}: {err}"
        QMessageBox.warning(window, _tr("Cannot import weights"), reason)
        return False
    window.document.set_weights(arrays)
    window.training_panel.weights_imported()
    window.statusBar().showMessage(_tr("Imported weights from %1").replace("%1", Path(path).name), 6000)
    return True
