"""The layer graph seen neuron by neuron: columns of neurons joined by weights or identity paths.

A *column* is one set of neuron values: the Input, a Linear layer (its activation,
dropout or batch-norm nodes merge into it, so a neuron has both z and a), or an
Add/Concat merge. A *connection* is a Linear's weight matrix between two columns, or
an identity path (a residual Add, a Concat slice) that carries values unchanged.
Names follow the lecture notes: inputs x1.., hidden neurons h1.. with pre-activations
z1.. numbered across layers, outputs o1.., weights w1.. numbered row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..graph import Graph, check, infer_widths, topological_order
from ..graph.kinds import KINDS

_HEADS = ("input", "linear", "add", "concat", "maxout")


@dataclass(frozen=True)
class Column:
    """One column of neurons.

    ``head`` is the node whose output is z (for the Input: x); ``chain`` the element-wise
    nodes after it (name, kind, params), whose last output is a.
    """

    index: int
    head: str
    kind: str
    width: int
    depth: int
    chain: tuple[tuple[str, str, dict], ...] = ()
    has_bias: bool = False
    is_output: bool = False
    z_offset: int = 0  # neurons of earlier non-input columns (for z1, z2, ... numbering)
    pieces: int = 0  # a Maxout column: k, the pieces of the column before it per neuron

    @property
    def a_name(self) -> str:
        """The node whose output is this column's activation a."""
        return self.chain[-1][0] if self.chain else self.head

    @property
    def activation(self) -> str:
        """The element-wise kinds applied to z, e.g. "sigmoid" or "relu+dropout" ("" for none)."""
        return "+".join(kind for _, kind, _ in self.chain)


@dataclass(frozen=True)
class Connection:
    """Values flowing from ``source`` column to ``target`` column.

    ``kind`` is "weights" (``layer``'s matrix, target x source), "identity" (neuron i of
    the source feeds neuron ``offset + i`` of the target unchanged) or "maxout" (neuron i of
    the source is one of the k pieces of target neuron i // k, which takes the largest).
    ``source_value`` is the node whose output enters (usually the source column's a).
    """

    index: int
    kind: str
    source: int
    target: int
    source_value: str
    layer: str | None = None
    offset: int = 0


@dataclass
class NeuronNet:
    """Columns and connections of a valid graph, in forward order."""

    columns: list[Column]
    connections: list[Connection]
    loss: str
    output_source: str  # the node whose output is the prediction
    _weight_offsets: dict[str, int] = field(default_factory=dict)

    # ----- building --------------------------------------------------------------
    @classmethod
    def from_graph(cls, graph: Graph) -> "NeuronNet":
        """Build from a graph; raises GraphError if the graph cannot be trained."""
        check(graph)
        widths = infer_widths(graph)
        order = topological_order(graph)
        owner: dict[str, int] = {}  # node id -> column index
        columns: list[Column] = []
        conns: list[Connection] = []
        z_count = 0
        out_id = next(n for n in order if graph.nodes[n].kind == "output")
        out_source = graph.inputs_of(out_id)[0]
        for nid in order:
            node = graph.nodes[nid]
            if nid in owner or node.kind == "output":
                continue
            chain = _chain_after(graph, nid)
            index = len(columns)
            sources = graph.inputs_of(nid)
            depth = 1 + max((columns[owner[s]].depth for s in sources), default=-1)
            members = [nid] + [c for c in chain]
            column = Column(
                index, node.name, node.kind if node.kind in _HEADS else "identity", widths[nid], depth,
                tuple((graph.nodes[c].name, graph.nodes[c].kind, dict(graph.nodes[c].params)) for c in chain),
                bool(node.kind == "linear" and node.params["bias"]), members[-1] == out_source,
                z_count, node.params["k"] if node.kind == "maxout" else 0)
            if node.kind != "input":
                z_count += widths[nid]
            columns.append(column)
            for member in members:
                owner[member] = index
            offset = 0
            for s in sources:
                kind = {"linear": "weights", "maxout": "maxout"}.get(node.kind, "identity")
                conns.append(Connection(len(conns), kind, owner[s], index, graph.nodes[s].name,
                                        node.name if kind == "weights" else None,
                                        offset if node.kind == "concat" else 0))
                offset += widths[s]
        net = cls(columns, conns, graph.nodes[out_id].params["loss"], graph.nodes[out_source].name)
        total = 0
        for conn in net.weight_connections():
            net._weight_offsets[conn.layer] = total
            total += columns[conn.target].width * columns[conn.source].width
        return net

    # ----- queries ---------------------------------------------------------------
    def weight_connections(self) -> list[Connection]:
        return [c for c in self.connections if c.kind == "weights"]

    def connection_of(self, layer: str) -> Connection:
        for conn in self.connections:
            if conn.layer == layer:
                return conn
        raise KeyError(layer)

    def column_of(self, head: str) -> Column:
        for column in self.columns:
            if column.head == head:
                return column
        raise KeyError(head)

    def consumers(self, value_name: str) -> list[Connection]:
        """Connections reading the output of node ``value_name``."""
        return [c for c in self.connections if c.source_value == value_name]

    @property
    def n_weights(self) -> int:
        return sum(self.columns[c.target].width * self.columns[c.source].width for c in self.weight_connections())

    def weight_label(self, layer: str, j: int, i: int) -> str:
        """The notes' name of weight (j, i) of ``layer``: w1, w2, ... row by row, layer by layer."""
        fan_in = self.columns[self.connection_of(layer).source].width
        return f"w{self._weight_offsets[layer] + j * fan_in + i + 1}"

    def a_label(self, column: Column, j: int) -> str:
        """x1 for inputs, o1 for outputs, h<k> for hidden neurons (k counted across layers)."""
        if column.kind == "input":
            return f"x{j + 1}"
        if column.is_output:
            return f"o{j + 1}"
        return f"h{column.z_offset + j + 1}"

    def z_label(self, column: Column, j: int) -> str:
        return f"z{column.z_offset + j + 1}"

    def matches(self, snapshot) -> bool:
        """True when ``snapshot`` came from a network of this shape (after an edit it may not)."""
        for conn in self.weight_connections():
            w = snapshot.params.get(f"{conn.layer}.weight")
            shape = (self.columns[conn.target].width, self.columns[conn.source].width)
            if w is None or w.shape != shape:
                return False
        for column in self.columns:
            value = snapshot.values.get(column.head)
            if value is not None and (value.ndim != 2 or value.shape[1] != column.width):
                return False
        return True


def _chain_after(graph: Graph, nid: str) -> list[str]:
    """Element-wise nodes that follow ``nid`` one by one (no branching), merged into its column."""
    chain: list[str] = []
    current = nid
    while True:
        outs = graph.outputs_of(current)
        if len(outs) != 1:
            return chain
        nxt = graph.nodes[outs[0]]
        if not KINDS[nxt.kind].elementwise or len(graph.inputs_of(nxt.id)) != 1:
            return chain
        chain.append(nxt.id)
        current = nxt.id
