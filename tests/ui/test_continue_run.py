"""Continue a run for N more epochs, keep its history in the project, and ask before throwing it away."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ann_viz.core.project import load_project

from test_export_dialog import export_via_menu

EPOCHS = 40


def settle(qtbot, window, epoch: int, timeout: int = 20_000) -> None:
    """The run stands at ``epoch``, its weights and every history row kept with the document."""
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None and not window.controller.is_running()
                    and window.controller.state in ("finished", "paused")
                    and window.controller.worker.trainer.epoch == epoch
                    and window.document.project.history is not None
                    and len(window.document.project.history) == epoch
                    and window.training_panel.trained_epochs() == epoch, timeout=timeout)


def short_run(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None, timeout=20_000)
    window.settings_form.epochs.setValue(EPOCHS)
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None
                    and window.controller.worker.trainer.config.epochs == EPOCHS
                    and window.controller.state == "idle", timeout=20_000)
    qtbot.mouseClick(window.training_panel.play_button, Qt.LeftButton)
    settle(qtbot, window, EPOCHS)


def test_play_on_a_finished_run_continues_for_n_more_epochs(qtbot, window):
    short_run(qtbot, window)
    panel = window.training_panel
    assert panel.continue_epochs.value() == EPOCHS  # the project's epoch count by default
    panel.continue_epochs.setValue(7)
    qtbot.mouseClick(panel.play_button, Qt.LeftButton)  # finished: goes on, never starts over
    settle(qtbot, window, EPOCHS + 7)
    history = window.controller.worker.trainer.history
    assert len(history) == EPOCHS + 7
    np.testing.assert_array_equal(window.document.project.history[:, 0], np.arange(EPOCHS + 7))
    assert np.isfinite(window.document.project.history[:, 1]).all()


def test_continue_button_runs_exactly_n_more(qtbot, window):
    short_run(qtbot, window)
    panel = window.training_panel
    panel.continue_epochs.setValue(3)
    assert panel.continue_button.isEnabled()
    qtbot.mouseClick(panel.continue_button, Qt.LeftButton)
    settle(qtbot, window, EPOCHS + 3)
    qtbot.mouseClick(panel.continue_button, Qt.LeftButton)
    settle(qtbot, window, EPOCHS + 6)
    assert window.loss_plot is not None


def test_history_survives_save_and_open_and_the_run_goes_on(qtbot, window, tmp_path, monkeypatch):
    short_run(qtbot, window)
    path = tmp_path / "run.annviz.json"
    window.document.save(path)
    saved = load_project(path)
    assert saved.history is not None and len(saved.history) == EPOCHS
    np.testing.assert_array_equal(saved.history[:, 1], window.controller.worker.trainer.history.train_loss)

    window.document.open(path)  # reopened: a trainer from the saved weights and history
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None and window.controller.state == "idle"
                    and window.controller.worker.trainer.epoch == EPOCHS, timeout=20_000)
    assert len(window.controller.worker.trainer.history) == EPOCHS
    qtbot.waitUntil(lambda: window.training_panel.trained_epochs() == EPOCHS, timeout=5_000)

    csv = tmp_path / "history.csv"
    export_via_menu(window, monkeypatch, "csv", csv)
    lines = csv.read_text().splitlines()
    assert len(lines) == EPOCHS + 1  # header and every epoch, not "no training history yet"

    window.training_panel.continue_epochs.setValue(5)
    qtbot.mouseClick(window.training_panel.play_button, Qt.LeftButton)  # at the planned end: continue
    settle(qtbot, window, EPOCHS + 5)
    np.testing.assert_array_equal(window.document.project.history[:EPOCHS, 1], saved.history[:, 1])


def test_reset_asks_before_throwing_the_run_away(qtbot, window, real_confirm, monkeypatch):
    short_run(qtbot, window)
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    answer(QMessageBox.No)
    qtbot.mouseClick(window.training_panel.reset_button, Qt.LeftButton)
    assert len(asked) == 1 and str(EPOCHS) in asked[0]
    qtbot.wait(100)
    assert window.controller.worker.trainer.epoch == EPOCHS  # No: the run is kept
    assert window.document.project.weights is not None

    answer(QMessageBox.Yes)
    qtbot.mouseClick(window.training_panel.reset_button, Qt.LeftButton)
    assert len(asked) == 2
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None
                    and window.controller.worker.trainer.epoch == 0 and window.controller.state == "idle",
                    timeout=20_000)
    assert window.document.project.weights is None and window.document.project.history is None


def test_an_untrained_reset_asks_nothing(qtbot, window, real_confirm, monkeypatch):
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None and window.controller.state == "idle",
                    timeout=20_000)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: (_ for _ in ()).throw(AssertionError)))
    qtbot.mouseClick(window.training_panel.reset_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.controller.state == "idle", timeout=20_000)


def test_a_new_epoch_count_keeps_the_run_and_other_settings_ask(qtbot, window, real_confirm, monkeypatch):
    short_run(qtbot, window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.No))
    window.settings_form.epochs.setValue(EPOCHS + 10)  # more epochs: the run goes on, nothing asked
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None
                    and window.controller.worker.trainer.config.epochs == EPOCHS + 10
                    and window.controller.state == "idle", timeout=20_000)
    assert not asked and window.controller.worker.trainer.epoch == EPOCHS
    assert window.document.project.weights is not None
    qtbot.mouseClick(window.training_panel.play_button, Qt.LeftButton)  # on to the new planned end
    settle(qtbot, window, EPOCHS + 10)

    seed = window.settings_form.seed.value()
    window.settings_form.seed.setValue(seed + 1)  # a new seed means a new run: asked, and No keeps it
    assert len(asked) == 1 and str(EPOCHS + 10) in asked[0]
    assert window.settings_form.seed.value() == seed and window.document.project.config.seed == seed
    qtbot.wait(400)
    assert window.controller.worker.trainer.epoch == EPOCHS + 10
