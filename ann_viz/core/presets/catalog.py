"""One preset per lesson of the lecture notes, with the notes' hyper-parameters.

Each entry builds a fresh :class:`Project`; ``try_text`` and ``notice_text`` are the
lesson's help page (what to do, what to see).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..graph import Graph
from ..i18n import _t
from ..project import Project
from ..train.config import TrainConfig
from .builder import chain, explicit, linear, residual_net


@dataclass(frozen=True)
class Preset:
    id: str
    title: str
    source: str  # which lecture note the lesson comes from
    try_text: str
    notice_text: str
    make: Callable[[], Project]

    def project(self) -> Project:
        project = self.make()
        project.title = self.title
        project.preset = self.id
        return project


def _p(graph: Graph, data: dict, **config) -> Callable[[], Project]:
    """Defer building: every call gives a new, independent project."""
    return lambda: Project(graph.clone(), dict(data), TrainConfig(**config))


XOR = {"kind": "xor"}
MOONS = {"kind": "moons", "n": 200, "noise": 0.3, "seed": 1}
SPIRAL = {"kind": "spiral", "n": 300, "noise": 0.05, "seed": 0}


def _xor_net(hidden: list[int], activation: str, **linear_params) -> Graph:
    layers: list = []
    for units in hidden:
        layers += [linear(units, **linear_params), activation]
    return chain(2, layers + [linear(1, **linear_params), "sigmoid"], "bce")


def _maxout_net(hidden: list[int], k: int = 2) -> Graph:
    """The deep XOR network with Maxout neurons: each hidden Linear gives k pieces per neuron."""
    layers: list = []
    for units in hidden:
        layers += [linear(units * k), ("maxout", {"k": k})]
    return chain(2, layers + [linear(1), "sigmoid"], "bce")


def _dropout_net() -> Graph:
    layers: list = [linear(10), "relu", ("dropout", {"p": 0.1})]
    for _ in range(6):
        layers += [linear(10), "relu", ("dropout", {"p": 0.1})]
    return chain(2, layers + [linear(1), "sigmoid"], "bce")


def _batchnorm_net() -> Graph:
    layers: list = []
    for _ in range(3):
        layers += [linear(16), "batchnorm", "relu"]
    return chain(2, layers + [linear(1), "sigmoid"], "bce")


def _mlp(features: int, hidden: list[int], classes: int, dropout: float = 0.0) -> Graph:
    layers: list = []
    for units in hidden:
        layers += [linear(units), "relu"] + ([("dropout", {"p": dropout})] if dropout else [])
    return chain(features, layers + [linear(classes)], "ce")


def _gate(weights: list[float], bias: float) -> Graph:
    return chain(2, [explicit([weights], [bias]), "step"], "mse")


_WIDE_MOONS = chain(2, [linear(64), "relu", linear(64), "relu", linear(1), "sigmoid"], "bce")
_OPT_NET = chain(2, [linear(10), "tanh", linear(10), "tanh", linear(1), "sigmoid"], "bce")

_OPTIMIZER_LR = {"sgd": 0.1, "momentum": 0.1, "adagrad": 0.1, "rmsprop": 0.01, "adam": 0.01, "adadelta": 1.0}

PRESETS: list[Preset] = [
    Preset("xor-2-2-1", _t("XOR with a 2-2-1 sigmoid network"), _t("000, 003"),
           _t("Press Play and watch the loss. Step one epoch at a time near the start, then let it run."),
           _t("The loss sits near ln 2 = 0.6931 for a while, then falls; the two hidden neurons draw two "
              "lines that together cut the plane so that XOR is separated. Accuracy ends at 1.0."),
           _p(_xor_net([2], "sigmoid"), XOR, lr=1.0, epochs=10001, seed=777)),
    Preset("perceptron-xor", _t("A single-layer perceptron cannot learn XOR"), _t("000, 003, 004"),
           _t("Train for 10,000 epochs and watch the loss curve."),
           _t("The loss gets stuck at 0.6931 = ln 2: one line can never separate XOR, so the best the "
              "network can do is answer 0.5 everywhere."),
           _p(_xor_net([], "sigmoid"), XOR, lr=1.0, epochs=10001, seed=777)),
    Preset("xor-wide-2-10-1", _t("Wide: 2-10-1 on XOR"), _t("000"),
           _t("Train 1,000 epochs and compare the loss with the 2-2-1 lesson at the same epoch."),
           _t("Ten hidden neurons draw ten lines: the loss falls sooner and lower than with two."),
           _p(_xor_net([10], "sigmoid"), XOR, lr=1.0, epochs=1001, seed=777)),
    Preset("xor-deep-sigmoid", _t("Deep: 2-10-10-10-1 sigmoid (vanishing gradient)"), _t("000, 003"),
           _t("Train and look at the loss and the per-layer gradient sizes."),
           _t("The loss stays near 0.6931 for thousands of epochs: sigmoid's slope is at most 0.25, so "
              "gradients shrink layer by layer on the way back. Eventually it escapes."),
           _p(_xor_net([10, 10, 10], "sigmoid"), XOR, lr=1.0, epochs=10001, seed=777)),
    Preset("xor-deep-relu", _t("Deep: the same network with ReLU"), _t("000, 003"),
           _t("Train and compare with the sigmoid version."),
           _t("ReLU passes gradients through unchanged where it is active: the deep network learns "
              "in a fraction of the epochs."),
           _p(_xor_net([10, 10, 10], "relu"), XOR, lr=0.1, epochs=3001, seed=777)),
    Preset("activation-tanh", _t("Activation: tanh in the deep network"), _t("001"),
           _t("Train and compare with the sigmoid and ReLU versions."),
           _t("tanh is centred on 0 with slope up to 1: gradients survive better than with sigmoid."),
           _p(_xor_net([10, 10, 10], "tanh"), XOR, lr=0.1, epochs=3001, seed=777)),
    Preset("activation-leaky-relu", _t("Activation: Leaky ReLU (0.1x)"), _t("001"),
           _t("Train; then look at neurons whose input is negative."),
           _t("Unlike ReLU, a negative input still passes 0.1 of its gradient: no neuron dies for good."),
           _p(_xor_net([10, 10, 10], "leaky_relu"), XOR, lr=0.1, epochs=3001, seed=777)),
    Preset("activation-elu", _t("Activation: ELU"), _t("001"),
           _t("Train and compare the curves with ReLU."),
           _t("ELU is smooth below zero (alpha * (e^z - 1)), so mean activations stay closer to 0."),
           _p(_xor_net([10, 10, 10], "elu"), XOR, lr=0.1, epochs=3001, seed=777)),
    Preset("activation-maxout", _t("Activation: Maxout (k = 2) beside ReLU"), _t("001"),
           _t("Train and compare with the deep ReLU lesson; then click a hidden neuron in the neuron view to "
              "see its two pieces and their maximum."),
           _t("ReLU is max(0, z); a Maxout neuron learns both of its pieces, max(w1 x + b1, w2 x + b2), so it "
              "can become ReLU, a leaky ReLU, |z| or any convex bend. It never dies: the winning piece always "
              "passes the gradient back. With twice the weights per neuron, its loss falls below 0.1 at about "
              "epoch 140, ReLU's at about 260."),
           _p(_maxout_net([10, 10, 10]), XOR, lr=0.1, epochs=3001, seed=777)),
    Preset("xor-dropout", _t("Dropout on a deep ReLU network"), _t("000, 003"),
           _t("Train with Play and watch the training loss jump around; then read PRED vs GOLD in the Metrics "
              "panel, which is computed in evaluation mode (dropout off)."),
           _t("While training, Dropout(0.1) switches random neurons off, so the training loss jumps "
              "around; in evaluation mode every neuron is on and the answers are stable."),
           _p(_dropout_net(), XOR, lr=0.2, epochs=5001, seed=777)),
    Preset("regularization-none", _t("Over-fitting: a big network on noisy moons"), _t("000, 002"),
           _t("Train and compare the training loss with the validation loss."),
           _t("The training loss keeps falling while the validation loss turns up: the network learns "
              "the noise. Compare with the L1, L2 and early-stopping lessons."),
           _p(_WIDE_MOONS, MOONS, optimizer="adam", lr=0.01, epochs=1501, val_fraction=0.3, seed=777)),
    Preset("regularization-l2", _t("L2 regularization"), _t("000"),
           _t("Train, then compare the weights and the validation loss with the unregularized lesson."),
           _t("The penalty lambda * sum(w^2) pulls every weight towards 0: a smoother boundary and a "
              "validation loss that does not climb as much."),
           _p(_WIDE_MOONS, MOONS, optimizer="adam", lr=0.01, epochs=1501, val_fraction=0.3, l2=1e-3,
              seed=777)),
    Preset("regularization-l1", _t("L1 regularization"), _t("000"),
           _t("Train and look at how many weights end near zero."),
           _t("The penalty lambda * sum(|w|) pushes many weights to almost 0 (gradient steps make them hover "
              "around 0 rather than land on it): a nearly sparse network."),
           _p(_WIDE_MOONS, MOONS, optimizer="adam", lr=0.01, epochs=1501, val_fraction=0.3, l1=1e-3,
              seed=777)),
    Preset("early-stopping", _t("Early stopping"), _t("000"),
           _t("Train; training stops by itself."),
           _t("When the validation loss has not improved for the patience (100 epochs), training stops "
              "and the best weights come back."),
           _p(_WIDE_MOONS, MOONS, optimizer="adam", lr=0.01, epochs=5001, val_fraction=0.3,
              early_stopping=100, seed=777)),
    Preset("residual", _t("Residual connections"), _t("000"),
           _t("Train and follow the Add nodes: each block's input skips around it."),
           _t("Skip connections give gradients a short path back, so a deep network trains easily."),
           _p(residual_net(2, 10, 4, "relu", "bce"), SPIRAL, optimizer="adam", lr=0.01, epochs=1501,
              seed=777)),
    Preset("init-xavier", _t("Xavier initialization on the deep sigmoid network"), _t("003"),
           _t("Train and compare with 'Deep: 2-10-10-10-1 sigmoid'."),
           _t("Xavier scales the starting weights by the layer sizes so signals neither vanish nor "
              "explode: the plateau at 0.6931 is much shorter."),
           _p(_xor_net([10, 10, 10], "sigmoid", init="xavier_uniform"), XOR, lr=1.0, epochs=10001,
              seed=777)),
    Preset("init-he", _t("He initialization for ReLU"), _t("003"),
           _t("Train and compare with the default initialization."),
           _t("He draws the starting weights with standard deviation sqrt(2 / n_in): right for ReLU, which "
              "zeroes half its inputs."),
           _p(_xor_net([10, 10, 10], "relu", init="he_normal"), XOR, lr=0.1, epochs=3001, seed=777)),
    Preset("init-zeros", _t("All-zero initialization (symmetry)"), _t("003"),
           _t("Train and inspect the two hidden neurons."),
           _t("Starting from zeros, both hidden neurons get the same gradient forever: they stay "
              "identical, act as one line, and the loss stays at 0.6931."),
           _p(_xor_net([2], "sigmoid", init="zeros"), XOR, lr=1.0, epochs=5001, seed=777)),
    Preset("batchnorm", _t("Batch normalization"), _t("003"),
           _t("Press Play (mini-batches of 32 are already set); then compare the training loss with the loss in "
              "the Metrics panel."),
           _t("Each BatchNorm1d normalizes a layer's values over the mini-batch, then scales and shifts them "
              "(gamma, beta): the loss drops fast in the first epochs. The training loss uses each batch's own "
              "statistics, so it stays noisy; evaluation uses the running statistics, so the Metrics panel's "
              "loss is much lower."),
           _p(_batchnorm_net(), SPIRAL, optimizer="adam", lr=0.01, batch_size=32, epochs=301, seed=777)),
    *[
        Preset(f"optimizer-{name}", title, _t("001"),
               _t("Train and compare the loss curve with the other optimizer lessons."),
               notice, _p(_OPT_NET, MOONS, optimizer=name, lr=_OPTIMIZER_LR[name], batch_size=32,
                          epochs=301, seed=777))
        for name, title, notice in (
            ("sgd", _t("Optimizer: SGD"), _t("Plain mini-batch gradient descent: w -= lr * grad. Noisy, steady.")),
            ("momentum", _t("Optimizer: Momentum"), _t("Velocity v = 0.9 v - lr * grad smooths the steps and "
                                                       "speeds up along consistent directions.")),
            ("adagrad", _t("Optimizer: AdaGrad"), _t("Each weight's step shrinks with the sum of its past squared "
                                                     "gradients: big early steps, then ever smaller ones.")),
            ("rmsprop", _t("Optimizer: RMSProp"), _t("Like AdaGrad with a moving average, so steps do not die out.")),
            ("adam", _t("Optimizer: Adam"), _t("Momentum plus RMSProp's scaling: fast and robust.")),
            ("adadelta", _t("Optimizer: Adadelta"),
             _t("Adapts the step without a hand-tuned learning rate (lr 1.0).")),
        )
    ],
    Preset("loss-mse", _t("Loss: mean squared error on XOR"), _t("001"),
           _t("Train and compare with the BCE version (XOR 2-2-1)."),
           _t("MSE with a sigmoid output learns more slowly: its gradient carries sigmoid's slope, which "
              "is tiny when the output is confidently wrong. Its plateau is at 0.25 (always answering 0.5), "
              "not 0.6931, and it leaves it later than the BCE version."),
           _p(chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "mse"), XOR, lr=1.0, epochs=10001,
              seed=777)),
    Preset("loss-bce-logits", _t("Loss: BCE with logits"), _t("001"),
           _t("Train; note there is no Sigmoid before the output."),
           _t("The loss applies the sigmoid itself, in a numerically safer way; predictions are "
              "logits > 0."),
           _p(chain(2, [linear(2), "sigmoid", linear(1)], "bce_logits"), XOR, lr=1.0, epochs=10001,
              seed=777)),
    Preset("loss-ce-digits", _t("Loss: cross-entropy on handwritten digits (8x8)"), _t("001"),
           _t("Train and open the confusion matrix."),
           _t("Ten outputs, one per digit; cross-entropy with softmax. Accuracy climbs above 90%."),
           _p(_mlp(64, [32], 10), {"kind": "digits"}, optimizer="adam", lr=0.01, batch_size=64,
              epochs=31, val_fraction=0.2, test_fraction=0.2, seed=777)),
    Preset("gate-and", _t("AND gate: a perceptron with hand-set weights"), _t("002"),
           _t("Nothing to train (0 epochs): read PRED vs GOLD in the Metrics panel, then click the neuron in "
              "the neuron view and read z = 0.5 x1 + 0.5 x2 - 0.7."),
           _t("Only (1, 1) gives z > 0, so the step outputs 1 only there: AND."),
           _p(_gate([0.5, 0.5], -0.7), {"kind": "and"}, epochs=0, seed=777)),
    Preset("gate-nand", _t("NAND gate"), _t("002"),
           _t("Nothing to train: the weights are set by hand to -0.5, -0.5 and the bias to 0.7. Read PRED vs "
              "GOLD in the Metrics panel."),
           _t("The same line as AND with every sign flipped: the opposite answer."),
           _p(_gate([-0.5, -0.5], 0.7), {"kind": "nand"}, epochs=0, seed=777)),
    Preset("gate-or", _t("OR gate"), _t("002"),
           _t("Nothing to train: the weights are 0.6, 0.6 and the bias -0.5. Read PRED vs GOLD in the Metrics "
              "panel."),
           _t("Any single 1 lifts z above 0: OR."),
           _p(_gate([0.6, 0.6], -0.5), {"kind": "or"}, epochs=0, seed=777)),
    Preset("gate-xor", _t("XOR from gates: NAND and OR, then AND"), _t("002"),
           _t("Nothing to train: read PRED vs GOLD in the Metrics panel, then click the hidden layer's two "
              "neurons in the neuron view."),
           _t("No single perceptron can do XOR, but a hidden layer of NAND and OR followed by AND can: "
              "this is why networks need hidden layers."),
           _p(chain(2, [explicit([[-0.5, -0.5], [0.6, 0.6]], [0.7, -0.5]), "step",
                        explicit([[0.5, 0.5]], [-0.7]), "step"], "mse"), XOR, epochs=0, seed=777)),
    Preset("regression-linear", _t("Linear regression by gradient descent"), _t("001"),
           _t("Step a few epochs and watch the line fit the points."),
           _t("One weight and one bias; each step moves them against the gradient of the MSE."),
           _p(chain(1, [linear(1)], "mse"), {"kind": "linear", "n": 20, "seed": 0}, lr=0.1, epochs=201,
              seed=777)),
    Preset("regression-square-linear", _t("y = x^2 with linear layers only"), _t("001"),
           _t("Train and look at the fitted curve."),
           _t("Stacked linear layers are still one linear function: the best it can draw is a straight "
              "line, so the loss stays high."),
           _p(chain(1, [linear(10), linear(10), linear(1)], "mse"), {"kind": "square"},
              optimizer="adam", lr=0.01, epochs=2001, seed=777)),
    Preset("regression-square", _t("y = x^2 with activations"), _t("001"),
           _t("Train and compare with the linear-only lesson."),
           _t("With tanh between the layers the network bends: the loss falls close to 0."),
           _p(chain(1, [linear(10), "tanh", linear(10), "tanh", linear(1)], "mse"), {"kind": "square"},
              optimizer="adam", lr=0.01, epochs=2001, seed=777)),
    Preset("worked-2-2-2", _t("The worked backprop example (2-2-2)"), _t("002"),
           _t("Step one phase at a time: forward, loss, backward, update. Hover the edge w5."),
           _t("Every number matches the notes: dE/dw5 = dE/do1 * do1/dz3 * dz3/dw5, and after one "
              "step with lr 0.5 each weight moves by -0.5 times its gradient."),
           _p(chain(2, [explicit([[0.3, 0.25], [0.4, 0.35]], None), "sigmoid",
                        explicit([[0.45, 0.4], [0.7, 0.6]], None), "sigmoid"], "mse"),
              {"kind": "inline", "x": [[0.1, 0.2]], "y": [[0.4, 0.6]], "task": "regression"},
              lr=0.5, epochs=1, seed=777)),
    Preset("mnist-mlp", _t("An MNIST-shaped MLP (784-512-512-10)"), _t("001, 003"),
           _t("Train a few epochs; switch the data to MNIST files if you have them."),
           _t("784 inputs (28x28 pixels), two ReLU layers of 512 with dropout, ten outputs. The built-in "
              "data are real handwritten digits scaled up to 28x28."),
           _p(_mlp(784, [512, 512], 10, dropout=0.2), {"kind": "digits", "size": 28},
              optimizer="adam", lr=0.001, batch_size=100, epochs=5, test_fraction=0.2, seed=777)),
    Preset("divergence-high-lr", _t("Too high a learning rate: NaN"), _t("003"),
           _t("Train and read the message when it stops."),
           _t("Each step overshoots further than the last until the numbers overflow: training stops "
              "at the first NaN/Inf and keeps the last finite weights. Lower the learning rate."),
           _p(chain(1, [linear(1)], "mse"), {"kind": "linear", "n": 20, "seed": 0}, lr=5.0, epochs=1001,
              seed=777)),
    Preset("spiral-playground", _t("Playground: a spiral"), _t("-"),
           _t("Train and watch each hidden neuron's heatmap."),
           _t("The first layer draws lines; deeper layers combine them into curved regions."),
           _p(chain(2, [linear(8), "tanh", linear(8), "tanh", linear(1), "sigmoid"], "bce"), SPIRAL,
              optimizer="adam", lr=0.03, epochs=1001, seed=777)),
]

_BY_ID = {p.id: p for p in PRESETS}


def get_preset(preset_id: str) -> Preset:
    try:
        return _BY_ID[preset_id]
    except KeyError:
        from ..errors import AnnVizError
        raise AnnVizError(_t("There is no preset '{preset}'. `ann-viz presets` lists them.").format(
            preset=preset_id)) from None
