"""Tours of the lessons worked by hand: the notes' 2-2-2 backprop example, XOR from logic gates
with typed weights, and the optimizers (Qt-free)."""

from __future__ import annotations

from ..i18n import _t
from ..presets import PRESETS
from . import targets as T
from .model import Check, Step, Tour, Wait

WORKED = Tour("worked-2-2-2", _t("The worked backprop example (2-2-2)"), (
    Step(_t("The notes' worked example: inputs 0.1 and 0.2, targets 0.4 and 0.6, the weights w1 to w8 "
            "set as on the notes' page, sigmoid neurons, mean squared error, learning rate 0.5."),
         T.NETWORK_CANVAS),
    Step(_t("Press Step phase: the forward pass. Each neuron computes z = Σ w·a (this network has no "
            "biases) and a = sigmoid(z); pulses run left to right."), T.STEP_PHASE, Wait("phase", "forward")),
    Step(_t("Press Step phase again: the loss compares the outputs with the targets 0.4 and 0.6."),
         T.STEP_PHASE, Wait("phase", "loss"),
         Check("loss_near", 0.0240,
               _t("The loss is {loss}: the mean of (0.4 - o1)² and (0.6 - o2)², with o1 ≈ 0.6094 and "
                  "o2 ≈ 0.6638, as in the notes."),
               _t("The loss is {loss}; the notes have 0.0240. Were the weights or the data changed?"),
               tolerance=0.0005)),
    Step(_t("Step phase once more: the backward pass. dE/d(output) goes back through every edge; pulses "
            "run right to left."), T.STEP_PHASE, Wait("phase", "backward")),
    Step(_t("Hover the edge w5 (from the first hidden neuron to the first output) in the neuron view. "
            "This text shows its chain rule with the real numbers: dE/dw5 = dE/do1 · do1/dz3 · dz3/dw5."),
         T.CHAIN_RULE_TEXT),
    Step(_t("The last Step phase: the update. Every weight moves by -0.5 times its gradient; hover w5 "
            "again and compare with the notes' new value."), T.STEP_PHASE, Wait("phase", "update")),
))

GATES = Tour("gate-xor", _t("XOR from gates: NAND and OR, then AND"), (
    Step(_t("Nothing is trained in this lesson: every weight was set by hand. PRED vs GOLD lists the "
            "network's answers for (0,0), (0,1), (1,0), (1,1)."), T.METRICS_TABLE,
         check=Check("preds_equal", ("0", "1", "1", "0"),
                     _t("PRED reads {preds}: XOR, without a single epoch of training."),
                     _t("PRED reads {preds}, not 0 1 1 0: a weight was changed. Edit > Undo brings "
                        "the lesson's weights back."))),
    Step(_t("In the neuron view, the first hidden neuron is NAND (weights -0.5, -0.5, bias 0.7), the "
            "second OR (0.6, 0.6, bias -0.5), and the output neuron is AND of the two (0.5, 0.5, bias "
            "-0.7). Each applies a step: 1 if z > 0, else 0. Click a neuron to read its z."),
         T.NETWORK_CANVAS),
    Step(_t("Change a weight: double-click w5, the edge from the NAND neuron to the output, type -2 and "
            "press Enter."), T.NETWORK_CANVAS, Wait("weights_edited"),
         Check("preds_equal", ("0", "0", "0", "0"),
               _t("PRED is now {preds}: with w5 = -2 the output's z = -2·NAND + 0.5·OR - 0.7 never "
                  "rises above 0. The truth table changed at once, without training."),
               _t("PRED is now {preds}: the truth table follows the weight you typed at once, without "
                  "training. (With w5 = -2 it reads 0 0 0 0.)"))),
    Step(_t("The input plane shows the new answer over the whole square, not only at the four "
            "corners."), T.INPUT_PLANE),
    Step(_t("Now press Ctrl+Z (Edit > Undo) to put the lesson's weight back."), T.METRICS_TABLE,
         Wait("weights_edited"),
         Check("preds_equal", ("0", "1", "1", "0"),
               _t("PRED reads {preds} again: XOR is back. A hidden layer (NAND and OR) made it possible; "
                  "no single neuron can do it."),
               _t("PRED reads {preds}. Undo again until it reads 0 1 1 0."))),
))


def _optimizer_tour(preset_id: str, title: str) -> Tour:
    return Tour(preset_id, title, (
        Step(_t("Every optimizer lesson trains the same 2-10-10-1 tanh network on the same noisy moons, "
                "in mini-batches of 32, for 301 epochs. The Hyper-parameters tab shows this lesson's "
                "optimizer and learning rate."), T.SETTINGS_DOCK),
        Step(_t("Press Play."), T.PLAY, Wait("play_pressed")),
        Step(_t("Watch the loss curve. Each epoch is seven updates, one per mini-batch, so the curve is "
                "a little noisy. Wait until the run has finished."), T.LOSS_DOCK, Wait("run_finished"),
             Check("loss_below", 0.3,
                   _t("The last epoch's training loss is {loss}. Remember it and the shape of the curve: "
                      "how fast did it fall in the first 50 epochs?"),
                   _t("The last epoch's training loss is still {loss}: this optimizer has not got far "
                      "in 301 epochs with this learning rate."))),
        Step(_t("PRED vs GOLD and the accuracy: the moons overlap (noise 0.3), so a few points stay on "
                "the wrong side whatever the optimizer."), T.METRICS_TABLE,
             check=Check("accuracy_at_least", 0.9,
                         _t("Accuracy {accuracy}."),
                         _t("Accuracy {accuracy}: below 0.9. Train longer or compare with Adam."))),
        Step(_t("Now open another optimizer lesson (File > Open Lesson, Ctrl+L) and compare its curve "
                "with this one. After 301 epochs SGD and Adadelta end near 0.16, AdaGrad near 0.15, "
                "Momentum, RMSProp and Adam near 0.10."),
             "", Wait("preset_opened", "optimizer-*")),
    ))


OPTIMIZERS = tuple(_optimizer_tour(p.id, p.title) for p in PRESETS if p.id.startswith("optimizer-"))
