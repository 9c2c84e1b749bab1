"""Checks made before a trainer builds anything: traps that would otherwise surface as a
torch exception mid-run (BatchNorm on one sample, a network too big for the memory).
"""

from __future__ import annotations

import os

import torch

from ..data import Dataset, Splits
from ..errors import DataError, TrainingError
from ..graph import Graph, input_width, infer_widths
from ..i18n import _t
from .config import TrainConfig
from .losses import targets_for_loss
from .tensors import check_input_width

# Floats kept per parameter: value, gradient, optimizer state (Adam: 2), and the chunk
# checkpoint the trainer restores after a NaN.
_PER_PARAM = {"sgd": 3, "momentum": 4, "adagrad": 4, "rmsprop": 4, "adam": 5, "adadelta": 5}
_ACTIVATION_COPIES = 3  # forward value, its gradient, and the autograd buffer of a nonlinearity
_MEMORY_SHARE = 0.8  # of the device's memory a run may plan to take


def check_before_training(graph: Graph, splits: Splits, config: TrainConfig, device: torch.device) -> None:
    """Raise TrainingError if this graph, data and config cannot train on ``device``."""
    _check_batchnorm(graph, splits.train.n_samples, config.batch_size)
    _check_memory(graph, splits.train.n_samples, config, device)


def _check_batchnorm(graph: Graph, n_train: int, batch_size: int | None) -> None:
    """BatchNorm normalises over the batch: in training a batch of one sample has no spread."""
    norms = graph.nodes_of_kind("batchnorm")
    if not norms or n_train == 0:
        return
    size = n_train if batch_size is None or batch_size >= n_train else batch_size
    last = n_train % size or size
    if size == 1 or last == 1:
        raise TrainingError(
            _t("'{name}' is a BatchNorm layer: it needs at least 2 samples in every training batch, but "
               "{what}. Choose a batch size that leaves no batch of 1 (the training split has {n} samples), "
               "or remove the BatchNorm layer.").format(
                name=norms[0].name, n=n_train,
                what=(_t("the batch size is 1") if size == 1 else
                      _t("the last batch of each epoch holds 1 sample"))))


def estimate_bytes(graph: Graph, n_train: int, config: TrainConfig) -> tuple[int, int]:
    """(parameter count, bytes a run needs about): weights with gradients and optimizer state,
    and the activations of one training batch, all float32."""
    widths = infer_widths(graph)
    params = 0
    for nid, node in graph.nodes.items():
        if node.kind == "linear":
            fan_in = input_width(graph, nid, widths) or 0
            params += node.params["units"] * (fan_in + (1 if node.params["bias"] else 0))
        elif node.kind == "batchnorm":
            params += 4 * (widths.get(nid) or 0)
    rows = min(config.batch_size or n_train, n_train)
    activations = rows * sum(w or 0 for w in widths.values()) * _ACTIVATION_COPIES
    return params, 4 * (params * _PER_PARAM.get(config.optimizer, 5) + activations)


def _check_memory(graph: Graph, n_train: int, config: TrainConfig, device: torch.device) -> None:
    params, needed = estimate_bytes(graph, n_train, config)
    available = device_memory(device)
    if available and needed > _MEMORY_SHARE * available:
        raise TrainingError(
            _t("This network is too big for {device}: {params} weights and one batch's activations need about "
               "{needed:.1f} GiB while training; the device has {available:.1f} GiB. Use fewer units, a smaller "
               "batch size, or a device with more memory.").format(
                device=device, params=f"{params:,}", needed=needed / 2**30, available=available / 2**30))


def device_memory(device: torch.device) -> int:
    """Total memory of ``device`` in bytes (the machine's RAM for the CPU), or 0 if unknown."""
    try:
        if device.type == "cuda":
            return int(torch.cuda.get_device_properties(device).total_memory)
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, RuntimeError, AttributeError):
        return 0


def data_fit_problem(graph: Graph, ds: Dataset) -> str:
    """Why ``ds`` does not fit the network's input or output width (or its loss), in the words the
    trainer would use; "" when it fits or the graph is not complete enough to say."""
    inputs, outputs = graph.nodes_of_kind("input"), graph.nodes_of_kind("output")
    if len(inputs) != 1 or len(outputs) != 1:
        return ""  # the graph's own problems are shown where it is edited
    out_width = input_width(graph, outputs[0].id, infer_widths(graph))
    try:
        check_input_width(ds, inputs[0].params["features"])
        if out_width is not None:
            targets_for_loss(ds.y, ds.task, ds.n_classes, outputs[0].params["loss"], out_width)
    except DataError as err:
        return str(err)
    return ""


__all__ = ["check_before_training", "data_fit_problem", "device_memory", "estimate_bytes"]
