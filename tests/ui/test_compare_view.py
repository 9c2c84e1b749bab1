"""The comparison dialog and window: create from the open project, train, move the timeline, see data."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer

from ann_viz.core.compare import build_comparison
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.comparisons import get_comparison_lesson
from ann_viz.ui.compare import CompareDialog, CompareWindow


def _window(qtbot, comparison) -> CompareWindow:
    view = CompareWindow(comparison)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _finish(qtbot, view: CompareWindow, timeout: int = 60_000) -> None:
    view.play()
    qtbot.waitUntil(lambda: view.controller.engine is not None and view.controller.engine.finished
                    and not view.controller.running and view.state is not None and view.state.finished,
                    timeout=timeout)


def _plane_colours(panel) -> int:
    """How many distinct colours the run's plane shows (a blank plot has one or two)."""
    image = panel.plane.plot.grab().toImage()
    step = max(1, image.width() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_the_window_trains_every_run_and_the_timeline_moves_them_together(qtbot, tmp_path):
    comparison = get_comparison_lesson("compare-sigmoid-relu").comparison()
    comparison.epochs = 600
    view = _window(qtbot, comparison)
    assert view.play_button.text() == "Play" and view.state is None
    assert view.windowTitle() == "Compare: sigmoid vs ReLU in a deep network — ann-viz"
    _finish(qtbot, view)
    assert [run.status for run in view.state.runs] == ["done"] * 3
    assert view.progress.value() == 600 and view.slider.value() == 600 and view.play_button.text() == "Play"
    assert not view.play_button.isEnabled()
    for curve, run in zip(view.plots.loss_curves, view.state.runs):
        xs, ys = curve.xData, curve.yData  # the data (getData gives the log scale's values)
        assert len(xs) == 600 and np.allclose(ys, np.maximum(run.loss, 1e-12))
    relu_grads = view.plots.grad_curves[1].yData
    assert len(relu_grads) == 4 and np.all(relu_grads > 0)
    assert all(_plane_colours(panel) > 8 for panel in view.panels)
    final = [panel.shown_snapshot for panel in view.panels]
    assert all(s.epoch == 600 for s in final)
    view.slider.setValue(150)  # the timeline: every run at (about) epoch 150
    assert not view.following
    assert all(panel.shown_snapshot.epoch <= 150 and panel.shown_snapshot.epoch > 140 for panel in view.panels)
    assert view.plots.marks[0].value() == 150 and "150" in view.epoch_label.text()
    sigmoid_150 = view.plots.grad_curves[0].yData
    np.testing.assert_allclose(sigmoid_150, view.state.runs[0].grad_norms[149])
    view.plots.marks[1].setValue(300.4)  # dragging the epoch line on the accuracy plot moves the timeline
    view.plots.marks[1].sigDragged.emit(view.plots.marks[1])
    assert view.slider.value() == 300 and view.plots.marks[0].value() == 300
    view.slider.setValue(0)
    assert all(panel.shown_snapshot.epoch == 0 for panel in view.panels)
    assert view.plots.grad_curves[0].yData is None or not len(view.plots.grad_curves[0].yData)  # no gradient before the first step
    view.grab().save(str(tmp_path / "compare.png"))


def test_pause_play_and_stop(qtbot):
    base = get_preset("xor-2-2-1").project()
    comparison = build_comparison(base, [{"width": 10}], epochs=200_000)
    view = _window(qtbot, comparison)
    view.play()
    qtbot.waitUntil(lambda: view.state is not None and view.state.runs[0].epoch > 0, timeout=30_000)
    assert view.play_button.text() == "Pause"
    view.toggle_play()  # pause
    assert not view.controller.running and view.play_button.text() == "Play"
    paused_at = [run.epoch for run in view.state.runs]
    assert 0 < min(paused_at) < 200_000 and "Paused" in view.status.text()
    view.toggle_play()  # goes on from there
    qtbot.waitUntil(lambda: min(run.epoch for run in view.state.runs) > min(paused_at), timeout=30_000)
    view.stop()
    assert view.controller.engine is None and not view.controller.running and view.stop_button.isEnabled() is False
    assert view.play_button.isEnabled() and "Press Play" in view.status.text()
    view.play()  # from the seeds again; closing the window mid-run ends the thread
    qtbot.waitUntil(lambda: view.controller.engine is not None and view.controller.engine.runs[0].trainer is not None
                    and view.controller.engine.runs[0].trainer.epoch > 0, timeout=30_000)
    thread = view.controller._thread
    view.close()
    assert not thread.is_alive() and view.controller._thread is None


def test_a_failed_variant_shows_its_message_and_the_others_train(qtbot):
    base = get_preset("xor-2-2-1").project()
    comparison = build_comparison(base, [{"width": 0}, {"activation": "tanh"}], epochs=100)
    view = _window(qtbot, comparison)
    assert view.windowTitle() == "Compare: XOR with a 2-2-1 sigmoid network — ann-viz"
    assert view.panels[1].plane is None and "width" in view.panels[1].message.text()
    assert not view.panels[1].open_button.isEnabled()
    _finish(qtbot, view)
    assert [run.status for run in view.state.runs] == ["done", "failed", "done"]
    assert view.panels[1].status.text() == "failed" and view.panels[2].status.text().endswith("done")


def test_tools_menu_opens_the_dialog_and_a_run_opens_in_the_main_window(qtbot, window):
    from ann_viz.ui import compare as compare_ui

    def accept_dialog():
        dialog = window.findChild(CompareDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, accept_dialog)
            return
        dialog.epochs.setValue(30)
        dialog.accept()

    QTimer.singleShot(50, accept_dialog)
    view = compare_ui.open_compare_dialog(window)
    assert isinstance(view, CompareWindow)
    qtbot.waitUntil(lambda: view.state is not None and view.state.finished and not view.controller.running,
                    timeout=60_000)
    qtbot.mouseClick(view.panels[1].open_button, Qt.LeftButton)
    assert window.document.project.graph is not view.comparison.runs[1].project.graph
    kinds = [n.kind for n in window.document.project.graph.nodes.values()]
    assert kinds == [n.kind for n in view.comparison.runs[1].project.graph.nodes.values()]
    view.close()


def test_the_lesson_dialog_opens_comparison_lessons(qtbot):
    from ann_viz.ui.lessons import LessonDialog

    dialog = LessonDialog(None, "xor-deep-relu")
    qtbot.addWidget(dialog)
    assert dialog.comparison_button.isEnabled() and dialog.comparison_id() is None
    dialog.comparison_button.click()
    assert dialog.result() and dialog.comparison_id() == "compare-sigmoid-relu"
    other = LessonDialog(None, "gate-and")
    qtbot.addWidget(other)
    assert not other.comparison_button.isEnabled()
    items = [other.list.item(i) for i in range(other.list.count())]
    lesson = next(i for i in items if i.data(Qt.UserRole) == "compare-batchnorm")
    other.list.setCurrentItem(lesson)
    assert "BatchNorm" in other.page.toPlainText() and other.comparison_id() == "compare-batchnorm"


def test_file_open_lesson_opens_a_comparison_lesson_as_a_comparison(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from ann_viz.ui.lessons import LessonDialog

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LessonDialog)
        row = [i for i in range(dialog.list.count())
               if dialog.list.item(i).data(Qt.UserRole) == "compare-l1-l2"][0]
        dialog.list.setCurrentRow(row)
        dialog.accept()

    window.document.undo_stack.setClean()
    preset_before = window.document.project.preset
    QTimer.singleShot(100, choose)
    window.open_lesson_dialog()
    view = window.findChild(CompareWindow)
    assert view is not None and view.isVisible() and len(view.panels) == 3
    assert window.document.project.preset == preset_before  # the main window keeps its project
    qtbot.waitUntil(lambda: view.state is not None and min(r.epoch for r in view.state.runs) > 0, timeout=60_000)
    view.close()


def test_the_corner_button_opens_the_dialog_and_the_window_follows_the_language(qtbot, window):
    from ann_viz.ui.language import manager

    bar = window.menuBar().cornerWidget(Qt.TopRightCorner)
    button = bar.widgetForAction(window.compare_action)
    assert button is not None and button.isVisible() and button.text() == "Compare Variants"

    def cancel():
        dialog = window.findChild(CompareDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, cancel)
            return
        dialog.reject()

    QTimer.singleShot(50, cancel)
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CompareDialog) is not None
                    and not window.findChild(CompareDialog).isVisible())
    assert window.findChild(CompareWindow) is None  # cancelled: nothing opened
    comparison = get_comparison_lesson("compare-dropout").comparison()
    comparison.epochs = 40
    view = _window(qtbot, comparison)
    _finish(qtbot, view)
    try:
        manager().set_language("ko")
        assert view.play_button.text() == "재생" and view.timeline_label.text() == "타임라인"
        assert view.panels[1].title.text().endswith("<b>드롭아웃 없음</b>")
        assert view.panels[0].status.text() == "에포크 40 · 완료"
        assert view.table.horizontalHeaderItem(3).text() == "최종 손실"
    finally:
        manager().set_language("en")
    assert view.play_button.text() == "Play"
    view.close()


def test_closing_the_main_window_closes_a_training_comparison(qtbot, window):
    from ann_viz.ui import compare as compare_ui

    comparison = build_comparison(get_preset("xor-2-2-1").project(), [{"seed": 2}], epochs=10**7)
    view = compare_ui.open_comparison(window, comparison)
    qtbot.waitUntil(lambda: view.controller.running and view.state is not None, timeout=30_000)
    thread = view.controller._thread
    window.document.undo_stack.setClean()
    window.close()
    assert not thread.is_alive()
