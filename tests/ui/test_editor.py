"""The graph editor driven as a user drives it: palette drops, port drags, undo/redo, files, pictures."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ann_viz.core.graph import KINDS, graph_to_dict, topological_order, validate
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.project import project_to_dict
from ann_viz.ui.editor.commands import MoveNodesCommand, RemoveLinkCommand, SetParamCommand
from ann_viz.ui.editor.link_item import LinkItem
from ann_viz.ui.editor.node_item import HEIGHT, WIDTH, NodeItem
from ann_viz.ui.tr import tr_core

REPO = Path(__file__).resolve().parents[2]
LINEAR_HEADER, SIGMOID_HEADER = QColor("#d08b3a"), QColor("#4f9d69")

# Found while writing these tests (fixed since in the app): delete_command() built its sub-commands
# as Qt children of a macro without keeping Python references; PySide6 destroyed them at once and
# QUndoStack.push(macro) called redo() on freed memory, so Edit > Delete segfaulted. A segfault would
# take the whole run down, so it is probed in a child process first.
_DELETE_PROBE = """
from PySide6.QtGui import QUndoStack
from ann_viz.core.graph import Graph
from ann_viz.ui.editor.commands import delete_command
graph = Graph()
a, b = graph.add_node("input", "a"), graph.add_node("relu", "b")
graph.add_link(a.id, b.id)
stack = QUndoStack()
stack.push(delete_command(graph, [b.id], []))
stack.undo()
assert list(graph.nodes) == [a.id, b.id] and len(graph.links) == 1
print("ok")
"""


def _run_python(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env))


DELETE_CRASHES = _run_python(_DELETE_PROBE).stdout.strip() != "ok"
# In-process tests that go through delete_command are skipped while it crashes; the child-process
# test test_edit_delete_of_a_selected_node_does_not_crash fails instead and says why.
needs_delete = pytest.mark.skipif(DELETE_CRASHES, reason="delete_command crashes the interpreter")


# ----- simulated input -------------------------------------------------------------------
def drop_kind(window, kind: str, pos: QPoint) -> str:
    """Drag ``kind`` from the palette and drop it on the canvas at viewport ``pos``; the new node's id."""
    viewport, graph = window.view.viewport(), window.document.graph
    before = set(graph.nodes)
    mime = window.palette.mimeData([window.palette.item_for_kind(kind)])
    enter = QDragEnterEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    added = set(graph.nodes) - before
    assert len(added) == 1, f"dropping {kind} added {added}"
    return added.pop()


def to_view(window, scene_pos: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_pos)


def mouse_drag(window, start: QPoint, end: QPoint) -> None:
    """Press, move in steps and release with the left button (Qt 6's QTest.mouseMove keeps it held)."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, start)
    for t in (0.25, 0.5, 0.75, 1.0):
        QTest.mouseMove(viewport, start + (end - start) * t)
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, end)


def drag_link(window, source: str, target: str) -> None:
    """Drag from ``source``'s output port to ``target``'s input port with the mouse."""
    items = window.scene.nodes
    mouse_drag(window, to_view(window, items[source].output_port_pos()),
               to_view(window, items[target].input_port_pos()))


# ----- model views ------------------------------------------------------------------------
def structure(graph):
    """Kinds and params in topological order, and links as (source index, target index, kinds)."""
    order = topological_order(graph)
    index = {nid: i for i, nid in enumerate(order)}
    links = sorted((index[l.source], index[l.target], graph.nodes[l.source].kind, graph.nodes[l.target].kind)
                   for l in graph.links)
    return ([graph.nodes[n].kind for n in order], [graph.nodes[n].params for n in order], links)


def assert_scene_mirrors(window) -> None:
    graph, scene = window.document.graph, window.scene
    assert set(scene.nodes) == set(graph.nodes)
    assert set(scene.links) == {l.id for l in graph.links}
    node_items = [i for i in scene.items() if isinstance(i, NodeItem)]
    link_items = [i for i in scene.items() if isinstance(i, LinkItem)]
    assert sorted(i.node.id for i in node_items) == sorted(graph.nodes)
    assert sorted(i.link.id for i in link_items) == sorted(l.id for l in graph.links)
    for nid, item in scene.nodes.items():
        assert item.node is graph.nodes[nid]
        assert (item.pos().x(), item.pos().y()) == tuple(graph.nodes[nid].position)
    for lid, item in scene.links.items():
        assert item.link in graph.links
        path = item.path()
        assert path.pointAtPercent(0) == scene.nodes[item.link.source].output_port_pos()
        assert path.pointAtPercent(1) == scene.nodes[item.link.target].input_port_pos()


def graph_dict(window) -> dict:
    return graph_to_dict(window.document.graph)


def select(window, node_ids=(), link_ids=()) -> None:
    window.scene.clearSelection()
    for nid in node_ids:
        window.scene.nodes[nid].setSelected(True)
    for lid in link_ids:
        window.scene.links[lid].setSelected(True)


def ids_by_name(window) -> dict[str, str]:
    return {n.name: n.id for n in window.document.graph.nodes.values()}


@pytest.fixture
def no_prompts(monkeypatch):
    """Record QMessageBox.question/warning calls instead of showing modal boxes."""
    calls = {"question": [], "warning": [], "answer": QMessageBox.Discard}

    def question(*args, **kwargs):
        calls["question"].append(args)
        return calls["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: calls["warning"].append(a)))
    return calls


# ----- building a network by hand -----------------------------------------------------------
def test_build_xor_from_empty_project_with_mouse(window, qtbot):
    window.new_project()
    qtbot.wait(20)
    assert window.document.graph.nodes == {} and window.scene.nodes == {}
    kinds = ["input", "linear", "sigmoid", "linear", "sigmoid", "output"]
    # The view re-centres as the scene grows, so aim each drop at a scene spot (2 rows of 3) and
    # map it to the viewport at the time of the drop, as a user aims at what is on screen.
    origin = window.view.mapToScene(QPoint(20, 30))
    spots = [origin + QPointF(220 * (i % 3), 150 * (i // 3)) for i in range(len(kinds))]
    ids = [drop_kind(window, kind, to_view(window, spot)) for kind, spot in zip(kinds, spots)]
    graph = window.document.graph
    assert [graph.nodes[n].kind for n in ids] == kinds
    positions = [tuple(graph.nodes[n].position) for n in ids]
    assert len(set(positions)) == len(positions)
    # nodes do not overlap, so every port gesture lands on the intended node
    rects = [window.scene.nodes[n].sceneBoundingRect() for n in ids]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    viewport_rect = window.view.viewport().rect()
    for n in ids:
        assert viewport_rect.contains(to_view(window, window.scene.nodes[n].output_port_pos()))
    assert window.document.undo_stack.count() == 6

    for source, target in zip(ids, ids[1:]):
        drag_link(window, source, target)
    assert [(l.source, l.target) for l in graph.links] == list(zip(ids, ids[1:]))
    assert window.document.undo_stack.count() == 11
    assert window.scene._drag_link is None  # the rubber link is gone after the release

    # linear2 -> 1 unit through the inspector (as the user types it), Input features 2 by command
    select(window, [ids[3]])
    spin = window.inspector.fields["units"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "1")
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    assert graph.nodes[ids[3]].params["units"] == 1
    window.document.undo_stack.push(SetParamCommand(graph, ids[0], "features", 2))

    expected = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    assert structure(graph) == structure(expected)
    assert validate(graph) == []
    assert window.problems() == []
    assert window.training_panel.play_button.isEnabled()
    assert window.training_panel.step_epoch.isEnabled()
    assert window.training_panel.reason_label.text() == ""
    assert_scene_mirrors(window)


def test_refused_link_onto_input_node_adds_nothing_and_says_why(window, qtbot):
    ids = ids_by_name(window)
    before, count = graph_dict(window), window.document.undo_stack.count()
    window.statusBar().clearMessage()
    drag_link(window, ids["linear1"], ids["input"])
    assert graph_dict(window) == before
    assert window.document.undo_stack.count() == count
    assert window.statusBar().currentMessage() == tr_core("'input' takes no input.")
    assert window.scene._drag_link is None
    assert not [i for i in window.scene.items() if isinstance(i, LinkItem) and i.link is None]


def test_refused_duplicate_link_reports_it(window, qtbot):
    ids = ids_by_name(window)
    before = graph_dict(window)
    window.statusBar().clearMessage()
    drag_link(window, ids["input"], ids["linear1"])
    assert graph_dict(window) == before
    assert "already connected" in window.statusBar().currentMessage()


# ----- undo / redo ----------------------------------------------------------------------------
def _random_param_value(rng: random.Random, spec):
    if spec.type == "bool":
        return rng.choice([True, False])
    if spec.type == "choice":
        return rng.choice(spec.choices)
    if spec.type == "int":
        return rng.randint(int(spec.minimum), int(spec.minimum) + 9)
    return round(rng.uniform(spec.minimum, min(spec.maximum, spec.minimum + 1.0)), 3)


EDITS = ["add", "add", "delete_node", "delete_link", "duplicate", "param", "param", "move", "connect", "connect"]


def _random_edit(window, rng: random.Random, edits: list[str]) -> str:
    graph, stack, scene = window.document.graph, window.document.undo_stack, window.scene
    node_ids, link_ids = list(graph.nodes), [l.id for l in graph.links]
    choice = rng.choice(edits)
    if choice == "add" or not node_ids:
        window.add_kind(rng.choice(sorted(KINDS)), QPointF(rng.uniform(-500, 900), rng.uniform(-400, 600)))
        return "add"
    if choice == "delete_node":
        select(window, rng.sample(node_ids, min(len(node_ids), rng.choice([1, 1, 2]))))
        window.delete_selection()
    elif choice == "delete_link" and link_ids:
        select(window, link_ids=rng.sample(link_ids, min(len(link_ids), rng.choice([1, 2]))))
        window.delete_selection()
    elif choice == "duplicate":
        select(window, rng.sample(node_ids, min(len(node_ids), rng.choice([1, 2, 3]))))
        window.duplicate()
    elif choice == "param":
        editable = [n for n in graph.nodes.values()
                    if any(p.type not in ("matrix", "vector") for p in n.spec.params)]
        if editable:
            node = rng.choice(editable)
            spec = rng.choice([p for p in node.spec.params if p.type not in ("matrix", "vector")])
            stack.push(SetParamCommand(graph, node.id, spec.name, _random_param_value(rng, spec)))
    elif choice == "move":
        moved = rng.sample(node_ids, min(len(node_ids), rng.choice([1, 2])))
        moves = {nid: (tuple(graph.nodes[nid].position),
                       (graph.nodes[nid].position[0] + rng.randint(-80, 80), graph.nodes[nid].position[1] + 25.5))
                 for nid in moved}
        stack.push(MoveNodesCommand(graph, moves))
    elif choice == "connect":
        scene.connect_nodes(rng.choice(node_ids), rng.choice(node_ids))
    return choice


@pytest.mark.parametrize("with_deletes", [False, pytest.param(True, marks=needs_delete)],
                         ids=["no-deletes", "with-deletes"])
def test_random_edits_undo_and_redo_exactly(window, qtbot, no_prompts, with_deletes):
    edits = EDITS if with_deletes else [e for e in EDITS if not e.startswith("delete")]
    window.open_lesson("residual")
    stack = window.document.undo_stack
    assert stack.count() == 0 and window.document.project.preset == "residual"
    states = {0: graph_dict(window)}  # undo-stack index -> graph after the edits up to it
    rng = random.Random(20240611)
    kinds = []
    for _ in range(60):
        kinds.append(_random_edit(window, rng, edits))
        index = stack.index()
        for stale in [i for i in states if i > index]:  # a push truncates the redo tail
            del states[stale]
        states[index] = graph_dict(window)
        assert_scene_mirrors(window)
    assert set(edits) - {"delete_link"} <= set(kinds)
    top = stack.index()
    assert top == stack.count() and top >= 40
    assert set(states) == set(range(top + 1))

    for index in range(top - 1, -1, -1):
        stack.undo()
        assert stack.index() == index
        assert graph_dict(window) == states[index], f"undo to step {index}"
        assert_scene_mirrors(window)
    for index in range(1, top + 1):
        stack.redo()
        assert stack.index() == index
        assert graph_dict(window) == states[index], f"redo to step {index}"
        assert_scene_mirrors(window)
    assert window.problems() == [p for p in validate(window.document.graph) if p.severity == "error"]


@needs_delete
def test_delete_node_then_undo_restores_its_links(window, qtbot):
    window.open_lesson("residual")
    graph = window.document.graph
    add = graph.nodes_of_kind("add")[0]
    inputs, outputs = graph.inputs_of(add.id), graph.outputs_of(add.id)
    assert len(inputs) == 2 and outputs  # the block and the skip in; the next block (and its skip) out
    before = graph_dict(window)
    select(window, [add.id])
    window.delete_selection()
    assert add.id not in graph.nodes and not graph.links_of(add.id)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert graph_dict(window) == before
    assert_scene_mirrors(window)
    window.document.undo_stack.redo()
    assert add.id not in graph.nodes
    assert_scene_mirrors(window)


_DELETE_IN_WINDOW = """
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ann_viz.core.graph import graph_to_dict
from ann_viz.ui.main_window import MainWindow
window = MainWindow(settings=QSettings(SETTINGS, QSettings.IniFormat))
window.show()
app.processEvents()
graph = window.document.graph
before = graph_to_dict(graph)
window.scene.select_nodes([graph.node_by_name("linear1").id])
window.delete_selection()
assert "linear1" not in {n.name for n in graph.nodes.values()}
window.document.undo_stack.undo()
assert graph_to_dict(graph) == before
window.document.undo_stack.setClean()
window.close()
print("ok")
"""


def test_edit_delete_of_a_selected_node_does_not_crash(tmp_path):
    """Edit > Delete in a real window, in a child process: a crash there fails this test instead of the run."""
    code = _DELETE_IN_WINDOW.replace("SETTINGS", repr(str(tmp_path / "settings.ini")))
    result = _run_python(code, HOME=str(tmp_path))
    assert result.returncode == 0, f"exit status {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip().endswith("ok")


@needs_delete
def test_delete_of_linked_nodes_and_links_together_is_one_step(window, qtbot):
    ids = ids_by_name(window)
    graph = window.document.graph
    before = graph_dict(window)
    link_into_output = [l.id for l in graph.links if l.target == ids["output"]]
    select(window, [ids["linear1"], ids["sigmoid1"]], link_into_output)
    window.delete_selection()
    assert window.document.undo_stack.count() == 1
    assert set(graph.nodes) == set(ids.values()) - {ids["linear1"], ids["sigmoid1"]}
    assert [(graph.nodes[l.source].name, graph.nodes[l.target].name) for l in graph.links] == [
        ("linear2", "sigmoid2")]
    window.document.undo_stack.undo()
    assert graph_dict(window) == before
    assert_scene_mirrors(window)


def _check_pasted(window, before: dict, new_ids: list[str], linear_params: dict) -> None:
    graph = window.document.graph
    old = {n["id"]: n for n in before["nodes"]}
    assert len(new_ids) == 2 and not set(new_ids) & set(old)
    names = [graph.nodes[n].name for n in new_ids]
    assert not set(names) & {n["name"] for n in before["nodes"]}
    assert sorted(graph.nodes[n].kind for n in new_ids) == ["linear", "sigmoid"]
    linear_id = next(n for n in new_ids if graph.nodes[n].kind == "linear")
    sigmoid_id = next(n for n in new_ids if graph.nodes[n].kind == "sigmoid")
    assert graph.inputs_of(sigmoid_id) == [linear_id]  # the internal link is kept
    assert graph.inputs_of(linear_id) == []  # links to the outside are not
    assert graph.outputs_of(sigmoid_id) == []
    assert graph.nodes[linear_id].params == linear_params
    assert len(graph.links) == len(before["links"]) + 1
    assert set(window.scene.selected_node_ids()) == set(new_ids)


@pytest.mark.parametrize("how", ["copy_paste", "duplicate"])
def test_copy_paste_and_duplicate_are_one_step_with_fresh_names(window, qtbot, how):
    ids = ids_by_name(window)
    graph, stack = window.document.graph, window.document.undo_stack
    window.document.undo_stack.push(SetParamCommand(graph, ids["linear1"], "units", 3))
    before, count = graph_dict(window), stack.count()
    select(window, [ids["linear1"], ids["sigmoid1"]])
    if how == "copy_paste":
        window.copy()
        window.paste()
    else:
        window.duplicate()
    assert stack.count() == count + 1
    new_ids = [n for n in graph.nodes if n not in set(ids.values())]
    _check_pasted(window, before, new_ids, dict(graph.nodes[ids["linear1"]].params))
    for (new, src) in ((graph.nodes[n], graph.nodes[ids[graph.nodes[n].kind + "1"]]) for n in new_ids):
        assert new.position == (src.position[0] + 40.0, src.position[1] + 40.0)
    assert_scene_mirrors(window)
    after = graph_dict(window)
    stack.undo()
    assert graph_dict(window) == before
    assert_scene_mirrors(window)
    stack.redo()
    assert graph_dict(window) == after
    assert_scene_mirrors(window)


def test_pasting_twice_gives_distinct_names(window, qtbot):
    ids = ids_by_name(window)
    select(window, [ids["linear1"]])
    window.copy()
    window.paste()
    window.paste()
    names = [n.name for n in window.document.graph.nodes.values()]
    assert len(names) == len(set(names)) == 8
    assert window.document.undo_stack.count() == 2


def test_mouse_drag_of_a_node_is_one_undo_step(window, qtbot):
    ids = ids_by_name(window)
    graph, stack = window.document.graph, window.document.undo_stack
    node, item = graph.nodes[ids["linear2"]], window.scene.nodes[ids["linear2"]]
    old = tuple(node.position)
    # Sideways, within the scene's width: the view centres a scene smaller than itself, and a drag
    # that grows the scene rect re-centres it mid-drag (the scene/viewport mapping shifts). The
    # link curves' shapes grow it a little vertically even here, so y is checked on screen only.
    start = to_view(window, item.mapToScene(QPointF(WIDTH / 2, HEIGHT / 2)))
    end = start + QPoint(-60, 0)
    mouse_drag(window, start, end)
    assert stack.count() == 1
    new = tuple(node.position)
    assert new != old
    scale = window.view.transform().m11()
    assert new[0] - old[0] == pytest.approx(-60 / scale, abs=1.5 / scale)
    # the grabbed point stays under the cursor
    grabbed = item.mapToScene(QPointF(WIDTH / 2, HEIGHT / 2))
    under_cursor = window.view.mapToScene(end)
    assert abs(grabbed.x() - under_cursor.x()) <= 1.5 / scale and abs(grabbed.y() - under_cursor.y()) <= 1.5 / scale
    assert (item.pos().x(), item.pos().y()) == new
    # the links of the moved node follow it
    for link in graph.links_of(node.id):
        path = window.scene.links[link.id].path()
        assert path.pointAtPercent(0) == window.scene.nodes[link.source].output_port_pos()
        assert path.pointAtPercent(1) == window.scene.nodes[link.target].input_port_pos()
    stack.undo()
    assert tuple(node.position) == old
    assert (item.pos().x(), item.pos().y()) == old
    assert_scene_mirrors(window)
    stack.redo()
    assert tuple(node.position) == new
    assert_scene_mirrors(window)


def test_click_without_moving_pushes_nothing(window, qtbot):
    item = window.scene.nodes[ids_by_name(window)["linear1"]]
    point = to_view(window, item.mapToScene(QPointF(WIDTH / 2, HEIGHT / 2)))
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert item.isSelected()
    assert window.document.undo_stack.count() == 0


# ----- files ------------------------------------------------------------------------------------
def test_save_then_open_round_trips_the_project(window, qtbot, tmp_path, no_prompts):
    ids = ids_by_name(window)
    graph = window.document.graph
    window.document.undo_stack.push(SetParamCommand(graph, ids["linear1"], "units", 3))
    window.document.undo_stack.push(MoveNodesCommand(graph, {ids["output"]: (graph.nodes[ids["output"]].position,
                                                                             (123.25, -4.5))}))
    rng = np.random.default_rng(0)
    window.document.set_weights({"linear1.weight": rng.normal(size=(3, 2)).astype(np.float32),  # every one:
                                 "linear1.bias": rng.normal(size=3).astype(np.float32),  # Save writes only
                                 "linear2.weight": rng.normal(size=(1, 3)).astype(np.float32),  # weights that
                                 "linear2.bias": rng.normal(size=1).astype(np.float32)})  # fit the graph
    before = project_to_dict(window.document.project)
    path = tmp_path / "net.annviz.json"
    window.document.save(path)
    assert not window.document.is_modified()
    assert window.open_path(str(path))
    assert no_prompts["question"] == [] and no_prompts["warning"] == []
    after = project_to_dict(window.document.project)
    for key in ("graph", "data", "training", "weights"):
        assert after[key] == before[key], key
    assert after == before
    assert window.document.path == path
    assert window.document.undo_stack.count() == 0 and not window.document.is_modified()
    assert_scene_mirrors(window)
    assert window.recent_files()[0] == str(path.resolve())


@pytest.mark.parametrize("damage", ["truncated", "newer_project", "newer_graph"])
def test_bad_file_warns_and_leaves_the_open_project(window, qtbot, tmp_path, no_prompts, damage):
    good = tmp_path / "good.annviz.json"
    window.document.save(good)
    text = good.read_text(encoding="utf-8")
    data = json.loads(text)
    bad = tmp_path / "bad.annviz.json"
    if damage == "truncated":
        bad.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "newer_project":
        data["schema"] = 99
        bad.write_text(json.dumps(data), encoding="utf-8")
    else:
        data["graph"]["schema"] = 99
        bad.write_text(json.dumps(data), encoding="utf-8")
    window.document.undo_stack.push(SetParamCommand(window.document.graph, ids_by_name(window)["linear1"],
                                                    "units", 4))  # unsaved, so a discard prompt comes first
    graph, before, count = window.document.graph, graph_dict(window), window.document.undo_stack.count()
    assert window.open_path(str(bad)) is False
    assert len(no_prompts["warning"]) == 1
    message = no_prompts["warning"][0][2]
    assert "bad.annviz.json" in message
    assert ("newer" in message) == (damage != "truncated")
    assert window.document.graph is graph and graph_dict(window) == before
    assert window.document.undo_stack.count() == count and window.document.path == good
    assert str(bad.resolve()) not in window.recent_files()


def test_saving_is_atomic_and_leaves_no_temporary_files(window, qtbot, tmp_path):
    folder = tmp_path / "projects"
    folder.mkdir()
    path = folder / "xor.annviz.json"
    window.document.save(path)
    window.document.undo_stack.push(SetParamCommand(window.document.graph, ids_by_name(window)["linear1"],
                                                    "units", 5))
    window.document.save(path)
    assert sorted(p.name for p in folder.iterdir()) == ["xor.annviz.json"]
    assert json.loads(path.read_text(encoding="utf-8"))["graph"] == graph_dict(window)


def test_unsaved_changes_prompt_cancel_keeps_and_discard_replaces(window, qtbot, no_prompts):
    window.add_kind("relu", QPointF(10, 10))
    graph, before = window.document.graph, graph_dict(window)
    assert window.document.is_modified()
    no_prompts["answer"] = QMessageBox.Cancel
    window.new_project()
    assert len(no_prompts["question"]) == 1
    assert window.document.graph is graph and graph_dict(window) == before
    assert window.document.is_modified() and window.document.undo_stack.count() == 1
    no_prompts["answer"] = QMessageBox.Discard
    window.new_project()
    assert len(no_prompts["question"]) == 2
    assert window.document.graph is not graph and window.document.graph.nodes == {}
    assert window.scene.nodes == {} and not window.document.is_modified()
    assert window.document.undo_stack.count() == 0


# Found while writing these tests (fixed since in the app): GraphScene.set_graph() cleared the scene
# while self.nodes still held the deleted NodeItems; the selectionChanged that clear() emits reached
# MainWindow._selection_changed -> isSelected() on a deleted item -> RuntimeError.
@pytest.mark.parametrize("switch", ["new_project", "open_lesson"])
def test_replacing_the_project_with_a_layer_selected_raises_nothing(window, qtbot, no_prompts, switch):
    window.scene.select_nodes([ids_by_name(window)["linear1"]])
    assert window.scene.selected_node_ids()
    with qtbot.captureExceptions() as exceptions:
        if switch == "new_project":
            window.new_project()
        else:
            window.open_lesson("residual")
    assert window.scene.selected_node_ids() == []
    assert set(window.scene.nodes) == set(window.document.graph.nodes)
    assert not exceptions, "".join(str(e[1]) for e in exceptions)


# ----- validity and training controls -------------------------------------------------------------
@pytest.mark.parametrize("how", [pytest.param("delete_selection", marks=needs_delete), "disconnect_command"])
def test_invalid_graph_disables_training_until_undo(window, qtbot, how):
    ids = ids_by_name(window)
    graph, panel = window.document.graph, window.training_panel
    buttons = [panel.play_button, panel.step_epoch, panel.step_batch, panel.step_phase]
    assert all(b.isEnabled() for b in buttons)
    link = next(l for l in graph.links if l.target == ids["output"])
    if how == "delete_selection":  # what Edit > Delete does with the link selected
        select(window, link_ids=[link.id])
        window.delete_selection()
    else:  # the same model change as one plain (top-level) undo command
        window.document.undo_stack.push(RemoveLinkCommand(graph, link.id))
    assert link not in graph.links and window.document.undo_stack.count() == 1
    assert not any(b.isEnabled() for b in buttons)
    problems = window.problems()
    assert problems and {p.node_id for p in problems} >= {ids["output"], ids["sigmoid2"]}
    first = tr_core(problems[0].message)
    assert first in panel.reason_label.text()
    assert first in window.validity_label.text()
    assert window.validity_label.text().startswith("Invalid")
    assert "'output' has nothing connected to its input." in window.validity_label.toolTip()
    assert window.scene.nodes[ids["output"]].problem == "'output' has nothing connected to its input."
    assert window.scene.nodes[ids["sigmoid2"]].problem
    window.document.undo_stack.undo()
    assert all(b.isEnabled() for b in buttons)
    assert panel.reason_label.text() == ""
    assert window.validity_label.text() == "Ready to train"
    assert all(item.problem == "" for item in window.scene.nodes.values())


# ----- pictures ---------------------------------------------------------------------------------------
def _has_colour_near(image: QImage, colour: QColor, rect, tol: int = 12) -> bool:
    arr = _rgb(image)[rect[1]:rect[3], rect[0]:rect[2]].astype(int)
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return bool((np.abs(arr - target).max(axis=-1) <= tol).any())


def _rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    return raw[:, : width * 3].reshape(height, width, 3).copy()


def test_screenshot_from_the_command_line(tmp_path):
    png = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "ann_viz", "--screenshot", str(png), "--layout", "build",
                             "xor-2-2-1"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1400, 860)
    pixels = _rgb(image)
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 200  # not blank
    # in Build the canvas is the middle of the window (docks left, right and below)
    canvas = (int(image.width() * 0.2), int(image.height() * 0.05), int(image.width() * 0.75),
              int(image.height() * 0.7))
    assert _has_colour_near(image, LINEAR_HEADER, canvas)
    assert _has_colour_near(image, SIGMOID_HEADER, canvas)


def test_export_png_and_svg(window, qtbot, tmp_path):
    from ann_viz.ui.figure_export import export_scene_image

    png, svg = tmp_path / "net.png", tmp_path / "net.svg"
    export_scene_image(window.scene, png)
    export_scene_image(window.scene, svg)
    assert png.stat().st_size > 0 and svg.stat().st_size > 0
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 100 and image.height() > 50
    whole = (0, 0, image.width(), image.height())
    assert _has_colour_near(image, LINEAR_HEADER, whole) and _has_colour_near(image, SIGMOID_HEADER, whole)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "svg" in svg.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".png", ".svg", ".tmp")) == ["net.png",
                                                                                                   "net.svg"]
