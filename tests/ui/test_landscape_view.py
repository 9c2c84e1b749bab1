"""The loss-landscape dock: drawn from the trainer's weights, off the GUI thread, on each plane."""

from __future__ import annotations

import numpy as np
import pytest



@pytest.fixture()
def landscape(window, qtbot):
    window.open_lesson("xor-2-2-1")
    qtbot.waitUntil(lambda: window.workspace.arranged, timeout=10000)
    qtbot.wait(100)  # the default layout tabs the plane docks: raise ours after that
    window.landscape_dock.show()
    window.landscape_dock.raise_()
    qtbot.waitUntil(lambda: window.landscape.showing(), timeout=10000)
    return window.landscape


def drawn(view, qtbot, before: int, kind: str | None = None) -> None:
    qtbot.waitUntil(lambda: view.frames_drawn > before and (kind is None or view.frame.kind == kind), timeout=60000)


@pytest.mark.parametrize("kind", ["random", "pca", "weights", "line"])
def test_each_plane_is_drawn_and_not_blank(window, landscape, qtbot, kind):
    controller = window.controller
    qtbot.waitUntil(lambda: controller.worker.trainer is not None and controller.state == "idle", timeout=60000)
    for epoch in range(1, 5):
        controller.step("epoch")
        qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch >= epoch, timeout=30000)
    landscape.plane_choice.setCurrentIndex(landscape.plane_choice.findData(kind))
    before = landscape.frames_drawn
    landscape.set_snapshot(window.controller.latest)
    assert len(landscape.session.path) >= 3  # the whole steps so far (and the untrained start)
    drawn(landscape, qtbot, before, kind)
    frame = landscape.frame
    assert np.isfinite(frame.losses).all() and frame.losses.std() > 0
    image = landscape.plot.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert len(colours) > 20  # a coloured surface (or a curve) with axes, not an empty plot
    if frame.betas is not None:  # the current point is the trainer's loss, at the plane's origin
        assert frame.path[-1] == pytest.approx([0, 0], abs=1e-6)
    assert "epoch" in landscape.caption.text()


def test_the_path_grows_while_training(window, landscape, qtbot):
    from test_training import make_runs_long  # a run long enough to be watched (numba trains XOR in a blink)

    make_runs_long(qtbot, window)
    controller = window.controller
    controller.play()
    qtbot.waitUntil(lambda: landscape.frames_drawn >= 2 and len(landscape.session.path) >= 3, timeout=60000)
    assert controller.is_running()  # drawn live, while training
    first = landscape.frame.epoch
    qtbot.waitUntil(lambda: landscape.frame.epoch > first, timeout=30000)  # the current point moves on
    controller.pause()
    landscape.wait_idle()


def test_3d_asks_for_opengl_where_there_is_none(window, landscape):
    """Offscreen (as on a machine without OpenGL) the 3-D switch is off and says why."""
    assert not landscape.three_d.isEnabled()
    assert "OpenGL" in landscape.three_d.toolTip()
    landscape.plane_choice.setCurrentIndex(landscape.plane_choice.findData("line"))
    assert not landscape.three_d.isVisibleTo(landscape)  # a line has no surface
    landscape.plane_choice.setCurrentIndex(landscape.plane_choice.findData("pca"))
    assert landscape.three_d.isVisibleTo(landscape)


def test_the_3d_surface_mesh_takes_one_colour_per_vertex(qtbot):
    """What the GL view hands pyqtgraph draws (checked on the mesh: offscreen has no OpenGL to paint)."""
    pytest.importorskip("OpenGL.GL")
    from ann_viz.core.landscape.relief import relief
    from ann_viz.core.landscape.session import LandscapeFrame
    from ann_viz.ui.landscape.relief_3d import Relief3D

    alphas, betas = np.linspace(-2, 2, 5), np.linspace(-1, 1, 4)
    losses = np.exp(np.add.outer(betas ** 2, alphas ** 2))  # [betas, alphas]
    path = np.array([[1.5, 0.8], [0.5, 0.2], [0.0, 0.0]])
    frame = LandscapeFrame("random", 3, alphas, betas, losses, path, 1.0,
                           path_losses=np.exp((path ** 2).sum(axis=1)))
    view = Relief3D(np.tile(np.arange(256, dtype=np.uint8)[:, None], (1, 4)))
    qtbot.addWidget(view)
    view.show_relief(relief(frame))
    mesh = view.surface._meshdata
    assert mesh.vertexes().shape == (20, 3) and mesh.vertexColors(indexed="faces").shape == (2 * 4 * 3, 3, 4)
    assert view.path.pos.shape == (3, 3) and view.current.pos.shape == (1, 3)
