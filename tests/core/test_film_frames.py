"""The film's frames replay the run from its seed; its writer is atomic and refuses what it cannot write."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from ann_viz.core.data import make_dataset
from ann_viz.core.errors import ExportError
from ann_viz.core.film import FilmWriter, film_frames, frame_epochs
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer


@pytest.mark.parametrize("epochs, frames, expected", [
    (10, 3, [0, 5, 10]), (2, 10, [0, 1, 2]), (0, 5, [0]), (7, 1, [7]), (10001, 200, None)])
def test_frame_epochs_spread_evenly_from_start_to_end(epochs, frames, expected):
    plan = frame_epochs(epochs, frames)
    if expected is not None:
        assert plan == expected
    assert plan[0] == (0 if frames > 1 else epochs) and plan[-1] == epochs
    assert len(plan) == min(frames, epochs + 1) and plan == sorted(set(plan))


def test_frames_replay_the_seeded_run_and_carry_every_epochs_history():
    project = get_preset("xor-2-2-1").project()
    project.config = project.config.with_changes(epochs=300, device="cpu")
    project.weights = {k: v * 0 for k, v in Trainer(project.graph, make_dataset(project.data),
                                                    project.config).state_arrays().items()}  # ignored
    frames = list(film_frames(project, 7))
    assert [f.epoch for f in frames] == frame_epochs(300, 7)
    plain = Trainer(project.graph, make_dataset(project.data), project.config)
    plain.run()
    history = np.concatenate([f.history for f in frames])
    np.testing.assert_array_equal(history[:, 0], np.arange(300))
    np.testing.assert_allclose(history[:, 1], plain.history.train_loss, rtol=0, atol=1e-7)
    last = frames[-1].snapshot.params
    for name, value in plain.state_arrays().items():
        np.testing.assert_allclose(last[name], value, rtol=0, atol=1e-6)


def test_a_cancelled_film_stops_at_the_next_frame():
    project = get_preset("xor-2-2-1").project()
    cancel = threading.Event()
    seen = []
    for frame in film_frames(project, 50, cancel=cancel):
        seen.append(frame.epoch)
        if len(seen) == 3:
            cancel.set()
    assert len(seen) == 3


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_the_writer_replaces_the_target_only_when_complete(tmp_path, suffix):
    target = tmp_path / f"film{suffix}"
    target.write_bytes(b"old")
    writer = FilmWriter(target, fps=10)
    frame = np.zeros((64, 96, 3), np.uint8)
    writer.add(frame)
    writer.abort()
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == [target.name]
    writer = FilmWriter(target, fps=10)
    for shade in (0, 120, 240):
        writer.add(frame + shade)
    assert writer.close() == target and target.stat().st_size > 100
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("name, fragment", [("film.avi", "as .gif or .mp4"), ("no/such/dir/film.gif", "does not exist")])
def test_the_writer_refuses_what_it_cannot_write(tmp_path, name, fragment):
    with pytest.raises(ExportError, match=fragment):
        FilmWriter(tmp_path / name)
