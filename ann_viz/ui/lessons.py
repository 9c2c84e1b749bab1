"""Lesson pages (what to try, what to notice) and the Open Lesson dialog."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem,
                               QPushButton, QTextBrowser, QVBoxLayout, QWidget)

from ..core.presets import PRESETS, Preset, get_preset
from ..core.presets.comparisons import COMPARISON_LESSONS, comparisons_of, get_comparison_lesson
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


def variant_changes(title: str, preset: Preset) -> str:
    """The changes of a comparison's run opened in the main window ("ReLU, lr 0.1"): its title is the
    lesson's title and the changes in brackets (core.compare.runs.make_run). "" for the lesson itself."""
    head = preset.title + " ("
    return title[len(head):-1] if title.startswith(head) and title.endswith(")") else ""


def project_title(title: str, preset: Preset | None) -> str:
    """The project's title in the current language, a variant's lesson part translated too."""
    changes = variant_changes(title, preset) if preset is not None else ""
    return f"{tr_core(preset.title)} ({changes})" if changes else tr_core(title)


def variant_note_html(changes: str) -> str:
    return "<p style='background:#fff4e5'>" + escape(_tr(
        "A variant of this lesson, opened from a comparison: %1. The notes below are the lesson's own.")
        .replace("%1", changes)) + "</p>"


def _sources_html(source: str) -> str:
    """Which lecture notes the lesson comes from, each by number, title and what it covers."""
    numbers = lecture_numbers(source)
    if not numbers:
        return f"<p><i>{escape(_tr('From the lecture notes:'))} {escape(tr_core(source))}</i></p>"
    items = "".join(
        f"<li><b>{escape(_tr('Lecture %1').replace('%1', n))}</b> · {escape(tr_core(LECTURES[n][0]))}<br>"
        f"<small>{escape(tr_core(LECTURES[n][1]))}</small></li>" for n in numbers)
    return f"<p><i>{escape(_tr('From the lecture notes:'))}</i></p><ul>{items}</ul>"


def comparison_html(lesson) -> str:
    """The page of a comparison lesson: what it compares, what to notice, and its base lesson's notes."""
    runs = "".join(f"<li>{escape(tr_core(label))}</li>" for label in lesson.labels)
    base = get_preset(lesson.base)
    return (f"<h3>{escape(tr_core(lesson.title))}</h3>"
            f"<h4>{escape(_tr('Runs, trained side by side'))}</h4><ul>{runs}</ul>"
            f"<h4>{escape(_tr('What to notice'))}</h4><p>{escape(tr_core(lesson.notice))}</p>"
            f"{_sources_html(base.source)}")


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
        for lesson in COMPARISON_LESSONS:  # lessons that are comparisons open as comparisons
            item = QListWidgetItem(tr_core(lesson.title))
            item.setData(Qt.UserRole, lesson.id)
            item.setData(Qt.UserRole + 1, True)
            self.list.addItem(item)
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
        self.comparison_button = QPushButton(self.tr("Open as comparison"))
        self.comparison_button.setObjectName("open_as_comparison")
        self.comparison_button.setToolTip(self.tr("Train this lesson's network beside the variants the notes "
                                                  "compare it with, on one timeline"))
        self.comparison_button.clicked.connect(self._open_as_comparison)
        buttons.addButton(self.comparison_button, QDialogButtonBox.ActionRole)
        self._comparison: str | None = None
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
        if item is None:
            return
        lesson_id = item.data(Qt.UserRole)
        if item.data(Qt.UserRole + 1):
            self.page.setHtml(comparison_html(get_comparison_lesson(lesson_id)))
        else:
            self.page.setHtml(lesson_html(get_preset(lesson_id)))
        self.tour_box.setEnabled(tour_for(lesson_id) is not None)
        self.comparison_button.setEnabled(self._comparison_of(item) is not None)

    def _comparison_of(self, item: QListWidgetItem | None) -> str | None:
        """The comparison lesson the item is, or the first one its preset belongs to."""
        if item is None:
            return None
        if item.data(Qt.UserRole + 1):
            return item.data(Qt.UserRole)
        related = comparisons_of(item.data(Qt.UserRole))
        return related[0].id if related else None

    def _open_as_comparison(self) -> None:
        self._comparison = self._comparison_of(self.list.currentItem())
        if self._comparison is not None:
            self.accept()

    def comparison_id(self) -> str | None:
        """The comparison lesson to open (a comparison item, or "Open as comparison"), else None."""
        item = self.list.currentItem()
        if self._comparison is None and item is not None and item.data(Qt.UserRole + 1):
            return item.data(Qt.UserRole)
        return self._comparison

    def tour_requested(self) -> bool:
        """The selected lesson has a guided tour and the student wants it."""
        return self.tour_box.isEnabled() and self.tour_box.isChecked()

    def selected_id(self) -> str:
        return self.list.currentItem().data(Qt.UserRole)
