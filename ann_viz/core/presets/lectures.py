"""The five lecture notes the lessons come from: their titles, and what each covers (Qt-free)."""

from __future__ import annotations

from ..i18n import _t

LECTURES = {
    "000": (_t("Artificial Neural Network: XOR by PyTorch"),
            _t("a 2-2-1 sigmoid network read from train.txt, the perceptron stuck at 0.6931, wide vs deep, "
               "sigmoid vs ReLU, regularization, dropout, residual connections")),
    "001": (_t("Neural Network: from linear regression to neural networks"),
            _t("perceptron and linear regression by gradient descent, activations, losses, optimizers, MNIST")),
    "002": (_t("Artificial neural networks (ANN): terms, evaluation and backprop"),
            _t("train/validation/test, confusion matrix, AND/NAND/OR gates with hand-set weights, the worked "
               "2-2-2 backprop example")),
    "003": (_t("Part 2 DNN: perceptron to deep networks"),
            _t("backprop by hand, 2-2-1 and 2-10-10-10-1 sigmoid nets, ReLU, Xavier/He initialization, "
               "dropout, batch normalization")),
    "004": (_t("Week 3: Perceptron & Multi Layer Perceptron"),
            _t("XOR step by step, CPU/GPU devices, a hand-written backprop, a 4-layer sigmoid net")),
}


def lecture_numbers(source: str) -> list[str]:
    """The lecture numbers in a preset's ``source`` ("000, 003" -> ["000", "003"]), known ones only."""
    return [part.strip() for part in source.split(",") if part.strip() in LECTURES]
