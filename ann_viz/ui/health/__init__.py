"""The per-layer health dock."""

from .install import add_health_dock

__all__ = ["add_health_dock"]
