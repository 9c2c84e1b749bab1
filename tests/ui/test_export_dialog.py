"""File > Export... and File > Import Weights..., driven through the menu (file dialogs patched)."""

from __future__ import annotations

import os
import pickle

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from ann_viz.core.data import make_dataset
from ann_viz.core.export import read_weight_file
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer
from ann_viz.ui.export_dialog import ExportDialog

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [0.3, -0.7]], dtype=np.float32)


# ----- helpers --------------------------------------------------------------------------------------
def menu_action(window, text: str):
    for menu_action_ in window.menuBar().actions():
        for action in menu_action_.menu().actions():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


@pytest.fixture
def warnings_shown(monkeypatch) -> list:
    """QMessageBox.warning calls (title, text) instead of modal boxes."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    return shown


def export_via_menu(window, monkeypatch, fmt: str, path, browse_to=None) -> ExportDialog:
    """File > Export...: choose ``fmt`` and ``path`` (or Browse... to ``browse_to``) and press Export."""
    used = {}

    def run(dialog):
        used["dialog"] = dialog
        dialog.set_format(fmt)
        if browse_to is None:
            dialog.path_edit.setText(str(path))
        else:
            monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(browse_to), "")))
            dialog.browse_button.click()
        dialog.buttons.button(QDialogButtonBox.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run)
    menu_action(window, "&Export...").trigger()
    return used["dialog"]


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None and window.controller.state in
                    ("idle", "paused", "finished") and not window.controller.is_running(), timeout=10_000)


def step_epochs(qtbot, window, n: int) -> None:
    wait_idle(qtbot, window)
    for _ in range(n):
        start = window.controller.worker.trainer.epoch
        qtbot.mouseClick(window.training_panel.step_epoch, Qt.LeftButton)
        trainer = window.controller.worker.trainer
        qtbot.waitUntil(lambda: trainer.epoch == start + 1 and len(trainer.history) == start + 1
                        and window.controller.state == "paused",
                        timeout=10_000)  # the step has finished (its history written), not only counted
    qtbot.waitUntil(lambda: window.document.project.weights is not None, timeout=5_000)


def app_trainer(window) -> Trainer:
    project = window.document.project
    return Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))


# ----- export ----------------------------------------------------------------------------------------
def test_export_dialog_writes_onnx_with_the_trained_weights(qtbot, window, monkeypatch, tmp_path, warnings_shown):
    import onnx
    import onnxruntime as ort

    step_epochs(qtbot, window, 3)
    trained = window.document.project.weights
    initial = app_trainer(window).state_arrays()
    assert not np.array_equal(trained["linear1.weight"], initial["linear1.weight"])
    path = tmp_path / "xor.onnx"
    dialog = export_via_menu(window, monkeypatch, "onnx", path)
    assert dialog.result() == QDialog.Accepted and warnings_shown == []
    model = onnx.load(str(path))
    onnx.checker.check_model(model, full_check=True)
    stored = {t.name: onnx.numpy_helper.to_array(t) for t in model.graph.initializer}
    np.testing.assert_array_equal(stored["linear1.weight"], trained["linear1.weight"])
    expected = app_trainer(window)
    expected.load_arrays({k: np.array(v) for k, v in trained.items()})
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(session.run(None, {"input": X})[0], expected.predict(X), atol=1e-5, rtol=0)
    assert "Exported" in window.statusBar().currentMessage()


def test_export_dialog_writes_the_runs_history_as_csv(qtbot, window, monkeypatch, tmp_path, warnings_shown):
    step_epochs(qtbot, window, 4)
    path = tmp_path / "history.csv"
    export_via_menu(window, monkeypatch, "csv", path)
    lines = path.read_text().splitlines()
    assert lines[0] == "epoch,train_loss,val_loss,accuracy" and len(lines) == 5
    np.testing.assert_array_equal([float(line.split(",")[1]) for line in lines[1:]],
                                  window.controller.worker.trainer.history.train_loss)
    assert [int(line.split(",")[0]) for line in lines[1:]] == [0, 1, 2, 3]


def test_exporting_during_a_run_pauses_it_and_writes_its_latest_weights(qtbot, window, monkeypatch, tmp_path,
                                                                          warnings_shown):
    panel = window.training_panel
    wait_idle(qtbot, window)
    panel.speed.setCurrentIndex(5)  # 100 epochs/s: still running when the export starts
    qtbot.mouseClick(panel.play_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.controller.is_running() and window.controller.worker.trainer.epoch > 3,
                    timeout=10_000)
    path = tmp_path / "w.pt"
    export_via_menu(window, monkeypatch, "pt", path)
    assert not window.controller.is_running() and not panel.play_button.isChecked()
    saved = torch.load(path, weights_only=True)
    live = window.controller.worker.trainer.state_arrays()
    for name, value in live.items():
        np.testing.assert_array_equal(saved[name].numpy(), value)


def test_browse_picks_the_file_and_adds_the_suffix(qtbot, window, monkeypatch, tmp_path, warnings_shown):
    dialog = export_via_menu(window, monkeypatch, "safetensors", None, browse_to=tmp_path / "weights")
    assert dialog.path() == str(tmp_path / "weights.safetensors")
    initial = app_trainer(window).state_arrays()  # never trained: the seeded initial weights
    arrays = read_weight_file(tmp_path / "weights.safetensors")
    assert all(np.array_equal(arrays[k], initial[k]) for k in initial)


def test_network_picture_still_exports_as_png(qtbot, window, monkeypatch, tmp_path, warnings_shown):
    export_via_menu(window, monkeypatch, "png", tmp_path / "net.png")
    assert (tmp_path / "net.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_torchscript_choice_warns_that_it_is_deprecated(qtbot, window):
    dialog = ExportDialog(window)
    dialog.set_format("torchscript")
    assert dialog.note_label.text().startswith("Warning: TorchScript (torch.jit) is deprecated")
    assert dialog.path().endswith(".ts")
    dialog.deleteLater()


@pytest.mark.parametrize("fmt, where, message", [
    ("onnx", "missing/m.onnx", "does not exist"),
    ("csv", "h.csv", "There is no training history yet"),
])
def test_export_failure_is_shown_and_writes_nothing(qtbot, window, monkeypatch, tmp_path, warnings_shown,
                                                    fmt, where, message):
    wait_idle(qtbot, window)
    dialog = export_via_menu(window, monkeypatch, fmt, tmp_path / where)
    assert dialog.result() != QDialog.Accepted  # the dialog stays open to fix the choice
    assert len(warnings_shown) == 1 and message in warnings_shown[0][1]
    assert list(tmp_path.iterdir()) == []


# ----- import ----------------------------------------------------------------------------------------
def import_via_menu(window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    menu_action(window, "Import &Weights...").trigger()


def test_imported_weights_reach_the_document_and_the_trainer(qtbot, window, monkeypatch, tmp_path, warnings_shown):
    wait_idle(qtbot, window)
    imported = {k: v + 0.25 for k, v in app_trainer(window).state_arrays().items()}
    path = tmp_path / "w.pt"
    torch.save({k: torch.tensor(v) for k, v in imported.items()}, path)
    import_via_menu(window, monkeypatch, path)
    assert warnings_shown == []
    assert all(np.array_equal(window.document.project.weights[k], imported[k]) for k in imported)
    assert window.document.is_modified()
    qtbot.waitUntil(lambda: window.controller.worker.trainer is not None and all(
        np.array_equal(window.controller.worker.trainer.state_arrays()[k], imported[k]) for k in imported),
        timeout=10_000)
    # Training goes on from them, exactly as the engine does from the same weights.
    step_epochs(qtbot, window, 1)
    expected = app_trainer(window)
    expected.load_arrays(imported)
    expected.run(1)
    for name, value in expected.state_arrays().items():
        np.testing.assert_allclose(window.controller.worker.trainer.state_arrays()[name], value, atol=1e-6)


class Hostile:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_hostile_truncated_or_mismatched_files_are_refused_and_change_nothing(qtbot, window, monkeypatch,
                                                                              tmp_path, warnings_shown):
    wait_idle(qtbot, window)
    marker = tmp_path / "pwned"
    hostile, truncated, other = tmp_path / "evil.pt", tmp_path / "cut.safetensors", tmp_path / "residual.pt"
    torch.save({"linear1.weight": Hostile(marker)}, hostile)
    hostile_legacy = tmp_path / "evil_legacy.pt"
    hostile_legacy.write_bytes(pickle.dumps({"linear1.weight": Hostile(marker)}, protocol=2))
    from safetensors.numpy import save_file
    save_file(app_trainer(window).state_arrays(), str(truncated))
    truncated.write_bytes(truncated.read_bytes()[:-20])
    residual = get_preset("residual").project()
    torch.save({k: torch.tensor(v) for k, v in Trainer(residual.graph, make_dataset(residual.data),
                                                       residual.config.with_changes(device="cpu"))
                .state_arrays().items()}, other)
    before = window.controller.worker.trainer.state_arrays()
    for path in (hostile, hostile_legacy, truncated, other):
        import_via_menu(window, monkeypatch, path)
    assert not marker.exists()
    texts = [text for _, text in warnings_shown]
    assert len(texts) == 4
    assert texts[0].startswith("evil.pt: refused") and texts[1].startswith("evil_legacy.pt: refused")
    assert texts[2].startswith("cut.safetensors: damaged or truncated")
    assert "'linear1.weight' has shape (10, 2), the network needs (2, 2)" in texts[3]
    assert window.document.project.weights is None and not window.document.is_modified()
    after = window.controller.worker.trainer.state_arrays()
    assert all(np.array_equal(before[k], after[k]) for k in before)
