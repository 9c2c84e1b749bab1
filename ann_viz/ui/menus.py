"""The main window's menus: File, Edit, View, Tools, Help (each entry translated again on a language switch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ..core.presets import PRESETS
from .language import LANGUAGE_NAMES, manager
from .tour.install import start_tour_of_open_lesson
from .tr import tr_core
from .workspace import BUILD, WATCH
from .workspace.arrange import window_docks


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_menu(window, parent, title) -> QMenu:
    """``title``: a function giving the translated title."""
    menu = parent.addMenu("")
    window.bind_text(menu.setTitle, title)
    return menu


def add_action(window, menu: QMenu, text, slot, shortcut=None) -> QAction:
    """``text``: a function giving the translated text (menu entries), or a string (file paths)."""
    action = QAction(window)
    window.bind_text(action.setText, text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _compare():
    """The comparison's dialogs and window, imported on first use."""
    from . import compare
    return compare


def build_menus(window) -> None:
    """File, Edit, View (with the Build / Watch switch and each dock), Tools, Help."""
    bar = window.menuBar()
    file = add_menu(window, bar, lambda: _tr("&File"))
    add_action(window, file, lambda: _tr("&New"), window.new_project, QKeySequence.New)
    add_action(window, file, lambda: _tr("&Open..."), window.open_dialog, QKeySequence.Open)
    add_action(window, file, lambda: _tr("Open &Lesson..."), window.open_lesson_dialog, "Ctrl+L")
    add_action(window, file, lambda: _tr("Open Co&mparison..."), lambda: _compare().open_comparison_file_dialog(window))
    window.recent_menu = add_menu(window, file, lambda: _tr("Open &Recent"))
    file.addSeparator()
    add_action(window, file, lambda: _tr("&Save"), window.save, QKeySequence.Save)
    add_action(window, file, lambda: _tr("Save &As..."), window.save_as, QKeySequence.SaveAs)
    add_action(window, file, lambda: _tr("&Export..."), window.export_dialog, "Ctrl+E")
    add_action(window, file, lambda: _tr("Export &Film..."), window.export_film)
    add_action(window, file, lambda: _tr("Import &Weights..."), window.import_weights_dialog)
    file.addSeparator()
    add_action(window, file, lambda: _tr("&Quit"), window.close, QKeySequence.Quit)

    edit = add_menu(window, bar, lambda: _tr("&Edit"))
    stack = window.document.undo_stack
    window.undo_action = add_action(window, edit, window._undo_text, stack.undo, QKeySequence.Undo)
    window.redo_action = add_action(window, edit, window._redo_text, stack.redo, QKeySequence.Redo)
    redo_keys = QKeySequence.keyBindings(QKeySequence.Redo)  # Ctrl+Shift+Z here; Ctrl+Y too, as students expect
    window.redo_action.setShortcuts(redo_keys + [k for k in (QKeySequence("Ctrl+Y"),) if k not in redo_keys])
    for action, signal, enabled in ((window.undo_action, stack.canUndoChanged, stack.canUndo()),
                                    (window.redo_action, stack.canRedoChanged, stack.canRedo())):
        action.setEnabled(enabled)
        signal.connect(action.setEnabled)
    stack.undoTextChanged.connect(window._undo_text_changed)
    stack.redoTextChanged.connect(window._redo_text_changed)
    edit.addSeparator()
    add_action(window, edit, lambda: _tr("Cu&t"), window.cut, QKeySequence.Cut)
    add_action(window, edit, lambda: _tr("&Copy"), window.copy, QKeySequence.Copy)
    add_action(window, edit, lambda: _tr("&Paste"), window.paste, QKeySequence.Paste)
    add_action(window, edit, lambda: _tr("&Delete"), window.delete_selection, QKeySequence.Delete)
    add_action(window, edit, lambda: _tr("D&uplicate"), window.duplicate, "Ctrl+D")
    add_action(window, edit, lambda: _tr("Select &All"), window.select_all, QKeySequence.SelectAll)

    view = add_menu(window, bar, lambda: _tr("&View"))
    workspace = window.workspace
    view.addActions([workspace.actions[BUILD], workspace.actions[WATCH], workspace.toggle_action,
                     workspace.reset_action])
    view.addSeparator()
    add_action(window, view, lambda: _tr("Zoom &In"), lambda: window.view.zoom(1.25), QKeySequence.ZoomIn)
    add_action(window, view, lambda: _tr("Zoom &Out"), lambda: window.view.zoom(0.8), QKeySequence.ZoomOut)
    add_action(window, view, lambda: _tr("&Fit to Window"), window.view.fit, "Ctrl+0")
    add_action(window, view, lambda: _tr("&Auto-layout"), window.auto_layout, "Ctrl+Shift+L")
    view.addSeparator()
    window.dark_action = add_action(window, view, lambda: _tr("&Dark Theme"), window._toggle_dark)
    window.dark_action.setCheckable(True)
    view.addSeparator()
    for dock in window_docks(window).values():  # every dock, a later one too
        view.addAction(dock.toggleViewAction())
    window.view_menu = view
    build_language_menu(window, view)

    tools = add_menu(window, bar, lambda: _tr("&Tools"))
    add_action(window, tools, lambda: _tr("Seed &Sweep..."), window.open_seed_sweep)
    add_action(window, tools, lambda: _tr("&Compare Variants..."), lambda: _compare().open_compare_dialog(window),
               "Ctrl+Shift+K")
    window.compare_action = QAction(window)  # the same, as a button in the menu bar's corner (no mnemonic)
    window.bind_text(window.compare_action.setText, lambda: _tr("Compare Variants"))
    window.bind_text(window.compare_action.setToolTip,
                     lambda: _tr("Train variants of this project side by side: another activation, width, depth, "
                                 "optimizer, learning rate, regulariser, initialisation or seed"))
    window.compare_action.triggered.connect(lambda: _compare().open_compare_dialog(window))

    help_menu = add_menu(window, bar, lambda: _tr("&Help"))
    lessons = add_menu(window, help_menu, lambda: _tr("&Lessons"))
    for preset in PRESETS:
        add_action(window, lessons, lambda p=preset: tr_core(p.title),
                   lambda _=False, p=preset.id: window.show_lesson_help(p))
    add_action(window, help_menu, lambda: _tr("&Guided Tour"), lambda: start_tour_of_open_lesson(window))
    add_action(window, help_menu, lambda: _tr("&About ann-viz"), window.about)


def build_language_menu(window, view: QMenu) -> None:
    """View > Language: English / 한국어 (each name in its own language), applied at once."""
    window.language_menu = add_menu(window, view, lambda: _tr("&Language"))
    window.language_actions: dict[str, QAction] = {}
    group = QActionGroup(window)
    for language, name in LANGUAGE_NAMES.items():
        action = add_action(window, window.language_menu, name,
                            lambda _=False, lang=language: window.set_language(lang))
        action.setCheckable(True)
        action.setChecked(language == manager().language)
        group.addAction(action)
        window.language_actions[language] = action
