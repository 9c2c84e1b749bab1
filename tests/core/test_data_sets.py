"""Built-in data sets: Dataset, logic gates, 2-D clouds, curves, digits, splits, registry."""

from __future__ import annotations

import json

import numpy as np
import pytest

from ann_viz.core.data import (
    DATASET_KINDS,
    Dataset,
    Splits,
    circle,
    describe_dataset_kinds,
    gaussians,
    linear,
    load_digits,
    logic_gate,
    make_dataset,
    moons,
    sine,
    spiral,
    split_dataset,
    square,
    xor_cloud,
    xor_gate,
)
from ann_viz.core.errors import DataError

INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]]
TRUTH = {
    "and": [0, 0, 0, 1],
    "or": [0, 1, 1, 1],
    "nand": [1, 1, 1, 0],
    "nor": [1, 0, 0, 0],
    "xor": [0, 1, 1, 0],
    "xnor": [1, 0, 0, 1],
}
CLOUDS = [circle, xor_cloud, gaussians, spiral, moons]


# --- Dataset -------------------------------------------------------------------------------

def test_dataset_is_read_only_and_copies_writable_input():
    x = np.zeros((3, 2))
    ds = Dataset("t", x, np.array([0, 1, 1]), "binary", 2)
    x[0, 0] = 5.0  # the caller's array must not leak into the data set
    assert ds.x[0, 0] == 0.0
    assert ds.x.dtype == np.float32 and ds.y.dtype == np.float32 and ds.y.shape == (3, 1)
    with pytest.raises(ValueError):
        ds.x[0, 0] = 1.0
    with pytest.raises(ValueError):
        ds.y[0, 0] = 1.0
    with pytest.raises(AttributeError):
        ds.name = "other"
    assert ds.feature_names == ("x1", "x2")
    assert (ds.n_samples, ds.n_features, ds.n_targets) == (3, 2, 1)


def test_dataset_multiclass_targets_and_subset():
    ds = Dataset("m", np.arange(8.0).reshape(4, 2), [2, 0, 1, 2], "multiclass", 3, ("a", "b"))
    assert ds.y.dtype == np.int64 and ds.y.shape == (4,) and ds.n_targets == 3
    sub = ds.subset([3, 1])
    assert sub.x.tolist() == [[6.0, 7.0], [2.0, 3.0]] and sub.y.tolist() == [2, 0]
    assert sub.feature_names == ("a", "b") and not sub.x.flags.writeable
    assert ds.subset(np.array([True, False, False, True])).y.tolist() == [2, 2]


@pytest.mark.parametrize(
    "kwargs, fragment",
    [
        (dict(y=[0, 2], task="binary", n_classes=2), "0 or 1"),
        (dict(y=[0, 3], task="multiclass", n_classes=3), "0..2"),
        (dict(y=[0.5, 1], task="multiclass", n_classes=3), "whole class numbers"),
        (dict(y=[0, 1], task="regression", n_classes=2), "no classes"),
        (dict(y=[0, 1], task="ranking", n_classes=2), "Unknown task 'ranking'"),
        (dict(y=[0, 1, 1], task="binary", n_classes=2), "2 input rows but 3 targets"),
        (dict(y=[np.nan, 1], task="regression", n_classes=0), "NaN"),
    ],
)
def test_dataset_rejects_inconsistent_targets(kwargs, fragment):
    with pytest.raises(DataError, match=fragment.replace(".", r"\.").replace("(", r"\(")):
        Dataset("bad", np.zeros((2, 2)), **kwargs)


# --- logic gates -----------------------------------------------------------------------------

@pytest.mark.parametrize("gate", sorted(TRUTH))
def test_truth_tables_exact(gate):
    ds = logic_gate(gate)
    assert ds.x.tolist() == INPUTS
    assert ds.y.tolist() == [[v] for v in TRUTH[gate]]
    assert ds.x.dtype == np.float32 and ds.y.shape == (4, 1)
    assert ds.task == "binary" and ds.n_classes == 2 and ds.name == gate.upper()
    assert make_dataset({"kind": gate}).y.tolist() == ds.y.tolist()


def test_xor_shortcut_and_unknown_gate():
    assert xor_gate().y[:, 0].tolist() == [0, 1, 1, 0]
    with pytest.raises(DataError, match="Unknown logic gate 'IMPLY'"):
        logic_gate("IMPLY")


# --- synthetic clouds ------------------------------------------------------------------------

@pytest.mark.parametrize("make", CLOUDS)
def test_clouds_deterministic_balanced_and_in_range(make):
    a, b, c = make(seed=3), make(seed=3), make(seed=4)
    assert a.x.shape == (200, 2) and a.y.shape == (200, 1) and a.task == "binary"
    np.testing.assert_array_equal(a.x, b.x)
    np.testing.assert_array_equal(a.y, b.y)
    assert not np.array_equal(a.x, c.x)
    assert set(np.unique(a.y).tolist()) == {0.0, 1.0}
    assert 0.3 < a.y.mean() < 0.7
    assert np.abs(a.x).max() <= 1.5
    odd = make(n=51, noise=0.0, seed=0)
    assert odd.n_samples == 51


def test_cloud_geometry_follows_playground():
    ring = circle(n=400, noise=0.0)
    radius = np.hypot(ring.x[:, 0], ring.x[:, 1])
    assert np.all(radius[ring.y[:, 0] == 1] < 0.5) and np.all(radius[ring.y[:, 0] == 0] >= 0.7 - 1e-6)
    quads = xor_cloud(n=400, noise=0.0)
    same_sign = quads.x[:, 0] * quads.x[:, 1] >= 0
    np.testing.assert_array_equal(quads.y[:, 0] == 1, same_sign)
    blobs = gaussians(n=400, noise=0.0)
    assert blobs.x[blobs.y[:, 0] == 1].mean() > 0.2 > -0.2 > blobs.x[blobs.y[:, 0] == 0].mean()


@pytest.mark.parametrize("bad, fragment", [({"n": 2}, "'n'"), ({"noise": -0.1}, "'noise'"),
                                           ({"noise": "lots"}, "'noise'"), ({"seed": 1.5}, "'seed'"),
                                           ({"n": True}, "'n'")])
def test_cloud_parameters_checked(bad, fragment):
    with pytest.raises(DataError, match=fragment):
        spiral(**bad)


# --- regression curves -----------------------------------------------------------------------

def test_regression_curves():
    sq = square()
    assert sq.x.shape == (50, 1) and sq.y.shape == (50, 1) and sq.task == "regression"
    assert sq.n_classes == 0 and sq.x[0, 0] == -1.0 and sq.x[-1, 0] == 1.0
    np.testing.assert_allclose(sq.y, sq.x**2, atol=1e-6)
    lin = linear(n=2000, noise=0.1, seed=1)
    residual = lin.y - 2 * lin.x
    assert abs(residual.mean()) < 0.02 and 0.08 < residual.std() < 0.12
    clean = sine(n=5, noise=0.0)
    np.testing.assert_allclose(clean.y[:, 0], np.sin(np.pi * np.linspace(-1, 1, 5)), atol=1e-6)
    np.testing.assert_array_equal(sine(seed=7).y, sine(seed=7).y)


# --- digits ----------------------------------------------------------------------------------

def test_digits_asset():
    ds = load_digits()
    assert ds.x.shape == (1797, 64) and ds.y.shape == (1797,)
    assert ds.task == "multiclass" and ds.n_classes == 10 and ds.n_targets == 10
    assert ds.x.dtype == np.float32 and ds.x.min() == 0.0 and ds.x.max() == 1.0
    assert sorted(np.unique(ds.y).tolist()) == list(range(10))
    assert np.all(np.bincount(ds.y) > 150)
    assert ds.feature_names[0] == "px0" and ds.feature_names[-1] == "px63"
    assert np.all((ds.x * 16) % 1 == 0)  # pixel counts 0..16, divided by 16


# --- split -----------------------------------------------------------------------------------

def test_split_sizes_disjoint_deterministic():
    ds = spiral(n=200)
    parts = split_dataset(ds, val_fraction=0.2, test_fraction=0.1, seed=5)
    assert isinstance(parts, Splits)
    assert (parts.train.n_samples, parts.val.n_samples, parts.test.n_samples) == (140, 40, 20)
    rows = [tuple(r) for p in (parts.train, parts.val, parts.test) for r in p.x.tolist()]
    assert len(set(rows)) == 200  # disjoint and complete
    again = split_dataset(ds, val_fraction=0.2, test_fraction=0.1, seed=5)
    np.testing.assert_array_equal(parts.test.x, again.test.x)
    other = split_dataset(ds, val_fraction=0.2, test_fraction=0.1, seed=6)
    assert not np.array_equal(parts.test.x, other.test.x)


def test_split_stratified_and_none_parts():
    ds = load_digits()
    parts = split_dataset(ds, test_fraction=0.2, seed=0)
    assert parts.val is None and parts.test.n_samples == 359
    full, test = np.bincount(ds.y) / ds.n_samples, np.bincount(parts.test.y) / parts.test.n_samples
    assert np.abs(full - test).max() < 0.01
    assert split_dataset(ds).train is ds
    reg = split_dataset(square(), val_fraction=0.1)
    assert reg.val.n_samples == 5 and reg.train.n_samples == 45 and reg.test is None


def test_split_errors():
    with pytest.raises(DataError, match="leave nothing to train on"):
        split_dataset(xor_gate(), val_fraction=0.5, test_fraction=0.5)
    with pytest.raises(DataError, match="'val_fraction'"):
        split_dataset(xor_gate(), val_fraction=1.0)


# --- registry --------------------------------------------------------------------------------

def test_registry_specs():
    ds = make_dataset({"kind": "spiral", "n": 100, "noise": 0.2, "seed": 2})
    np.testing.assert_array_equal(ds.x, spiral(n=100, noise=0.2, seed=2).x)
    assert make_dataset({"kind": "square", "n": 20}).n_samples == 20
    assert make_dataset({"kind": "digits"}).n_samples == 1797
    kinds = describe_dataset_kinds()
    assert [k for k, _, _ in kinds] == list(DATASET_KINDS)
    assert {"xor", "and", "spiral", "square", "file", "mnist", "digits"} <= set(DATASET_KINDS)
    json.dumps(kinds)  # defaults must be JSON-friendly
    for kind, text, defaults in kinds:
        assert text.endswith(".") and "\n" not in text
        if kind == "drawn":  # an empty plane: a valid spec, nothing to train on yet
            with pytest.raises(DataError, match="No points drawn yet"):
                make_dataset({"kind": kind, **defaults})
        elif kind not in ("file", "mnist", "idx", "inline"):
            assert make_dataset({"kind": kind, **defaults}).n_samples > 0
        else:  # these need a path, a folder or the samples themselves
            with pytest.raises(DataError, match="needs the parameter"):
                make_dataset({"kind": kind, **defaults})


def test_inline_data_and_digits_scaled_to_mnist_shape():
    ds = make_dataset({"kind": "inline", "x": [[0.1, 0.2]], "y": [[0.4, 0.6]]})
    assert ds.task == "regression" and ds.x.shape == (1, 2)
    np.testing.assert_allclose(ds.y, [[0.4, 0.6]])
    with pytest.raises(DataError, match="rectangular"):
        make_dataset({"kind": "inline", "x": [[0.1, 0.2], [0.3]], "y": [[1], [0]]})
    small, big = make_dataset({"kind": "digits"}), make_dataset({"kind": "digits", "size": 28})
    assert big.x.shape == (1797, 784) and big.y.tolist() == small.y.tolist()
    # Scaling up keeps the picture: the mean brightness barely changes.
    assert abs(float(big.x.mean()) - float(small.x.mean())) < 0.02
    with pytest.raises(DataError, match="size"):
        make_dataset({"kind": "digits", "size": 3})


@pytest.mark.parametrize(
    "spec, fragment",
    [
        ({"kind": "banana"}, "Unknown data set kind 'banana'"),
        ({}, "Unknown data set kind None"),
        ({"kind": "spiral", "points": 5}, "Unknown parameter 'points' for data set kind 'spiral'"),
        ({"kind": "spiral", "n": "many"}, "'n' for spiral"),
        ({"kind": "file"}, "needs the parameter 'path'"),
        ({"kind": "file", "path": 3}, "'path'"),
        ({"kind": "file", "path": "a.txt", "task": "clustering"}, "'task'"),
        ({"kind": "mnist"}, "needs the parameter 'directory'"),
        ({"kind": "xor", "n": 4}, "Unknown parameter 'n' for data set kind 'xor' (allowed: none)"),
    ],
)
def test_registry_errors(spec, fragment):
    with pytest.raises(DataError) as info:
        make_dataset(spec)
    assert fragment in str(info.value)
