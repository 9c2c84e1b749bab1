"""The neuron view: numbers on every edge and neuron against autograd, the chain-rule tooltip,
typed weights (one undo step), animation, the timeline, the MNIST summary and screenshots."""

from __future__ import annotations

import copy
import time

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolTip

from ann_viz.ui.network.canvas import Target
from ann_viz.ui.network.labels_item import fmt
from ann_viz.ui.network.style import POSITIVE

W1 = [[0.3, 0.25], [0.4, 0.35]]
W2 = [[0.45, 0.4], [0.7, 0.6]]
SHOTS = "/tmp/ann_viz_network"


# ----- helpers ----------------------------------------------------------------------------------------
def wait_configured(qtbot, window, timeout=20_000):
    # The trainer of this very configuration (generation): the one idle before may be the previous project's.
    controller = window.controller
    qtbot.waitUntil(lambda: controller.worker.trainer is not None and controller.state == "idle"
                    and controller.worker.generation == controller.generation and not controller.preparing
                    and controller.latest is not None, timeout=timeout)


def open_lesson(qtbot, window, preset: str, timeout=20_000):
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.open_lesson(preset)
    wait_configured(qtbot, window, timeout)
    window.network_dock.raise_()


def step(qtbot, window, kind: str, phase: str | None = None):
    before = window.controller.latest
    button = {"phase": "step_phase", "batch": "step_batch", "epoch": "step_epoch"}[kind]
    getattr(window.training_panel, button).click()  # as a user does: rebuilds the trainer after edits
    qtbot.waitUntil(lambda: window.controller.latest is not before and window.controller.state == "paused"
                    and (phase is None or window.controller.latest.phase == phase), timeout=20_000)
    panel = window.network_panel
    qtbot.waitUntil(lambda: panel.playback.current is window.controller.latest, timeout=5000)
    panel.redraw()  # the final picture (morph done), without waiting for the animation
    return panel


def autograd_2_2_2() -> dict:
    w1 = torch.tensor(W1, requires_grad=True)
    w2 = torch.tensor(W2, requires_grad=True)
    z1 = torch.tensor([[0.1, 0.2]]) @ w1.T
    z1.retain_grad()
    h = torch.sigmoid(z1)
    z2 = h @ w2.T
    z2.retain_grad()
    o = torch.sigmoid(z2)
    loss = F.mse_loss(o, torch.tensor([[0.4, 0.6]]))
    loss.backward()
    return {"w": {"linear1": w1, "linear2": w2}, "z": {"linear1": z1, "linear2": z2}, "h": h, "o": o,
            "loss": loss}


def shown_edges(panel) -> dict[tuple[str, int, int], float]:
    e, net = panel.frame.edges, panel.net
    return {(net.connections[int(c)].layer, int(j), int(i)): float(v)
            for c, j, i, v in zip(e.conn, e.j, e.i, e.value) if net.connections[int(c)].kind == "weights"}


def shown_neurons(panel, field: str) -> dict[tuple[str, int], float]:
    n, net = panel.frame.neurons, panel.net
    return {(net.columns[int(c)].head, int(j)): float(v) for c, j, v in zip(n.column, n.j, getattr(n, field))}


def set_quantity(panel, quantity: str):
    panel.controls.quantity.setCurrentIndex(panel.controls.quantity.findData(quantity))
    panel.redraw()


def edge_viewport_point(panel, layer: str, j: int, i: int, t: float = 0.62):
    """Where on the canvas's viewport the edge (layer, j, i) is drawn, ``t`` of the way along."""
    e, net, canvas = panel.frame.edges, panel.net, panel.canvas
    k = next(k for k in range(len(e)) if net.connections[int(e.conn[k])].layer == layer
             and (int(e.j[k]), int(e.i[k])) == (j, i))
    point = QPointF(e.x0[k] + t * (e.x1[k] - e.x0[k]), e.y0[k] + t * (e.y1[k] - e.y0[k]))
    return canvas.mapFromScene(canvas.vb.mapViewToScene(point))


def save(widget, name: str) -> QImage:
    image = widget.grab().toImage()
    image.save(f"{SHOTS}_{name}.png")
    return image


def colours(image: QImage, step: int = 3) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


# ----- the worked example, phase by phase ----------------------------------------------------------------
def test_worked_example_every_edge_and_neuron_against_autograd(qtbot, window):
    open_lesson(qtbot, window, "worked-2-2-2")
    g = autograd_2_2_2()
    panel = step(qtbot, window, "phase", "forward")
    set_quantity(panel, "weight")
    edges = shown_edges(panel)
    assert len(edges) == 8
    for (layer, j, i), v in edges.items():
        assert v == pytest.approx(g["w"][layer][j, i].item(), rel=1e-6)
    a = shown_neurons(panel, "a")
    z = shown_neurons(panel, "z")
    assert a[("input", 1)] == pytest.approx(0.2)
    for j in range(2):
        assert z[("linear1", j)] == pytest.approx(g["z"]["linear1"][0, j].item(), rel=1e-6)
        assert a[("linear1", j)] == pytest.approx(g["h"][0, j].item(), rel=1e-6)
        assert a[("linear2", j)] == pytest.approx(g["o"][0, j].item(), rel=1e-6)
    assert np.isnan(panel.frame.neurons.delta).all()  # no delta before the backward pass
    set_quantity(panel, "contribution")
    h = g["h"].detach().numpy()[0]
    for (layer, j, i), v in shown_edges(panel).items():
        source = [0.1, 0.2][i] if layer == "linear1" else h[i]
        assert v == pytest.approx(g["w"][layer][j, i].item() * source, rel=1e-5)

    step(qtbot, window, "phase", "loss")
    assert "E = " + fmt(g["loss"].item(), 5) in panel.canvas.labels.titles[2].toPlainText()
    step(qtbot, window, "phase", "backward")
    set_quantity(panel, "gradient")
    for (layer, j, i), v in shown_edges(panel).items():
        assert v == pytest.approx(g["w"][layer].grad[j, i].item(), rel=1e-5)
    delta = shown_neurons(panel, "delta")
    for layer in ("linear1", "linear2"):
        for j in range(2):
            assert delta[(layer, j)] == pytest.approx(g["z"][layer].grad[0, j].item(), rel=1e-5)
    labels = [item.toPlainText() for item in panel.canvas.labels.edge_labels]
    assert f"dE/dw5 = {fmt(g['w']['linear2'].grad[0, 0].item())}" in labels
    neuron_text = "\n".join(item.toPlainText() for item in panel.canvas.labels.neuron_labels)
    assert f"δ3 = {fmt(g['z']['linear2'].grad[0, 0].item())}" in neuron_text
    qtbot.waitUntil(lambda: panel.animation.at(time.monotonic()) is None, timeout=5000)  # pulses arrived
    qtbot.wait(60)
    save(panel, "worked_2_2_2_backward")

    step(qtbot, window, "phase", "update")
    set_quantity(panel, "weight")
    for (layer, j, i), v in shown_edges(panel).items():
        expected = g["w"][layer][j, i].item() - 0.5 * g["w"][layer].grad[j, i].item()
        assert v == pytest.approx(expected, rel=1e-5)
    set_quantity(panel, "update")
    for (layer, j, i), v in shown_edges(panel).items():
        assert v == pytest.approx(-0.5 * g["w"][layer].grad[j, i].item(), rel=1e-4)


def test_hovering_w5_shows_the_chain_rule_factors(qtbot, window):
    open_lesson(qtbot, window, "worked-2-2-2")
    for phase in ("forward", "loss", "backward"):
        panel = step(qtbot, window, "phase", phase)
    g = autograd_2_2_2()
    o1, h1 = g["o"][0, 0].item(), g["h"][0, 0].item()
    factors = [o1 - 0.4, o1 * (1 - o1), h1, g["w"]["linear2"].grad[0, 0].item()]
    pos = edge_viewport_point(panel, "linear2", 0, 0)
    QToolTip.hideText()
    # From elsewhere first: a cursor already there (left by an earlier test) makes no move, so no hover.
    qtbot.mouseMove(panel.canvas.viewport(), QPoint(2, 2))
    qtbot.mouseMove(panel.canvas.viewport(), pos)
    qtbot.waitUntil(lambda: "dE/dw5 = dE/do1 · do1/dz3 · dz3/dw5" in QToolTip.text(), timeout=10_000)
    tip = QToolTip.text()
    for value in factors:
        assert fmt(value, 5) in tip
    assert "dE/dw5 = dE/do1 · do1/dz3 · dz3/dw5" in panel.info.text()
    # A hidden weight: delta1 = (w5 delta3 + w7 delta4) * f'(z1), with its numbers.
    text = panel.describe(Target("edge", 1, 0, 0, "linear1"))
    assert "w5·δ3 + w7·δ4" in text and "h1(1 − h1)" in text
    assert fmt(g["z"]["linear1"].grad[0, 0].item(), 5) in text
    # Clicking a neuron: z, a, delta (and "no bias" for this example).
    n = panel.frame.neurons
    k = next(k for k in range(len(n.x)) if (int(n.column[k]), int(n.j[k])) == (2, 0))
    point = panel.canvas.mapFromScene(panel.canvas.vb.mapViewToScene(QPointF(n.x[k], n.y[k])))
    qtbot.mouseClick(panel.canvas.viewport(), Qt.LeftButton, pos=point)
    info = panel.info.text()
    assert "o1" in info and fmt(g["z"]["linear2"].grad[0, 0].item(), 5) in info and "no bias" in info
    QToolTip.hideText()


# ----- typed weights ---------------------------------------------------------------------------------------
def test_double_click_types_a_weight_as_one_undo_step(qtbot, window):
    open_lesson(qtbot, window, "worked-2-2-2")
    panel = step(qtbot, window, "phase", "forward")
    graph, stack = window.document.graph, window.document.undo_stack
    node = graph.node_by_name("linear2")
    before = copy.deepcopy(node.params)
    count = stack.count()
    pos = edge_viewport_point(panel, "linear2", 0, 0)
    qtbot.mouseDClick(panel.canvas.viewport(), Qt.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: panel.editor.isVisible(), timeout=3000)
    assert panel.editor.text() == "0.45"
    panel.editor.selectAll()
    qtbot.keyClicks(panel.editor, "1.25")
    qtbot.keyClick(panel.editor, Qt.Key_Return)
    assert stack.count() == count + 1
    assert node.params["weight"] == [[1.25, 0.4], [0.7, 0.6]] and node.params["init"] == "explicit"
    panel.redraw()
    assert shown_edges(panel)[("linear2", 0, 0)] == 1.25  # shown at once, before the next step
    stack.undo()
    assert node.params == before
    panel.redraw()
    assert shown_edges(panel)[("linear2", 0, 0)] == pytest.approx(0.45)
    stack.redo()
    assert node.params["weight"][0][0] == 1.25
    # The next step rebuilds the trainer from the edited graph: the forward uses 1.25.
    snapshot = step(qtbot, window, "phase", "forward").playback.current
    assert snapshot.params["linear2.weight"][0, 0] == pytest.approx(1.25)
    assert not panel.edit_value(Target("edge", 2, 0, 0, "linear2"), float("nan"))
    assert stack.count() == count + 1


def test_typing_a_bias_makes_a_default_layer_explicit_and_undo_restores_it(qtbot, window):
    wait_configured(qtbot, window)  # XOR 2-2-1: default (seeded) initialisation, with biases
    panel = window.network_panel
    panel.redraw()
    graph, stack = window.document.graph, window.document.undo_stack
    node = graph.node_by_name("linear1")
    before = copy.deepcopy(node.params)
    snapshot = panel.display_snapshot()
    w, b = snapshot.params["linear1.weight"], snapshot.params["linear1.bias"]
    assert before["init"] == "default" and before["weight"] is None
    assert panel.edit_value(Target("bias", 1, 1, layer="linear1"), -0.75)
    assert node.params["init"] == "explicit" and node.params["bias_values"][1] == -0.75
    assert node.params["bias_values"][0] == pytest.approx(float(b[0]), rel=1e-6)
    np.testing.assert_allclose(node.params["weight"], w, rtol=1e-6)
    panel.redraw()
    assert shown_neurons(panel, "bias")[("linear1", 1)] == -0.75
    assert panel.describe(Target("neuron", 1, 1, layer="linear1")).count("−0.75") >= 1
    stack.undo()
    assert node.params == before
    panel.redraw()
    assert shown_neurons(panel, "bias")[("linear1", 1)] == pytest.approx(float(b[1]))
    stack.redo()
    stack.undo()


# ----- animation, timeline, wide layers -----------------------------------------------------------------------
def test_animation_pulses_and_timeline(qtbot, window):
    open_lesson(qtbot, window, "worked-2-2-2")
    panel = window.network_panel
    window.training_panel.step_phase.click()  # forward: pulses travel input -> output

    def mid_forward() -> bool:
        state = panel.animation.at(time.monotonic())
        return state is not None and state[0] == "forward" and 0.3 < state[1] < 0.7 and panel.canvas.pulses.count > 0

    qtbot.waitUntil(mid_forward, timeout=10_000)
    assert panel._timer.isActive()
    image = save(panel.canvas, "worked_2_2_2_mid_forward")
    assert len(colours(image)) > 20
    blue = QColor(POSITIVE).rgb()
    assert any(image.pixel(x, y) == blue for x in range(image.width()) for y in range(0, image.height(), 2))
    qtbot.waitUntil(lambda: window.controller.state == "paused", timeout=10_000)
    for phase in ("loss", "backward", "update"):
        step(qtbot, window, "phase", phase)
    ring = panel.playback.ring
    assert [ring[k].phase for k in range(len(ring))][-4:] == ["forward", "loss", "backward", "update"]
    panel.timeline.slider.setValue(len(ring) - 4)  # scrub back to the forward pass
    assert not panel.playback.live and panel.playback.current.phase == "forward"
    panel.redraw()
    assert np.isnan(panel.frame.neurons.delta).all() and "replay" in panel.timeline.label.text()
    panel.timeline.live.click()
    assert panel.playback.live and panel.playback.current.phase == "update"
    panel.timeline.slider.setValue(len(ring) - 3)
    panel.timeline.replay.setChecked(True)
    qtbot.waitUntil(lambda: panel.playback.live, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.timeline.replay.isChecked(), timeout=2000)


def test_mnist_wide_layers_are_summarised(qtbot, window):
    open_lesson(qtbot, window, "mnist-mlp", timeout=40_000)
    panel = step(qtbot, window, "batch")
    frame, net = panel.frame, panel.net
    assert net.n_weights == 784 * 512 + 512 * 512 + 512 * 10
    assert 0 < len(frame.edges) < 1000
    shown = [len(v) for v in panel.builder.visible]
    assert all(4 <= k <= 24 for k in shown[:3]) and shown[3] == 10 and len(frame.neurons.x) == sum(shown)
    markers = [item.toPlainText() for item in panel.canvas.labels.markers]
    assert markers == [f"+{784 - shown[0]} more", f"+{512 - shown[1]} more", f"+{512 - shown[2]} more"]
    set_quantity(panel, "gradient")
    e = panel.frame.edges
    snapshot = panel.display_snapshot()
    for k in range(0, len(e), 37):  # the drawn edges carry this sample's exact numbers
        conn = net.connections[int(e.conn[k])]
        delta = snapshot.grads[conn.layer][0, int(e.j[k])]
        a = snapshot.values[conn.source_value][0, int(e.i[k])]
        assert e.value[k] == pytest.approx(float(delta * a), rel=1e-5, abs=1e-12)
    started = time.perf_counter()
    for _ in range(5):
        panel.redraw()
    assert (time.perf_counter() - started) / 5 < 0.1
    set_quantity(panel, "weight")
    image = save(panel, "mnist")
    assert len(colours(image)) > 20


def test_xor_mid_training_screenshot(qtbot, window):
    wait_configured(qtbot, window)
    panel = window.network_panel
    window.settings_form.epochs.setValue(2_000_000)  # long enough that it is still running when grabbed
    window.training_panel.reset_button.click()  # rebuild now (Play right after a rebuild can lose its "running")
    qtbot.waitUntil(lambda: window.controller.state == "idle" and window.controller.latest is not None
                    and window.controller.latest.epoch == 0, timeout=10_000)
    window.training_panel.play_button.setChecked(True)
    qtbot.waitUntil(lambda: window.controller.latest is not None and window.controller.latest.epoch > 300,
                    timeout=20_000)
    qtbot.waitUntil(lambda: panel.canvas.pulses.count > 0, timeout=5000)
    assert panel.animation.looping
    image = save(panel, "xor_mid_training")
    assert len(colours(image)) > 20
    window.training_panel.play_button.setChecked(False)
    qtbot.waitUntil(lambda: not window.controller.is_running(), timeout=10_000)
    qtbot.waitUntil(lambda: not panel.animation.looping, timeout=5000)


def test_gate_lesson_shows_values_without_training_and_a_typed_bias_changes_them(qtbot, window):
    open_lesson(qtbot, window, "gate-and")  # Step layers: the trainer refuses to step, the view computes z
    panel = window.network_panel
    qtbot.waitUntil(lambda: panel.display_snapshot() is not None, timeout=5000)
    panel.controls.batch.setChecked(False)
    zs, outs = [], []
    for row in range(4):
        panel.controls.sample.setValue(row + 1)
        panel.redraw()
        zs.append(shown_neurons(panel, "z")[("linear1", 0)])
        outs.append(shown_neurons(panel, "a")[("linear1", 0)])
    assert zs == pytest.approx([-0.7, -0.2, -0.2, 0.3], abs=1e-6)  # z = 0.5 x1 + 0.5 x2 - 0.7
    assert outs == [0.0, 0.0, 0.0, 1.0]  # AND
    assert panel.edit_value(Target("bias", 1, 0, layer="linear1"), -0.3)  # now an OR
    panel.redraw()
    assert shown_neurons(panel, "a")[("linear1", 0)] == 1.0 and "b = −0.3" in "".join(
        item.toPlainText() for item in panel.canvas.labels.neuron_labels)
    panel.controls.sample.setValue(1)
    panel.redraw()
    assert shown_neurons(panel, "z")[("linear1", 0)] == pytest.approx(-0.3)
    window.document.undo_stack.undo()
    panel.redraw()
    assert shown_neurons(panel, "z")[("linear1", 0)] == pytest.approx(-0.7)


def test_residual_paths_are_drawn_and_described(qtbot, window):
    open_lesson(qtbot, window, "residual")
    panel = window.network_panel
    qtbot.waitUntil(lambda: panel.display_snapshot() is not None, timeout=5000)
    panel.redraw()
    e = panel.frame.edges
    assert int(e.identity.sum()) == 4 * 2 * 10  # 4 Add blocks, each joining two 10-wide inputs
    skips = e.identity & (e.depth1 - e.depth0 > 1)
    assert skips.any() and (e.ym[skips] > np.maximum(e.y0[skips], e.y1[skips])).all()  # bent between neurons
    k = int(np.flatnonzero(skips)[0])
    target = Target("path", panel.net.connections[int(e.conn[k])].target, int(e.j[k]), int(e.i[k]))
    assert "identity path" in panel.describe(target)
