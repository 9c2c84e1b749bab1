"""The window's two layouts, Build and Watch, and the switch between them."""

from .places import BUILD, MODES, WATCH, assign_dock
from .switch import LAYOUT_VERSION, Workspace

__all__ = ["BUILD", "LAYOUT_VERSION", "MODES", "WATCH", "Workspace", "assign_dock"]
