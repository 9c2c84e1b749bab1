"""Pages for data read from files: a text table (with a preview of its first rows) and an IDX pair."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem,
                               QWidget)

from ...core.data.choice import TASK_LABELS, text_preview
from ..tr import tr_core
from .pages import Page

PREVIEW_ROWS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataPanel", text)


class PathField(QWidget):
    """A file name to type or to pick with Browse...; ``edit.editingFinished`` or a pick means "use it"."""

    def __init__(self, title, filter_text, on_chosen, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(60)
        self.browse = QPushButton()
        self._title, self._filter = title, filter_text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.browse.clicked.connect(lambda: self._pick(on_chosen))
        self.edit.editingFinished.connect(on_chosen)

    def retranslate(self) -> None:
        self.browse.setText(_tr("Browse..."))

    def _pick(self, on_chosen) -> None:
        start = str(Path(self.edit.text()).parent) if self.edit.text() else ""
        path, _ = QFileDialog.getOpenFileName(self, self._title(), start, self._filter())
        if path:
            self.edit.setText(path)
            on_chosen()

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(path)
        self.edit.blockSignals(False)


class TextFilePage(Page):
    """A table of numbers like the notes' train.txt: file, label column, task; the first rows shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._spec: dict = {"kind": "file"}
        self.file = self.row(lambda: _tr("File:"), PathField(
            lambda: _tr("Open a data table"), lambda: _tr("Text tables (*.txt *.csv *.tsv *.dat);;All files (*)"),
            self._file_chosen))
        self.label_column = self.row(lambda: _tr("Label column:"), QSpinBox())
        self.label_column.setRange(-1000, 1000)
        self.label_column.setValue(-1)  # the last column, as in the notes' train.txt
        self.label_column.setKeyboardTracking(False)
        self.task = self.row(lambda: _tr("Task:"), QComboBox())
        self.task.addItem("", None)
        for task in TASK_LABELS:
            self.task.addItem("", task)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        rows = self.preview.verticalHeader().defaultSectionSize() * PREVIEW_ROWS
        self.preview.setFixedHeight(rows + self.preview.horizontalHeader().sizeHint().height()
                                    + 2 * self.preview.frameWidth() + 18)  # and a horizontal scroll bar
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.form.addRow(self.preview_note)
        self.form.addRow(self.preview)
        self.label_column.valueChanged.connect(self.edited)
        self.task.currentIndexChanged.connect(self.edited)
        self._preview_message = ""
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.file.retranslate()
        self.task.setItemText(0, _tr("from the labels"))
        for i, label in enumerate(TASK_LABELS.values(), start=1):
            self.task.setItemText(i, tr_core(label))
        self.label_column.setToolTip(_tr("Which column holds the label: 0 is the first, -1 the last."))
        self._show_preview_note()

    def _file_chosen(self) -> None:
        self._update_preview()
        self.edited.emit()

    def _update_preview(self) -> None:
        path = self.file.path()
        preview = text_preview(path, PREVIEW_ROWS) if path else None
        rows = preview.rows if preview else []
        width = max((len(r) for r in rows), default=0)
        self.preview.clearContents()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([str(c) for c in range(width)])
        self.preview.setVerticalHeaderLabels([str(preview.first_line + i) for i in range(len(rows))] if rows else [])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self._preview_message = preview.message if preview else ""
        self._show_preview_note()

    def _show_preview_note(self) -> None:
        if self._preview_message:
            text = tr_core(self._preview_message)
        elif self.preview.rowCount():
            text = _tr("The first rows (numbered as in the file); the column headers are the column numbers.")
        else:
            text = _tr("Choose a text file: one sample per line, numbers separated by spaces or commas.")
        self.preview_note.setText(text)

    def show_spec(self, spec: dict) -> None:
        self._spec = dict(spec)
        changed = self.file.path() != (spec.get("path") or "")
        self.file.set_path(spec.get("path") or "")
        for box in (self.label_column, self.task):
            box.blockSignals(True)
        self.label_column.setValue(int(spec.get("label_column", -1)))
        self.task.setCurrentIndex(max(0, self.task.findData(spec.get("task"))))
        for box in (self.label_column, self.task):
            box.blockSignals(False)
        if changed:
            self._update_preview()

    def spec(self) -> dict:
        spec = {k: v for k, v in self._spec.items() if k in ("delimiter", "name")}
        spec.update(kind="file", path=self.file.path(), label_column=self.label_column.value(),
                    task=self.task.currentData())
        return spec

    def incomplete(self) -> str:
        return "" if self.file.path() else _tr("Choose a text file.")


class IdxPage(Page):
    """MNIST-format files: an images file and a labels file, chosen one by one (gzip or not)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._spec: dict = {"kind": "idx"}
        idx_filter = lambda: _tr("IDX files (*idx*ubyte* *.idx *.gz);;All files (*)")  # noqa: E731
        self.images = self.row(lambda: _tr("Images:"), PathField(lambda: _tr("Open the IDX images file"),
                                                                 idx_filter, self._images_chosen))
        self.labels = self.row(lambda: _tr("Labels:"), PathField(lambda: _tr("Open the IDX labels file"),
                                                                 idx_filter, self.edited.emit))
        self.limit = self.row(lambda: _tr("Use the first:"), QSpinBox())
        self.limit.setRange(0, 10**9)
        self.limit.setKeyboardTracking(False)
        self.limit.valueChanged.connect(self.edited)
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        self.form.addRow(self.folder_note)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.images.retranslate()
        self.labels.retranslate()
        self.limit.setSpecialValueText(_tr("all images"))
        self.limit.setSuffix(_tr(" images"))
        self._show_folder()

    def _images_chosen(self) -> None:
        """Pick the matching labels file when its official name is beside the images."""
        images = Path(self.images.path())
        guess = images.with_name(images.name.replace("images", "labels").replace("idx3", "idx1"))
        if not self.labels.path() and guess != images and guess.is_file():
            self.labels.set_path(str(guess))
        self.edited.emit()

    def _show_folder(self) -> None:
        spec = self._spec
        self.folder_note.setVisible(spec.get("kind") == "mnist")
        if spec.get("kind") == "mnist":
            self.folder_note.setText(_tr("Now: the MNIST %1 files in the folder %2. Choose two files to "
                                         "use others.").replace("%1", str(spec.get("split", "train")))
                                     .replace("%2", str(spec.get("directory", ""))))

    def show_spec(self, spec: dict) -> None:
        self._spec = dict(spec)
        self.images.set_path(spec.get("images") or "")
        self.labels.set_path(spec.get("labels") or "")
        self.limit.blockSignals(True)
        self.limit.setValue(int(spec.get("limit") or 0))
        self.limit.blockSignals(False)
        self._show_folder()

    def spec(self) -> dict:
        limit = self.limit.value() or None
        if self._spec.get("kind") == "mnist" and not (self.images.path() or self.labels.path()):
            return {**self._spec, "limit": limit}  # the folder stays until two files are chosen
        return {"kind": "idx", "images": self.images.path(), "labels": self.labels.path(), "limit": limit}

    def incomplete(self) -> str:
        spec = self.spec()
        if spec["kind"] == "idx" and not (spec["images"] and spec["labels"]):
            return _tr("Choose the images file and the labels file.")
        return ""
