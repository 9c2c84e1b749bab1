"""Issue 14 items 1 and 2: a typed weight is evaluated at once everywhere (no training), the editor
cancels on Esc or a click elsewhere, Step networks say why there is nothing to train, and the
initial weights are shown before the training thread has built its trainer."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QPoint, Qt

import ann_viz.core.train as core_train  # the worker takes Trainer from here when it builds one
from ann_viz.core.train import Trainer
from ann_viz.ui.network.canvas import Target

from test_network_view import open_lesson, shown_neurons


def preds(window) -> list[str]:
    rows = window.metrics_panel.rows
    return [rows.item(i, 1).text() for i in range(rows.rowCount())]


def plane_output(window) -> np.ndarray:
    frame = window.plane_source.frame
    return frame.data_values(len(frame.values) - 1).copy()


def test_a_typed_weight_changes_pred_neurons_and_plane_at_once(qtbot, window):
    open_lesson(qtbot, window, "gate-xor")
    window.plane_docks[0].raise_()
    qtbot.waitUntil(lambda: window.plane_source.frame is not None, timeout=5000)
    qtbot.waitUntil(lambda: preds(window) == ["0", "1", "1", "0"], timeout=5000)
    panel = window.network_panel
    training = window.training_panel
    assert not training.step_epoch.isEnabled() and not training.play_button.isEnabled()
    assert "step1" in training.note_label.toolTip() and training.note_label.isVisibleTo(training)
    assert training.loss_label.text() == "nothing to train"  # in the top row, in sight in a short dock
    before_plane = plane_output(window)
    # w5: the output neuron's first weight (from NAND). -2 turns the AND into "OR and not NAND".
    assert panel.edit_value(Target("edge", 3, 0, 0, "linear2"), -2.0)
    qtbot.waitUntil(lambda: preds(window) == ["0", "0", "0", "0"], timeout=15000)
    qtbot.waitUntil(lambda: preds(window) == ["0", "0", "0", "0"], timeout=5000)
    qtbot.waitUntil(lambda: not np.array_equal(plane_output(window), before_plane), timeout=5000)
    panel.redraw()
    assert shown_neurons(panel, "a")[("linear2", 0)] == 0.0
    assert window.training_panel.reason_label.text() == ""  # no "cannot be trained"
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: preds(window) == ["0", "1", "1", "0"], timeout=5000)


def test_a_typed_weight_after_training_keeps_the_run_and_undo_restores(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    training = window.training_panel
    training.step_epoch.click()
    qtbot.waitUntil(lambda: window.controller.state == "paused" and window.document.project.weights is not None,
                    timeout=20_000)
    trained = {k: np.array(v) for k, v in window.document.project.weights.items()}
    qtbot.waitUntil(lambda: window.controller.latest.epoch == 1, timeout=5000)
    assert window.network_panel.edit_value(Target("edge", 3, 0, 0, "linear2"), 5.0)
    qtbot.waitUntil(lambda: float(window.controller.latest.params["linear2.weight"][0, 0]) == 5.0, timeout=5000)
    latest = window.controller.latest
    assert latest.epoch == 1  # not rebuilt: the run goes on from here
    np.testing.assert_array_equal(latest.params["linear1.weight"], trained["linear1.weight"])
    assert window.document.project.weights["linear2.weight"][0, 0] == 5.0  # saved as shown
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: np.array_equal(window.controller.latest.params["linear2.weight"],
                                           trained["linear2.weight"]), timeout=5000)
    training.step_epoch.click()
    qtbot.waitUntil(lambda: window.controller.latest.epoch == 2, timeout=20_000)


def test_esc_and_a_click_elsewhere_cancel_the_editor(qtbot, window):
    open_lesson(qtbot, window, "gate-and")
    panel = window.network_panel
    stack = window.document.undo_stack
    count = stack.count()
    target = Target("edge", 1, 0, 0, "linear1")
    assert panel.editing.request(target, panel.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(panel.editor.isVisible, timeout=3000)
    qtbot.keyClicks(panel.editor, "3")
    qtbot.keyClick(panel.editor, Qt.Key_Escape)
    assert not panel.editor.isVisible() and stack.count() == count
    assert panel.editing.request(target, panel.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(panel.editor.isVisible, timeout=3000)
    qtbot.keyClicks(panel.editor, "3")
    panel.editor.clearFocus()  # what a click on another widget does
    assert not panel.editor.isVisible() and stack.count() == count


def test_initial_weights_are_shown_while_the_trainer_is_prepared(qtbot, window, monkeypatch):
    open_lesson(qtbot, window, "xor-2-2-1")
    controller = window.controller
    blocker = threading.Event()

    def slow_trainer(*args, **kwargs):
        blocker.wait(10)  # the training thread still importing torch
        return Trainer(*args, **kwargs)

    monkeypatch.setattr(core_train, "Trainer", slow_trainer)
    try:
        window.training_panel.reset()  # a new trainer is built
        assert controller.preparing
        assert "Preparing" in window.training_panel.phase_label.text()
        assert window.training_panel.loss_label.text() == "preparing…"  # in the top row too
        snapshot = controller.latest
        assert snapshot is not None and snapshot.device == "preview"
        panel = window.network_panel
        panel.redraw()
        assert panel.display_snapshot() is not None and shown_neurons(panel, "a")  # values from the preview
        window.plane_docks[0].raise_()
        qtbot.waitUntil(lambda: window.plane_source.frame is not None, timeout=5000)
        window.training_panel.play_button.setChecked(True)
        assert "as soon as" in window.training_panel.phase_label.text()
    finally:
        blocker.set()
    qtbot.waitUntil(lambda: not controller.preparing, timeout=20_000)
    qtbot.waitUntil(lambda: controller.latest.epoch > 0, timeout=20_000)  # Play started by itself
    assert "Preparing" not in window.training_panel.phase_label.text()
    window.training_panel.play_button.setChecked(False)
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=10_000)
