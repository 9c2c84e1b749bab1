"""The precision setting, the Numbers view (full precision, Copy, live) and Step back in the window."""

from __future__ import annotations

import json
import math

import numpy as np
from PySide6.QtWidgets import QApplication

from ann_viz.core.project import load_project

SHOTS = "/tmp/ann_viz_numbers"
NOTES_W5_TO_W8 = ["0.43703857", "0.38685205", "0.69629578", "0.59624247"]


def wait_configured(qtbot, window):
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None and window.controller.state == "idle"
                    and window.controller.latest is not None, timeout=30_000)


def open_worked(qtbot, window, precision: str = "float64"):
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.open_lesson("worked-2-2-2")
    wait_configured(qtbot, window)
    form = window.settings_form
    if precision != form.config().precision:
        form.precision.setCurrentIndex(form.precision.findData(precision))
        qtbot.waitUntil(lambda: window.controller.worker.trainer is not None
                        and window.controller.worker.trainer.config.precision == precision
                        and window.controller.state == "idle", timeout=30_000)


def click_and_wait(qtbot, window, button, phase=None):
    before = window.controller.latest
    button.click()
    qtbot.waitUntil(lambda: window.controller.latest is not before and window.controller.state == "paused"
                    and (phase is None or window.controller.latest.phase == phase), timeout=30_000)
    return window.controller.latest


def show_numbers(qtbot, window):
    window.numbers_dock.show()
    view = window.numbers_view
    qtbot.waitUntil(lambda: view.shown is window.controller.latest or (
        view.shown is not None and view.shown.epoch == window.controller.latest.epoch
        and view.shown.phase == window.controller.latest.phase), timeout=10_000)
    return view


def cells(view, tab: str, column: str = "value") -> dict[str, str]:
    names = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    model = view.tabs.widget(names.index(tab)).model()
    return {f"{model.cell(r, 'quantity')} {model.cell(r, 'index')}": model.cell(r, column)
            for r in range(model.rowCount())}


def test_precision_in_the_form_reaches_the_trainer_and_the_project(qtbot, window, tmp_path):
    open_worked(qtbot, window, "float64")
    assert window.document.project.config.precision == "float64"
    assert "float64" in window.settings_form.precision.toolTip()
    path = tmp_path / "p.annviz.json"
    assert window._save_to(path)
    assert json.loads(path.read_text())["training"]["precision"] == "float64"
    assert load_project(path).config.precision == "float64"


def test_the_numbers_view_shows_and_copies_the_notes_digits(qtbot, window):
    open_worked(qtbot, window, "float64")
    panel = window.training_panel
    for phase in ("forward", "loss", "backward", "update"):
        click_and_wait(qtbot, window, panel.step_phase, phase)
    view = show_numbers(qtbot, window)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())][:5] == [
        "input", "linear1", "sigmoid1", "linear2", "sigmoid2"]
    weights = cells(view, "linear2")
    # The weights the forward pass used, and (update column) what the step added: before + update = after.
    updates = cells(view, "linear2", "update")
    after = [float(weights[k]) + float(updates[k]) for k in ("weight w (1, 1)", "weight w (1, 2)",
                                                            "weight w (2, 1)", "weight w (2, 2)")]
    assert [f"{v:.8f}" for v in after] == NOTES_W5_TO_W8
    assert weights["weight w (1, 1)"] == "0.45"  # float64 and repr-exact: 0.45 itself
    h = cells(view, "sigmoid1")
    assert h["output a (1, 1)"] == repr(1 / (1 + math.exp(-(0.3 * 0.1 + 0.25 * 0.2))))
    assert "0.023971900" in view.header.text()
    view.tabs.setCurrentIndex(3)
    view.copy_button.click()
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].split("\t")[0] == "Layer" and len(lines) == 1 + 4 + 2  # 4 weights, z of 1 sample x 2
    row = dict(zip(lines[0].split("\t"), lines[1].split("\t")))
    assert row["Value"] == "0.45" and len(row["Gradient dE/d(·)"].replace("-", "").replace("0.", "")) >= 15
    # Live: the next step's numbers replace these.
    click_and_wait(qtbot, window, panel.step_phase, "forward")
    qtbot.waitUntil(lambda: cells(view, "linear2")["weight w (1, 1)"] == repr(
        float(window.controller.latest.params["linear2.weight"][0, 0])), timeout=10_000)
    assert cells(view, "linear2")["weight w (1, 1)"].startswith("0.437038572")


def test_float32_cells_have_nine_digits(qtbot, window):
    open_worked(qtbot, window, "float32")
    click_and_wait(qtbot, window, window.training_panel.step_phase, "forward")
    view = show_numbers(qtbot, window)
    value = cells(view, "linear1")["weight w (1, 1)"]
    assert value == "0.300000012"  # the float32 nearest 0.3, as it reads back
    assert np.float32(value) == np.float32(0.3)


def test_step_back_then_forward_gives_the_same_numbers(qtbot, window):
    open_worked(qtbot, window, "float64")
    panel = window.training_panel
    back = panel.back
    assert not back.phase.isEnabled() and "Nothing to go back to" in back.phase.toolTip()
    first = [click_and_wait(qtbot, window, panel.step_phase) for _ in range(4)]
    qtbot.waitUntil(back.phase.isEnabled, timeout=10_000)
    for expected in reversed(first[:3]):
        shown = click_and_wait(qtbot, window, back.phase)
        assert shown.phase == expected.phase
        np.testing.assert_array_equal(shown.params["linear2.weight"], expected.params["linear2.weight"])
    again = [click_and_wait(qtbot, window, panel.step_phase) for _ in range(3)]
    for a, b in zip(first[1:], again):
        assert a.phase == b.phase and a.loss == b.loss
        for name in a.params:
            np.testing.assert_array_equal(a.params[name], b.params[name])
        for name in a.updates:
            np.testing.assert_array_equal(a.updates[name], b.updates[name])
    # An epoch back from its end: epoch 0 again, the loss plot's row gone too.
    qtbot.waitUntil(lambda: back.epoch.isEnabled() and len(window.loss_plot.series["train"]) == 1, timeout=10_000)
    shown = click_and_wait(qtbot, window, back.epoch)
    assert shown.epoch == 0
    qtbot.waitUntil(lambda: len(window.loss_plot.series["train"]) == 0, timeout=10_000)
    assert window.controller.worker.trainer.epoch == 0
    qtbot.waitUntil(lambda: not back.epoch.isEnabled(), timeout=10_000)


def composite(window):
    """The window with the floating Numbers dock where it stands over it (as a user sees them)."""
    from PySide6.QtGui import QPainter

    picture = window.grab()
    dock = window.numbers_dock
    painter = QPainter(picture)
    offset = dock.frameGeometry().topLeft() - window.geometry().topLeft()
    painter.drawPixmap(offset, dock.grab())
    painter.end()
    return picture


def test_screenshots_of_the_table_and_buttons(qtbot, window):
    import os

    os.makedirs(SHOTS, exist_ok=True)
    from ann_viz.ui.language import switch_language

    window.resize(1280, 720)
    open_worked(qtbot, window, "float64")
    panel = window.training_panel
    for phase in ("forward", "loss", "backward"):
        click_and_wait(qtbot, window, panel.step_phase, phase)
    view = show_numbers(qtbot, window)
    view.tabs.setCurrentIndex(3)
    window.settings_dock.raise_()
    for language in ("en", "ko"):
        switch_language(language, window.settings)
        qtbot.wait(200)
        window.grab().save(f"{SHOTS}/window_{language}.png")
        window.numbers_dock.grab().save(f"{SHOTS}/numbers_{language}.png")
        composite(window).save(f"{SHOTS}/window_with_numbers_{language}.png")
        window.training_dock.grab().save(f"{SHOTS}/training_{language}.png")
        window.settings_dock.grab().save(f"{SHOTS}/settings_{language}.png")
    switch_language("en", window.settings)
