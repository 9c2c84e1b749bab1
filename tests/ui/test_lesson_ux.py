"""Issue 14 items 7, 9 and 10: new-project settings and plateau advice, honest edge widths with a
legend, Ctrl+Y, drops on the cursor without scrolling, a steady canvas during a link drag, loss
names, tooltips, accuracy in sight, lecture names, and a decimal point in Korean."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ann_viz.core.presets import get_preset
from ann_viz.core.train import TrainConfig
from ann_viz.ui.language import manager
from ann_viz.ui.lessons import lesson_html
from ann_viz.ui.network.canvas import Target
from ann_viz.ui.network.style import magnitude_bins
from ann_viz.ui.training.settings_form import SettingsForm

from test_network_view import open_lesson, wait_configured


def scroll(window) -> tuple[int, int]:
    return window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value()


def drop(window, kind: str, pos: QPoint) -> str:
    viewport, graph = window.view.viewport(), window.document.graph
    before = set(graph.nodes)
    mime = window.palette.mimeData([window.palette.item_for_kind(kind)])
    for event in (QDragEnterEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier),
                  QDragMoveEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier),
                  QDropEvent(QPointF(pos), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    (added,) = set(graph.nodes) - before
    return added


def new_project(window):
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.new_project()


# ----- item 7 ------------------------------------------------------------------------------------------
def test_new_project_settings_learn_xor_and_a_stuck_run_says_what_to_try(qtbot, window):
    new_project(window)
    assert window.document.project.config.epochs == 5001 and window.settings_form.epochs.value() == 5001
    open_lesson(qtbot, window, "perceptron-xor")
    window.settings_form.epochs.setValue(1001)
    panel = window.training_panel
    panel.play_button.setChecked(True)
    qtbot.waitUntil(lambda: window.controller.state == "finished", timeout=60_000)
    note = window.loss_plot.note
    qtbot.waitUntil(note.isVisible, timeout=5000)  # above the flat loss curve
    text = note.text()
    assert "0.6931" in text and "hidden layer" in text and text == panel.advice
    panel.play_button.setChecked(True)  # a new run clears the advice
    qtbot.waitUntil(lambda: not note.isVisible() or window.controller.state == "finished", timeout=60_000)


# ----- item 9 ------------------------------------------------------------------------------------------
def test_tiny_weights_are_drawn_thin_against_a_network_wide_scale(qtbot, window):
    open_lesson(qtbot, window, "perceptron-xor")
    panel = window.network_panel
    assert panel.edit_value(Target("edge", 1, 0, 0, "linear1"), -1.3e-7)
    assert panel.edit_value(Target("edge", 1, 0, 1, "linear1"), 1.1e-7)
    panel.redraw()
    edges = panel.frame.edges
    weights = ~edges.identity & np.isfinite(edges.value)
    assert np.abs(edges.value[weights]).max() < 1e-6
    assert (edges.scale[weights] == 1.0).all()  # the floor, not the tiny largest weight
    assert (magnitude_bins(edges.value[weights], edges.scale[weights]) == 0).all()  # thinnest width
    assert "one scale for the whole network" in " ".join(t for _, t in panel.legend._entries())
    assert "0.15 · 0.4 · 0.7" in panel.legend.scale_text
    open_lesson(qtbot, window, "worked-2-2-2")  # weights 0.25 .. 0.7 under the floor of 1
    panel.redraw()
    edges = panel.frame.edges
    bins = dict(zip(np.round(edges.value, 3), magnitude_bins(edges.value, edges.scale)))
    assert bins[0.25] == 1 and bins[0.45] == 2 and bins[0.7] >= 2  # |w| against 1, not against 0.7


# ----- item 10 -----------------------------------------------------------------------------------------
def test_ctrl_y_redoes(qtbot, window):
    new_project(window)
    window.activateWindow()
    node = window.add_kind("linear", QPointF(10, 10))
    window.document.undo_stack.undo()
    assert node not in window.document.graph.nodes
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    QTest.keyClick(window.view, Qt.Key_Y, Qt.ControlModifier)
    assert node in window.document.graph.nodes


def test_a_dropped_node_lands_on_the_cursor_and_the_view_stays(qtbot, window):
    new_project(window)
    qtbot.wait(50)
    for k, kind in enumerate(("input", "linear", "sigmoid", "linear", "output")):
        pos = QPoint(60 + 150 * k, 80 + 30 * k)
        before = scroll(window)
        cursor = window.view.mapToScene(pos)
        node = window.document.graph.nodes[drop(window, kind, pos)]
        QApplication.processEvents()
        assert node.position == pytest.approx((cursor.x(), cursor.y()), abs=1e-9)
        assert scroll(window) == before  # no scrolling after a drop
        assert window.view.mapToScene(pos) == cursor


def test_the_canvas_does_not_shift_during_a_link_drag(qtbot, window):
    wait_configured(qtbot, window)
    window.view.fit()
    QApplication.processEvents()
    viewport = window.view.viewport()
    source = next(item for item in window.scene.nodes.values() if item.has_output())
    start = window.view.mapFromScene(source.output_port_pos())
    before = scroll(window)
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, start)
    for end in (QPoint(viewport.width() - 2, start.y()), QPoint(viewport.width() - 2, viewport.height() - 2),
                QPoint(2, viewport.height() - 2)):
        QTest.mouseMove(viewport, end)
        QApplication.processEvents()
        assert scroll(window) == before
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, QPoint(2, viewport.height() - 2))
    assert scroll(window) == before


def test_the_inspector_names_the_loss(qtbot, window):
    graph = window.document.graph
    output = next(n for n in graph.nodes.values() if n.kind == "output")
    window.scene.select_nodes([output.id])
    field = window.inspector.fields["loss"]
    assert field.currentText() == "Binary cross-entropy (BCE)" and field.currentData() == "bce"


def test_controls_and_every_hyper_parameter_have_tooltips(qtbot, window):
    panel, form = window.training_panel, window.settings_form
    for widget in (panel.play_button, panel.step_epoch, panel.step_batch, panel.step_phase, panel.reset_button,
                   panel.speed):
        assert len(widget.toolTip()) > 20, widget
    for widget in (form.optimizer, form.lr, form.batch, form.epochs, form.l1, form.l2, form.patience,
                   form.val_fraction, form.seed, form.device):
        assert len(widget.toolTip()) > 20, widget
        assert form.form.labelForField(widget).toolTip() == widget.toolTip()


def test_accuracy_is_in_sight_beside_the_loss(qtbot, window):
    open_lesson(qtbot, window, "gate-and")
    label = window.training_panel.accuracy_label
    qtbot.waitUntil(lambda: label.text() == "accuracy 1.0000", timeout=10_000)
    assert label.isVisible()


def test_lesson_pages_name_the_lecture_and_its_topic():
    html = lesson_html(get_preset("xor-2-2-1"))
    assert "Lecture 000" in html and "XOR by PyTorch" in html and "Lecture 003" in html
    assert "000, 003" not in html


def test_korean_numbers_use_a_decimal_point_whatever_the_system_says(qtbot):
    QLocale.setDefault(QLocale(QLocale.German, QLocale.Germany))  # a system with a decimal comma
    try:
        manager().set_language("ko")
        form = SettingsForm()
        qtbot.addWidget(form)
        form.set_config(TrainConfig(lr=0.5, val_fraction=0.25))
        assert form.lr.text() == "0.500000" and form.val_fraction.text() == "0.25"
        assert QLocale().toString(0.5, "f", 6) == "0.500000"
    finally:
        manager().set_language("en")
    assert QLocale().decimalPoint() == "."
