"""Fixed colours for neurons and classes, shared by every view that draws them.

Neuron ``i`` of a layer always gets ``neuron_colour(i)``: the input plane's line of
hidden neuron 3, its heatmap's frame and (later) its node in the network view match.
"""

from __future__ import annotations

# Distinct on white and on dark backgrounds; none of them is the class colours' orange or blue.
NEURON_COLOURS = ("#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
                  "#7f7f7f", "#ff9896", "#98df8a", "#c5b0d5", "#c49c94")

# Class 0 orange, class 1 blue (as TensorFlow Playground); further classes for multi-class data.
CLASS_COLOURS = ("#f08c28", "#2a78c8", "#3aa64a", "#c83c3c", "#8c5ac8", "#8c6450", "#dc64b4",
                 "#6e6e6e", "#b4b428", "#28b4c8")


def neuron_colour(index: int) -> str:
    """The colour ("#rrggbb") of neuron ``index`` (0-based) of any layer; the palette repeats."""
    return NEURON_COLOURS[index % len(NEURON_COLOURS)]


def class_colour(index: int) -> str:
    """The colour ("#rrggbb") of class ``index``; the palette repeats after ten classes."""
    return CLASS_COLOURS[index % len(CLASS_COLOURS)]
