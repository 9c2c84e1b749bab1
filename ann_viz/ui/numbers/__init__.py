"""The Numbers view: every weight, gradient and activation at full precision, a tab per layer."""

from .install import add_numbers_dock

__all__ = ["add_numbers_dock"]
