"""Neuron-level inspection of a network: structure, per-edge quantities, the chain rule, replay."""

from .chain_rule import Backprop, EdgeFactors, NeuronFactors, Term, edge_factors, neuron_factors
from .neurons import Column, Connection, NeuronNet
from .quantities import QUANTITIES, edge_values
from .summary import choose_visible, strongest
from .timeline import SnapshotRing, snapshot_nbytes

__all__ = ["Backprop", "EdgeFactors", "NeuronFactors", "Term", "edge_factors", "neuron_factors", "Column",
           "Connection", "NeuronNet", "QUANTITIES", "edge_values", "choose_visible", "strongest",
           "SnapshotRing", "snapshot_nbytes"]
