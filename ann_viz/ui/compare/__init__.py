"""Compare runs side by side: the dialog that makes a comparison from the open project, the window that
trains and shows it, and opening comparison lessons and files from the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...core.errors import AnnVizError
from ..tr import tr_core
from .dialog import CompareDialog
from .window import CompareWindow

__all__ = ["CompareDialog", "CompareWindow", "open_compare_dialog", "open_comparison", "open_comparison_lesson",
           "open_comparison_file_dialog"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def open_comparison(window, comparison, play: bool = True) -> CompareWindow:
    """Show ``comparison`` in its own window (training at once); a run's Open button opens it in ``window``."""
    view = CompareWindow(comparison, window)
    view.open_run.connect(lambda project, w=window: _open_in_main(w, project))
    view.show()
    if play:
        view.play()
    return view


def _open_in_main(window, project) -> None:
    if window.confirm_discard():
        window.document.replace(project)
        window.raise_()
        window.activateWindow()


def open_compare_dialog(window) -> CompareWindow | None:
    """Tools > Compare Variants...: the open project and the variants picked in the dialog."""
    dialog = CompareDialog(window.document.project, window)
    if not dialog.exec():
        return None
    return open_comparison(window, dialog.comparison())


def open_comparison_lesson(window, lesson_id: str) -> CompareWindow | None:
    from ...core.presets.comparisons import get_comparison_lesson

    lesson = get_comparison_lesson(lesson_id)
    return None if lesson is None else open_comparison(window, lesson.comparison())


def open_comparison_file_dialog(window) -> CompareWindow | None:
    """File > Open Comparison...: a file saved from a comparison window (or written by hand)."""
    from ...core.compare.file import load_comparison

    path, _ = QFileDialog.getOpenFileName(window, _tr("Open comparison"), str(Path.home()),
                                          _tr("ann-viz comparison (*.json)"))
    if not path:
        return None
    try:
        comparison = load_comparison(path)
    except AnnVizError as err:
        QMessageBox.warning(window, _tr("Cannot open the comparison"), tr_core(str(err)))
        return None
    return open_comparison(window, comparison)
