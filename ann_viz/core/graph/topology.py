"""Topological order of a graph's nodes, and the cycle that prevents one."""

from __future__ import annotations

from ..errors import GraphError
from ..i18n import _t
from .model import Graph


def find_cycle(graph: Graph) -> list[str] | None:
    """Node ids along one cycle (first == a node on it), or None for a DAG."""
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(node_id: str) -> list[str] | None:
        state[node_id] = 1
        stack.append(node_id)
        for nxt in graph.outputs_of(node_id):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node_id] = 2
        return None

    for node_id in graph.nodes:
        if node_id not in state:
            found = visit(node_id)
            if found:
                return found
    return None


def topological_order(graph: Graph) -> list[str]:
    """Node ids so that every node comes after its inputs; ties keep insertion order."""
    indegree = {nid: 0 for nid in graph.nodes}
    for link in graph.links:
        indegree[link.target] += 1
    ready = [nid for nid in graph.nodes if indegree[nid] == 0]
    order: list[str] = []
    while ready:
        nid = ready.pop(0)
        order.append(nid)
        for nxt in graph.outputs_of(nid):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) != len(graph.nodes):
        cycle = find_cycle(graph) or [next(n for n in graph.nodes if n not in order)]
        names = " -> ".join(graph.nodes[n].name for n in cycle + cycle[:1])
        raise GraphError(_t("The graph has a cycle: {names}.").format(names=names), cycle[0])
    return order


def depth_of(graph: Graph) -> dict[str, int]:
    """Longest distance from a source for each node (for left-to-right layout)."""
    depth: dict[str, int] = {}
    for nid in topological_order(graph):
        sources = graph.inputs_of(nid)
        depth[nid] = 1 + max((depth[s] for s in sources), default=-1)
    return depth
