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
