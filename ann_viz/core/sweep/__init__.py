"""Seed sweeps: train hundreds of initialisations of one small network at once.

How often does XOR 2-2-1 get stuck at ln 2? :class:`SeedSweep` trains K copies, one per
seed, with batched weights, and reports each copy's loss curve, final loss, accuracy
and success; copy k matches a single ``Trainer`` run with seed ``seeds[k]``.
"""

from __future__ import annotations

from ..lazy import lazy_attributes

# Loaded on first use (PEP 562): the CLI's parser reads MAX_SEEDS without importing torch.
_HOMES = {
    "MAX_SEEDS": "limits", "SweepError": "chain", "check_seeds": "chain", "initial_weights": "chain",
    "seed_range": "chain", "sweep_layers": "chain", "SeedSweep": "engine",
    "QUANTILE_NAMES": "result", "SweepProgress": "result", "SweepResult": "result",
}

__all__ = sorted(_HOMES)
__getattr__ = lazy_attributes(__name__, _HOMES)
