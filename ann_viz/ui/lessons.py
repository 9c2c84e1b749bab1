"""Lesson pages (what to try, what to notice) and the Open Lesson dialog."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem,
                               QTextBrowser, QVBoxLayout, QWidget)

from ..core.presets import PRESETS, Preset, get_preset
from ..core.presets.lectures import LECTURES, lecture_numbers
from ..core.tours import tour_for
from .tr import tr_core


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lessons", text)


def lesson_html(preset: Preset) -> str:
    """The help page of one lesson, in the current language."""
    return (f"<h3>{escape(tr_core(preset.title))}</h3>"
            f"<h4>{escape(_tr('What to try'))}</h4><p>{escape(tr_core(preset.try_text))}</p>"
            f"<h4>{escape(_tr('What to notice'))}</h4><p>{escape(tr_core(preset.notice_text))}</p>"
            f"{_sources_html(preset.source)}")  # last: what to do comes first in a small dock


def _sources_html(source: str) -> str:
    """Which lecture notes the lesson comes from, each by number, title and what it covers."""
    numbers = lecture_numbers(source)
    if not numbers:
        return f"<p><i>{escape(_tr('From the lecture notes:'))} {escape(tr_core(source))}</i></p>"
    items = "".join(
        f"<li><b>{escape(_tr('Lecture %1').replace('%1', n))}</b> · {escape(tr_core(LECTURES[n][0]))}<br>"
        f"<small>{escape(tr_core(LECTURES[n][1]))}</small></li>" for n in numbers)
    return f"<p><i>{escape(_tr('From the lecture notes:'))}</i></p><ul>{items}</ul>"


class LessonDialog(QDialog):
    """Pick a lesson preset; its page is shown beside the list."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Lesson"))
        self.resize(760, 440)
        self.list = QListWidget()
        self.page = QTextBrowser()
        for preset in PRESETS:
            title = tr_core(preset.title)
            item = QListWidgetItem(title + (" · " + self.tr("guided tour") if tour_for(preset.id) else ""))
            item.setData(Qt.UserRole, preset.id)
            self.list.addItem(item)
            if preset.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.tour_box = QCheckBox(self.tr("Start guided tour"))
        self.tour_box.setObjectName("start_tour_box")
        self.tour_box.setChecked(True)
        self.tour_box.setToolTip(self.tr("A bubble points at each control to press, waits for you, and "
                                         "explains what changed. Help > Guided Tour starts it again."))
        buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.page, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.tour_box)
        bottom.addWidget(buttons, 1)
        layout.addLayout(bottom)
        self._show(self.list.currentItem())

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.page.setHtml(lesson_html(get_preset(item.data(Qt.UserRole))))
            self.tour_box.setEnabled(tour_for(item.data(Qt.UserRole)) is not None)

    def tour_requested(self) -> bool:
        """The selected lesson has a guided tour and the student wants it."""
        return self.tour_box.isEnabled() and self.tour_box.isChecked()

    def selected_id(self) -> str:
        return self.list.currentItem().data(Qt.UserRole)
