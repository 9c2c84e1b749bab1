"""The Seed Sweep dialog: runs off the GUI thread, compares networks, opens a seed, stops and closes cleanly."""

from __future__ import annotations

import numpy as np
import pytest

from ann_viz.ui.sweep import SeedSweepDialog


def open_dialog(window, seeds=16, epochs=300) -> SeedSweepDialog:
    action = next(a for m in window.menuBar().actions() if m.menu() is not None and "Tools" in m.text()
                  for a in m.menu().actions() if "Sweep" in a.text())
    action.trigger()
    dialog = window.findChild(SeedSweepDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.seeds.setValue(seeds)
    dialog.epochs.setValue(epochs)
    return dialog


def pick(dialog, slot: int, preset_id: str) -> None:
    index = dialog.pickers[slot].findData(preset_id)
    assert index >= 0, preset_id
    dialog.pickers[slot].setCurrentIndex(index)


def run_to_end(qtbot, dialog, timeout=30_000) -> None:
    with qtbot.waitSignal(dialog.controller.finished, timeout=timeout):
        dialog.run_button.click()
    assert not dialog.controller.running and dialog.run_button.isEnabled()


def test_a_sweep_runs_to_the_end_and_opening_a_seed_sets_the_projects_seed(window, qtbot):
    dialog = open_dialog(window, seeds=16, epochs=1500)
    run_to_end(qtbot, dialog)
    result = dialog.results[0]
    assert result.k == 16 and result.epochs_run == 1500
    assert "succeeded" in dialog.summary.text() and "Done in" in dialog.status.text()
    assert 0 in dialog.plots.bands and len(dialog.plots.hist_items) == 1
    assert dialog.table.rowCount() == 16
    seeds = [int(dialog.table.item(r, 0).text()) for r in range(16)]
    assert sorted(seeds) == list(range(16)) and seeds[0] == int(result.seeds[result.ranking()[0]])
    dialog.table.selectRow(5)
    dialog.open_button.click()
    chosen = seeds[5]
    config = window.document.project.config
    assert config.seed == chosen and config.epochs == 1500
    assert window.settings_form.seed.value() == chosen
    assert str(chosen) in dialog.status.text()
    # The main window now trains that seed: its first loss is the sweep's for that seed.
    k = result.index_of_seed(chosen)
    qtbot.waitUntil(lambda: window.controller.state == "idle", timeout=10_000)
    window.training_panel.step_epoch.click()
    qtbot.waitUntil(lambda: window.controller.latest is not None and window.controller.latest.epoch == 1,
                    timeout=10_000)
    assert window.controller.latest.loss == pytest.approx(float(result.losses[k, 0]), abs=1e-6)


def test_three_networks_side_by_side(window, qtbot):
    dialog = open_dialog(window, seeds=32, epochs=800)
    pick(dialog, 1, "xor-wide-2-10-1")
    pick(dialog, 2, "perceptron-xor")
    run_to_end(qtbot, dialog)
    assert sorted(dialog.results) == [0, 1, 2]
    assert len(dialog.plots.bands) == 3 and len(dialog.plots.hist_items) == 3
    assert dialog.results[2].success_rate == 0.0  # one line cannot separate XOR
    assert dialog.results[1].success_rate >= dialog.results[0].success_rate
    assert dialog.summary.text().count("succeeded") == 3
    dialog.entry_box.setCurrentIndex(2)
    assert dialog.table.item(0, 3).text() == "failed"
    assert float(dialog.table.item(0, 1).text()) == pytest.approx(np.log(2), abs=0.01)


def test_opening_a_lesson_seed_opens_that_lesson(window, qtbot):
    dialog = open_dialog(window, seeds=4, epochs=50)
    pick(dialog, 0, "xor-wide-2-10-1")
    run_to_end(qtbot, dialog)
    dialog.table.selectRow(2)
    seed = int(dialog.table.item(2, 0).text())
    dialog.open_selected()
    assert window.document.project.preset == "xor-wide-2-10-1"
    assert window.document.project.config.seed == seed


def test_an_ineligible_network_gets_a_clear_message(window, qtbot):
    window.open_lesson("xor-dropout")
    dialog = open_dialog(window, seeds=4, epochs=10)
    run_to_end(qtbot, dialog)
    assert "'dropout1' (Dropout) is not supported" in dialog.status.text()
    assert dialog.results == {} and dialog.table.rowCount() == 0


def test_stop_ends_a_long_sweep_and_closing_the_window_ends_the_thread(window, qtbot):
    dialog = open_dialog(window, seeds=64, epochs=5_000_000)
    dialog.run_button.click()
    with qtbot.waitSignal(dialog.controller.progressed, timeout=10_000):
        pass
    assert dialog.stop_button.isEnabled() and not dialog.run_button.isEnabled()
    qtbot.wait(100)
    assert window.isVisible()  # the GUI thread stays free while the sweep trains
    with qtbot.waitSignal(dialog.controller.finished, timeout=5_000):
        dialog.stop_button.click()
    assert dialog.results[0].stopped and dialog.results[0].epochs_run < 5_000_000
    assert "Stopped" in dialog.status.text()
    dialog.run_button.click()  # again, and close everything mid-run
    with qtbot.waitSignal(dialog.controller.progressed, timeout=10_000):
        pass
    thread = dialog.controller.thread
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False  # no "save changes?" box
    window.close()
    assert not dialog.isVisible() and dialog.controller.thread is None and thread.isFinished()


def test_two_selected_seeds_show_the_loss_on_the_line_between_them(window, qtbot):
    from PySide6.QtCore import Qt

    dialog = open_dialog(window, seeds=8, epochs=1500)
    run_to_end(qtbot, dialog)
    assert not dialog.line_button.isEnabled() and not dialog.plots.line_plot.isVisible()
    viewport = dialog.table.viewport()
    for row, modifier in ((0, Qt.NoModifier), (3, Qt.ControlModifier)):  # click, then Ctrl+click
        rect = dialog.table.visualRect(dialog.table.model().index(row, 1))
        qtbot.mouseClick(viewport, Qt.LeftButton, modifier, rect.center())
    seeds = dialog.selected_seeds()
    assert len(seeds) == 2 and dialog.line_button.isEnabled()
    dialog.line_button.click()
    assert dialog.plots.line_plot.isVisible()
    x, y = dialog.plots.line_curve.getData()
    assert len(x) == 61 and np.isfinite(y).all()
    result = dialog.results[0]
    first = result.final_loss[result.index_of_seed(seeds[0])]
    assert y[list(x).index(0.0)] == pytest.approx(first, rel=1e-3, abs=1e-6)  # the sweep's own final loss
    assert f"seeds {seeds[0]} and {seeds[1]}" in dialog.status.text()
    assert f"seed {seeds[0]}" in dialog.plots.line_plot.getAxis("bottom").labelText
