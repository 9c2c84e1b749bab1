"""The neuron-level network view: every weight an edge, animated forward and backward passes."""

from .dock import install_network_view

__all__ = ["install_network_view"]
