"""The plane views in the main window: input plane, neuron maps, hidden space (and, for data
that are not 2-D, weight images and PCA), fed by snapshots, checked against the trainer."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from ann_viz.core.boundary import neuron_colour
from ann_viz.core.data import make_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer


@pytest.fixture(scope="module")
def xor_trainer():
    project = get_preset("xor-2-2-1").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    trainer.run(epochs=6000)
    assert trainer.evaluate().report["accuracy"] == 1.0
    return trainer


def configured(qtbot, window) -> None:
    """The worker built the trainer and its first (untrained) snapshot reached the plane source."""
    qtbot.waitUntil(lambda: window.controller.state == "idle" and window.controller.latest is not None,
                    timeout=10_000)


def show(qtbot, window, dock_name: str) -> None:
    dock = next(d for d in window.plane_docks if d.objectName() == dock_name)
    dock.raise_()
    qtbot.waitUntil(lambda: dock.widget().showing(), timeout=5_000)


def feed(qtbot, window, trainer: Trainer, view) -> None:
    """Hand the views this trainer's weights as the worker would, and wait until ``view`` drew them."""
    snapshot = trainer.snapshot()
    window.plane_source.set_snapshot(snapshot)
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.epoch == snapshot.epoch
                    and view.frame.params is snapshot.params, timeout=5_000)


@torch.no_grad()
def module_values(trainer: Trainer, x: np.ndarray) -> list[np.ndarray]:
    trainer.module.eval()
    try:
        return [v.numpy() for v in trainer.module.forward_all(torch.as_tensor(np.asarray(x, np.float32)))]
    finally:
        trainer.module.train()


def hover(widget, pos: QPoint) -> None:
    """A mouse move with no button held (QTest's mouseMove does not reach offscreen widgets)."""
    event = QMouseEvent(QMouseEvent.MouseMove, QPointF(pos), widget.mapToGlobal(QPointF(pos)), Qt.NoButton,
                        Qt.NoButton, Qt.NoModifier)
    QApplication.sendEvent(widget, event)


def distinct_colours(widget) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    return len(np.unique(pixels))


# ----- input plane --------------------------------------------------------------------------------------
def test_input_plane_draws_the_trained_xor(qtbot, window, xor_trainer):
    configured(qtbot, window)
    view = window.input_plane
    feed(qtbot, window, xor_trainer, view)
    frame, state = view.frame, xor_trainer.state_arrays()
    grid = frame.grid
    # the heatmap is the network's output on the grid, oriented as the plot's axes
    np.testing.assert_allclose(view.heatmap, xor_trainer.predict(grid.points().T)[:, 0].reshape(200, 200),
                               atol=1e-5)
    assert view.image.image.shape == (200, 200, 4)
    for x, y in frame.points.x:
        p = xor_trainer.predict([[x, y]])[0, 0]
        assert (view.pixel_value(x, y) > 0.5) == (p > 0.5)
        r, _, b, _ = view.pixel_colour(x, y)
        assert (b > r) == (p > 0.5)  # blue where class 1 is likely, orange where class 0 is
    assert len(view.contour_xy) > 0  # the 0.5 contour is drawn
    assert view.overlay.drawn == 3  # two neuron lines and the boundary, in one item
    # one line per hidden neuron: its weights and bias, '+' on the side where z > 0
    assert len(view.lines) == 2
    z = module_values(xor_trainer, frame.points.x)[1]
    for k, drawing in enumerate(view.lines):
        w, b = state["linear1.weight"][k], state["linear1.bias"][k]
        (x0, y0), (x1, y1) = drawing.segment
        assert abs(w @ [x0, y0] + b) < 1e-4 and abs(w @ [x1, y1] + b) < 1e-4
        assert w @ drawing.marker + b > 0
        assert view.line_pens[k].color().name() == neuron_colour(k)
        cross = lambda p: (x1 - x0) * (p[..., 1] - y0) - (y1 - y0) * (p[..., 0] - x0)  # noqa: E731
        sides = np.sign(cross(frame.points.x)) * np.sign(cross(np.array(drawing.marker)))
        assert np.array_equal(sides, np.sign(z[:, k]))
        assert view.labels[k].isVisible() and view.labels[k].toPlainText() == f"h{k + 1}"
    view.show_lines.setChecked(False)
    assert view.overlay.drawn == 1 and not any(label.isVisible() for label in view.labels)
    view.show_lines.setChecked(True)
    assert view.overlay.drawn == 3
    assert distinct_colours(view) > 100


def test_lines_follow_the_weights_while_training_and_stepping(qtbot, window):
    configured(qtbot, window)
    view, panel, source = window.input_plane, window.training_panel, window.plane_source

    def drawn_is_latest():
        latest = window.controller.latest
        return view.frame is not None and view.frame.params is latest.params

    qtbot.mouseClick(panel.step_epoch, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.controller.latest.epoch == 1 and drawn_is_latest(), timeout=5_000)
    w = window.controller.latest.params["linear1.weight"]
    assert view.lines[0] is not None and abs(w[0] @ view.lines[0].segment[0]
                                             + window.controller.latest.params["linear1.bias"][0]) < 1e-4
    before = source.frames_computed
    window.settings_form.epochs.setValue(2_000_000)  # a run that lasts, however fast the engine
    qtbot.mouseClick(panel.play_button, Qt.LeftButton)
    # frames while it runs, not just the last
    qtbot.waitUntil(lambda: source.frames_computed - before >= 3 and window.controller.is_running(), timeout=30_000)
    qtbot.mouseClick(panel.play_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.controller.state == "paused" and not window.controller.is_running(),
                    timeout=30_000)
    qtbot.waitUntil(drawn_is_latest, timeout=5_000)
    final = window.controller.worker.trainer.state_arrays()
    for k, drawing in enumerate(view.lines):
        (x0, y0), _ = drawing.segment
        assert abs(final["linear1.weight"][k] @ [x0, y0] + final["linear1.bias"][k]) < 1e-4


# ----- neuron maps ----------------------------------------------------------------------------------------
def test_neuron_maps_show_every_neuron_of_every_layer(qtbot, window, xor_trainer):
    configured(qtbot, window)
    show(qtbot, window, "neuron_maps")
    view = window.neuron_maps
    feed(qtbot, window, xor_trainer, view)
    names = lambda: [view.frame.network.node_names[node] for node, _, _ in view.rows]  # noqa: E731
    assert names() == ["sigmoid1", "sigmoid2"]
    assert [len(m.tiles) for _, _, m in view.rows] == [2, 1]
    assert view.rows[0][2].frame_colours == [neuron_colour(0), neuron_colour(1)]
    view.with_z.setChecked(True)
    qtbot.waitUntil(lambda: len(view.rows) == 4 and len(view.rows[0][2].tiles) == 2, timeout=5_000)
    assert names() == ["linear1", "sigmoid1", "linear2", "sigmoid2"]
    # hover shows a neuron large; click pins it; both are that neuron's map over the grid
    expected = module_values(xor_trainer, view.frame.grid.points().T)
    node, _, mosaic = view.rows[1]
    centre = mosaic.tile_rect(1).center()
    hover(mosaic, centre)
    assert view.hovered == (node, 1)
    np.testing.assert_allclose(view.preview_values, expected[node][:, 1].reshape(200, 200), atol=1e-5)
    qtbot.mouseClick(mosaic, Qt.LeftButton, pos=centre)
    assert view.pinned == (node, 1) and mosaic.selected == 1
    assert view.preview_line.curve.isVisible()  # sigmoid1's neurons are the first layer's: their line too
    assert view.preview_line.curve.opts["pen"].color().name() == neuron_colour(1)
    assert "neuron 2" in view.preview_caption.text()
    assert distinct_colours(view) > 100


# ----- hidden space -------------------------------------------------------------------------------------------
def test_hidden_space_maps_xor_to_separable_points(qtbot, window, xor_trainer):
    configured(qtbot, window)
    show(qtbot, window, "hidden_space")
    view = window.hidden_space
    feed(qtbot, window, xor_trainer, view)
    view.choose("sigmoid1", 0, 1)
    hidden = module_values(xor_trainer, view.frame.points.x)[view.frame.network.index_of("sigmoid1")]
    np.testing.assert_allclose(view.points_xy, hidden, atol=1e-6)
    state = xor_trainer.state_arrays()
    assert view.line.w == tuple(state["linear2.weight"][0].astype(float))
    assert view.line.b == pytest.approx(float(state["linear2.bias"][0]))
    side = view.line.value(view.points_xy) > 0
    assert np.array_equal(side, view.frame.points.labels == 1)  # one straight line separates XOR here
    assert view.boundary.curve.isVisible()
    assert len(view.grid_curve.getData()[0]) > 1000  # the warped grid
    view.choose("sigmoid1", 1, 0)
    np.testing.assert_allclose(view.points_xy, hidden[:, ::-1], atol=1e-6)
    assert distinct_colours(view) > 20


def test_three_neurons_fall_back_to_2d_offscreen(qtbot, window):
    configured(qtbot, window)
    window.open_lesson("xor-wide-2-10-1")
    show(qtbot, window, "hidden_space")
    view = window.hidden_space
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.network.widths[1] == 10, timeout=10_000)
    view.choose("sigmoid1", 2, 5, 7)
    assert view.stack.currentWidget() is view.plot  # no OpenGL offscreen: 2-D, and no crash
    assert "OpenGL" in view.caption.text()
    hidden = view.frame.data_values(view.frame.network.index_of("sigmoid1"))
    np.testing.assert_allclose(view.points_xy, hidden[[2, 5]].T)
    assert "mean" in view.caption.text()  # the eight other neurons are held at their mean


# ----- data that are not 2-D ---------------------------------------------------------------------------------
def test_digits_get_weight_images_and_a_pca(qtbot, window):
    configured(qtbot, window)
    window.open_lesson("loss-ce-digits")
    view = window.input_plane
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.network.n_inputs == 64, timeout=10_000)
    assert view.stack.currentWidget() is view.weights_page  # the weights page, in its scroll area
    assert "not 2" in view.weights.note.text()
    assert view.weights.mosaic.tiles.shape == (32, 8, 8, 3)
    weight = np.asarray(view.frame.params["linear1.weight"])
    np.testing.assert_array_equal(view.weights.images[5], weight[5].reshape(8, 8))
    assert distinct_colours(view) > 100
    show(qtbot, window, "neuron_maps")
    maps = window.neuron_maps
    qtbot.waitUntil(lambda: maps.frame is not None and maps.stack.currentWidget() is maps.projection, timeout=5_000)
    projection = maps.projection
    assert projection.layer.currentText().startswith("relu1")
    assert projection.scores.shape == (view.frame.points.n, 2)
    assert projection.pca.explained_variance[0] >= projection.pca.explained_variance[1]
    assert "PC1" in projection.plot.getPlotItem().getAxis("bottom").labelText
    assert distinct_colours(maps) > 20
    show(qtbot, window, "hidden_space")
    hidden = window.hidden_space
    qtbot.waitUntil(lambda: hidden.frame is not None and hidden.points_xy is not None
                    and hidden.frame.network.n_inputs == 64, timeout=5_000)
    assert hidden.points_xy.shape == (view.frame.points.n, 2)


def test_one_input_says_so_in_the_singular(qtbot, window):
    """A 1-D regression lesson read "1 input features ... its 1 incoming weights as a strip of 1 values"."""
    configured(qtbot, window)
    window.open_lesson("regression-square")
    view = window.input_plane
    qtbot.waitUntil(lambda: view.frame is not None and view.frame.network.n_inputs == 1, timeout=10_000)
    text = view.weights.note.text()
    assert "one input feature, not 2" in text and "its incoming weight" in text
    assert "1 input features" not in text and "1 values" not in text and "1 incoming weights" not in text


# ----- export ---------------------------------------------------------------------------------------------------
def test_every_view_exports_png_and_svg(qtbot, window, xor_trainer, tmp_path):
    configured(qtbot, window)
    for dock in window.plane_docks:
        show(qtbot, window, dock.objectName())
        view = dock.widget()
        feed(qtbot, window, xor_trainer, view)
        for suffix in ("png", "svg"):
            path = tmp_path / f"{dock.objectName()}.{suffix}"
            view.export_to(path)
            assert path.stat().st_size > 1000
        image = QImage(str(tmp_path / f"{dock.objectName()}.png"))
        assert image.width() >= 300 and image.height() >= 200  # the dock at 2x
        svg = (tmp_path / f"{dock.objectName()}.svg").read_text()
        assert "<svg" in svg and any(tag in svg for tag in ("<path", "<polyline", "<image"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{d.objectName()}.{s}" for d in window.plane_docks for s in ("png", "svg"))  # no temporary files left


def test_context_menu_offers_both_formats(qtbot, window, monkeypatch):
    asked = []
    view = window.input_plane
    monkeypatch.setattr(view, "export_dialog", asked.append)
    menu = view.context_menu()
    actions = menu.actions()
    assert [a.text() for a in actions] == ["Export as PNG...", "Export as SVG..."]
    for action in actions:
        action.trigger()
    assert asked == ["png", "svg"]
    menu.deleteLater()
