"""What a network does to the input plane: heatmaps, separating lines, hidden spaces, projections.

Qt-free: views get a :class:`PlaneFrame` (one batched forward of data and grid from a
snapshot's weights) and draw it.
"""

from .contour import contour_segments
from .frame import Decision, PlaneFrame, PlaneInputs, compute_frame, decision_values, plane_inputs
from .grid import PlaneGrid, grid_for
from .lines import NeuronLine, clip_line, first_linear, hidden_boundary, neuron_lines, next_linear, positive_marker
from .network import BufferPool, PlaneNetwork
from .palette import CLASS_COLOURS, NEURON_COLOURS, class_colour, neuron_colour
from .pca import PCA, fit_pca
from .points import TEST, TRAIN, VALIDATION, PlanePoints, plane_points, points_budget
from .weights import square_side, weight_images

__all__ = [
    "contour_segments", "Decision", "PlaneFrame", "PlaneInputs", "compute_frame", "decision_values",
    "plane_inputs", "PlaneGrid", "grid_for", "NeuronLine", "clip_line", "first_linear", "hidden_boundary",
    "neuron_lines", "next_linear", "positive_marker", "BufferPool", "PlaneNetwork", "CLASS_COLOURS", "NEURON_COLOURS",
    "class_colour", "neuron_colour", "PCA", "fit_pca", "TEST", "TRAIN", "VALIDATION", "PlanePoints",
    "plane_points", "points_budget", "square_side", "weight_images",
]
