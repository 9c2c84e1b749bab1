"""The numba engine: picked per network, silent fallback, lazy import; every epoch's gradient sizes in
the history on every engine. (Its numbers against autograd: test_fastpath.py, test_fastpath_loop.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import numpy as np
import pytest
import torch

import ann_viz.core.train
from ann_viz.core.data import make_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.presets.builder import chain, linear
from ann_viz.core.train import TrainConfig, Trainer, numba_path

XOR = [linear(2), "sigmoid", linear(1), "sigmoid"]


def xor_trainer(epochs=200, **kw) -> Trainer:
    return Trainer(chain(2, XOR, "bce"), make_dataset({"kind": "xor"}),
                   TrainConfig(lr=1.0, epochs=epochs, seed=777, device="cpu"), **kw)


def test_auto_picks_numba_for_small_steps_and_torch_for_large_ones():
    numba_path.warm_up(block=True)
    assert xor_trainer().engine_name == "numba"
    wide = chain(1, [linear(512), "relu", linear(512), "relu", linear(1)], "mse")
    big = Trainer(wide, make_dataset({"kind": "sine", "n": 300}), TrainConfig(epochs=2, device="cpu"))
    assert 300 * (512 + 512 * 512 + 512) > numba_path.NUMBA_MAX_MACS
    assert big.engine_name == "torchscript"
    assert not numba_path.prefer_numba(torch.device("cuda"), 4, 6)  # a GPU trains with torch


def still_compiling(monkeypatch, seconds: float) -> threading.Thread:
    """numba's warm-up as if it still ran: the kernel appears after ``seconds``."""
    numba_path.warm_up(block=True)
    kernel = numba_path._kernel
    monkeypatch.setattr(numba_path, "_kernel", None)
    thread = threading.Thread(target=lambda: (time.sleep(seconds), setattr(numba_path, "_kernel", kernel)))
    monkeypatch.setattr(numba_path, "_thread", thread)
    thread.start()
    return thread


def test_a_run_waits_for_numbas_compile_instead_of_switching_midway(monkeypatch):
    """Engines round differently: a run that switched when the compile ended would depend on timing."""
    reference = xor_trainer(epochs=300)
    reference.run()
    assert reference.engine_name == "numba"
    still_compiling(monkeypatch, 0.3)
    trainer = xor_trainer(epochs=300)
    assert trainer.engine_name == "torchscript"  # for now: nothing has run yet
    trainer.run()
    assert trainer.engine_name == "numba"
    np.testing.assert_array_equal(trainer.history.train_loss, reference.history.train_loss)


def test_pause_is_heard_while_waiting_for_numba(monkeypatch):
    thread = still_compiling(monkeypatch, 0.5)
    trainer = xor_trainer(epochs=300)
    result = trainer.run(should_stop=lambda: True)
    assert result.reason == "paused" and trainer.epoch == 0
    thread.join()


def test_drawn_frames_do_not_change_a_numba_runs_numbers():
    """Each frame is autograd's step (for the views), which numba then redoes: the same numbers
    however many frames a run draws."""
    plain = xor_trainer(epochs=2000)
    plain.run()
    framed, frames = xor_trainer(epochs=2000), []
    for _ in range(50):  # as Play at a chosen speed runs: short runs, each starting with a frame
        framed.run(40, on_snapshot=frames.append, snapshot_interval=0)
    assert framed.engine_name == "numba" and len(frames) == 50
    np.testing.assert_array_equal(framed.history.train_loss, plain.history.train_loss)
    assert frames[-1].epoch <= 2000 and frames[0].loss is not None


def test_numba_calls_are_sized_by_their_measured_speed():
    """Unmeasured, each call doubled the last (to a million XOR epochs, about a second): Pause
    waited that long and the views got their history in lumps."""
    trainer = xor_trainer(epochs=20000)
    trainer.run()
    fast = trainer._fast
    assert trainer.engine_name == "numba" and fast._steps_per_s > 0
    assert 1 <= fast.plan(10**9, 1 / 60, 4) <= max(1, int(fast._steps_per_s / 60))


def test_a_failed_warm_up_falls_back_silently(monkeypatch):
    """No numba (or a frozen app where it cannot compile): TorchScript trains, nothing is raised."""
    monkeypatch.setattr(numba_path, "_thread", None)
    monkeypatch.setattr(numba_path, "_kernel", None)
    monkeypatch.setattr(numba_path, "_failed", False)
    monkeypatch.setitem(sys.modules, "ann_viz.core.train.numba_kernel", None)  # the import fails
    monkeypatch.delattr(ann_viz.core.train, "numba_kernel", raising=False)
    trainer = xor_trainer(engine="numba")
    assert not numba_path.available() and not numba_path.ready()
    assert trainer.engine_name == "torchscript"
    assert trainer.run().reason == "done" and trainer.epoch == 200


def test_a_frozen_app_caches_where_the_user_may_write(monkeypatch, tmp_path):
    monkeypatch.delenv("NUMBA_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    numba_path.configure_cache()
    assert "NUMBA_CACHE_DIR" not in os.environ  # not frozen: numba's own place beside the source
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    numba_path.configure_cache()
    assert os.environ["NUMBA_CACHE_DIR"] == str(tmp_path / ".cache" / "ann-viz" / "numba")


def test_importing_the_core_does_not_import_numba():
    code = ("import sys, ann_viz.core.train, ann_viz.core.train.engines, ann_viz.core.train.numba_path; "
            "print('numba' in sys.modules, 'llvmlite' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "False"], out.stderr


# ----- the gradient history ----------------------------------------------------------------------------
@pytest.mark.parametrize("kw, batch_size, val", [
    ({"engine": "numba"}, None, 0.0),
    ({"engine": "numba"}, 8, 0.2),
    ({"engine": "torchscript"}, None, 0.0),
    ({"engine": "torchscript"}, 8, 0.2),
    ({"fast_path": False}, None, 0.0),  # autograd's full-batch loop
    ({"fast_path": False}, 8, 0.2),  # autograd's general loop
])
def test_every_epoch_has_its_gradient_sizes_on_every_engine(kw, batch_size, val):
    graph = chain(2, [linear(6), "sigmoid", linear(6), "sigmoid", linear(1), "sigmoid"], "bce")
    trainer = Trainer(graph, make_dataset({"kind": "moons", "n": 40}),
                      TrainConfig(lr=0.5, epochs=150, batch_size=batch_size, val_fraction=val, device="cpu"), **kw)
    trainer.run(37, on_snapshot=lambda s: None, snapshot_interval=0.0)  # traced steps in between
    trainer.step_batch()
    trainer.step_epoch()
    trainer.run()
    norms = trainer.history.grad_norms
    assert trainer.history.layers == ("linear1", "linear2", "linear3")
    assert norms.shape == (150, 3) and np.isfinite(norms).all() and (norms > 0).all()
    rows = trainer.history.rows_since(0)
    assert rows.shape == (150, 7) and rows[-1, 0] == 149
    np.testing.assert_array_equal(rows[:, 4:], norms)


def test_the_last_epochs_gradient_sizes_are_the_last_steps():
    """Full batch: the history's last row is ||dL/dW|| of the final weights' step, as autograd gives it."""
    trainer = xor_trainer(epochs=50, engine="numba")
    trainer.run()
    final = trainer.snapshot().param_grads
    expected = [np.linalg.norm(final[f"{name}.weight"]) for name in ("linear1", "linear2")]
    np.testing.assert_allclose(trainer.history.grad_norms[-1], expected, rtol=1e-5)


def test_deep_sigmoid_and_relu_lessons_differ_at_a_glance():
    """Every epoch is there, and it shows: with sigmoids the first layer's gradient starts hundreds of
    times below the last layer's and stays tiny through the long plateau; with ReLUs the layers are alike."""
    norms = {}
    for preset_id in ("xor-deep-sigmoid", "xor-deep-relu"):
        project = get_preset(preset_id).project()
        trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
        trainer.run()
        norms[preset_id] = trainer.history.grad_norms
        assert norms[preset_id].shape == (project.config.epochs, 4) and np.isfinite(norms[preset_id]).all()
    sigmoid, relu = norms["xor-deep-sigmoid"], norms["xor-deep-relu"]
    assert sigmoid[0, 0] / sigmoid[0, -1] < 0.01 and relu[0, 0] / relu[0, -1] > 0.1
    assert np.median(sigmoid[:1000, 0]) < 0.01 * np.median(relu[:1000, 0])


def test_the_history_csv_keeps_its_four_columns():
    from ann_viz.core.export.history_csv import render
    from ann_viz.core.export.source import source_from_trainer

    trainer = xor_trainer(epochs=5)
    trainer.run()
    lines = render(source_from_trainer(trainer)).decode().splitlines()
    assert lines[0] == "epoch,train_loss,val_loss,accuracy" and len(lines) == 6
    assert all(line.count(",") == 3 for line in lines)


def test_colorama_is_imported_before_numbas_thread_starts(monkeypatch):
    """numba's thread and the app's plots (pyqtgraph) both import colorama; importing one package from
    two threads at once failed inside importlib (KeyError: 'colorama') and the plots never came."""
    seen = []

    class Thread:
        def __init__(self, *args, **kwargs):
            seen.append("colorama.winterm" in sys.modules)

        def start(self):
            pass

    monkeypatch.setattr(numba_path, "_thread", None)
    monkeypatch.delitem(sys.modules, "colorama.winterm", raising=False)
    monkeypatch.setattr(numba_path.threading, "Thread", Thread)
    numba_path.warm_up()
    assert seen == [True]
