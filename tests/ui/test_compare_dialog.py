"""Tools > Compare Variants: each variant takes one or more changes, read as the CLI reads --variant."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ann_viz.cli.compare_command import comparison_from_args
from ann_viz.core.compare import CHANGE_KEYS, VariantError, parse_spec
from ann_viz.core.presets import get_preset
from ann_viz.core.project import project_to_dict
from ann_viz.ui.compare import CompareDialog


def _dialog(qtbot, preset: str = "xor-2-2-1") -> CompareDialog:
    dialog = CompareDialog(get_preset(preset).project())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _add(qtbot, box, key: str, value: str):
    """Click the variant's Add change, then pick ``key`` and choose or type ``value`` in the new row."""
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    row = box.rows[-1]
    row.what.setCurrentIndex(row.what.findData(key))
    _set(row, value)
    return row


def _set(row, value: str) -> None:
    if row.value.isEditable():
        row.value.setEditText(value)
    else:
        row.value.setCurrentIndex(row.value.findData(value))


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.Ok)


def test_a_variant_with_several_changes_equals_the_cli_variant(qtbot):
    dialog = _dialog(qtbot)
    first, second, third = dialog.variants
    assert first.isChecked() and first.pairs() == [("activation", "relu")]
    _add(qtbot, first, "lr", "0.1")
    second.setChecked(True)  # Adam, then two more changes
    _add(qtbot, second, "width", "4")
    _add(qtbot, second, "regularizer", "dropout:0.2")
    assert not third.isChecked() and dialog.problem() == "" and _ok(dialog).isEnabled()
    dialog.epochs.setValue(50)
    ours = dialog.comparison()
    args = argparse.Namespace(source="xor-2-2-1", vary=None, epochs=50,
                              variant=["activation=relu,lr=0.1", "optimizer=adam,width=4,regularizer=dropout:0.2"])
    cli = comparison_from_args(args)
    assert ours.labels == cli.labels == ["base", "ReLU, lr 0.1", "width 4, Adam, Dropout 0.2"]
    assert [r.changes for r in ours.runs] == [r.changes for r in cli.runs]
    assert ours.runs[2].changes == parse_spec("optimizer=adam,width=4,regularizer=dropout:0.2")
    assert ours.epochs == cli.epochs == 50
    for mine, theirs in zip(ours.runs, cli.runs):
        assert mine.error == theirs.error == ""
        assert project_to_dict(mine.project) == project_to_dict(theirs.project)
    assert ours.runs[1].project.config.lr == 0.1
    assert [n.kind for n in ours.runs[1].project.graph.nodes.values()].count("relu") == 1


def test_a_bad_value_is_said_in_its_variant_and_compare_is_off_with_the_reason(qtbot):
    dialog = _dialog(qtbot)
    second = dialog.variants[1]
    second.setChecked(True)
    row = _add(qtbot, second, "width", "0")
    with pytest.raises(VariantError) as cli_error:
        parse_spec("optimizer=adam,width=0")
    assert second.problem_label.isVisible() and second.problem_label.text() == str(cli_error.value)
    assert not _ok(dialog).isEnabled()
    assert dialog.reason.isVisible() and dialog.reason.text() == f"Variant 2: {cli_error.value}"
    assert _ok(dialog).toolTip() == dialog.reason.text()
    dialog.accept()  # Enter on a disabled Compare
    assert dialog.isVisible() and dialog.result() == 0
    with pytest.raises(VariantError, match="width must be"):
        dialog.comparison()
    row.value.setEditText("8")
    assert second.problem_label.isHidden() and dialog.reason.isHidden() and _ok(dialog).isEnabled()
    row.what.setCurrentIndex(row.what.findData("optimizer"))  # the same change twice in one variant
    assert "changes optimizer twice" in second.problem_label.text() and not _ok(dialog).isEnabled()
    with pytest.raises(VariantError, match="changes optimizer twice"):
        parse_spec("optimizer=adam,optimizer=sgd")
    second.setChecked(False)  # a variant left out has no problem
    assert _ok(dialog).isEnabled() and second.problem_label.isHidden()
    dialog.variants[0].setChecked(False)
    assert not _ok(dialog).isEnabled() and dialog.reason.text() == "Check at least one variant."


def test_add_and_remove_changes(qtbot):
    dialog = _dialog(qtbot)
    box = dialog.variants[0]
    assert not box.rows[0].remove.isEnabled()  # a variant keeps at least one change
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert box.pairs()[1][0] == "width" and box.rows[0].remove.isEnabled()  # the first change not made yet
    while box.add_button.isEnabled():
        qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert sorted(key for key, _ in box.pairs()) == sorted(CHANGE_KEYS) and box.problem() == ""
    assert dialog.scroll.verticalScrollBar().maximum() > 0  # eight rows scroll inside the dialog
    seed_row = next(row for row in box.rows if row.key() == "seed")
    assert seed_row.text() == str(dialog.project.config.seed + 1)
    qtbot.mouseClick(seed_row.remove, Qt.LeftButton)
    qtbot.waitUntil(lambda: seed_row not in dialog.findChildren(type(seed_row)))
    assert "seed" not in dict(box.pairs()) and box.add_button.isEnabled()
    for row in list(box.rows[1:]):
        qtbot.mouseClick(row.remove, Qt.LeftButton)
    assert box.pairs() == [("activation", "relu")] and not box.rows[0].remove.isEnabled()
    assert dialog.comparison().runs[1].changes == {"activation": "relu"}
    third = dialog.variants[2]
    third.setChecked(True)
    for _ in range(7):
        qtbot.mouseClick(third.add_button, Qt.LeftButton)
    last = third.rows[-1]  # below the fold: the dialog scrolls it into view
    qtbot.waitUntil(lambda: dialog.scroll.verticalScrollBar().value() > 0 and not last.visibleRegion().isEmpty())


def test_the_dialog_speaks_korean(qtbot):
    from ann_viz.ui.language import manager

    dialog = _dialog(qtbot)
    box = dialog.variants[0]
    row = _add(qtbot, box, "width", "0")
    try:
        manager().set_language("ko")
        assert box.add_button.text() == "변경 추가" and row.remove.text() == "삭제"
        assert box.title() == "변형 1" and row.what.currentText() == "너비 (은닉층당 유닛 수)"
        assert box.problem_label.text() == "width는 1부터 4096까지의 정수여야 합니다 (0가 아니라)."
        assert dialog.reason.text().startswith("변형 1: ")
    finally:
        manager().set_language("en")
    assert box.add_button.text() == "Add change" and dialog.reason.text().startswith("Variant 1: width must")
