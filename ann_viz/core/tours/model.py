"""What a guided tour is made of (Qt-free): steps that name a control, an event to wait for,
and an optional check of what happened.

The Qt side (``ann_viz.ui.tour``) keeps a :class:`TourState` up to date from the real signals
and asks the current step's :class:`Wait` whether it is met; the texts are ``_t`` templates
translated there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from ..i18n import _t

# What a step can wait for. "next": only the bubble's Next button.
WAIT_KINDS = ("next", "play_pressed", "run_finished", "epoch_at_least", "phase", "epoch_stepped",
              "weights_edited", "reset", "preset_opened")
CHECK_KINDS = ("loss_near", "loss_below", "loss_above", "accuracy_at_least", "accuracy_below", "preds_equal")


@dataclass(frozen=True)
class TourState:
    """What the tour knows of the app: the newest results and counters of what the student did."""

    preset: str = ""  # the open lesson's preset id ("" for none)
    state: str = "idle"  # the training controller's state
    epoch: int = 0
    phase: str = "idle"
    loss: float | None = None  # the newest training loss (last epoch's or the batch's)
    eval_loss: float | None = None  # the loss of the current weights on the training data
    accuracy: float | None = None
    preds: tuple[str, ...] = ()  # PRED column of the Metrics panel
    play_presses: int = 0
    epoch_steps: int = 0
    phase_steps: int = 0
    weight_edits: int = 0  # hand-set weight edits (typed or undone) whose results have been evaluated
    resets: int = 0

    def but(self, **changes) -> TourState:
        return replace(self, **changes)


@dataclass(frozen=True)
class Wait:
    """The event a step waits for, judged from the state when the step began and the state now."""

    kind: str = "next"
    value: object = None  # the epoch for "epoch_at_least", the phase for "phase", the preset id (a
    # trailing "*": any id that starts so) for "preset_opened"

    def __post_init__(self):
        if self.kind not in WAIT_KINDS:
            raise ValueError(_t("Unknown tour wait kind: {kind}.").format(kind=self.kind))

    def met(self, start: TourState, now: TourState) -> bool:
        kind = self.kind
        if kind == "next":
            return False
        if kind == "play_pressed":
            return now.play_presses > start.play_presses
        if kind == "run_finished":
            return now.state == "finished"
        if kind == "epoch_at_least":
            return now.epoch >= int(self.value) and now.state != "configuring"
        if kind == "phase":
            return now.phase_steps > start.phase_steps and now.phase == self.value
        if kind == "epoch_stepped":
            return now.epoch_steps > start.epoch_steps and now.state == "paused"
        if kind == "weights_edited":
            return now.weight_edits > start.weight_edits
        if kind == "preset_opened":
            wanted = str(self.value)
            if wanted.endswith("*"):
                return now.preset != start.preset and now.preset.startswith(wanted[:-1])
            return now.preset == wanted
        return now.resets > start.resets  # "reset"


@dataclass(frozen=True)
class Check:
    """A look at the state once the wait is met: ``ok`` or ``otherwise`` is shown (``_t`` templates
    that may name {loss}, {accuracy}, {preds} and {epoch})."""

    kind: str
    value: object
    ok: str
    otherwise: str
    tolerance: float = 0.002

    def __post_init__(self):
        if self.kind not in CHECK_KINDS:
            raise ValueError(_t("Unknown tour check kind: {kind}.").format(kind=self.kind))

    def passed(self, state: TourState) -> bool:
        loss = shown_loss(state)
        if self.kind == "preds_equal":
            return tuple(state.preds) == tuple(self.value)
        if self.kind == "accuracy_at_least":
            return state.accuracy is not None and state.accuracy >= float(self.value)
        if self.kind == "accuracy_below":
            return state.accuracy is not None and state.accuracy < float(self.value)
        if loss is None or not math.isfinite(loss):
            return False
        if self.kind == "loss_near":
            return abs(loss - float(self.value)) <= self.tolerance
        if self.kind == "loss_below":
            return loss < float(self.value)
        return loss > float(self.value)  # "loss_above"

    def message(self, state: TourState) -> str:
        """The untranslated, formatted message for ``state`` (translate the template, then format:
        see :func:`format_values`)."""
        return (self.ok if self.passed(state) else self.otherwise).format(**format_values(state))

    def template(self, state: TourState) -> str:
        return self.ok if self.passed(state) else self.otherwise


def shown_loss(state: TourState) -> float | None:
    """The loss the Training panel shows (the batch's or the last epoch's), else the evaluated one."""
    return state.loss if state.loss is not None else state.eval_loss


def format_values(state: TourState) -> dict[str, str]:
    """The fields a check's message may name, as the student reads them."""
    loss = shown_loss(state)
    # four decimals as the notes print a plateau (0.6931); three digits for a small loss (0.00123)
    return {"loss": "—" if loss is None else f"{loss:.4f}" if abs(loss) >= 0.01 else f"{loss:.3g}",
            "accuracy": "—" if state.accuracy is None else f"{state.accuracy:.2f}",
            "preds": " ".join(state.preds) or "—",
            "epoch": str(state.epoch)}


@dataclass(frozen=True)
class Step:
    """One bubble: ``text`` (a ``_t`` string), the control to ring (an objectName in the main
    window, or "" for none), what to wait for, and an optional check."""

    text: str
    target: str = ""
    wait: Wait = field(default_factory=Wait)
    check: Check | None = None


@dataclass(frozen=True)
class Tour:
    preset: str  # the lesson (preset id) it belongs to
    title: str
    steps: tuple[Step, ...]


FINISHED = _t("The tour is over. Try the lesson again on your own, or open another lesson.")
