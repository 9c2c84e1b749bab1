"""Compile a layer graph into a torch module."""

from .init import initialise_linear
from .module import GraphModule

__all__ = ["GraphModule", "initialise_linear"]
