"""Data sets: logic gates, 2-D point clouds, 1-D curves, text tables, MNIST, 8x8 digits.

Everything returns an immutable :class:`Dataset`; :func:`make_dataset` builds
one from a JSON-friendly spec. Errors are :class:`ann_viz.core.errors.DataError`.
"""

from ann_viz.core.data.dataset import TASKS, Dataset
from ann_viz.core.data.digits import load_digits
from ann_viz.core.data.labels import infer_task
from ann_viz.core.data.logic import (
    GATES,
    and_gate,
    logic_gate,
    nand_gate,
    nor_gate,
    or_gate,
    xnor_gate,
    xor_gate,
)
from ann_viz.core.data.mnist import load_idx, load_mnist
from ann_viz.core.data.registry import DATASET_KINDS, describe_dataset_kinds, make_dataset
from ann_viz.core.data.regression import linear, sine, square
from ann_viz.core.data.split import Splits, split_dataset
from ann_viz.core.data.synthetic import circle, gaussians, moons, spiral, xor_cloud
from ann_viz.core.data.textfile import load_text_table

__all__ = [
    "DATASET_KINDS",
    "GATES",
    "TASKS",
    "Dataset",
    "Splits",
    "and_gate",
    "circle",
    "describe_dataset_kinds",
    "gaussians",
    "infer_task",
    "linear",
    "load_digits",
    "load_idx",
    "load_mnist",
    "load_text_table",
    "logic_gate",
    "make_dataset",
    "moons",
    "nand_gate",
    "nor_gate",
    "or_gate",
    "sine",
    "spiral",
    "split_dataset",
    "square",
    "xnor_gate",
    "xor_cloud",
    "xor_gate",
]
