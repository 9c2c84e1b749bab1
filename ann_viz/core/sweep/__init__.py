"""Seed sweeps: train hundreds of initialisations of one small network at once.

How often does XOR 2-2-1 get stuck at ln 2? :class:`SeedSweep` trains K copies, one per
seed, with batched weights, and reports each copy's loss curve, final loss, accuracy
and success; copy k matches a single ``Trainer`` run with seed ``seeds[k]``.
"""

from .chain import MAX_SEEDS, SweepError, check_seeds, initial_weights, seed_range, sweep_layers
from .engine import SeedSweep
from .result import QUANTILE_NAMES, SweepProgress, SweepResult

__all__ = ["MAX_SEEDS", "QUANTILE_NAMES", "SeedSweep", "SweepError", "SweepProgress", "SweepResult",
           "check_seeds", "initial_weights", "seed_range", "sweep_layers"]
