"""Numbers views show, computed from snapshots (so views never do training math themselves)."""

from __future__ import annotations

import numpy as np

from .snapshot import Snapshot


def layer_gradient_norms(snapshot: Snapshot) -> dict[str, float]:
    """||dL/dW|| (Frobenius) per layer with weights, in forward order; empty before a backward pass."""
    return {name.rsplit(".", 1)[0]: float(np.linalg.norm(grad))
            for name, grad in snapshot.param_grads.items() if name.endswith(".weight")}
