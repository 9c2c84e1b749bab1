"""Did a finished run get stuck? A sentence saying so, and what to try (Qt-free).

A network that answers 0.5 for every XOR row has BCE ln 2 = 0.6931 and MSE 0.25; a run
that ends there, or whose loss did not move over its last fifth while still high, has
hit a plateau. More epochs, another learning rate or optimizer, another seed, or more
hidden neurons are what the lecture notes try next.
"""

from __future__ import annotations

import math

import numpy as np

from ..graph import Graph
from ..i18n import _t
from .config import TrainConfig

CHANCE_LOSS = {"bce": math.log(2), "bce_logits": math.log(2), "mse": 0.25}
NEAR = 1e-3  # "at" a chance loss
FLAT = 1e-3  # relative change over the last fifth of the run that counts as no improvement
STILL_HIGH = 0.5  # ... while the loss is still above this share of where it started


def plateau_advice(losses: np.ndarray, loss_name: str, config: TrainConfig,
                   graph: Graph | None = None) -> tuple[str, list[str]] | None:
    """(what happened, what to try) when the run whose training losses are ``losses`` (one per
    epoch) ended on a plateau; None when it did not (or is too short to tell). Each phrase is
    a formatted ``_t`` message of its own, so it can be translated alone."""
    losses = np.asarray(losses, dtype=float)  # a view when it is one (a column of a million-row history)
    finite = np.isfinite(losses)
    if not finite.all():
        losses = losses[finite]
    if len(losses) < 10:
        return None
    last = float(losses[-1])
    chance = CHANCE_LOSS.get(loss_name)
    at_chance = chance is not None and abs(last - chance) < NEAR
    tail = losses[-max(5, len(losses) // 5):]
    flat = float(tail[0] - tail.min()) <= FLAT * max(abs(float(tail[0])), 1e-12)
    if not at_chance and not (flat and last > STILL_HIGH * float(losses[0])):
        return None
    if at_chance:
        text = _t("Stuck at {loss:.4f}: the loss of answering {half} for every sample.").format(loss=last, half=0.5)
    else:
        text = _t("No improvement over the last {n} epochs (loss {loss:.4f}).").format(n=len(tail), loss=last)
    if graph is not None and sum(n.kind == "linear" for n in graph.nodes.values()) < 2:
        # One layer draws one line: more epochs, another rate or seed cannot help.
        return text, [_t("a hidden layer (one layer draws one line: not enough for XOR)")]
    tries = []
    tries.append(_t("more epochs (now {epochs})").format(epochs=config.epochs))
    tries.append(_t("another learning rate (now {lr:g}) or Adam").format(lr=config.lr))
    tries.append(_t("another seed (now {seed})").format(seed=config.seed))
    tries.append(_t("more hidden neurons; ReLU or Xavier init for deep sigmoid nets"))
    return text, tries
