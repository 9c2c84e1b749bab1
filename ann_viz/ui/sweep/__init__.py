"""The Seed Sweep dialog (Tools > Seed Sweep...): many initialisations of up to three networks at once."""

from .dialog import SeedSweepDialog, open_sweep_dialog

__all__ = ["SeedSweepDialog", "open_sweep_dialog"]
