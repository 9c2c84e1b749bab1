"""The gradient check in the neuron view: the hovered edge's finite difference beside backprop, and
the table of every parameter, on the worked 2-2-2 example (float64 in the core: 1e-9 or better)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QToolTip

from ann_viz.core.inspect.gradient_check import GradientCheck
from ann_viz.ui.network.canvas import Target
from tests.ui.test_network_view import edge_viewport_point, open_lesson, save, step


def distinct_colours(image, step=4) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_hovered_edge_shows_its_finite_difference_agreeing_to_1e_9(qtbot, window):
    open_lesson(qtbot, window, "worked-2-2-2")
    for phase in ("forward", "loss", "backward"):
        panel = step(qtbot, window, "phase", phase)
    tabs = panel.tabs
    got = []
    tabs.checker.edge_checked.connect(lambda entry, check: got.append((entry, check)))
    qtbot.mouseMove(panel.canvas.viewport(), edge_viewport_point(panel, "linear2", 0, 0))
    qtbot.waitUntil(lambda: bool(got) and tabs.edge_check.isVisible(), timeout=10_000)
    entry, check = got[-1]
    assert (entry.name, entry.index) == ("linear2.weight", (0, 0))
    assert entry.relative_error <= 1e-9
    assert isinstance(check, GradientCheck) and check.x.dtype.is_floating_point and str(check.x.dtype) == "torch.float64"
    # backprop here is the app's own dE/dw5 (float32) to float32 rounding
    assert np.isclose(entry.backprop, window.controller.latest.param_grads["linear2.weight"][0, 0], rtol=1e-5)
    text = tabs.edge_check.text()
    assert "dE/dw5" in text and "[E(w5 + ε) − E(w5 − ε)] / 2ε" in text and "float64" in text
    assert f"{entry.relative_error:.2e}" in text
    QToolTip.hideText()
    image = save(tabs, "gradient_check_edge")
    assert distinct_colours(image) > 5


def test_check_all_lists_every_parameter_worst_first(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    panel = step(qtbot, window, "phase", "forward")
    tabs = panel.tabs
    tabs.setCurrentIndex(1)
    view = tabs.check_all_view
    view.button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    snapshot = panel.display_snapshot()
    assert view.table.rowCount() == sum(np.asarray(v).size for v in snapshot.params.values())
    errors = [float(view.table.item(r, 3).text()) for r in range(view.table.rowCount())]
    assert errors == sorted(errors, reverse=True)
    names = {view.table.item(r, 0).text().split("[")[0] for r in range(view.table.rowCount())}
    assert names == set(snapshot.params)
    assert "agree" in view.verdict.text() and "float64" in view.note.text()
    assert "(w1)" in "".join(view.table.item(r, 0).text() for r in range(view.table.rowCount()))
    image = save(tabs, "gradient_check_all")
    assert distinct_colours(image) > 5


def test_another_lesson_or_a_reset_clears_the_last_check(qtbot, window):
    """The table was checked on other weights (another lesson's 9 entries stayed under the deep net)."""
    open_lesson(qtbot, window, "xor-2-2-1")
    panel = step(qtbot, window, "phase", "forward")
    view = panel.tabs.check_all_view
    view.button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    open_lesson(qtbot, window, "xor-deep-sigmoid")
    assert view.table.rowCount() == 0 and view.entries == []
    assert "entries checked" not in view.verdict.text() and view.note.text() == ""
    panel = step(qtbot, window, "phase", "forward")
    view.button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    assert view.table.rowCount() > 9  # the deep net's own parameters
    window.training_panel.reset_button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=10_000)


def test_clicking_a_neuron_draws_its_activation_and_tangent(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    panel = step(qtbot, window, "phase", "forward")
    panel._clicked(Target("neuron", 1, 0, layer=panel.net.columns[1].head))
    curve = panel.tabs.curve
    assert curve.isVisible() and curve.plot.isVisible()
    z = panel.display_snapshot().values[panel.net.columns[1].head][:, 0]
    xs, ys = curve.samples.getData()
    np.testing.assert_allclose(xs, z)
    np.testing.assert_allclose(ys, 1 / (1 + np.exp(-z)), rtol=1e-6)
    tx, ty = curve.tangent.getData()
    slope = (ty[1] - ty[0]) / (tx[1] - tx[0])
    s = 1 / (1 + np.exp(-z[0]))
    assert np.isclose(slope, s * (1 - s), rtol=1e-6)
    assert "sigmoid" in curve.caption.text()
    image = save(curve, "neuron_curve")
    assert distinct_colours(image) > 5


def test_saturated_neurons_are_flagged_with_counts(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    panel = step(qtbot, window, "phase", "forward")
    head = panel.net.columns[1].head
    layer = window.document.graph.node_by_name(head)
    panel.edit_value(Target("bias", 1, 0, layer=head), 40.0)  # neuron 1 of the hidden layer: z > 38 for all
    qtbot.waitUntil(lambda: 1 in panel.health and panel.health[1].saturated == 1, timeout=5000)
    panel.redraw()
    assert "1 saturated" in panel.canvas.labels.titles[1].toPlainText()
    assert sum(len(g[1]) for g in panel.canvas.neurons.flags._groups) == 2  # white border + orange square
    assert layer is not None


def test_check_all_samples_large_networks_to_a_time_budget():
    import time

    import torch

    from ann_viz.ui.network.gradient_checker import CHECK_ALL_S, MAX_PER_PARAMETER, MIN_PER_PARAMETER, per_parameter

    class Slow:  # an objective that takes 10 ms, two tensors
        params = {"a": torch.zeros(3), "b": torch.zeros(3)}

        def objective(self):
            time.sleep(0.01)

    per = per_parameter(Slow())
    assert MIN_PER_PARAMETER <= per <= CHECK_ALL_S / (2 * 0.01 * 2) < MAX_PER_PARAMETER
