"""Per-layer weight initialisation, as the lecture notes describe it (Xavier, He, ...)."""

from __future__ import annotations

import math

import torch
from torch import nn

from ..i18n import _t


def initialise_linear(layer: nn.Linear, params: dict, generator: torch.Generator | None = None) -> None:
    """Apply the node's ``init`` choice to ``layer`` in place.

    "default" keeps what ``nn.Linear`` drew at construction, so a seeded graph gives
    exactly the numbers the notes' ``nn.Sequential`` code gives with the same seed.
    Other schemes set the weights as named and the biases to zero (explicit: as given).
    Random draws come from ``generator`` when given (the seed sweep's per-copy
    stream), else from torch's global generator.
    """
    scheme = params["init"]
    if scheme == "default":
        return
    w, b = layer.weight, layer.bias
    fan_out, fan_in = w.shape
    with torch.no_grad():
        if scheme == "explicit":
            w.copy_(torch.tensor(params["weight"], dtype=w.dtype))
            if b is not None:
                values = params["bias_values"]
                b.copy_(torch.tensor(values, dtype=b.dtype) if values is not None else torch.zeros_like(b))
            return
        if scheme == "xavier_uniform":
            bound = math.sqrt(6.0 / (fan_in + fan_out))
            w.uniform_(-bound, bound, generator=generator)
        elif scheme == "xavier_normal":
            w.normal_(0.0, math.sqrt(2.0 / (fan_in + fan_out)), generator=generator)
        elif scheme == "he_uniform":
            bound = math.sqrt(6.0 / fan_in)
            w.uniform_(-bound, bound, generator=generator)
        elif scheme == "he_normal":
            w.normal_(0.0, math.sqrt(2.0 / fan_in), generator=generator)
        elif scheme == "zeros":
            w.zero_()
        elif scheme == "normal":
            w.normal_(0.0, params["init_std"], generator=generator)
        elif scheme == "uniform":
            w.uniform_(-params["init_a"], params["init_a"], generator=generator)
        else:  # kinds.INIT_CHOICES guards this; a new choice must be handled here
            raise ValueError(_t("unknown init scheme {scheme!r}").format(scheme=scheme))
        if b is not None:
            b.zero_()
