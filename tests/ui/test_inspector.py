"""The inspector: edits go through the undo stack, refusals leave the model alone, undo refreshes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit

from ann_viz.core.graph import Graph
from ann_viz.core.presets.builder import chain, linear
from ann_viz.ui.editor.commands import RemoveNodeCommand
from ann_viz.ui.inspector import Inspector, format_numbers, parse_numbers

HINT = "Select a layer to edit it."


@pytest.fixture
def setup(qtbot):
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    stack = QUndoStack()
    inspector = Inspector()
    qtbot.addWidget(inspector)
    inspector.show()
    node = graph.node_by_name("linear1")
    inspector.set_target(graph, node.id, stack)
    return graph, stack, inspector, node


def type_into(qtbot, widget, text: str) -> None:
    """Replace the text of a line edit (or a spin box's editor) and press Enter, as a user would."""
    edit = widget if isinstance(widget, QLineEdit) else widget.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def showing_hint(inspector: Inspector) -> bool:
    return inspector.hint.isVisible() and inspector.name_edit is None and not inspector.fields


def test_units_spin_box_pushes_one_command(qtbot, setup):
    graph, stack, inspector, node = setup
    spin = inspector.fields["units"]
    assert spin.value() == 2
    type_into(qtbot, spin, "5")
    assert node.params["units"] == 5
    assert stack.count() == 1


def test_successive_changes_undo_in_one_step(qtbot, setup):
    graph, stack, inspector, node = setup
    spin = inspector.fields["units"]
    for _ in range(4):
        spin.stepUp()
    assert node.params["units"] == 6
    assert stack.count() == 1
    stack.undo()
    assert node.params["units"] == 2
    assert spin.value() == 2
    assert not stack.canUndo()


def test_out_of_range_units_are_impossible(qtbot, setup):
    graph, stack, inspector, node = setup
    spin = inspector.fields["units"]
    assert (spin.minimum(), spin.maximum()) == (1, 100_000)
    type_into(qtbot, spin, "0")  # the validator refuses it; Enter restores the last value
    assert spin.value() == 2
    assert node.params["units"] == 2
    assert stack.count() == 0
    spin.setValue(10**9)  # clamped to the spec's maximum, a legal value
    assert node.params["units"] == 100_000


def test_rename_to_existing_name_is_refused(qtbot, setup):
    graph, stack, inspector, node = setup
    type_into(qtbot, inspector.name_edit, "linear2")
    assert node.name == "linear1"
    assert inspector.name_edit.text() == "linear1"
    assert inspector.message.isVisible()
    assert "linear2" in inspector.message.text() and "already exists" in inspector.message.text()
    assert stack.count() == 0


def test_invalid_name_is_refused(qtbot, setup):
    graph, stack, inspector, node = setup
    type_into(qtbot, inspector.name_edit, "2bad name")
    assert node.name == "linear1"
    assert "not a valid layer name" in inspector.message.text()
    assert stack.count() == 0


def test_rename_works_and_undoes(qtbot, setup):
    graph, stack, inspector, node = setup
    type_into(qtbot, inspector.name_edit, "hidden")
    assert node.name == "hidden"
    assert stack.count() == 1
    assert not inspector.message.isVisible()
    stack.undo()
    assert node.name == "linear1"
    assert inspector.name_edit.text() == "linear1"


def test_explicit_init_reveals_weight_field(qtbot, setup):
    graph, stack, inspector, node = setup
    weight = inspector.fields["weight"]
    assert not weight.isVisible() and not inspector.fields["init_std"].isVisible()
    combo = inspector.fields["init"]
    combo.setCurrentIndex(combo.findData("normal"))
    assert node.params["init"] == "normal"
    assert inspector.fields["init_std"].isVisible() and not weight.isVisible()
    combo.setCurrentIndex(combo.findData("explicit"))
    assert node.params["init"] == "explicit"
    assert weight.isVisible() and inspector.fields["bias_values"].isVisible()
    assert not inspector.fields["init_std"].isVisible()

    type_into(qtbot, weight, "0.5, 0.5; 1, 2")
    assert node.params["weight"] == [[0.5, 0.5], [1.0, 2.0]]
    assert stack.count() == 2  # both init choices merged into one step, then the weights

    type_into(qtbot, weight, "abc")
    assert node.params["weight"] == [[0.5, 0.5], [1.0, 2.0]]
    assert "abc" in inspector.message.text()
    assert stack.count() == 2


def test_ragged_matrix_refused_by_model_rules(qtbot, setup):
    graph, stack, inspector, node = setup
    combo = inspector.fields["init"]
    combo.setCurrentIndex(combo.findData("explicit"))
    count = stack.count()
    type_into(qtbot, inspector.fields["weight"], "1, 2; 3")
    assert node.params["weight"] is None
    assert "same length" in inspector.message.text()
    assert stack.count() == count


def test_undo_refreshes_widgets(qtbot, setup):
    graph, stack, inspector, node = setup
    inspector.fields["bias"].setChecked(False)
    assert node.params["bias"] is False
    assert inspector.param_count.text() == "Parameters: 4"
    stack.undo()
    assert node.params["bias"] is True
    assert inspector.fields["bias"].isChecked()
    assert inspector.param_count.text() == "Parameters: 6"
    stack.redo()
    assert not inspector.fields["bias"].isChecked()
    assert stack.count() == 1  # the refreshes pushed nothing


def test_changes_made_elsewhere_refresh_the_form(qtbot, setup):
    graph, stack, inspector, node = setup
    graph.set_param(node.id, "units", 7)
    graph.rename(node.id, "renamed")
    graph.set_param(node.id, "init_std", 0.123456)  # more decimals than the spin box shows
    assert node.params["init_std"] == 0.123456  # the rounded display did not write back
    assert inspector.fields["units"].value() == 7
    assert inspector.name_edit.text() == "renamed"
    assert inspector.out_width.text() == "7"
    assert stack.count() == 0


def test_widths_and_parameter_count(setup):
    graph, stack, inspector, node = setup
    assert inspector.in_width.text() == "2"
    assert inspector.out_width.text() == "2"
    assert inspector.param_count.text() == "Parameters: 6"


def test_widths_follow_links_and_unknown_is_question_mark(setup):
    graph, stack, inspector, node = setup
    inspector.set_target(graph, graph.node_by_name("sigmoid1").id, stack)
    assert (inspector.in_width.text(), inspector.out_width.text()) == ("2", "2")
    assert not inspector.param_count.isVisible()
    graph.remove_link(graph.find_link(node.id, graph.node_by_name("sigmoid1").id).id)
    assert (inspector.in_width.text(), inspector.out_width.text()) == ("?", "?")


def test_batchnorm_parameter_count_and_tiny_epsilon(qtbot):
    graph = chain(3, [linear(4), "batchnorm", "sigmoid"], "bce")
    stack = QUndoStack()
    inspector = Inspector()
    qtbot.addWidget(inspector)
    bn = graph.nodes_of_kind("batchnorm")[0]
    inspector.set_target(graph, bn.id, stack)
    assert inspector.param_count.text() == "Parameters: 8"
    eps = inspector.fields["eps"]
    assert eps.value() == pytest.approx(1e-5)  # not rounded away by the decimals
    type_into(qtbot, eps, "0.001")
    assert bn.params["eps"] == pytest.approx(1e-3)
    assert stack.count() == 1


def test_target_none_shows_hint(setup):
    graph, stack, inspector, node = setup
    inspector.set_target(graph, None, stack)
    assert showing_hint(inspector)
    assert inspector.hint.text() == HINT
    inspector.set_target(None, None, stack)
    assert showing_hint(inspector)
    graph.set_param(node.id, "units", 3)  # no longer subscribed: nothing to refresh, no error
    assert showing_hint(inspector)


def test_removing_target_node_shows_hint(setup):
    graph, stack, inspector, node = setup
    stack.push(RemoveNodeCommand(graph, node.id))
    assert node.id not in graph.nodes
    assert showing_hint(inspector)


def test_switching_graph_unsubscribes_the_old_one(setup):
    graph, stack, inspector, node = setup
    other = Graph()
    n = other.add_node("dropout")
    inspector.set_target(other, n.id, stack)
    assert set(inspector.fields) == {"p"}
    graph.set_param(node.id, "units", 9)  # the old graph's events no longer reach the form
    assert inspector.fields["p"].value() == pytest.approx(0.1)
    other.set_param(n.id, "p", 0.5)
    assert inspector.fields["p"].value() == pytest.approx(0.5)


def test_parse_and_format_numbers_round_trip():
    assert parse_numbers("0.5, 0.5; -0.5 -0.5", True) == [[0.5, 0.5], [-0.5, -0.5]]
    assert parse_numbers("  ", True) is None
    assert parse_numbers("1 2,3", False) == [1.0, 2.0, 3.0]
    with pytest.raises(ValueError, match="x1"):
        parse_numbers("1, x1", True)
    value = [[0.1234567891, 1.0], [-2.0, 3e-9]]
    assert parse_numbers(format_numbers(value), True) == value
    assert format_numbers([1.0, 2.5]) == "1, 2.5"
