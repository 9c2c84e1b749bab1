"""The neuron-level network view: every weight an edge, animated forward and backward passes."""

from .dock import add_network_dock, install_network_view

__all__ = ["add_network_dock", "install_network_view"]
