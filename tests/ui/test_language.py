"""The interface language: Korean on the spot (every open window follows, nothing else changes),
back to English exactly, remembered in the settings, and Hangul that renders."""

from __future__ import annotations

import gc
import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QFontDatabase, QRawFont
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox, QDockWidget, QGroupBox, QLabel,
                               QMenu, QPushButton, QTableWidget, QToolButton, QWidget)

from ann_viz.ui import language, tr
from ann_viz.ui.language import hangul_family, manager, startup_language

HANGUL = re.compile(r"[\uac00-\ud7a3]")
SCREENSHOT = "/tmp/ann_viz_ko.png"


@pytest.fixture
def english(qapp):
    """Whatever a test switches to, the next test starts in English with the original font."""
    font = QApplication.font()
    manager().set_language("en")
    yield
    manager().set_language("en")
    tr._matchers.clear()  # templates read from the real catalog: other tests use their own
    assert QApplication.font() == font


def texts(window: QWidget) -> dict[str, str]:
    """Every word the window and its children show (menus, docks, buttons, labels, tooltips, items)."""
    found = {}
    for i, action in enumerate(window.findChildren(QAction)):
        found[f"action {i} {action.objectName()}"] = action.text()
    for i, widget in enumerate(window.findChildren(QWidget)):
        key = f"{type(widget).__name__} {i}"
        if isinstance(widget, QDockWidget):
            found[key] = widget.windowTitle()
        elif isinstance(widget, QMenu):
            found[key] = widget.title()
        elif isinstance(widget, (QLabel, QAbstractButton)):
            found[key] = widget.text()
        elif isinstance(widget, QGroupBox):
            found[key] = widget.title()
        elif isinstance(widget, QComboBox):
            found[key] = " | ".join(widget.itemText(k) for k in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            found[key] = " | ".join(widget.horizontalHeaderItem(k).text() for k in range(widget.columnCount())
                                    if widget.horizontalHeaderItem(k) is not None)
        if widget.toolTip():
            found[key + " tip"] = widget.toolTip()
    return found


def dock_layout(window) -> dict:
    """Where each dock is, what it is tabbed with, and whether it shows."""
    return {d.objectName(): (window.dockWidgetArea(d), d.isVisible(), d.isFloating(),
                             sorted(t.objectName() for t in window.tabifiedDockWidgets(d)))
            for d in window.findChildren(QDockWidget)}


def settle(qtbot) -> None:
    qtbot.wait(300)  # plane frames, the deferred fit and rate-limited corner texts arrive
    QApplication.processEvents()


def hangul(text: str) -> bool:
    return bool(HANGUL.search(text))


def test_switching_retranslates_the_open_window_and_keeps_its_state(window, qtbot, english):
    window.inspector.set_target(window.document.graph, "linear1" if "linear1" in window.document.graph.nodes
                                else next(iter(window.document.graph.nodes)), window.document.undo_stack)
    window.training_panel.step_epoch.click()
    qtbot.waitUntil(lambda: window.controller.latest is not None and window.controller.latest.epoch >= 1,
                    timeout=10000)
    window.add_kind("relu", window.view.visible_scene_rect().center())  # an undo step to keep
    settle(qtbot)
    before, layout = texts(window), dock_layout(window)
    undo_count, project = window.document.undo_stack.count(), window.document.project
    epoch = window.controller.latest.epoch

    window.set_language("ko")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "파일(&F)" and all(hangul(m) for m in menus), menus
    for dock in (window.palette_dock, window.lesson_dock, window.training_dock, window.inspector_dock,
                 window.settings_dock, window.loss_dock, window.gradient_dock, window.metrics_dock,
                 window.network_dock, *window.plane_docks):
        assert hangul(dock.windowTitle()), dock.objectName()
        assert hangul(dock.toggleViewAction().text())  # the View menu's entries too
    panel = window.training_panel
    buttons = (panel.play_button, panel.step_epoch, panel.reset_button)
    assert [b.text() for b in buttons] == ["재생", "에포크 한 번", "초기화"]
    assert hangul(panel.epoch_label.text()) and hangul(panel.phase_label.text())
    assert window.settings_form.form.labelForField(window.settings_form.lr).text() == "학습률"
    assert window.settings_form.device.itemText(0) == "자동 (가능하면 CUDA)"
    assert window.settings_form.optimizer.itemText(window.settings_form.optimizer.findData("adam")) == "Adam"
    assert window.palette.topLevelItem(2).text(0) == "활성화 함수"
    assert hangul(window.lesson_page.toPlainText())
    assert window.loss_plot.plot.getAxis("bottom").labelText == "에포크"
    assert window.gradient_plot.plot.getAxis("bottom").labelText == "에포크"
    assert hangul(window.validity_label.text()) and hangul(window.device_label.text())
    assert hangul(window.inspector._form.labelForField(window.inspector.name_edit).text())  # the shown layer's form
    assert window.undo_action.text() == "층 추가 실행 취소(&U)"  # the step added before the switch
    assert hangul(window.network_panel.info.text()) and hangul(window.network_panel.controls.edges_label.text())
    assert hangul(window.network_panel.controls.quantity.currentText())
    assert hangul(window.input_plane.show_lines.text()) and hangul(window.hidden_space.layer_label.text())
    assert window.language_actions["ko"].isChecked() and not window.language_actions["en"].isChecked()
    # the state stays: project, undo history, trained weights, dock layout
    assert window.document.project is project and window.document.undo_stack.count() == undo_count
    assert window.controller.latest.epoch == epoch and dock_layout(window) == layout

    window.set_language("en")
    settle(qtbot)
    after = texts(window)
    changed = {k: (before[k], after.get(k)) for k in before if before[k] != after.get(k)}
    assert not changed, changed  # English again, word for word
    # Every dock where it was. (Not byte-equal saveState(): Qt widens a tabbed dock group for
    # its longer Korean tab titles and keeps that width when the titles shrink again.)
    assert dock_layout(window) == layout


def test_the_choice_is_remembered_and_the_system_locale_is_the_default(window, tmp_path, english):
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.IniFormat)
    assert startup_language(fresh, {"LANG": "ko_KR.UTF-8"}) == "ko"
    assert startup_language(fresh, {"LANG": "de_DE.UTF-8"}) == "en"
    window.set_language("ko")
    assert window.settings.value("language") == "ko" and manager().language == "ko"
    assert startup_language(window.settings, {"LANG": "en_US.UTF-8"}) == "ko"  # the choice beats the locale
    window.language_actions["en"].trigger()
    assert window.settings.value("language") == "en" and manager().language == "en"
    assert window.menuBar().actions()[0].text() == "&File"


def test_other_open_windows_follow(window, qtbot, english):
    from ann_viz.ui.sweep import open_sweep_dialog

    dialog = open_sweep_dialog(window)
    qtbot.addWidget(dialog)
    english_title = dialog.windowTitle()
    window.set_language("ko")
    assert dialog.windowTitle() == "시드 스윕" and dialog.run_button.text() == "실행"
    assert dialog.pickers[1].itemText(0) == "(없음)" and dialog.pickers[0].itemText(0) == "현재 네트워크"
    assert all(hangul(dialog.table.horizontalHeaderItem(k).text()) for k in range(4))
    window.set_language("en")
    assert dialog.windowTitle() == english_title == "Seed Sweep"
    dialog.close()


def test_english_plural_forms(english):
    from ann_viz.ui.editor.node_item import _count

    assert _count("%n unit(s)", 1) == "1 unit" and _count("%n unit(s)", 3) == "3 units"
    manager().set_language("ko")
    assert _count("%n unit(s)", 3) == "유닛 3개"


def test_core_messages_follow_the_language(english):
    from ann_viz.ui.tr import tr_core

    manager().set_language("ko")
    translated = tr_core("The network is not ready to train.")
    assert hangul(translated)
    manager().set_language("en")
    assert tr_core("The network is not ready to train.") == "The network is not ready to train."


def _uncovered(font, chars: set[str]) -> set[str]:
    """The Hangul syllables no family of the font has a glyph for (they would show as boxes)."""
    raws = [QRawFont.fromFont(_family(font, f)) for f in font.families()]  # one family each, no fallback
    missing = {ch for ch in chars if not any(raw.supportsCharacter(ord(ch)) for raw in raws)}
    raws.clear()  # now, while their font engines live (collected later, after a font change, they crash)
    gc.collect()
    return missing


def _family(font, family):
    copy = type(font)(font)
    copy.setFamilies([family])
    return copy


def test_korean_screenshot_shows_hangul(window, qtbot, english):
    if hangul_family() is None:
        pytest.skip("no font with Hangul installed (Debian: fonts-nanum)")
    window.resize(1400, 860)
    window.set_language("ko")
    assert QApplication.font().families()[0] == hangul_family()
    settle(qtbot)
    image = window.grab()
    assert image.save(SCREENSHOT, "PNG")
    shown = texts(window)
    assert sum(hangul(t) for t in shown.values()) > 100
    syllables = {ch for text in shown.values() for ch in HANGUL.findall(text)}
    assert len(syllables) > 200 and not _uncovered(QApplication.font(), syllables)
    latin = [f for f in QFontDatabase.families() if QFontDatabase.Korean not in QFontDatabase.writingSystems(f)]
    if latin:  # the check can fail: a font without Hangul has no glyph for it
        assert _uncovered(_family(QApplication.font(), latin[0]), {"한"}) == {"한"}
    # no clipped words: buttons and check boxes are at least as wide as their text wants
    for button in window.findChildren(QAbstractButton):
        if isinstance(button, (QPushButton, QToolButton, QCheckBox)) and button.isVisible() and hangul(button.text()):
            assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_language_names_and_catalogs_are_found():
    assert language.LANGUAGE_NAMES == {"en": "English", "ko": "한국어"}
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # no catalog installed: the source
