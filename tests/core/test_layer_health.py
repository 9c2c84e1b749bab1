"""Per-layer health: histogram counts equal numpy's; update-to-weight ratios; records from a run."""

from __future__ import annotations

import numpy as np

from ann_viz.core.data import make_dataset
from ann_viz.core.inspect import NeuronNet
from ann_viz.core.inspect.layer_health import (BINS, GRADIENT_EDGES, HealthHistory, activation_edges,
                                               clipped_counts, log_magnitudes, update_ratio)
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer


def test_counts_equal_numpys_inside_the_range_and_clip_outside():
    rng = np.random.default_rng(0)
    v = rng.uniform(-0.99, 0.99, size=500)
    edges = activation_edges("tanh")
    np.testing.assert_array_equal(clipped_counts(v, edges), np.histogram(v, bins=edges)[0])
    wide = np.array([-5.0, 5.0, np.nan, 0.0])
    counts = clipped_counts(wide, edges)
    assert counts.sum() == 3 and counts[0] == 1 and counts[-1] == 1


def test_edges_follow_the_activation():
    assert activation_edges("sigmoid")[[0, -1]].tolist() == [0.0, 1.0]
    assert activation_edges("relu+dropout")[[0, -1]].tolist() == [-3.0, 3.0]
    assert len(activation_edges("")) == BINS + 1


def test_gradient_magnitudes_in_log_bins_with_zero_lowest():
    g = np.array([0.0, 1e-3, -1e-3, 10.0])
    counts = clipped_counts(log_magnitudes(g), GRADIENT_EDGES)
    assert counts[0] == 1 and counts.sum() == 4
    np.testing.assert_array_equal(counts, np.histogram(np.clip(np.log10(np.maximum(np.abs(g), 1e-300)),
                                                               GRADIENT_EDGES[0], GRADIENT_EDGES[-1]),
                                                       bins=GRADIENT_EDGES)[0])


def test_update_ratio_is_a_ratio_of_norms():
    w = np.array([[3.0, 4.0]])
    assert update_ratio(np.array([[0.003, 0.004]]), w) == 1e-3
    assert np.isnan(update_ratio(w, np.zeros_like(w)))


def test_history_of_a_stepped_run_matches_the_snapshots():
    project = get_preset("xor-2-2-1").project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    net = NeuronNet.from_graph(project.graph)
    history = HealthHistory.from_net(net)
    names = history.a_names(net)
    snaps = [trainer.step_phase() for _ in range(8)]  # two epochs: forward, loss, backward, update
    for s in snaps:
        history.add(s, names)
    assert history.layers == [c.head for c in net.columns if c.kind == "linear"]
    assert len(history.epochs) == 8 and len(history.ratios) == 2
    last_update = [s for s in snaps if s.updates][-1]
    layer = history.layers[0]
    expected = np.linalg.norm(last_update.updates[f"{layer}.weight"]) / np.linalg.norm(last_update.params[f"{layer}.weight"])
    assert np.isclose(history.ratios[-1][0], expected)
    a = last_update.values[names[0]]
    np.testing.assert_array_equal(history.activation_counts[-1][0], np.histogram(a, bins=history.edges(0))[0])
    image = history.image("activations")
    assert image.shape == (8, len(history.layers) * BINS) and image.max() == 1.0
    assert np.isnan(history.gradient_counts[0]).all()  # a forward phase has no gradients yet
    assert not np.isnan(history.gradient_counts[-1]).any()


def test_large_layers_are_counted_on_an_even_stride():
    from ann_viz.core.inspect.layer_health import MAX_VALUES
    v = np.random.default_rng(1).normal(size=(100, 512))
    edges = activation_edges("relu")
    counts = clipped_counts(v, edges)
    assert MAX_VALUES // 2 < counts.sum() <= MAX_VALUES
    step = -(-v.size // MAX_VALUES)
    np.testing.assert_array_equal(counts, np.histogram(np.clip(v.ravel()[::step], -3, 3), bins=edges)[0])
