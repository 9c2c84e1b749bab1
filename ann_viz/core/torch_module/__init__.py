"""The layer graph as a torch module (and the initialisation of its layers)."""

from .init import initialise_linear
from .module import GraphModule

__all__ = ["GraphModule", "initialise_linear"]
