"""Guided tours (issue 14): a tour drives the real controls. The student's actions are real button
presses and typed weights; the bubble's text, its ring and the checks' messages are read at each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from ann_viz.core.tours import TOURS
from ann_viz.ui.network.canvas import Target

from test_network_view import open_lesson


def bubble_text(window) -> str:
    return window.tours.bubble.text.text()


def check_text(window) -> str:
    check = window.tours.bubble.check
    return check.text() if check.isVisible() else ""


def ring_target(window) -> str:
    """The objectName of the control inside the ring ("" when there is none)."""
    overlay = window.tours.overlay
    if not overlay.ring.isVisible():
        return ""
    target = overlay.target
    rect = QRect(target.mapTo(window, target.rect().topLeft()), target.size())
    assert overlay.ring.geometry().contains(rect), "the ring is around its control"
    assert not overlay.bubble.geometry().intersects(rect) or target.width() * target.height() > 120_000, \
        "the bubble never covers a button"
    return target.objectName()


def at_step(qtbot, window, index: int, target: str, words: str, timeout=5000) -> None:
    qtbot.waitUntil(lambda: window.tours.index == index, timeout=timeout)
    qtbot.waitUntil(lambda: ring_target(window) == target, timeout=3000)
    assert words in bubble_text(window)


def press_next(qtbot, window) -> None:
    qtbot.mouseClick(window.tours.bubble.next_button, Qt.LeftButton)


def start_tour(qtbot, window, preset: str) -> None:
    open_lesson(qtbot, window, preset)
    window.training_panel.speed.setCurrentIndex(window.training_panel.speed.count() - 1)
    assert window.tours.start(preset)
    assert window.tours.bubble.isVisible()


def test_the_xor_tour_waits_for_each_press_and_reads_the_result(qtbot, window):
    start_tour(qtbot, window, "xor-2-2-1")
    at_step(qtbot, window, 0, "input_plane", "No single straight line")
    assert window.tours.bubble.next_button.text() == "Next"
    press_next(qtbot, window)
    at_step(qtbot, window, 1, "step_epoch_button", "Press Step epoch once")
    assert window.tours.bubble.next_button.text() == "Skip"  # waiting for the student
    qtbot.mouseClick(window.training_panel.step_epoch, Qt.LeftButton)
    qtbot.waitUntil(lambda: "The loss of this first epoch is 0.7" in check_text(window), timeout=20_000)
    assert "ln 2 = 0.6931" in check_text(window)
    assert window.tours.index == 1  # a check waits for Next: time to read it
    press_next(qtbot, window)
    at_step(qtbot, window, 2, "play_button", "press Play")
    qtbot.mouseClick(window.training_panel.play_button, Qt.LeftButton)
    at_step(qtbot, window, 3, "loss", "sits near 0.6931")  # advanced by the press itself
    qtbot.waitUntil(lambda: "Finished: the loss is 0.00" in check_text(window), timeout=120_000)
    press_next(qtbot, window)
    at_step(qtbot, window, 4, "input_plane", "two lines")
    press_next(qtbot, window)
    at_step(qtbot, window, 5, "pred_gold_table", "PRED vs GOLD")
    qtbot.waitUntil(lambda: "PRED reads 0 1 1 0 and accuracy is 1.00" in check_text(window), timeout=10_000)
    assert window.tours.bubble.next_button.text() == "Finish"
    qtbot.mouseClick(window.tours.bubble.back_button, Qt.LeftButton)
    at_step(qtbot, window, 4, "input_plane", "two lines")
    press_next(qtbot, window)
    press_next(qtbot, window)
    assert not window.tours.running() and not window.tours.bubble.isVisible()


def test_the_gates_tour_checks_the_truth_table_after_a_typed_weight(qtbot, window):
    start_tour(qtbot, window, "gate-xor")
    at_step(qtbot, window, 0, "pred_gold_table", "set by hand")
    qtbot.waitUntil(lambda: check_text(window) == "PRED reads 0 1 1 0: XOR, without a single epoch of training.",
                    timeout=10_000)
    press_next(qtbot, window)
    at_step(qtbot, window, 1, "network_canvas", "NAND")
    press_next(qtbot, window)
    at_step(qtbot, window, 2, "network_canvas", "double-click w5")
    panel = window.network_panel
    target = Target("edge", 3, 0, 0, "linear2")  # w5: from NAND to the output
    assert panel.net.weight_label("linear2", 0, 0).startswith("w5")
    canvas_pos = panel.canvas.mapFromGlobal(panel.canvas.mapToGlobal(panel.canvas.rect().center()))
    assert panel.editing.request(target, panel.canvas.mapToGlobal(canvas_pos))  # what a double-click opens
    qtbot.waitUntil(panel.editor.isVisible, timeout=3000)
    panel.editor.clear()
    qtbot.keyClicks(panel.editor, "-2")
    qtbot.keyClick(panel.editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: check_text(window).startswith("PRED is now 0 0 0 0: with w5 = -2"), timeout=15_000)
    press_next(qtbot, window)
    at_step(qtbot, window, 3, "input_plane", "whole square")
    press_next(qtbot, window)
    at_step(qtbot, window, 4, "pred_gold_table", "Ctrl+Z")
    window.undo_action.trigger()  # Edit > Undo (Ctrl+Z needs an active window, which offscreen has not)
    qtbot.waitUntil(lambda: check_text(window).startswith("PRED reads 0 1 1 0 again: XOR is back."), timeout=15_000)
    press_next(qtbot, window)  # Finish
    assert not window.tours.running()


def test_every_tour_target_exists_in_a_fresh_window(window):
    for tour in TOURS.values():
        assert 4 <= len(tour.steps) <= 8, tour.preset
        for step in tour.steps:
            if step.target:
                assert window.findChild(QWidget, step.target) is not None, (tour.preset, step.target)


def test_the_lesson_dialog_offers_the_tour(qtbot, window):
    from ann_viz.ui.lessons import LessonDialog

    dialog = LessonDialog(window, "perceptron-xor")
    qtbot.addWidget(dialog)
    assert dialog.tour_requested()
    dialog.list.setCurrentRow([i for i in range(dialog.list.count())
                               if dialog.list.item(i).data(Qt.UserRole) == "residual"][0])
    assert not dialog.tour_box.isEnabled() and not dialog.tour_requested()
