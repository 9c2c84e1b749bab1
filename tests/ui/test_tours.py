"""Guided tours (issue 14): a tour drives the real controls. The student's actions are real button
presses and typed weights; the bubble's text, its ring and the checks' messages are read at each step."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

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
    seen = overlay.target_rect()  # the part in sight (a table may be half scrolled out of its dock)
    assert overlay.ring.geometry().contains(seen), "the ring is around its control"
    if isinstance(target, QPushButton):
        whole = QRect(target.mapTo(window, target.rect().topLeft()), target.size())
        # The whole button, or what a dock narrower than its panel leaves of it (dragged elsewhere).
        assert whole.contains(seen) and seen.height() == whole.height() and seen.width() >= 0.9 * whole.width()
        assert not overlay.bubble.geometry().intersects(seen), "the bubble never covers the button to press"
    return target.objectName()


def w5(panel) -> Target:
    """The edge w5: the first output neuron's weight from the first hidden neuron (layer linear2)."""
    column = next(c.index for c in panel.net.columns if c.head == "linear2")
    assert panel.net.weight_label("linear2", 0, 0).startswith("w5")
    return Target("edge", column, 0, 0, "linear2")


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
    # A slow start (a loaded machine) may still be building the trainer: the button is off until then.
    qtbot.waitUntil(window.training_panel.step_epoch.isEnabled, timeout=60_000)
    qtbot.mouseClick(window.training_panel.step_epoch, Qt.LeftButton)
    qtbot.waitUntil(lambda: "The loss of this first epoch is 0.7" in check_text(window), timeout=20_000)
    assert "ln 2 = 0.6931" in check_text(window)
    assert window.tours.index == 1  # a check waits for Next: time to read it
    press_next(qtbot, window)
    at_step(qtbot, window, 2, "play_button", "press Play")
    qtbot.waitUntil(window.training_panel.play_button.isEnabled, timeout=60_000)
    qtbot.mouseClick(window.training_panel.play_button, Qt.LeftButton)
    at_step(qtbot, window, 3, "loss", "sits near 0.6931")  # advanced by the press itself
    qtbot.waitUntil(lambda: "Finished: the loss is 0.00123. The flat part" in check_text(window), timeout=120_000)
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
    target = w5(panel)  # from NAND to the output
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


def test_the_perceptron_tour_says_why_the_loss_is_stuck(qtbot, window):
    start_tour(qtbot, window, "perceptron-xor")
    at_step(qtbot, window, 0, "network_canvas", "no hidden layer")
    press_next(qtbot, window)
    at_step(qtbot, window, 1, "play_button", "Press Play")
    qtbot.mouseClick(window.training_panel.play_button, Qt.LeftButton)
    at_step(qtbot, window, 2, "loss", "until the run has finished")
    qtbot.waitUntil(lambda: check_text(window).startswith("The loss is still 0.6931: why? It is stuck at ln 2"),
                    timeout=120_000)
    press_next(qtbot, window)
    at_step(qtbot, window, 3, "network_canvas", "almost 0")
    weights = window.controller.latest.params["linear1.weight"]
    assert abs(weights).max() < 1e-6  # what the step says the student will read
    assert abs(window.controller.latest.params["linear1.bias"]).max() < 1e-6
    press_next(qtbot, window)
    at_step(qtbot, window, 4, "pred_gold_table", "rounding noise")
    rows = window.metrics_panel.rows
    assert {rows.item(i, 0).text() for i in range(4)} == {"0.5"}  # the output column, as the step says
    qtbot.waitUntil(lambda: "): chance, not learning. XOR needs a hidden layer" in check_text(window),
                    timeout=10_000)


def test_the_worked_example_tour_follows_each_phase(qtbot, window):
    start_tour(qtbot, window, "worked-2-2-2")
    press_next(qtbot, window)
    phase = window.training_panel.step_phase
    at_step(qtbot, window, 1, "step_phase_button", "forward pass")
    qtbot.mouseClick(phase, Qt.LeftButton)
    at_step(qtbot, window, 2, "step_phase_button", "the loss compares", timeout=20_000)
    qtbot.mouseClick(phase, Qt.LeftButton)
    qtbot.waitUntil(lambda: check_text(window).startswith("The loss is 0.0240: the mean of"), timeout=10_000)
    press_next(qtbot, window)
    at_step(qtbot, window, 3, "step_phase_button", "backward pass")
    qtbot.mouseClick(phase, Qt.LeftButton)
    at_step(qtbot, window, 4, "chain_rule_text", "Hover the edge w5")
    panel = window.network_panel
    panel._hovered(w5(panel), panel.canvas.mapToGlobal(panel.canvas.rect().center()))  # what a hover does
    assert "w5" in panel.info.text()  # the ringed text now holds w5's chain rule
    press_next(qtbot, window)
    at_step(qtbot, window, 5, "step_phase_button", "update")
    qtbot.mouseClick(phase, Qt.LeftButton)
    qtbot.waitUntil(lambda: "The tour is over" in check_text(window), timeout=10_000)
    assert window.tours.bubble.next_button.text() == "Finish"


def test_the_ring_follows_its_control_and_never_takes_its_clicks(qtbot, window):
    start_tour(qtbot, window, "xor-2-2-1")
    press_next(qtbot, window)
    at_step(qtbot, window, 1, "step_epoch_button", "Step epoch")
    button = window.training_panel.step_epoch
    before = window.tours.overlay.ring.geometry()
    window.resize(1200, 700)  # narrower, still wide enough for the training panel (1280x720 is the target)
    qtbot.waitUntil(lambda: window.tours.overlay.ring.geometry() != before, timeout=3000)
    assert ring_target(window) == "step_epoch_button"
    moved = window.tours.overlay.ring.geometry()
    window.addDockWidget(Qt.BottomDockWidgetArea, window.training_dock)  # the student drags the dock
    qtbot.waitUntil(lambda: window.tours.overlay.ring.geometry() != moved, timeout=3000)
    assert ring_target(window) == "step_epoch_button"
    centre = button.mapTo(window, button.rect().center())
    assert window.childAt(centre) is button  # the ring lets the click through
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "The loss of this first epoch" in check_text(window), timeout=20_000)


def test_the_bubble_speaks_korean_and_help_restarts_the_tour(qtbot, window):
    from ann_viz.ui.language import manager

    start_tour(qtbot, window, "gate-xor")
    press_next(qtbot, window)
    try:
        window.set_language("ko")
        qtbot.waitUntil(lambda: "NAND(가중치 -0.5, -0.5, 편향 0.7)" in bubble_text(window), timeout=3000)
        assert window.tours.bubble.next_button.text() == "다음"
        assert "5단계 중 2" in window.tours.bubble.title.text()
    finally:
        manager().set_language("en")
    qtbot.waitUntil(lambda: "NAND (weights -0.5" in bubble_text(window), timeout=3000)
    qtbot.mouseClick(window.tours.bubble.exit_button, Qt.LeftButton)
    assert not window.tours.running() and not window.tours.overlay.ring.isVisible()
    guided = [a for a in window.findChildren(QAction) if a.text() == "&Guided Tour"]
    guided[0].trigger()
    assert window.tours.running() and window.tours.index == 0
    window.tours.exit()
    open_lesson(qtbot, window, "residual")
    guided[0].trigger()
    assert not window.tours.running()
    assert "no guided tour" in window.statusBar().currentMessage()


def test_opening_the_relu_lesson_continues_the_sigmoid_tour_there(qtbot, window):
    start_tour(qtbot, window, "xor-deep-sigmoid")
    for _ in range(3):
        press_next(qtbot, window)  # Next, then Skip past the run
    at_step(qtbot, window, 3, "", "open the lesson 'Deep: the same network with ReLU'")
    assert window.tours.bubble.next_button.text() == "Skip"
    open_lesson(qtbot, window, "xor-deep-relu")
    qtbot.waitUntil(lambda: window.tours.running() and window.tours.tour.preset == "xor-deep-relu", timeout=3000)
    at_step(qtbot, window, 0, "gradients", "with ReLU instead of sigmoid")
    open_lesson(qtbot, window, "residual")  # any other lesson: the tour no longer applies
    assert not window.tours.running()


def test_open_lesson_with_the_tour_box_checked_starts_the_tour(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ann_viz.ui.lessons import LessonDialog

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LessonDialog)
        row = [i for i in range(dialog.list.count()) if dialog.list.item(i).data(Qt.UserRole) == "gate-xor"][0]
        dialog.list.setCurrentRow(row)
        assert dialog.list.item(row).text().endswith("· guided tour") and dialog.tour_box.isChecked()
        dialog.accept()

    window.document.undo_stack.setClean()
    QTimer.singleShot(100, choose)
    window.open_lesson_dialog()
    qtbot.waitUntil(lambda: window.tours.running() and window.tours.tour.preset == "gate-xor", timeout=5000)
    at_step(qtbot, window, 0, "pred_gold_table", "set by hand", timeout=20_000)


def test_the_optimizer_tour_reads_the_final_loss_and_goes_on_in_the_next_optimizer(qtbot, window):
    start_tour(qtbot, window, "optimizer-sgd")
    at_step(qtbot, window, 0, "settings", "Hyper-parameters tab")
    press_next(qtbot, window)
    at_step(qtbot, window, 1, "play_button", "Press Play")
    qtbot.mouseClick(window.training_panel.play_button, Qt.LeftButton)
    at_step(qtbot, window, 2, "loss", "seven updates")
    assert window.controller.latest.n_batches == 7  # 200 points in batches of 32, as the step says
    qtbot.waitUntil(lambda: check_text(window).startswith("The last epoch's training loss is 0.1"), timeout=60_000)
    press_next(qtbot, window)
    at_step(qtbot, window, 3, "pred_gold_table", "the moons overlap")
    qtbot.waitUntil(lambda: check_text(window) in ("Accuracy 0.95.", "Accuracy 0.96."), timeout=10_000)
    press_next(qtbot, window)
    at_step(qtbot, window, 4, "", "open another optimizer lesson")
    open_lesson(qtbot, window, "optimizer-adam")
    qtbot.waitUntil(lambda: window.tours.running() and window.tours.tour.preset == "optimizer-adam", timeout=3000)
    at_step(qtbot, window, 0, "settings", "Hyper-parameters tab")
