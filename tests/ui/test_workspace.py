"""The Build / Watch layouts: one click switches, each project keeps its mode, lessons open in Watch,
and at 1280x720 (a 1280x680 client) in English and Korean the window fits, nothing is cut, and it
never grows by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from ann_viz.ui.language import manager
from ann_viz.ui.workspace import BUILD, WATCH
from ann_viz.ui.workspace.arrange import window_docks

CLIENT = (1280, 680)  # 1280x720 less the window's title bar


def arranged(qtbot, window, mode: str) -> None:
    qtbot.waitUntil(lambda: window.workspace.arranged and window.workspace.mode == mode, timeout=5_000)
    qtbot.wait(50)  # the second sizing pass (once the dock areas settled)


def visible(window) -> set[str]:
    return {name for name, dock in window_docks(window).items() if dock.isVisible()}


def area(widget: QWidget) -> int:
    return widget.width() * widget.height()


def at_client_size(qtbot, window) -> None:
    window.resize(*CLIENT)
    qtbot.waitUntil(lambda: window.size().toTuple() == CLIENT, timeout=5_000)


@pytest.fixture
def korean():
    manager().set_language("ko")
    yield
    manager().set_language("en")


def click_mode(qtbot, window, mode: str) -> None:
    """Press the mode's button in the menu bar's corner, as a user would."""
    bar = window.menuBar().cornerWidget(Qt.TopRightCorner)
    button = bar.widgetForAction(window.workspace.actions[mode])
    assert button.isVisible() and button.text() == {BUILD: "Build", WATCH: "Watch"}[mode]
    qtbot.mouseClick(button, Qt.LeftButton)


def test_a_click_switches_which_views_are_large(qtbot, window):
    at_client_size(qtbot, window)
    arranged(qtbot, window, WATCH)  # the start-up project is a lesson
    watch = visible(window)
    assert {"neurons", "input_plane", "loss", "training"} <= watch
    assert not {"palette", "inspector"} & watch and not window.view.isVisible()
    plane_in_watch = area(window.plane_docks[0])
    neurons_in_watch = area(window.network_dock)
    click_mode(qtbot, window, BUILD)
    arranged(qtbot, window, BUILD)
    build = visible(window)
    assert {"palette", "inspector", "lesson", "training", "loss"} <= build and "neurons" not in build
    assert window.view.isVisible() and window.view.width() >= 0.4 * window.width()
    assert window.view.height() >= 0.55 * window.height()  # the editor large (it was 147 px tall)
    assert area(window.plane_docks[0]) < plane_in_watch
    click_mode(qtbot, window, WATCH)
    arranged(qtbot, window, WATCH)
    assert visible(window) == watch and not window.view.isVisible()
    assert area(window.network_dock) >= 0.8 * neurons_in_watch
    assert window.plane_docks[0].width() >= 0.3 * window.width() and window.plane_docks[0].height() >= 350
    assert window.size().toTuple() == CLIENT  # switching never resizes the window


def test_the_view_menu_and_shortcut_switch_too(qtbot, window):
    arranged(qtbot, window, WATCH)
    toggle = window.workspace.toggle_action
    assert toggle in window.view_menu.actions() and toggle.shortcut().toString() == "Ctrl+M"
    toggle.trigger()
    arranged(qtbot, window, BUILD)
    assert window.workspace.actions[BUILD].isChecked() and not window.workspace.actions[WATCH].isChecked()
    window.workspace.actions[WATCH].trigger()
    arranged(qtbot, window, WATCH)


def test_each_mode_keeps_the_users_own_changes(qtbot, window):
    arranged(qtbot, window, WATCH)
    window.metrics_dock.raise_()  # the student looks at the metrics tab in Watch
    window.workspace.set_mode(BUILD)
    arranged(qtbot, window, BUILD)
    window.workspace.set_mode(WATCH)
    arranged(qtbot, window, WATCH)
    assert not window.metrics_dock.visibleRegion().isEmpty() and window.gradient_dock.visibleRegion().isEmpty()
    window.workspace.reset_action.trigger()
    qtbot.wait(50)
    assert window.gradient_dock.visibleRegion().isEmpty() is False


def test_a_lesson_opens_in_watch(qtbot, window, monkeypatch):
    from ann_viz.ui.lessons import LessonDialog

    window.new_project()
    arranged(qtbot, window, BUILD)  # a new project is for building
    assert window.view.isVisible()
    monkeypatch.setattr(LessonDialog, "exec", lambda self: True)
    monkeypatch.setattr(LessonDialog, "selected_id", lambda self: "perceptron-xor")
    window.open_lesson_dialog()  # File > Open Lesson...
    arranged(qtbot, window, WATCH)
    assert window.document.project.preset == "perceptron-xor"
    assert {"neurons", "input_plane", "loss"} <= visible(window) and not window.view.isVisible()


def test_a_project_reopens_in_the_mode_it_was_saved_in(qtbot, window, tmp_path):
    arranged(qtbot, window, WATCH)
    window.workspace.set_mode(BUILD)
    path = tmp_path / "mine.annviz.json"
    assert window._save_to(path)
    window.open_lesson("xor-wide-2-10-1")
    arranged(qtbot, window, WATCH)
    assert window.open_path(str(path))
    arranged(qtbot, window, BUILD)
    window.workspace.set_mode(WATCH)  # kept for the file as soon as it changes
    window.open_lesson("xor-2-2-1")
    assert window.open_path(str(path))
    arranged(qtbot, window, WATCH)
    settings = QSettings(window.settings.fileName(), QSettings.IniFormat)  # another start of the app
    from ann_viz.ui.workspace.switch import Workspace
    assert Workspace(window, settings).mode_for(path, None) == WATCH


def fits(window) -> list[str]:
    """Every visible widget that sticks out of the window, or a label or button whose text is wider
    than the widget (one-line texts; wrapped labels wrap)."""
    problems = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window or widget.visibleRegion().isEmpty():
            continue  # hidden, its own window, or a tab behind another
        top_left = widget.mapTo(window, widget.rect().topLeft())
        if not frame.contains(top_left) or widget.width() > frame.width() or widget.height() > frame.height():
            problems.append(f"{type(widget).__name__} {widget.objectName()} outside the window")
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        if text and "<" not in text and "\n" not in text and not getattr(widget, "wordWrap", lambda: False)():
            needed = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
            if needed > widget.contentsRect().width() + 2:
                problems.append(f"{type(widget).__name__} {text!r}: {needed} px in {widget.contentsRect().width()}")
    return problems


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_1280x720_the_window_fits_in_both_modes_and_languages(qtbot, window, language, request):
    if language == "ko":
        request.getfixturevalue("korean")
    at_client_size(qtbot, window)
    for mode in (WATCH, BUILD, WATCH):
        window.workspace.set_mode(mode)
        arranged(qtbot, window, mode)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= CLIENT[0] and hint.height() <= CLIENT[1], (mode, hint)
        assert window.size().toTuple() == CLIENT, mode
        assert fits(window) == [], mode
        scroll = window.training_dock.widget()
        assert not scroll.horizontalScrollBar().isVisible(), mode  # Play, Step, the epoch: all in sight


@pytest.mark.parametrize("size, language", [(CLIENT, "en"), (CLIENT, "ko"), ((1920, 1040), "ko")])
def test_the_neuron_legend_shows_every_row_and_word_in_watch(qtbot, window, size, language, request):
    """Below the drawing (1280) or beside it (1920): every row in sight, no entry past the edge."""
    from ann_viz.ui.network.legend import GLYPH

    if language == "ko":
        request.getfixturevalue("korean")
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=5_000)
    arranged(qtbot, window, WATCH)
    window.workspace.reset()  # the Watch layout for this size
    qtbot.wait(100)
    legend = window.network_panel.legend
    qtbot.waitUntil(lambda: legend.isVisible(), timeout=5_000)
    shown = legend.visibleRegion().boundingRect()
    needed = legend.heightForWidth(legend.width())  # its rows, wrapped to the width it has
    assert shown.width() == legend.width() and shown.height() >= needed, (shown, needed)
    metrics = legend.fontMetrics()
    for _kind, text, pos in legend._layout(legend.width()):
        assert pos.x() + GLYPH + 4 + metrics.horizontalAdvance(text) <= legend.width(), text


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_lessons_node_text_fits_its_node(qtbot, language, request):
    """Label, output width, name and parameters of every node in every lesson, in the editor's font:
    made smaller where needed, never cut ("explic", "predicte" were)."""
    from ann_viz.core.presets import PRESETS
    from ann_viz.ui.editor.node_item import NodeItem, fitted

    if language == "ko":
        request.getfixturevalue("korean")
    font = QApplication.font()
    cut = []
    for preset in PRESETS:
        for node in preset.project().graph.nodes.values():
            item = NodeItem(node)
            item.set_state(784, "")  # the widest output count of the lessons
            for rect, _align, text, bold in item.texts(font):
                face = QFont(font)
                face.setBold(bold)
                small, shown = fitted(face, text, rect.width())
                if shown != text or QFontMetricsF(small).horizontalAdvance(shown) > rect.width():
                    cut.append(f"{preset.id}: {text!r}")
    assert cut == []


def test_a_growing_count_in_the_confusion_matrix_is_never_elided(qtbot, window):
    """Counts grow while training (the digits lesson: from 9 to 1000s): the column grows with them."""
    from ann_viz.ui.training.metrics_panel import _fill

    table = window.metrics_panel.confusion
    labels = ["0", "1"]
    _fill(table, [["1", "0"], ["0", "2"]], labels, labels)
    _fill(table, [["123456789", "0"], ["0", "2"]], labels, labels)  # same shape: updated in place
    item = table.item(0, 0)
    assert table.fontMetrics().horizontalAdvance(item.text()) <= table.columnWidth(0)


def test_a_dock_added_later_slots_into_both_layouts(qtbot, window, monkeypatch):
    """A new panel (a data dock, say) names its places with assign_dock; one that names none joins
    each layout's spare group, so no dock is ever lost."""
    import copy

    from PySide6.QtWidgets import QDockWidget

    from ann_viz.ui.workspace import assign_dock, places

    monkeypatch.setattr(places, "LAYOUTS", copy.deepcopy(places.LAYOUTS))
    monkeypatch.setattr(places, "_HIDDEN", {mode: set() for mode in places.MODES})
    arranged(qtbot, window, WATCH)
    docks = {}
    for name in ("data", "extra"):
        docks[name] = QDockWidget(name, window)
        docks[name].setObjectName(name)
        docks[name].setWidget(QLabel(name))
        window.addDockWidget(Qt.RightDockWidgetArea, docks[name])
    assign_dock("data", build="inspector", watch=None)
    window.workspace.reset()
    qtbot.wait(50)
    assert not docks["data"].isVisible()  # hidden in Watch
    assert docks["extra"] in window.tabifiedDockWidgets(window.lesson_dock)  # Watch's spare group
    window.workspace.set_mode(BUILD)
    arranged(qtbot, window, BUILD)
    window.workspace.reset()
    qtbot.wait(50)
    assert docks["data"] in window.tabifiedDockWidgets(window.inspector_dock)
    assert docks["extra"] in window.tabifiedDockWidgets(window.inspector_dock)  # Build's spare group
