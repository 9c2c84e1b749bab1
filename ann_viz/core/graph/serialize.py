"""Graph <-> JSON-friendly dict, with a schema version. Broken or newer input is refused."""

from __future__ import annotations

from typing import Any

from ..errors import GraphError, ProjectFileError
from .model import Graph

GRAPH_SCHEMA = 1


def graph_to_dict(graph: Graph) -> dict[str, Any]:
    return {
        "schema": GRAPH_SCHEMA,
        "nodes": [
            {"id": n.id, "kind": n.kind, "name": n.name, "params": dict(n.params),
             "position": list(n.position)}
            for n in graph.nodes.values()
        ],
        "links": [{"id": l.id, "source": l.source, "target": l.target} for l in graph.links],
    }


def graph_from_dict(data: Any) -> Graph:
    """Build a graph from ``graph_to_dict`` output; raises ProjectFileError with the reason."""
    if not isinstance(data, dict):
        raise ProjectFileError("The network description is not a JSON object.")
    check_schema(data, GRAPH_SCHEMA, "network description", "network")
    graph = Graph()
    try:
        for i, item in enumerate(_list(data, "nodes")):
            _expect(isinstance(item, dict), f"node {i + 1} is not an object")
            pos = item.get("position", [0, 0])
            _expect(isinstance(pos, list) and len(pos) == 2 and all(isinstance(v, (int, float)) for v in pos),
                    f"node {i + 1} has a bad position")
            params = item.get("params") or {}
            _expect(isinstance(params, dict), f"node {i + 1} has parameters that are not an object")
            graph.add_node(str(item.get("kind")), name=item.get("name"), params=params,
                           position=(pos[0], pos[1]), node_id=_str(item, "id", f"node {i + 1}"))
        for i, item in enumerate(_list(data, "links")):
            _expect(isinstance(item, dict), f"link {i + 1} is not an object")
            graph.add_link(_str(item, "source", f"link {i + 1}"), _str(item, "target", f"link {i + 1}"),
                           link_id=_str(item, "id", f"link {i + 1}"))
    except GraphError as err:
        raise ProjectFileError(f"The network description is invalid: {err}") from None
    return graph


def check_schema(data: dict, supported: int, what: str, noun: str) -> None:
    """Refuse a missing schema version, or one newer than this version of ann-viz reads."""
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ProjectFileError(f"The {what} has no schema version.")
    if schema > supported:
        raise ProjectFileError(
            f"This {noun} was saved by a newer ann-viz (schema {schema}; this version reads up to "
            f"{supported}). Update ann-viz to open it.")


def _list(data: dict, key: str) -> list:
    value = data.get(key)
    _expect(isinstance(value, list), f"'{key}' is missing or not a list")
    return value


def _str(item: dict, key: str, where: str) -> str:
    value = item.get(key)
    _expect(isinstance(value, str) and value, f"{where} has no '{key}'")
    return value


def _expect(ok: bool, what: str) -> None:
    if not ok:
        raise ProjectFileError(f"The network description is broken: {what}.")
