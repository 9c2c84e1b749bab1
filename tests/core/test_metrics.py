"""Metrics against hand-computed values."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch

from ann_viz.core.metrics import (
    accuracy,
    classification_report,
    confusion_matrix,
    pred_gold_report,
    precision_recall_f1,
    predict_classes,
)


def test_predict_classes_binary_probabilities_and_logits():
    probs = np.array([[0.1], [0.5], [0.51], [0.9]])
    assert predict_classes(probs, "binary").tolist() == [0, 0, 1, 1]
    assert predict_classes(probs, "binary").dtype == np.int64
    logits = np.array([[-2.0], [0.0], [0.1]])
    assert predict_classes(logits, "binary", logits=True).tolist() == [0, 0, 1]
    assert predict_classes(np.array([0.2, 0.8]), "binary").tolist() == [0, 1]


def test_predict_classes_binary_several_columns_elementwise():
    out = np.array([[0.9, 0.2], [0.4, 0.7]])  # like the 2-2-2 worked example with MSE targets
    pred = predict_classes(out, "binary")
    assert pred.shape == (2, 2) and pred.tolist() == [[1, 0], [0, 1]]
    assert accuracy(pred, np.array([[1.0, 0.0], [1.0, 1.0]])) == 0.75


def test_predict_classes_multiclass_and_tensors():
    out = torch.tensor([[0.1, 2.0, -1.0], [3.0, 0.0, 0.0], [0.0, 0.1, 0.2]], requires_grad=True)
    assert predict_classes(out, "multiclass").tolist() == [1, 0, 2]
    with pytest.raises(ValueError, match="regression"):
        predict_classes(np.zeros((2, 1)), "regression")
    with pytest.raises(ValueError, match="classes >= 2"):
        predict_classes(np.zeros((2, 1)), "multiclass")


def test_accuracy_shapes():
    assert accuracy([0, 1, 1, 0], [[0.0], [1.0], [0.0], [0.0]]) == 0.75
    assert accuracy(np.array([2, 1]), np.array([2, 1])) == 1.0
    assert accuracy([], []) == 0.0
    with pytest.raises(ValueError, match="do not match"):
        accuracy([0, 1], [0, 1, 1])


def test_three_class_confusion_and_scores():
    gold = [0, 0, 0, 1, 1, 2, 2, 2, 2]
    pred = [0, 1, 0, 1, 2, 2, 2, 0, 2]
    cm = confusion_matrix(pred, gold, 3)
    assert cm.dtype == np.int64
    assert cm.tolist() == [[2, 1, 0], [0, 1, 1], [1, 0, 3]]
    s = precision_recall_f1(cm)
    # precision = diag / column sums = 2/3, 1/2, 3/4; recall = diag / row sums = 2/3, 1/2, 3/4
    np.testing.assert_allclose(s["precision"], [2 / 3, 1 / 2, 3 / 4])
    np.testing.assert_allclose(s["recall"], [2 / 3, 1 / 2, 3 / 4])
    np.testing.assert_allclose(s["f1"], [2 / 3, 1 / 2, 3 / 4])
    assert s["support"].tolist() == [3, 2, 4]
    assert s["macro_f1"] == pytest.approx((2 / 3 + 1 / 2 + 3 / 4) / 3)
    assert "positive_f1" not in s


def test_asymmetric_scores_and_binary_positive_class():
    gold = [1, 1, 1, 0, 0]
    pred = [1, 0, 0, 1, 0]
    cm = confusion_matrix(pred, gold, 2)
    assert cm.tolist() == [[1, 1], [2, 1]]
    s = precision_recall_f1(cm)
    assert s["positive_precision"] == pytest.approx(0.5)  # 1 of 2 predicted positives
    assert s["positive_recall"] == pytest.approx(1 / 3)  # 1 of 3 real positives
    assert s["positive_f1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    np.testing.assert_allclose(s["precision"], [1 / 3, 1 / 2])
    np.testing.assert_allclose(s["recall"], [1 / 2, 1 / 3])


def test_zero_division_gives_zero_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = precision_recall_f1(confusion_matrix([0, 0, 0], [0, 0, 1], 3))
    assert s["precision"].tolist() == [2 / 3, 0.0, 0.0]
    assert s["recall"].tolist() == [1.0, 0.0, 0.0]
    assert s["f1"].tolist() == [pytest.approx(0.8), 0.0, 0.0]
    assert not np.isnan(s["macro_precision"])
    assert s["macro_recall"] == pytest.approx(1 / 3)


def test_confusion_rejects_out_of_range():
    with pytest.raises(ValueError, match="0..1"):
        confusion_matrix([0, 2], [0, 1], 2)


def test_classification_report_is_json_friendly():
    import json

    report = classification_report([0, 1, 1, 0], [0, 1, 0, 0], 2)
    assert report["accuracy"] == 0.75 and report["n_classes"] == 2
    assert report["confusion"] == [[2, 1], [0, 1]]
    assert report["precision"] == [1.0, 0.5] and report["recall"] == [2 / 3, 1.0]
    assert report["support"] == [3, 1]
    assert report["positive_precision"] == 0.5 and report["positive_recall"] == 1.0
    assert json.loads(json.dumps(report)) == report


def test_pred_gold_report_exact_text():
    text = pred_gold_report(np.array([0, 1, 1, 0]), np.array([[0.0], [1.0], [1.0], [0.0]], dtype=np.float32))
    assert text == (
        "PRED= [[0.0], [1.0], [1.0], [0.0]]\n"
        "GOLD= [[0.0], [1.0], [1.0], [0.0]]\n"
        "Accuracy : 1.000000"
    )
    half = pred_gold_report(torch.tensor([[1.0], [1.0]]), torch.tensor([[1.0], [0.0]]))
    assert half.splitlines()[2] == "Accuracy : 0.500000"
    assert half.splitlines()[0] == "PRED= " + str(torch.tensor([[1.0], [1.0]]).tolist())
