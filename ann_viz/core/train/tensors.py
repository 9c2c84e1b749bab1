"""A data split as tensors on the training device, targets shaped for the loss."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from ..data import Dataset
from ..errors import DataError
from ..i18n import _t
from .losses import targets_for_loss


@dataclass(frozen=True)
class SplitTensors:
    dataset: Dataset
    x: torch.Tensor
    y: torch.Tensor  # as the loss takes it (indices for CE, floats otherwise)

    @property
    def n(self) -> int:
        return int(self.x.shape[0])


def torch_dtype(precision: str) -> torch.dtype:
    """The floating-point type of a :attr:`.config.TrainConfig.precision` ("float32", "float64")."""
    return torch.float64 if precision == "float64" else torch.float32


def check_input_width(ds: Dataset, in_width: int) -> None:
    """DataError when the data's columns do not match the network's Input layer."""
    if ds.n_features != in_width:
        raise DataError(_t("The data set '{name}' has {features} input feature(s); the network's "
                           "Input layer takes {width}.").format(name=ds.name, features=ds.n_features, width=in_width))


def to_tensors(ds: Dataset, loss: str, in_width: int, out_width: int,
               device: torch.device, dtype: torch.dtype = torch.float32) -> SplitTensors:
    """Check ``ds`` against the network's input/output widths and move it to ``device`` as ``dtype``
    (class indices stay integers)."""
    check_input_width(ds, in_width)
    if ds.n_samples == 0:
        raise DataError(_t("The data set '{name}' has no samples.").format(name=ds.name))
    y = targets_for_loss(ds.y, ds.task, ds.n_classes, loss, out_width)
    # Data sets are read-only arrays; torch wants its own writable copy.
    x = torch.tensor(ds.x, dtype=dtype, device=device)
    target = torch.tensor(y, device=device)
    if target.dtype.is_floating_point:
        target = target.to(dtype)
    return SplitTensors(ds, x, target)
