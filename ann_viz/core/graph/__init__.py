"""The layer graph: kinds, model with events, topology, validation, (de)serialisation."""

from .kinds import ACTIVATION_KINDS, INIT_CHOICES, KINDS, LOSS_CHOICES, KindSpec, ParamSpec
from .model import Graph, Link, Node, RemovedNode
from .serialize import GRAPH_SCHEMA, graph_from_dict, graph_to_dict
from .topology import depth_of, topological_order
from .validate import Problem, check, errors, infer_widths, input_width, validate

__all__ = [
    "ACTIVATION_KINDS", "INIT_CHOICES", "KINDS", "LOSS_CHOICES", "KindSpec", "ParamSpec",
    "Graph", "Link", "Node", "RemovedNode", "GRAPH_SCHEMA", "graph_from_dict", "graph_to_dict",
    "depth_of", "topological_order", "Problem", "check", "errors", "infer_widths", "input_width",
    "validate",
]
