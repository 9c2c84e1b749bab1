"""The data panel, driven as a student would: pick each kind, see it train, undo it, read the messages."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from test_network_view import open_lesson

TRAIN_TXT = "# x1 x2 label, as in the notes\n0 0 0\n0 1 1\n1 0 1\n1 1 0\n"


def data_of(window) -> dict:
    return window.document.project.data


def choose(window, group: str) -> None:
    panel = window.data_panel
    panel.group.setCurrentIndex(panel.group.findData(group))  # as a pick in the combo box does


def rebuilt_with(qtbot, window, spec_part: dict, timeout: int = 20_000) -> None:
    """The trainer has been rebuilt from data matching ``spec_part``."""
    qtbot.waitUntil(lambda: all(data_of(window).get(k) == v for k, v in spec_part.items())
                    and window.training_panel._setup == window.training_panel._setup_key()
                    and window.controller.worker.trainer is not None and window.controller.state == "idle"
                    and not window.controller.is_running(), timeout=timeout)


def trains(qtbot, window, epochs: int = 3) -> None:
    """Step a few epochs: every one lands in the trainer's history with a finite loss."""
    trainer = window.controller.worker.trainer
    for i in range(epochs):
        qtbot.mouseClick(window.training_panel.step_epoch, Qt.LeftButton)
        qtbot.waitUntil(lambda: trainer.epoch == i + 1 and len(trainer.history) == i + 1
                        and window.controller.state == "paused", timeout=20_000)
    assert np.isfinite(trainer.history.train_loss).all() and len(trainer.history) == epochs


def pick_file(monkeypatch, button, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    button.click()


def idx_file(array: np.ndarray) -> bytes:
    """An uncompressed IDX file of uint8 values (the MNIST format)."""
    return bytes([0, 0, 0x08, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape) + array.tobytes()


# ----- every kind can be chosen and trains --------------------------------------------------------------
def test_a_gate_is_chosen_trains_and_undo_brings_back_xor(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    panel = window.data_panel
    assert panel.group.currentData() == "gate" and panel.pages["gate"].kind.currentData() == "xor"
    panel.pages["gate"].kind.setCurrentIndex(panel.pages["gate"].kind.findData("and"))
    rebuilt_with(qtbot, window, {"kind": "and"})
    assert window.controller.worker.trainer.splits.train.name == "AND"
    assert "AND: 4 samples" in panel.summary.text()
    trains(qtbot, window)
    window.document.undo_stack.undo()
    rebuilt_with(qtbot, window, {"kind": "xor"})
    assert panel.pages["gate"].kind.currentData() == "xor"
    assert window.controller.worker.trainer.splits.train.name == "XOR"
    assert window.document.undo_stack.undoText() == ""  # one step, undone
    window.document.undo_stack.redo()
    rebuilt_with(qtbot, window, {"kind": "and"})


def test_2d_points_with_noise_size_and_seed(qtbot, window):
    open_lesson(qtbot, window, "xor-2-2-1")
    choose(window, "cloud")
    rebuilt_with(qtbot, window, {"kind": "circle"})
    page = window.data_panel.pages["cloud"]
    page.kind.setCurrentIndex(page.kind.findData("spiral"))
    page.size.setValue(120)
    page.noise.setValue(0.25)
    page.seed.setValue(3)
    rebuilt_with(qtbot, window, {"kind": "spiral", "n": 120, "noise": 0.25, "seed": 3})
    assert window.controller.worker.trainer.splits.train.n_samples == 120
    qtbot.waitUntil(lambda: window.plane_source.inputs is not None
                    and window.plane_source.inputs.points.n_features == 2
                    and len(window.plane_source.inputs.points.x) == 120, timeout=10_000)  # the plane shows it
    trains(qtbot, window)
    stack = window.document.undo_stack
    for _ in range(5):  # kind, size, noise, seed, then the group: each its own step
        stack.undo()
    rebuilt_with(qtbot, window, {"kind": "xor"})


def test_a_regression_curve(qtbot, window):
    open_lesson(qtbot, window, "regression-square")
    assert window.data_panel.group.currentData() == "curve"
    page = window.data_panel.pages["curve"]
    page.kind.setCurrentIndex(page.kind.findData("sine"))
    rebuilt_with(qtbot, window, {"kind": "sine"})
    assert window.controller.worker.trainer.splits.train.task == "regression"
    trains(qtbot, window)


def test_a_text_file_like_train_txt_with_a_preview(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "train.txt"
    path.write_text(TRAIN_TXT)
    open_lesson(qtbot, window, "xor-2-2-1")
    choose(window, "file")
    page = window.data_panel.pages["file"]
    assert data_of(window) == {"kind": "xor"}  # no file yet: nothing changed, and it says so
    assert "Choose a text file." in window.data_panel.problem.text()
    pick_file(monkeypatch, page.file.browse, path)
    rebuilt_with(qtbot, window, {"kind": "file", "path": str(path)})
    assert page.preview.rowCount() == 4 and page.preview.columnCount() == 3
    assert page.preview.item(1, 2).text() == "1"
    assert page.preview.verticalHeaderItem(0).text() == "2"  # the file's own line number
    assert "train.txt: 4 samples, 2 inputs" in window.data_panel.summary.text()
    trains(qtbot, window)


def test_bad_files_give_the_loaders_message_and_change_nothing(qtbot, window, tmp_path, monkeypatch):
    open_lesson(qtbot, window, "xor-2-2-1")
    choose(window, "file")
    page = window.data_panel.pages["file"]
    ragged = tmp_path / "ragged.txt"
    ragged.write_text("0 0 0\n0 1\n")
    pick_file(monkeypatch, page.file.browse, ragged)
    problem = window.data_panel.problem.text()
    assert "line 2: expected 3 columns, found 2" in problem and "Not changed" in problem
    assert page.preview.rowCount() == 2  # the preview still shows what is there
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    pick_file(monkeypatch, page.file.browse, binary)
    assert "binary file" in window.data_panel.problem.text() and "binary file" in page.preview_note.text()
    page.file.edit.setText("/dev/zero")
    page.file.edit.editingFinished.emit()
    assert "not a regular file" in window.data_panel.problem.text()
    qtbot.wait(400)
    assert data_of(window) == {"kind": "xor"} and window.document.undo_stack.count() == 0


def write_idx_pair(tmp_path, n: int = 30):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
    labels = (np.arange(n) % 10).astype(np.uint8)
    (tmp_path / "train-images-idx3-ubyte").write_bytes(idx_file(images))
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(idx_file(labels))
    return tmp_path / "train-images-idx3-ubyte", tmp_path / "train-labels-idx1-ubyte"


def test_mnist_idx_files_as_the_mnist_lesson_asks(qtbot, window, tmp_path, monkeypatch):
    images, labels = write_idx_pair(tmp_path)
    open_lesson(qtbot, window, "mnist-mlp")
    assert window.data_panel.group.currentData() == "digits"
    choose(window, "idx")
    assert "Choose the images file and the labels file." in window.data_panel.problem.text()
    page = window.data_panel.pages["idx"]
    pick_file(monkeypatch, page.images.browse, images)  # the labels file beside it is found by its name
    assert page.labels.path() == str(labels)
    rebuilt_with(qtbot, window, {"kind": "idx", "images": str(images)})
    splits = window.controller.worker.trainer.splits
    assert (splits.train.n_samples, splits.test.n_samples) == (24, 6)  # the lesson keeps 20 % for the test
    trains(qtbot, window, epochs=2)


def test_built_in_digits_and_a_clear_message_when_they_do_not_fit(qtbot, window):
    open_lesson(qtbot, window, "mnist-mlp")  # 784 inputs: the 28x28 digits
    page = window.data_panel.pages["digits"]
    page.size.setCurrentIndex(page.size.findData(8))  # 64 inputs do not fit
    qtbot.waitUntil(lambda: data_of(window).get("size") == 8, timeout=5_000)
    assert "has 64 input feature(s); the network's Input layer takes 784" in window.data_panel.problem.text()
    qtbot.waitUntil(lambda: "64 input feature(s)" in window.training_panel.reason_label.text(), timeout=20_000)
    assert not window.training_panel.play_button.isChecked()
    window.document.undo_stack.undo()
    rebuilt_with(qtbot, window, {"kind": "digits", "size": 28})
    assert window.data_panel.problem.text() == ""
    trains(qtbot, window, epochs=1)


def test_fractions_split_the_data_and_are_undoable(qtbot, window):
    open_lesson(qtbot, window, "regularization-none")
    panel = window.data_panel
    panel.val_fraction.setValue(0.25)
    panel.test_fraction.setValue(0.1)
    rebuilt_with(qtbot, window, {"kind": "moons"})
    qtbot.waitUntil(lambda: window.controller.worker.trainer.config.test_fraction == 0.1, timeout=20_000)
    splits = window.controller.worker.trainer.splits
    assert (splits.train.n_samples, splits.val.n_samples, splits.test.n_samples) == (130, 50, 20)
    assert panel.train_share.text() == "training 65 %"
    assert window.settings_form.val_fraction.value() == 0.25  # the hyper-parameter form agrees
    window.document.undo_stack.undo()
    assert window.document.project.config.test_fraction == 0.0 and panel.test_fraction.value() == 0.0
    assert window.settings_form.config().test_fraction == 0.0
    panel.test_fraction.setValue(0.8)  # 0.25 + 0.8 leaves nothing to train on
    assert "leave no data to train on" in panel.problem.text()
    assert window.document.project.config.test_fraction == 0.0


# ----- throwing a trained run away ---------------------------------------------------------------------
def test_changing_the_data_of_a_trained_run_asks_first(qtbot, window, real_confirm, monkeypatch):
    open_lesson(qtbot, window, "xor-2-2-1")
    trains(qtbot, window, epochs=2)
    qtbot.waitUntil(lambda: window.document.project.weights is not None
                    and window.training_panel.trained_epochs() == 2, timeout=5_000)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.No))
    page = window.data_panel.pages["gate"]
    page.kind.setCurrentIndex(page.kind.findData("or"))
    assert len(asked) == 1 and "up to epoch 2" in asked[0]
    assert data_of(window) == {"kind": "xor"} and page.kind.currentData() == "xor"  # No: nothing changed
    assert window.controller.worker.trainer.epoch == 2
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.Yes))
    page.kind.setCurrentIndex(page.kind.findData("or"))
    rebuilt_with(qtbot, window, {"kind": "or"})
    assert len(asked) == 2 and window.controller.worker.trainer.epoch == 0


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_panel_at_1280x720(qtbot, window, lang):
    window.resize(1280, 720)
    window.language_actions[lang].trigger()
    window.data_dock.show()
    window.data_dock.raise_()
    choose(window, "cloud")
    qtbot.wait(50)
    panel = window.data_panel
    assert window.width() == 1280 and window.height() == 720  # the window never grows by itself
    page = panel.pages["cloud"]
    for widget in (panel.group, page.kind, page.size, page.noise, page.seed, panel.val_fraction):
        assert widget.width() >= widget.minimumSizeHint().width() - 1
    assert (panel.kind_label.text() == "Data:") == (lang == "en")
    window.language_actions["en"].trigger()
