"""Tours of the XOR lessons: the 2-2-1 network, the perceptron stuck at ln 2, and the deep
sigmoid network against the same one with ReLU (Qt-free)."""

from __future__ import annotations

from ..i18n import _t
from . import targets as T
from .model import Check, Step, Tour, Wait

XOR = Tour("xor-2-2-1", _t("XOR with a 2-2-1 sigmoid network"), (
    Step(_t("XOR: (0,0) and (1,1) are class 0, (0,1) and (1,0) class 1. No single straight line "
            "separates them. The network has two hidden sigmoid neurons; each draws one line in this "
            "input plane."), T.INPUT_PLANE),
    Step(_t("Press Step epoch once: one forward pass over the four points, the loss, the backward pass "
            "and one update of every weight."), T.STEP_EPOCH, Wait("epoch_stepped"),
         Check("loss_above", 0.6,
               _t("The loss of this first epoch is {loss}. Answering 0.5 for every point would give "
                  "ln 2 = 0.6931: the random starting weights do no better than that yet."),
               _t("The loss of this first epoch is {loss}: lower than usual for a random start. Did you "
                  "change the seed or the weights?"))),
    Step(_t("Now press Play: training runs 10,001 epochs as fast as it can."), T.PLAY, Wait("play_pressed")),
    Step(_t("Watch the loss curve: it sits near 0.6931 for about two thousand epochs, then falls steeply. "
            "Wait until the run has finished."), T.LOSS_DOCK, Wait("run_finished"),
         Check("loss_below", 0.01,
               _t("Finished: the loss is {loss}. The flat part at 0.6931 was the network answering 0.5 "
                  "everywhere; once the two hidden lines found their places, the loss fell."),
               _t("The loss is still {loss}: why? The network is stuck on the plateau at ln 2 = 0.6931, "
                  "answering 0.5 everywhere. Press Reset and try another seed or more epochs in the "
                  "Hyper-parameters."))),
    Step(_t("The input plane: the two lines are where each hidden neuron's z = 0. Together they cut out "
            "a band that holds (0,1) and (1,0) and leaves out (0,0) and (1,1): XOR is separated."),
         T.INPUT_PLANE),
    Step(_t("PRED vs GOLD: the network's answer for each of the four points next to the right one."),
         T.METRICS_TABLE,
         check=Check("accuracy_at_least", 1.0,
                     _t("PRED reads {preds} and accuracy is {accuracy}: every point is right."),
                     _t("PRED reads {preds}, accuracy {accuracy}: not every point is right yet. Train "
                        "longer, or Reset and try another seed."))),
))

PERCEPTRON = Tour("perceptron-xor", _t("A single-layer perceptron cannot learn XOR"), (
    Step(_t("This network has no hidden layer: one neuron, sigmoid(w1·x1 + w2·x2 + b). Whatever its "
            "weights, it can only draw one straight line through the input plane."), T.NETWORK_CANVAS),
    Step(_t("Press Play and let it train for 10,001 epochs."), T.PLAY, Wait("play_pressed")),
    Step(_t("Watch the loss curve until the run has finished."), T.LOSS_DOCK, Wait("run_finished"),
         Check("loss_near", 0.6931,
               _t("The loss is still {loss}: why? It is stuck at ln 2 = 0.6931. A single line cannot "
                  "separate XOR, so the best the neuron can do is answer 0.5 for every point."),
               _t("The loss is {loss}, not 0.6931: did you change the network, the data or the "
                  "settings?"))),
    Step(_t("The neuron view: the two weights have shrunk to almost 0 (about 1e-7 or less), and so has "
            "the bias. Then z ≈ 0 for every point and sigmoid(0) = 0.5. Hover an edge to read its value."),
         T.NETWORK_CANVAS),
    Step(_t("PRED vs GOLD: the output column reads 0.5 for every point. Whether PRED says 0 or 1 is "
            "decided by rounding noise in the 7th decimal, not by anything the network learned."),
         T.METRICS_TABLE,
         check=Check("accuracy_below", 0.75,
                     _t("Accuracy is {accuracy} (PRED {preds}): chance, not learning. XOR needs a hidden "
                        "layer: open the lesson 'XOR with a 2-2-1 sigmoid network'."),
                     _t("Accuracy is {accuracy}: a single line can put at most three of the four points "
                        "on the right side, never all four."))),
))

DEEP_SIGMOID = Tour("xor-deep-sigmoid", _t("Deep: 2-10-10-10-1 sigmoid (vanishing gradient)"), (
    Step(_t("Four Linear layers with a sigmoid after each. The Gradients plot will draw, every epoch, the "
            "size of dE/dW of each layer on a log scale."), T.GRADIENT_DOCK),
    Step(_t("Press Play."), T.PLAY, Wait("play_pressed")),
    Step(_t("Watch the per-layer gradients: in the first epoch linear1, the layer farthest from the loss, "
            "gets a gradient about 75 times smaller than linear4 (on the way back every sigmoid multiplies "
            "it by its slope, at most 0.25); then all four stay near 1e-4 for thousands of epochs. Wait "
            "until the run has finished."), T.GRADIENT_DOCK, Wait("run_finished"),
         Check("loss_below", 0.01,
               _t("The loss is {loss}, but look at the loss curve: it stayed near 0.6931 until about epoch "
                  "5,000 before it escaped. Small gradients, slow learning."),
               _t("The loss is still {loss}: why? The gradients that reach the first layers are too "
                  "small to move them: the vanishing gradient."))),
    Step(_t("Now compare with ReLU: open the lesson 'Deep: the same network with ReLU' (File > Open "
            "Lesson, Ctrl+L). Its tour goes on from there."), "", Wait("preset_opened", "xor-deep-relu")),
))

DEEP_RELU = Tour("xor-deep-relu", _t("Deep: the same network with ReLU"), (
    Step(_t("The same 2-10-10-10-1 network as in the sigmoid lesson, with ReLU instead of sigmoid, "
            "learning rate 0.1 and 3,001 epochs. Watch the same Gradients plot."), T.GRADIENT_DOCK),
    Step(_t("Press Play."), T.PLAY, Wait("play_pressed")),
    Step(_t("Watch the per-layer gradients: from the first epoch every layer's gradient is about 0.01 to "
            "0.1, a hundred times the sigmoid network's or more, and linear1's is close to the others. Where "
            "a ReLU is active its slope is 1, so the gradient reaches the first layer without shrinking. Wait "
            "until the run has finished."), T.GRADIENT_DOCK, Wait("run_finished"),
         Check("loss_below", 0.01,
               _t("The loss is {loss} after 3,001 epochs; it fell below 0.001 by epoch 1,000. The sigmoid "
                  "network was still at 0.6931 then."),
               _t("The loss is still {loss}: why? Some ReLUs may have died (always negative input, zero "
                  "gradient). Press Reset and try another seed."))),
    Step(_t("The loss curve: no long plateau. Open 'Deep: 2-10-10-10-1 sigmoid (vanishing gradient)' "
            "again to put the two gradient plots side by side in your mind."), T.LOSS_DOCK),
))
