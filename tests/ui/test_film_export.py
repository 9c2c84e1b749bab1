"""A training film: drawn by the app's views, the stated number of frames, each differing from the
last while the loss changes; the app records it in the background and can cancel; the CLI too."""

from __future__ import annotations

import json

import imageio.v2 as imageio
import numpy as np
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ann_viz.cli.main import main
from ann_viz.core.presets import get_preset
from ann_viz.ui.film.recorder import FilmRecorder, record_film
from ann_viz.ui.film.stage import FILM_SIZE


def short_xor(epochs: int = 3000):
    project = get_preset("xor-2-2-1").project()
    project.config = project.config.with_changes(epochs=epochs)
    return project


def read_frames(path) -> list[np.ndarray]:
    return [np.asarray(f)[..., :3] for f in imageio.get_reader(path)]


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_the_film_has_the_frames_asked_for_each_new_while_the_loss_changes(qapp, tmp_path, suffix):
    path = tmp_path / f"xor{suffix}"
    result = record_film(short_xor(), path, frames=12, fps=10)
    assert (result.frames, result.epochs) == (12, 3000)
    frames = read_frames(path)
    assert len(frames) == 12
    assert frames[0].shape[:2] == (FILM_SIZE[1], FILM_SIZE[0])
    assert len(np.unique(frames[-1].reshape(-1, 3), axis=0)) > 30  # a picture, not a blank
    for before, after in zip(frames, frames[1:]):  # the epoch label and the curve move every frame
        assert np.abs(after.astype(int) - before.astype(int)).sum() > 0


def test_a_frame_shows_the_pictures_without_the_app_s_controls(qapp):
    from PySide6.QtWidgets import QAbstractButton, QScrollBar, QTabBar

    from ann_viz.core.film import film_frames
    from ann_viz.ui.film.stage import FilmStage

    project = short_xor(200)
    stage = FilmStage(project)
    for frame in film_frames(project, 2):
        picture = stage.render(frame)
    shown = [w for kind in (QTabBar, QScrollBar, QAbstractButton) for w in stage.findChildren(kind)
             if w.isVisibleTo(stage)]
    assert shown == []  # no inspector tabs, no empty caption's scroll bar, no buttons in the picture
    network, plane = stage.network.canvas.geometry(), stage.plane.plot.geometry()
    assert network.height() > 0.5 * FILM_SIZE[1] and plane.width() > 0.35 * FILM_SIZE[0]
    assert picture.shape == (FILM_SIZE[1], FILM_SIZE[0], 3)
    stage.deleteLater()


def test_the_app_records_in_the_background_and_a_cancel_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    window.document.replace(short_xor(20000))
    folder = tmp_path / "films"  # tmp_path also holds the window's settings
    folder.mkdir()
    target = folder / "run.gif"
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.path.setText(str(target)), self.frames.setValue(400),
                                                       QDialog.Accepted)[-1])
    window.export_film()
    recorder = window.film_recorder
    assert isinstance(recorder, FilmRecorder)
    done = []
    recorder.progress.connect(lambda n, total: done.append(n))
    qtbot.waitUntil(lambda: len(done) >= 3, timeout=60_000)
    with qtbot.waitSignal(recorder.failed, timeout=10_000) as failed:
        recorder.cancel()
    assert failed.args == [""] and window.film_recorder is None
    assert list(folder.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_app_says_why_a_film_cannot_be_written(qtbot, window, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.path.setText(str(tmp_path / "film.avi")),
                                                       QDialog.Accepted)[-1])
    window.export_film()
    assert warned and ".gif or .mp4" in warned[0]


def test_the_app_writes_the_film_and_says_so(qtbot, window, tmp_path, monkeypatch):
    window.document.replace(short_xor(500))
    target = tmp_path / "run.mp4"
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.path.setText(str(target)), self.frames.setValue(6),
                                                       QDialog.Accepted)[-1])
    window.export_film()
    qtbot.waitUntil(lambda: window.film_recorder is None, timeout=60_000)
    assert len(read_frames(target)) == 6
    assert "6 frames up to epoch 500" in window.statusBar().currentMessage()


def test_cli_film_prints_json(qapp, tmp_path, capsys):
    out = tmp_path / "xor.gif"
    assert main(["film", "xor-2-2-1", "-o", str(out), "--frames", "5", "--epochs", "400", "--json"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["frames"] == 5 and result["epochs"] == 400 and len(read_frames(out)) == 5


@pytest.mark.parametrize("args, fragment", [(["--frames", "0"], "must be from 1 to 2000"),
                                            (["--fps", "500"], "must be from 1 to 60")])
def test_cli_film_refuses_bad_usage_in_one_line(tmp_path, capsys, args, fragment):
    with pytest.raises(SystemExit) as exit_:
        main(["film", "xor-2-2-1", "-o", str(tmp_path / "a.gif"), *args])
    assert exit_.value.code == 2 and fragment in capsys.readouterr().err
