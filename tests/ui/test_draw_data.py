"""Drawing data on the input plane with the mouse: add, drag, remove, undo/redo, export; and a run
that keeps training on the drawn points without starting over."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from ann_viz.core.data import load_text_table, make_dataset
from ann_viz.core.train import Trainer
from test_network_view import open_lesson


def raise_plane(qtbot, window):
    dock = next(d for d in window.plane_docks if d.objectName() == "input_plane")
    dock.show()
    dock.raise_()
    view = window.input_plane
    qtbot.waitUntil(view.showing, timeout=20_000)
    return view


def plane(qtbot, window):
    view = raise_plane(qtbot, window)
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.grid is not None, timeout=20_000)
    return view


def pixel(view, x: float, y: float) -> QPoint:
    """The viewport pixel of plot point (x, y)."""
    scene = view.plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    return view.plot.mapFromScene(scene)


def drag(viewport, start: QPoint, end: QPoint) -> None:
    """Press, move with the button held (QTest's mouseMove does not reach offscreen widgets), release."""
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, start)
    for t in (0.3, 0.7, 1.0):
        pos = QPointF(start) + (QPointF(end) - QPointF(start)) * t
        move = QMouseEvent(QMouseEvent.MouseMove, pos, viewport.mapToGlobal(pos), Qt.NoButton, Qt.LeftButton,
                           Qt.NoModifier)
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, end)


def points(window) -> np.ndarray:
    return np.array(window.document.project.data["points"], dtype=float).reshape(-1, 3)


def start_drawing(qtbot, window):
    view = plane(qtbot, window)
    qtbot.mouseClick(view.draw.bar.toggle, Qt.LeftButton)
    assert view.draw.on and view.draw.bar.isVisible()
    assert window.document.project.data["kind"] == "drawn"
    return view


def test_click_adds_drag_moves_right_click_and_delete_remove_and_all_undo(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    view = start_drawing(qtbot, window)
    stack = window.document.undo_stack
    assert stack.undoText() == "Draw on the current data"
    np.testing.assert_array_equal(points(window), [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]])
    viewport = view.plot.viewport()
    bar = view.draw.bar
    bar.classes.setCurrentIndex(1)
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, pixel(view, 0.5, 0.25))
    added = points(window)
    assert len(added) == 5 and added[4, 2] == 1
    assert added[4, :2] == pytest.approx([0.5, 0.25], abs=0.02)  # where the click was, to a pixel
    assert stack.undoText() == "Add a point"
    drag(viewport, pixel(view, 0, 0), pixel(view, 0.3, -0.2))
    moved = points(window)
    assert moved[0, :2] == pytest.approx([0.3, -0.2], abs=0.02) and moved[0, 2] == 0 and len(moved) == 5
    assert stack.undoText() == "Move a point"
    QTest.mouseClick(viewport, Qt.RightButton, Qt.NoModifier, pixel(view, 1, 1))
    assert len(points(window)) == 4 and not any((points(window)[:, :2] == [1, 1]).all(axis=1))
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, pixel(view, 0, 1))  # selects it
    assert len(points(window)) == 4 and view.draw.selected is not None
    QTest.keyClick(view.plot, Qt.Key_Delete)
    assert len(points(window)) == 3 and stack.undoText() == "Remove a point"
    # The plane shows the project's points at once: the tool's scatter holds them.
    assert len(view.draw.items.data) == 3
    stack.undo()
    stack.undo()  # the Delete and the right-click
    np.testing.assert_array_equal(points(window), moved)
    stack.undo()  # the move
    np.testing.assert_array_equal(points(window), added)
    stack.undo()
    stack.undo()  # the added point, and drawing begun
    assert window.document.project.data == {"kind": "xor"} and not view.draw.on
    for _ in range(5):
        stack.redo()
    assert len(points(window)) == 3


def test_clear_starts_from_an_empty_plane_and_points_train_again(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    view = start_drawing(qtbot, window)
    qtbot.mouseClick(view.draw.bar.clear, Qt.LeftButton)
    assert len(points(window)) == 0 and not view.image.isVisible()
    qtbot.waitUntil(lambda: "No points drawn yet" in window.training_panel.reason_label.text(), timeout=5_000)
    assert not window.training_panel.step_epoch.isEnabled()
    viewport = view.plot.viewport()
    view.draw.bar.classes.setCurrentIndex(0)
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, pixel(view, 0.1, 0.1))
    view.draw.bar.classes.setCurrentIndex(1)
    QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, pixel(view, 0.9, 0.9))
    assert points(window)[:, 2].tolist() == [0, 1]
    panel = window.training_panel
    qtbot.waitUntil(lambda: panel.step_epoch.isEnabled() and window.controller.worker.trainer.splits.train.n_samples
                    == 2, timeout=10_000)
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.points.n == 2 and view.image.isVisible(),
                    timeout=10_000)


def test_a_playing_run_keeps_training_on_the_drawn_points(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    view = start_drawing(qtbot, window)
    panel, controller = window.training_panel, window.controller
    cleared = []
    controller.history_cleared.connect(lambda: cleared.append(1))
    panel.speed.setCurrentIndex(panel.speed.findData(1000))
    qtbot.mouseClick(panel.play_button, Qt.LeftButton)
    trainer = controller.worker.trainer
    qtbot.waitUntil(lambda: trainer.epoch >= 300, timeout=30_000)
    viewport = view.plot.viewport()
    view.draw.bar.classes.setCurrentIndex(1)
    # Six more of class 1 (8 against 2): near ln 2 every set has the same loss, but the network now
    # learns to say "class 1" and the loss falls well below the unchanged run's.
    for x, y in ((0.05, 0.05), (0.95, 0.95), (0.1, 0.9), (0.5, 0.5), (0.3, 0.7), (0.7, 0.3)):
        QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, pixel(view, x, y))
    qtbot.waitUntil(lambda: trainer.splits.train.n_samples == 10, timeout=10_000)
    swapped_at = trainer.epoch
    qtbot.waitUntil(lambda: trainer.epoch >= swapped_at + 200, timeout=30_000)
    qtbot.mouseClick(panel.play_button, Qt.LeftButton)  # pause
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=10_000)
    assert controller.worker.trainer is trainer and not cleared  # the same run: never rebuilt or cleared
    losses = trainer.history.train_loss
    assert len(losses) == trainer.epoch > swapped_at >= 300  # every epoch kept: the counter never reset
    # The same run without the new points, trained alone: equal up to the change, apart after it.
    project = window.document.project
    alone = Trainer(project.graph, make_dataset({"kind": "xor"}), project.config.with_changes(device="cpu"))
    alone.run(trainer.epoch)
    reference = alone.history.train_loss
    assert np.abs(losses[:250] - reference[:250]).max() < 1e-4
    assert np.abs(losses[swapped_at:] - reference[swapped_at:]).max() > 0.1  # the new points show in the loss
    qtbot.waitUntil(lambda: panel.trained_epochs() == trainer.epoch, timeout=5_000)  # its last snapshot shown


def test_the_drawn_points_export_as_a_text_table_that_loads_back(qtbot, window, tmp_path, monkeypatch):
    open_lesson(qtbot, window, "xor-2-2-1")
    view = start_drawing(qtbot, window)
    QTest.mouseClick(view.plot.viewport(), Qt.LeftButton, Qt.NoModifier, pixel(view, 0.37, 0.61))
    page = window.data_panel.pages["drawn"]
    assert window.data_panel.group.currentData() == "drawn" and "5 points" in page.note.text()
    target = tmp_path / "drawn.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.export, Qt.LeftButton)
    assert "Exported" in page.result.text()
    drawn, back = make_dataset(window.document.project.data), load_text_table(target)
    np.testing.assert_array_equal(back.x, drawn.x)
    np.testing.assert_array_equal(back.y, drawn.y)


def test_regression_points_take_the_value_box(qtbot, window):
    from ann_viz.core.data.drawn import drawn_spec
    from ann_viz.ui.data.command import DrawCommand

    open_lesson(qtbot, window, "xor-2-2-1")
    view = plane(qtbot, window)
    spec = drawn_spec([[0, 0, 0.5], [1, 1, -0.25]], "regression", 0, (-1.0, 2.0, -1.0, 2.0))
    window.document.undo_stack.push(DrawCommand(window.document, spec, "test"))
    qtbot.mouseClick(view.draw.bar.toggle, Qt.LeftButton)
    bar = view.draw.bar
    assert bar.value.isVisible() and not bar.classes.isVisible()
    bar.value.setValue(0.75)
    QTest.mouseClick(view.plot.viewport(), Qt.LeftButton, Qt.NoModifier, pixel(view, 1.5, -0.5))
    assert points(window)[-1].tolist() == pytest.approx([1.5, -0.5, 0.75], abs=0.02)
    assert view.draw.items.data["x"][-1] == pytest.approx(1.5, abs=0.02)


def test_a_saved_empty_plane_opens_and_trains_once_points_are_drawn(qtbot, window, tmp_path):
    open_lesson(qtbot, window, "xor-2-2-1")
    view = start_drawing(qtbot, window)
    qtbot.mouseClick(view.draw.bar.clear, Qt.LeftButton)
    path = tmp_path / "empty.annviz.json"
    window.document.save(path)
    window.document.undo_stack.setClean()
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.controller.state == "failed", timeout=20_000)  # nothing to train on yet
    assert window.document.project.data["points"] == []
    view = raise_plane(qtbot, window)  # (no frame: nothing was trained, and the plane shows the box)
    qtbot.mouseClick(view.draw.bar.toggle, Qt.LeftButton)
    assert view.draw.on and not view.image.isVisible()
    for x, y, c in ((0.2, 0.2, 0), (0.8, 0.8, 1)):
        view.draw.bar.classes.setCurrentIndex(c)
        QTest.mouseClick(view.plot.viewport(), Qt.LeftButton, Qt.NoModifier, pixel(view, x, y))
    qtbot.mouseClick(window.training_panel.step_epoch, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None
                    and window.controller.worker.trainer.epoch == 1, timeout=20_000)
    assert window.controller.worker.trainer.splits.train.n_samples == 2
    window.document.save(path)
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    assert window.open_path(str(path))
    assert np.array(window.document.project.data["points"])[:, 2].tolist() == [0, 1]


def test_multiclass_points_get_a_picker_of_their_classes_and_korean_words(qtbot, window):
    from ann_viz.core.data.drawn import drawn_spec
    from ann_viz.ui.data.command import DrawCommand

    open_lesson(qtbot, window, "xor-2-2-1")
    view = plane(qtbot, window)
    spec = drawn_spec([[0, 0, 0], [1, 1, 1], [0, 1, 2]], "multiclass", 4, (-1.0, 2.0, -1.0, 2.0))
    window.document.undo_stack.push(DrawCommand(window.document, spec, "test"))
    qtbot.mouseClick(view.draw.bar.toggle, Qt.LeftButton)
    bar = view.draw.bar
    assert bar.classes.count() == 4 and bar.classes.isVisible() and not bar.value.isVisible()
    bar.classes.setCurrentIndex(3)
    QTest.mouseClick(view.plot.viewport(), Qt.LeftButton, Qt.NoModifier, pixel(view, 1.5, 1.5))
    assert points(window)[-1, 2] == 3
    window.language_actions["ko"].trigger()
    try:
        assert bar.toggle.text() == "그리기" and bar.classes.itemText(3) == "클래스 3"
        assert window.document.undo_stack.undoText() == "점 추가"
    finally:
        window.language_actions["en"].trigger()


def test_data_too_large_to_draw_say_why_and_draw_stays_off(qtbot, window):
    from ann_viz.ui.data.command import SetDataCommand

    open_lesson(qtbot, window, "xor-2-2-1")
    view = plane(qtbot, window)
    project = window.document.project
    window.document.undo_stack.push(SetDataCommand(window.document, {"kind": "circle", "n": 20_000},
                                                   project.config))
    qtbot.waitUntil(lambda: view.source.inputs is not None and view.source.inputs.points.n == 2000, timeout=20_000)
    qtbot.mouseClick(view.draw.bar.toggle, Qt.LeftButton)
    assert not view.draw.on and window.document.project.data["kind"] == "circle"
    message = view.draw.bar.message
    assert message.isVisible() and "20000 samples" in message.text() and "at most 10000" in message.text()
