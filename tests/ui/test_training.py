"""Training driven from the GUI: Play/Pause/Step/Reset, live settings, plots, lessons, shutdown.

Every asynchronous result (the worker runs on its own QThread) is awaited with
``qtbot.waitUntil``; fixed waits appear only where time itself is tested (a pause
holds still, the speed limit) or where the GUI thread is deliberately kept busy
while the worker finishes (the first results of a rebuilt trainer must not be lost).
"""

from __future__ import annotations

import re
import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

XOR_EPOCHS = 10001
LONG_EPOCHS = 2_000_000  # the fast path trains XOR's 10001 epochs in well under a second
PARAMS_2_2_1 = {"linear1.weight", "linear1.bias", "linear2.weight", "linear2.bias"}


# ----- helpers ----------------------------------------------------------------------------------------
def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.LeftButton)


def wait_state(qtbot, window, state: str, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: window.controller.state == state, timeout=timeout)


def wait_epoch_above(qtbot, window, epoch: int, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: window.controller.latest is not None and window.controller.latest.epoch > epoch,
                    timeout=timeout)


def wait_configured(qtbot, window, timeout: int = 10_000) -> None:
    """The worker has built the open project's trainer (the first configure is queued at start-up)."""
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None and window.controller.state == "idle",
                    timeout=timeout)


def make_runs_long(qtbot, window, epochs: int = LONG_EPOCHS) -> None:
    """For tests that act mid-run: set many epochs and rebuild the trainer with them."""
    controller = window.controller
    wait_configured(qtbot, window)
    window.settings_form.epochs.setValue(epochs)
    click(qtbot, window.training_panel.reset_button)
    qtbot.waitUntil(lambda: controller.state == "idle" and controller.worker.trainer is not None
                    and controller.worker.trainer.config.epochs == epochs, timeout=10_000)


def pause(qtbot, window, timeout: int = 10_000) -> None:
    panel = window.training_panel
    assert panel.play_button.isChecked()
    click(qtbot, panel.play_button)  # unchecks: Pause
    qtbot.waitUntil(lambda: window.controller.state in ("paused", "finished") and not window.controller.is_running(),
                    timeout=timeout)


def discard_on_question(monkeypatch) -> list:
    """Answer "save the changes?" with Discard (a modal box would hang); returns the calls made."""
    asked = []

    def question(*args, **kwargs):
        asked.append(args)
        return QMessageBox.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def record(signal) -> list:
    seen = []
    signal.connect(seen.append)
    return seen


# ----- 1. a full run ------------------------------------------------------------------------------------
def test_play_xor_to_the_end_learns_it(qtbot, window):
    controller, panel = window.controller, window.training_panel
    assert window.document.project.preset == "xor-2-2-1"
    assert window.document.project.config.epochs == XOR_EPOCHS
    evaluations = record(controller.evaluation_changed)
    states = record(controller.state_changed)
    wait_configured(qtbot, window)
    assert not window.document.is_modified()

    click(qtbot, panel.play_button)
    assert panel.play_button.isChecked() and panel.play_button.text() == "Pause"
    assert not panel.step_epoch.isEnabled() and not panel.step_phase.isEnabled()
    wait_state(qtbot, window, "finished", timeout=40_000)

    assert states[-2:] == ["running", "finished"]
    assert not panel.play_button.isChecked() and panel.play_button.text() == "Play"
    assert panel.step_epoch.isEnabled()
    assert window.controller.worker.trainer.epoch == XOR_EPOCHS
    # the last evaluation is of the final weights: XOR solved
    qtbot.waitUntil(lambda: evaluations and evaluations[-1].report is not None, timeout=5_000)
    report = evaluations[-1].report
    assert report["accuracy"] == 1.0
    assert np.array_equal(np.asarray(report["confusion"]), [[2, 0], [0, 2]])
    # one loss point per epoch, epochs 0 .. 10000, all finite and falling well below ln 2
    train = window.loss_plot.series["train"]
    qtbot.waitUntil(lambda: len(train) == XOR_EPOCHS, timeout=5_000)
    assert train.x[0] == 0 and train.x[-1] == XOR_EPOCHS - 1
    assert np.array_equal(train.x, np.arange(XOR_EPOCHS))
    assert np.isfinite(train.y).all()
    assert train.y[0] > 0.6 and train.y[-1] < 0.05
    assert controller.latest.epoch == XOR_EPOCHS
    assert panel.epoch_label.text() == f"Epoch {XOR_EPOCHS} / {XOR_EPOCHS}"
    # every epoch's gradient size per layer reaches the gradient plot, to the last epoch
    gradients = window.gradient_plot
    assert gradients.names == ["linear1", "linear2"]
    for i in (0, 1):
        series = gradients.series[i]
        assert XOR_EPOCHS - 1 - 2 * series.stride < series.x[-1] <= XOR_EPOCHS - 1  # to the last epoch (thinned)
        gaps = np.diff(series.x)
        assert series.x[0] == 0 and gaps.min() > 0 and gaps.max() <= 2 * series.stride
        assert (series.y > 0).all()
    # the final snapshot keeps the last step's gradients (the network view's "gradient" edges)
    assert set(controller.latest.param_grads) == PARAMS_2_2_1
    # the trained weights are kept with the document, which now has unsaved changes
    qtbot.waitUntil(lambda: window.document.project.weights is not None, timeout=5_000)
    weights = window.document.project.weights
    assert PARAMS_2_2_1 <= set(weights)
    assert weights["linear1.weight"].shape == (2, 2)
    np.testing.assert_array_equal(weights["linear1.weight"],
                                  controller.worker.trainer.state_arrays()["linear1.weight"])
    assert window.document.is_modified()
    assert window.isWindowModified()


# ----- 2. phase by phase -------------------------------------------------------------------------------
def test_step_phase_by_phase_shows_each_phase(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    lr = window.document.project.config.lr
    assert lr == 1.0 and window.document.project.config.optimizer == "sgd"
    layers = [n.name for n in window.document.graph.nodes.values() if n.kind not in ("input", "output")]
    assert layers == ["linear1", "sigmoid1", "linear2", "sigmoid2"]

    click(qtbot, panel.step_phase)
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.phase == "forward", timeout=5_000)
    s = controller.latest
    assert set(layers) <= set(s.values), f"values only for {sorted(s.values)}"
    assert s.values["linear1"].shape == (4, 2) and s.values["sigmoid2"].shape == (4, 1)
    assert ((s.values["sigmoid2"] > 0) & (s.values["sigmoid2"] < 1)).all()
    assert len(s.param_grads) == 0 and len(s.updates) == 0 and s.loss is None
    assert s.epoch == 0
    assert "forward" in panel.phase_label.text()

    click(qtbot, panel.step_phase)
    qtbot.waitUntil(lambda: controller.latest.phase == "loss", timeout=5_000)
    s = controller.latest
    assert s.loss is not None and np.isfinite(s.loss) and s.loss > 0
    assert len(s.param_grads) == 0
    assert "loss" in panel.phase_label.text()

    click(qtbot, panel.step_phase)
    qtbot.waitUntil(lambda: controller.latest.phase == "backward", timeout=5_000)
    s = controller.latest
    assert set(s.param_grads) == PARAMS_2_2_1
    assert s.param_grads["linear1.weight"].shape == (2, 2)
    assert all(np.isfinite(g).all() for g in s.param_grads.values())
    assert any(np.abs(g).sum() > 0 for g in s.param_grads.values())
    assert {"linear1", "linear2", "sigmoid2"} <= set(s.grads)
    assert len(s.updates) == 0 and s.epoch == 0
    assert "backward" in panel.phase_label.text()
    backward_grads = {k: np.array(v) for k, v in s.param_grads.items()}

    click(qtbot, panel.step_phase)
    qtbot.waitUntil(lambda: controller.latest.phase == "update", timeout=5_000)
    s = controller.latest
    assert set(s.updates) == PARAMS_2_2_1
    for name, update in s.updates.items():
        np.testing.assert_allclose(update, -lr * s.param_grads[name], atol=1e-6, err_msg=name)
        np.testing.assert_allclose(s.param_grads[name], backward_grads[name], atol=1e-7, err_msg=name)
    # the update is what the weights moved by
    after = controller.worker.trainer.state_arrays()
    for name, update in s.updates.items():
        np.testing.assert_allclose(after[name], s.params[name] + update, atol=1e-6, err_msg=name)
    assert s.epoch == 1
    assert "update" in panel.phase_label.text()
    qtbot.waitUntil(lambda: panel.epoch_label.text() == f"Epoch 1 / {XOR_EPOCHS}", timeout=5_000)
    # the finished epoch is one point on the loss curve
    qtbot.waitUntil(lambda: len(window.loss_plot.series["train"]) == 1, timeout=5_000)
    assert window.loss_plot.series["train"].x[0] == 0


# ----- 3. pause and resume ------------------------------------------------------------------------------
def test_pause_and_resume_keep_the_epoch_count(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    make_runs_long(qtbot, window)
    cleared = record(controller.history_cleared)
    click(qtbot, panel.play_button)
    wait_epoch_above(qtbot, window, 30)
    pause(qtbot, window)
    assert controller.state == "paused", "XOR finished before Pause took effect"
    assert not panel.play_button.isChecked() and panel.step_epoch.isEnabled()
    paused_at = controller.worker.trainer.epoch
    assert 30 < paused_at < LONG_EPOCHS
    qtbot.waitUntil(lambda: controller.latest.epoch == paused_at, timeout=2_000)

    qtbot.wait(300)
    assert controller.worker.trainer.epoch == paused_at
    assert controller.latest.epoch == paused_at
    assert controller.state == "paused"
    # the plot takes the last rows on its next redraw (a few per second, later under load); a long run's
    # curve is thinned to every stride-th epoch, so its last point is within one stride of the pause
    series = window.loss_plot.series["train"]
    qtbot.waitUntil(lambda: paused_at - 1 - series.stride < series.x[-1] <= paused_at - 1, timeout=5_000)

    epochs = record(controller.snapshot_changed)
    click(qtbot, panel.play_button)
    wait_epoch_above(qtbot, window, paused_at + 30)
    pause(qtbot, window)
    seen = [s.epoch for s in epochs]
    assert seen and min(seen) >= paused_at, f"the epoch went back below {paused_at}: {seen[:10]}"
    assert seen == sorted(seen)
    assert cleared == [], "resuming cleared the loss history"
    train = window.loss_plot.series["train"]
    assert train.x[0] == 0
    # no gap, no restart (a long run's curve is evenly thinned: numba trains XOR at ~10^5 epochs/s)
    gaps = np.diff(train.x)
    assert train.x[0] == 0 and gaps.min() > 0 and gaps.max() <= 2 * train.stride
    assert controller.worker.trainer.epoch - 1 - 2 * train.stride < train.x[-1] < controller.worker.trainer.epoch


# ----- 4. the learning rate during a run ----------------------------------------------------------------
def test_learning_rate_edit_reaches_the_running_trainer(qtbot, window):
    window.open_lesson("xor-deep-sigmoid")  # several seconds of training
    controller, panel, form = window.controller, window.training_panel, window.settings_form
    wait_configured(qtbot, window)
    make_runs_long(qtbot, window)
    trainer = controller.worker.trainer
    assert trainer.optimizer.param_groups[0]["lr"] == 1.0
    click(qtbot, panel.play_button)
    wait_epoch_above(qtbot, window, 20)
    assert controller.is_running()
    assert form.lr.isEnabled() and not form.optimizer.isEnabled() and not form.epochs.isEnabled()

    form.lr.setValue(0.25)
    qtbot.waitUntil(lambda: trainer.optimizer.param_groups[0]["lr"] == 0.25, timeout=5_000)
    assert controller.is_running(), "the run ended before the new learning rate could be seen mid-run"
    assert controller.worker.trainer is trainer  # changed in place, nothing rebuilt
    assert window.document.project.config.lr == 0.25
    epoch = trainer.epoch
    wait_epoch_above(qtbot, window, epoch + 10)  # still training
    pause(qtbot, window)
    assert controller.worker.trainer is trainer
    assert trainer.optimizer.param_groups[0]["lr"] == 0.25
    assert trainer.config.lr == 0.25
    assert form.optimizer.isEnabled()


# ----- 5. closing mid-run ---------------------------------------------------------------------------------
def test_close_during_training_stops_the_thread(qtbot, window, qtlog, monkeypatch):
    asked = discard_on_question(monkeypatch)
    window.open_lesson("xor-deep-sigmoid")
    controller = window.controller
    wait_configured(qtbot, window)
    make_runs_long(qtbot, window)
    click(qtbot, window.training_panel.play_button)
    wait_epoch_above(qtbot, window, 10)
    assert controller.is_running() and controller.thread.isRunning()
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False

    started = time.perf_counter()
    assert window.close()
    took = time.perf_counter() - started
    assert not window.isVisible()
    assert not controller.thread.isRunning() and controller.thread.isFinished()
    assert not controller.is_running()
    assert not controller.timer.isActive()
    assert controller.worker.trainer.epoch < LONG_EPOCHS  # stopped, not run to the end
    assert took < 5, f"closing waited {took:.1f} s for the run"
    qtbot.wait(50)
    assert asked == []  # the clean document was closed without a question
    messages = [r.message for r in qtlog.records]
    assert not [m for m in messages if "QThread" in m or "Destroyed while" in m], messages


# ----- 6. another lesson mid-run ------------------------------------------------------------------------
def test_opening_a_lesson_while_training_stops_the_old_run(qtbot, window, monkeypatch):
    discard_on_question(monkeypatch)
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    make_runs_long(qtbot, window)
    old_trainer = controller.worker.trainer
    click(qtbot, panel.play_button)
    wait_epoch_above(qtbot, window, 30)
    assert controller.is_running()

    window.open_lesson("xor-wide-2-10-1")
    assert window.document.project.preset == "xor-wide-2-10-1"
    qtbot.waitUntil(lambda: controller.worker.trainer is not old_trainer and controller.state == "idle",
                    timeout=10_000)
    assert old_trainer.epoch < LONG_EPOCHS  # the old run was stopped, not finished
    assert controller.thread.isRunning()  # the same worker thread, ready for the next run
    assert not panel.play_button.isChecked()
    assert len(window.loss_plot.series["train"]) == 0
    trainer = controller.worker.trainer
    assert trainer.state_arrays()["linear1.weight"].shape == (10, 2)
    assert trainer.epoch == 0

    click(qtbot, panel.play_button)
    wait_state(qtbot, window, "finished", timeout=20_000)
    assert controller.worker.trainer is trainer and trainer.epoch == 1001
    train = window.loss_plot.series["train"]
    qtbot.waitUntil(lambda: len(train) == 1001, timeout=5_000)
    assert np.array_equal(train.x, np.arange(1001))
    assert old_trainer.epoch < LONG_EPOCHS
    qtbot.waitUntil(lambda: window.document.project.weights is not None, timeout=5_000)
    assert window.document.project.weights["linear1.weight"].shape == (10, 2)




def test_opening_a_lesson_while_training_does_not_inherit_old_weights(qtbot, window, monkeypatch):
    discard_on_question(monkeypatch)
    controller = window.controller
    wait_configured(qtbot, window)
    make_runs_long(qtbot, window)
    old_trainer = controller.worker.trainer
    click(qtbot, window.training_panel.play_button)
    wait_epoch_above(qtbot, window, 30)
    window.open_lesson("xor-wide-2-10-1")
    qtbot.waitUntil(lambda: controller.worker.trainer is not old_trainer and controller.state == "idle",
                    timeout=10_000)
    qtbot.wait(200)  # let every queued signal of the old run arrive
    weights = window.document.project.weights
    assert weights is None, f"the new lesson holds linear1.weight {weights['linear1.weight'].shape}"
    assert not window.document.is_modified()


# ----- 7. divergence -------------------------------------------------------------------------------------
def test_high_learning_rate_diverges_with_a_reason(qtbot, window):
    window.open_lesson("divergence-high-lr")
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    states = record(controller.state_changed)
    click(qtbot, panel.play_button)
    wait_state(qtbot, window, "diverged", timeout=10_000)
    assert states[-1] == "diverged"
    assert not panel.play_button.isChecked()
    trainer = controller.worker.trainer
    assert 0 < trainer.epoch < 1001 and trainer.divergence is not None
    text = panel.reason_label.text()
    assert re.search(r"diverged at epoch \d+", text), text
    names = {n.name for n in window.document.graph.nodes.values()}
    quoted = re.findall(r"'([^']+)'", text)
    assert quoted and quoted[0] in names, text
    weights = trainer.state_arrays()
    assert weights and all(np.isfinite(w).all() for w in weights.values())
    assert np.isfinite(window.loss_plot.series["train"].y).all()
    # Play again is refused with the same reason, and stays unchecked
    click(qtbot, panel.play_button)
    qtbot.waitUntil(lambda: not panel.play_button.isChecked(), timeout=5_000)
    assert "diverged at epoch" in panel.reason_label.text()
    assert trainer.epoch == controller.worker.trainer.epoch


# ----- 8. an invalid graph blocks training ---------------------------------------------------------------
def _link_into_output(window):
    graph = window.document.graph
    output = next(n.id for n in graph.nodes.values() if n.kind == "output")
    return next(link for link in graph.links if link.target == output)


def _assert_blocked(panel, blocked: bool) -> None:
    for button in (panel.play_button, panel.step_epoch, panel.step_batch, panel.step_phase):
        assert button.isEnabled() is not blocked, button.text()
    assert bool(panel.reason_label.text()) is blocked


def test_deleting_the_output_link_disables_training_until_undone(qtbot, window):
    panel, controller = window.training_panel, window.controller
    wait_configured(qtbot, window)
    _assert_blocked(panel, False)
    link = _link_into_output(window)
    window.scene.clearSelection()
    window.scene.links[link.id].setSelected(True)
    assert window.scene.selected_link_ids() == [link.id]
    window.delete_selection()
    assert link.id not in {l.id for l in window.document.graph.links}
    _assert_blocked(panel, True)
    assert panel.reason_label.text().startswith("Cannot train")
    assert panel.reason_label.text() in panel.play_button.toolTip()  # beside what Play does
    qtbot.mouseClick(panel.play_button, Qt.LeftButton)  # a disabled button ignores the click
    assert not panel.play_button.isChecked() and controller.state == "idle" and not controller.is_running()

    window.document.undo_stack.undo()
    assert link.id in {l.id for l in window.document.graph.links}
    _assert_blocked(panel, False)
    # and it trains again, on a trainer rebuilt for the restored graph
    before = controller.worker.trainer
    click(qtbot, panel.step_epoch)
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch == 1, timeout=10_000)
    assert controller.worker.trainer is not before and controller.worker.trainer.epoch == 1


# ----- 9. reset ------------------------------------------------------------------------------------------
def test_reset_after_training_returns_to_epoch_zero(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    start = controller.worker.trainer.state_arrays()
    for _ in range(3):
        click(qtbot, panel.step_epoch)
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch == 3, timeout=10_000)
    qtbot.waitUntil(lambda: len(window.loss_plot.series["train"]) == 3, timeout=5_000)
    trained = controller.worker.trainer
    assert not np.array_equal(trained.state_arrays()["linear1.weight"], start["linear1.weight"])

    click(qtbot, panel.reset_button)
    qtbot.waitUntil(lambda: controller.worker.trainer is not trained and controller.state == "idle",
                    timeout=10_000)
    assert controller.worker.trainer.epoch == 0
    assert len(window.loss_plot.series["train"]) == 0
    for name, array in controller.worker.trainer.state_arrays().items():
        np.testing.assert_array_equal(array, start[name], err_msg=name)  # back to the seed's weights
    assert not panel.play_button.isChecked() and panel.step_epoch.isEnabled()
    qtbot.waitUntil(lambda: controller.latest.epoch == 0, timeout=5_000)
    assert panel.epoch_label.text() == f"Epoch 0 / {XOR_EPOCHS}"
    # training again starts from epoch 0: the loss curve restarts at 0
    click(qtbot, panel.step_epoch)
    qtbot.waitUntil(lambda: controller.worker.trainer.epoch == 1 and controller.state == "paused", timeout=10_000)
    click(qtbot, panel.step_epoch)
    qtbot.waitUntil(lambda: controller.latest.epoch == 2, timeout=10_000)
    assert window.loss_plot.series["train"].x[-1] == 1
    assert window.loss_plot.series["train"].x.max() < 3


def test_reset_during_a_run_stops_it_and_clears_the_plot(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    make_runs_long(qtbot, window)
    click(qtbot, panel.play_button)
    wait_epoch_above(qtbot, window, 30)
    running = controller.worker.trainer
    click(qtbot, panel.reset_button)
    assert not panel.play_button.isChecked()
    qtbot.waitUntil(lambda: controller.worker.trainer is not running and controller.state == "idle",
                    timeout=10_000)
    assert running.epoch < LONG_EPOCHS
    qtbot.wait(100)  # nothing of the stopped run arrives late
    assert controller.worker.trainer.epoch == 0
    assert len(window.loss_plot.series["train"]) == 0
    assert controller.state == "idle" and not controller.is_running()
    qtbot.waitUntil(lambda: controller.latest.epoch == 0, timeout=5_000)
    assert panel.epoch_label.text() == f"Epoch 0 / {LONG_EPOCHS}"


# ----- 10. speed limit ---------------------------------------------------------------------------------------
def test_one_epoch_per_second(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    index = panel.speed.findText("1 epoch/s")
    assert index >= 0
    panel.speed.setCurrentIndex(index)
    assert controller.worker._epochs_per_s == 1
    click(qtbot, panel.play_button)
    qtbot.wait(1200)
    pause(qtbot, window, timeout=3_000)
    ran = controller.worker.trainer.epoch
    assert 1 <= ran <= 3, f"{ran} epochs ran in 1.2 s at 1 epoch/s"
    assert controller.state == "paused"
    qtbot.waitUntil(lambda: controller.latest.epoch == ran, timeout=2_000)
    assert len(window.loss_plot.series["train"]) == ran


# ----- 11. gradient plot and metrics -----------------------------------------------------------------------
def test_gradient_plot_and_confusion_matrix(qtbot, window):
    controller, panel = window.controller, window.training_panel
    gradients, metrics = window.gradient_plot, window.metrics_panel
    wait_configured(qtbot, window)
    for n in (1, 2, 3):
        click(qtbot, panel.step_epoch)
        qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch == n, timeout=10_000)
    linear = [n.name for n in window.document.graph.nodes.values() if n.kind == "linear"]
    assert linear == ["linear1", "linear2"]
    assert gradients.names == linear and list(gradients.curves) == [0, 1]
    assert [gradients.curves[i].opts["name"] for i in (0, 1)] == linear
    for i in (0, 1):  # one point per epoch, at the history's epochs (as the loss plot's)
        assert (gradients.series[i].y > 0).all()
        assert np.array_equal(gradients.series[i].x, [0, 1, 2])
    qtbot.waitUntil(lambda: all(len(c.getData()[0] if c.getData()[0] is not None else []) == 3
                                for c in gradients.curves.values()), timeout=5_000)

    table = metrics.confusion
    qtbot.waitUntil(lambda: table.rowCount() == 2 and table.columnCount() == 2, timeout=5_000)
    counts = np.array([[int(table.item(i, j).text()) for j in range(2)] for i in range(2)])
    assert counts.sum() == 4  # the four XOR points
    assert "Accuracy" in metrics.summary.text()
    assert metrics.rows.rowCount() == 4
    gold = sorted(float(metrics.rows.item(i, 2).text()) for i in range(4))
    assert gold == [0, 0, 1, 1]
    assert counts[0].sum() == 2 and counts[1].sum() == 2  # rows are gold classes


# A rebuilt trainer's first results must reach the views even when the GUI thread is slow to handle the
# worker's queued `ready` (fixed in ea62368: the controller used to empty the mailbox in _on_ready, throwing
# away the new trainer's first snapshot, evaluation and loss rows).
def _gui_busy_until(condition, timeout: float = 10.0) -> None:
    """Block the GUI thread (no event processing, as during a long repaint) until the worker is done."""
    deadline = time.perf_counter() + timeout
    while not condition():
        assert time.perf_counter() < deadline, "the worker did not finish"
        time.sleep(0.005)


def test_reset_shows_epoch_zero_even_when_the_gui_is_busy(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    for n in (1, 2, 3):
        click(qtbot, panel.step_epoch)
        qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.epoch == n, timeout=10_000)
    trained = controller.worker.trainer
    click(qtbot, panel.reset_button)
    _gui_busy_until(lambda: controller.worker.trainer is not trained)
    time.sleep(0.3)  # configure() publishes right after creating the trainer
    qtbot.waitUntil(lambda: controller.state == "idle", timeout=5_000)
    qtbot.wait(100)
    assert controller.worker.trainer.epoch == 0
    assert controller.latest.epoch == 0, f"the panel still shows epoch {controller.latest.epoch}"
    assert panel.epoch_label.text() == f"Epoch 0 / {XOR_EPOCHS}"


def test_a_step_right_after_a_rebuild_is_shown(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    old = controller.worker.trainer
    evaluations = record(controller.evaluation_changed)
    click(qtbot, panel.reset_button)  # rebuild from the seed...
    click(qtbot, panel.step_epoch)  # ...and step at once, as a user does
    _gui_busy_until(lambda: controller.worker.trainer is not old and controller.worker.trainer.epoch == 1
                    and not controller.worker.is_busy())
    time.sleep(0.3)
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=5_000)
    qtbot.wait(100)
    assert controller.worker.trainer.epoch == 1
    train = window.loss_plot.series["train"]
    assert list(train.x) == [0], f"loss plot epochs {list(train.x)} after one epoch"
    assert controller.latest.epoch == 1, f"the panel shows epoch {controller.latest.epoch}"
    assert panel.epoch_label.text() == f"Epoch 1 / {XOR_EPOCHS}"
    assert evaluations, "the rebuilt trainer's evaluation never reached the metrics panel"
    assert window.metrics_panel.confusion.rowCount() == 2




def test_a_rebuilt_trainers_first_snapshot_survives_a_pull_before_its_ready_signal(qtbot, window):
    # The 60 Hz timer may take the new trainer's first snapshot before the queued `ready` is handled;
    # clearing the views' history must still come first, or the neuron view is left with nothing.
    controller = window.controller
    wait_configured(qtbot, window)
    old = controller.worker.trainer
    order = []
    controller.history_cleared.connect(lambda: order.append("cleared"))
    controller.snapshot_changed.connect(lambda s: order.append(s.epoch))
    click(qtbot, window.training_panel.reset_button)
    _gui_busy_until(lambda: controller.worker.trainer is not old)
    time.sleep(0.3)  # the worker has published by now; its `ready` is still queued
    controller.pull()  # as the timer would, ahead of the queued signals
    qtbot.waitUntil(lambda: controller.state == "idle", timeout=5_000)
    qtbot.wait(100)
    # (the preview of the initial weights comes first: cleared, 0; then the trainer's own)
    last_clear = max(i for i, o in enumerate(order) if o == "cleared")
    assert order[:2] == ["cleared", 0] and order[last_clear + 1:last_clear + 2] == [0]
    shown = window.network_panel.display_snapshot()
    assert shown is not None and shown.epoch == 0 and shown.params is controller.latest.params


def test_reset_drops_the_trained_weights_from_the_document(qtbot, window):
    controller, panel = window.controller, window.training_panel
    wait_configured(qtbot, window)
    for n in (1, 2):
        click(qtbot, panel.step_epoch)
        qtbot.waitUntil(lambda: controller.worker.trainer.epoch == n and controller.state == "paused",
                        timeout=10_000)
    qtbot.waitUntil(lambda: window.document.project.weights is not None, timeout=5_000)
    trained = controller.worker.trainer
    click(qtbot, panel.reset_button)
    qtbot.waitUntil(lambda: controller.worker.trainer is not trained and controller.state == "idle",
                    timeout=10_000)
    qtbot.wait(100)
    kept = window.document.project.weights
    current = controller.worker.trainer.state_arrays()
    assert kept is None or all(np.array_equal(kept[k], current[k]) for k in current), (
        "the document keeps the weights of epoch 2 after Reset")
