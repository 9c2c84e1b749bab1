"""Guided tours of the lessons, as data (Qt-free): the UI's overlay shows each step beside the
control it names and waits for the event it names (see :mod:`.model`)."""

from __future__ import annotations

from .hands_on import GATES, OPTIMIZERS, WORKED
from .model import FINISHED, Check, Step, Tour, TourState, Wait, format_values, shown_loss
from .xor_tours import DEEP_RELU, DEEP_SIGMOID, PERCEPTRON, XOR

TOURS: dict[str, Tour] = {t.preset: t for t in (XOR, PERCEPTRON, WORKED, GATES, DEEP_SIGMOID, DEEP_RELU,
                                                *OPTIMIZERS)}


def tour_for(preset_id: str | None) -> Tour | None:
    """The tour of a lesson, or None where it has none."""
    return TOURS.get(preset_id or "")


__all__ = ["TOURS", "FINISHED", "Check", "Step", "Tour", "TourState", "Wait", "format_values", "shown_loss",
           "tour_for"]
