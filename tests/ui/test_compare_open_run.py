"""A comparison's run opened in the main window is the run that was trained: the same number of epochs
(a comparison lesson trains for its own count, not its base lesson's)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ann_viz.core.presets import get_preset


def test_open_in_main_window_keeps_the_comparisons_epochs(qtbot, window):
    from ann_viz.ui import compare as compare_ui

    view = compare_ui.open_comparison_lesson(window, "compare-sigmoid-relu")
    view.controller.pause()
    assert get_preset("xor-deep-sigmoid").project().config.epochs != view.comparison.epochs  # 10001 vs 3001
    qtbot.mouseClick(view.panels[1].open_button, Qt.LeftButton)
    project = window.document.project
    assert project.config.epochs == view.comparison.epochs == 3001
    assert project.config.lr == 0.1  # the ReLU run's own change is kept
    qtbot.waitUntil(lambda: window.controller.state == "idle", timeout=60_000)
    assert f"/ {view.comparison.epochs}" in window.training_panel.epoch_label.text()
    view.close()


def test_a_click_on_the_timeline_moves_it_a_visible_step(qtbot):
    """A click beside the handle moved 10 of 3001 epochs (Qt's default page step): nothing seemed to happen."""
    from ann_viz.core.presets.comparisons import get_comparison_lesson
    from ann_viz.ui.compare import CompareWindow

    view = CompareWindow(get_comparison_lesson("compare-sigmoid-relu").comparison())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    slider = view.slider
    slider.setValue(slider.maximum())
    qtbot.mouseClick(slider, Qt.LeftButton, pos=slider.rect().center())
    assert slider.maximum() - slider.value() >= view.comparison.epochs // 20
    assert view.epoch_label.text() == f"epoch {slider.value()} of {view.comparison.epochs}"


def test_an_opened_variant_says_it_is_one_in_both_languages(qtbot, window):
    """The ReLU run opened under the sigmoid lesson's page with no word that it is not that lesson, and its
    title stayed English in Korean."""
    from ann_viz.ui import compare as compare_ui
    from ann_viz.ui.language import switch_language

    view = compare_ui.open_comparison_lesson(window, "compare-sigmoid-relu")
    view.controller.pause()
    qtbot.mouseClick(view.panels[1].open_button, Qt.LeftButton)
    page = window.lesson_page.toPlainText()
    assert "variant of this lesson" in page and "ReLU, lr 0.1" in page
    assert window.windowTitle().startswith("Deep: 2-10-10-10-1 sigmoid (vanishing gradient) (ReLU, lr 0.1)")
    try:
        switch_language("ko", window.settings)
        qtbot.waitUntil(lambda: window.windowTitle().startswith("깊은 신경망"), timeout=5_000)
        assert "(ReLU, lr 0.1)" in window.windowTitle()
        assert "변형" in window.lesson_page.toPlainText()
    finally:
        switch_language("en", window.settings)
    view.close()
    window.open_lesson("xor-deep-sigmoid")  # the lesson itself: no such note
    assert "variant of this lesson" not in window.lesson_page.toPlainText()
