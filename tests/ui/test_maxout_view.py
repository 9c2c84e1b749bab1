"""A Maxout network in the neuron view: each neuron's pieces joined to it by paths, the clicked
neuron's pieces drawn as lines under their maximum, the chain rule of a piece, the path's words,
and the property form's k (2..8)."""

from __future__ import annotations

import numpy as np

from PySide6.QtGui import QUndoStack

from ann_viz.core.graph import infer_widths, validate
from ann_viz.core.inspect.chain_rule import neuron_factors
from ann_viz.core.presets.builder import chain, linear
from ann_viz.ui.inspector import Inspector
from ann_viz.ui.network.canvas import Target
from tests.ui.test_inspector import type_into
from tests.ui.test_network_view import open_lesson, save, step


def maxout_columns(panel):
    return [c for c in panel.net.columns if c.kind == "maxout"]


def test_pieces_are_joined_to_their_maxout_neuron_and_drawn_when_clicked(qtbot, window):
    open_lesson(qtbot, window, "activation-maxout")
    for phase in ("forward", "loss", "backward"):
        panel = step(qtbot, window, "phase", phase)
    net, snapshot = panel.net, panel.display_snapshot()
    first = maxout_columns(panel)[0]
    assert (first.width, first.pieces) == (10, 2) and net.columns[first.index - 1].width == 20
    e = panel.frame.edges
    into = np.array([net.connections[int(c)].target == first.index for c in e.conn])
    assert into.sum() == 20 and e.identity[into].all()
    assert (e.j[into] == e.i[into] // 2).all()  # piece i feeds neuron i // 2
    # clicking a Maxout neuron draws its two pieces and their maximum
    panel._clicked(Target("neuron", first.index, 3))
    curve = panel.tabs.curve
    assert curve.isVisible() and curve.plot.isVisible()
    t, top = curve.f_curve.getData()
    lines = [curve.pieces[i].getData()[1] for i in range(2)]
    np.testing.assert_allclose(top, np.maximum(*lines))
    for line in lines:  # straight lines
        np.testing.assert_allclose(np.diff(line, 2), 0, atol=1e-9)
    assert len(curve.pieces[2].getData()[0] if curve.pieces[2].getData()[0] is not None else []) == 0
    xs, ys = curve.samples.getData()
    pieces = snapshot.values[net.columns[first.index - 1].head][:, 6:8]
    np.testing.assert_allclose(ys, pieces.max(axis=1), rtol=1e-5, atol=1e-6)
    assert "max of 2 pieces" in curve.caption.text()
    pieces_column = net.columns[first.index - 1]
    assert f"= max({net.z_label(pieces_column, 6)}, {net.z_label(pieces_column, 7)}) =" in panel.info.text()
    curve.resize(420, 300)
    save(curve, "maxout_curve")
    image = save(panel, "maxout_neuron")
    assert image.width() > 100
    # the chain rule of a piece: 1 x the neuron's delta where it won, 0 where it lost
    pieces_column = net.columns[first.index - 1]
    for j in range(4):
        factors = neuron_factors(net, snapshot, pieces_column.index, j, 0)
        bp = factors.backprop
        assert bp.dL_da == np.float32(snapshot.grads[pieces_column.head][0, j]) or np.isclose(
            bp.dL_da, snapshot.grads[pieces_column.head][0, j], atol=1e-7)
        assert [t.weight for t in bp.terms] in ([0.0], [1.0])
    text = panel.describe(Target("path", first.index, 3, 6))
    piece, neuron = net.z_label(pieces_column, 6), net.a_label(first, 3)
    assert f"{piece} is piece 1 of {neuron}" in text and "Sample 1" in text


def test_the_property_form_edits_k_within_2_to_8_and_says_when_the_width_does_not_fit(qtbot):
    graph = chain(2, [linear(6), ("maxout", {}), linear(1), "sigmoid"], "bce")
    node = graph.node_by_name("maxout1")
    assert node.params == {"k": 2}
    stack = QUndoStack()
    inspector = Inspector()
    qtbot.addWidget(inspector)
    inspector.show()
    inspector.set_target(graph, node.id, stack)
    spin = inspector.fields["k"]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (2, 8, 2)
    type_into(qtbot, spin, "3")
    assert node.params["k"] == 3 and stack.count() == 1
    assert validate(graph) == [] and infer_widths(graph)[node.id] == 2
    type_into(qtbot, spin, "9")  # beyond the range: the spin box does not take it
    assert node.params["k"] in (3, 8)
    spin.setValue(4)  # 6 pieces do not split into groups of 4
    assert node.params["k"] == 4
    (problem,) = validate(graph)
    assert problem.node_id == node.id and "multiple of 4" in problem.message
    stack.undo()  # successive edits of one field merge into one undo step
    assert node.params["k"] == 2 and validate(graph) == []


def test_the_maxout_lesson_in_the_plane_views_and_the_landscape(qtbot, window):
    open_lesson(qtbot, window, "activation-maxout")
    for _ in range(3):
        step(qtbot, window, "epoch")
    maps = window.neuron_maps
    window.plane_docks[1].show()
    window.plane_docks[1].raise_()
    qtbot.waitUntil(lambda: len(maps.rows) > 0, timeout=10_000)
    kinds = [maps.source.network.kinds[i] for i, _, _ in maps.rows]
    assert kinds.count("maxout") == 3  # each Maxout layer's neurons get a row of maps
    window.landscape_dock.show()
    window.landscape_dock.raise_()
    landscape = window.landscape
    qtbot.waitUntil(landscape.showing, timeout=10_000)
    before = landscape.frames_drawn
    landscape.set_snapshot(window.controller.latest)
    qtbot.waitUntil(lambda: landscape.frames_drawn > before, timeout=60_000)
    losses = landscape.frame.losses
    assert np.isfinite(losses).all() and losses.std() > 0
    save(window, "maxout_window")


def concat_maxout_project():
    """Input -> Linear(4); [Linear, Input] -> Concat (6) -> Maxout(k=3) -> Dropout -> Linear(1) -> Sigmoid."""
    from ann_viz.core.graph import Graph
    from ann_viz.core.layout import apply_layout
    from ann_viz.core.project import Project
    from ann_viz.core.train import TrainConfig

    g = Graph()
    nodes = [g.add_node("input", "input", {"features": 2}), g.add_node("linear", params={"units": 4}),
             g.add_node("concat"), g.add_node("maxout", params={"k": 3}), g.add_node("dropout", params={"p": 0.1}),
             g.add_node("linear", params={"units": 1}), g.add_node("sigmoid"), g.add_node("output", "output")]
    for s, t in [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7)]:
        g.add_link(nodes[s].id, nodes[t].id)
    apply_layout(g)
    return Project(g, {"kind": "xor"}, TrainConfig(lr=0.5, seed=1))


def test_a_maxout_fed_by_a_concat_is_drawn_and_explained(qtbot, window, tmp_path):
    from ann_viz.core.project import save_project

    path = tmp_path / "concat-maxout.annviz.json"
    save_project(concat_maxout_project(), path)
    window.document.undo_stack.setClean()
    assert window.open_path(str(path))
    for phase in ("forward", "loss", "backward"):
        panel = step(qtbot, window, "phase", phase)
    net = panel.net
    (column,) = maxout_columns(panel)
    assert column.width == 2 and column.activation == "dropout" and net.columns[column.index - 1].kind == "concat"
    e = panel.frame.edges
    into = np.array([net.connections[int(c)].target == column.index for c in e.conn])
    assert sorted(e.j[into].tolist()) == [0, 0, 0, 1, 1, 1]
    panel._clicked(Target("neuron", column.index, 1))
    curve = panel.tabs.curve
    assert not curve.plot.isVisible() and "Linear layer feeds the Maxout" in curve.caption.text()
    assert "max(" in panel.info.text()
    assert "is piece 3 of" in panel.describe(Target("path", column.index, 1, 5))
