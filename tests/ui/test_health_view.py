"""The per-layer health dock: histograms over training and update/weight ratios, live while training."""

from __future__ import annotations

import numpy as np
import pytest

from ann_viz.core.inspect.layer_health import BINS


def open_health(window, qtbot, preset: str):
    window.open_lesson(preset)
    qtbot.waitUntil(lambda: window.workspace.arranged, timeout=10000)
    qtbot.wait(100)  # the default layout tabs the docks: raise ours after that
    window.health_dock.show()
    window.health_dock.raise_()
    qtbot.waitUntil(lambda: hasattr(window, "health_view") and window.health_view.showing(), timeout=10000)
    controller = window.controller
    qtbot.waitUntil(lambda: controller.worker.trainer is not None and controller.state == "idle", timeout=60000)
    return window.health_view


def test_dock_is_named_and_in_the_view_menu(window):
    assert window.health_dock.objectName() == "healthDock"
    assert window.health_dock.toggleViewAction() in window.view_menu.actions()


@pytest.mark.parametrize("preset", ["xor-2-2-1", "xor-deep-sigmoid"])
def test_stepping_records_and_draws_each_layer(window, qtbot, preset):
    view = open_health(window, qtbot, preset)
    controller = window.controller
    for kind in ["phase"] * 4 + ["epoch"] * 3:
        before = controller.latest
        controller.step(kind)
        qtbot.waitUntil(lambda: controller.latest is not before and controller.state == "paused", timeout=30000)
    history = view.history
    assert history is not None and len(history.epochs) >= 4 and len(history.ratios) >= 1
    assert len(history.layers) == len([c for c in view.net.columns if c.kind == "linear"])
    view.redraw()
    assert view.image.image.shape == (len(history.layers) * BINS, len(history.epochs))
    xs, ys = view.ratio_curves[0].xData, view.ratio_curves[0].yData  # getData() is log10 here
    assert len(xs) >= 1 and np.all(ys > 0)
    for which in ("activations", "gradients"):
        view.choice.setCurrentIndex(view.choice.findData(which))
        view.redraw()
        image = view.plots.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
        assert len(colours) > 20, which
        image.save(f"/tmp/ann_viz_health_{preset}_{which}.png")
    assert "1e-3" in view.caption.text()
    from ann_viz.ui.health.view import FEW_RECORDS
    assert ("Few records" in view.caption.text()) == (len(history.epochs) < FEW_RECORDS)


def test_records_grow_while_training_and_a_reset_clears_them(window, qtbot):
    from test_training import make_runs_long

    view = open_health(window, qtbot, "xor-2-2-1")
    make_runs_long(qtbot, window)
    controller = window.controller
    controller.play()
    qtbot.waitUntil(lambda: view.history is not None and len(view.history.ratios) >= 3, timeout=60000)
    assert controller.is_running()
    controller.pause()
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=30000)
    controller.reset()
    qtbot.waitUntil(lambda: view.history is None or len(view.history.ratios) == 0, timeout=30000)


def test_each_bands_range_labels_sit_inside_it():
    """At a band's very edges its top label and the next band's bottom one overlapped ("1e-12" on "1e2")."""
    from ann_viz.ui.health.view import _band_marks

    assert [text for _, text in _band_marks("gradients", -12.0, 2.0)] == ["1e-10", "1e0"]
    assert [text for _, text in _band_marks("activations", 0.0, 1.0)] == ["0.15", "0.85"]
    for which, low, high in (("gradients", -12.0, 2.0), ("activations", 0.0, 1.0), ("activations", -1.0, 3.0)):
        for value, _ in _band_marks(which, low, high):
            assert low + 0.1 * (high - low) <= value <= high - 0.1 * (high - low)
