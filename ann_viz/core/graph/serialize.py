"""Graph <-> JSON-friendly dict, with a schema version. Broken or newer input is refused."""

from __future__ import annotations

from typing import Any

from ..errors import GraphError, ProjectFileError
from ..i18n import _t
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
        raise ProjectFileError(_t("The network description is not a JSON object."))
    check_schema(data, GRAPH_SCHEMA, _t("The network description has no schema version."),
                 _t("This network was saved by a newer ann-viz (schema {schema}; this version reads up to "
                    "{supported}). Update ann-viz to open it."))
    graph = Graph()
    try:
        for i, item in enumerate(_list(data, "nodes")):
            _expect(isinstance(item, dict), _t("node {number} is not an object"), number=i + 1)
            pos = item.get("position", [0, 0])
            _expect(isinstance(pos, list) and len(pos) == 2 and all(isinstance(v, (int, float)) for v in pos),
                    _t("node {number} has a bad position"), number=i + 1)
            params = item.get("params") or {}
            _expect(isinstance(params, dict), _t("node {number} has parameters that are not an object"), number=i + 1)
            graph.add_node(str(item.get("kind")), name=item.get("name"), params=params,
                           position=(pos[0], pos[1]),
                           node_id=_str(item, "id", _t("node {number} has no '{key}'"), i + 1))
        for i, item in enumerate(_list(data, "links")):
            _expect(isinstance(item, dict), _t("link {number} is not an object"), number=i + 1)
            missing = _t("link {number} has no '{key}'")
            graph.add_link(_str(item, "source", missing, i + 1), _str(item, "target", missing, i + 1),
                           link_id=_str(item, "id", missing, i + 1))
    except GraphError as err:
        raise ProjectFileError(_t("The network description is invalid: {reason}").format(reason=err)) from None
    return graph


def check_schema(data: dict, supported: int, missing: str, newer: str) -> None:
    """Refuse a missing schema version (message ``missing``), or one newer than this version of
    ann-viz reads (``newer``, a template with the fields {schema} and {supported})."""
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ProjectFileError(missing)
    if schema > supported:
        raise ProjectFileError(newer.format(schema=schema, supported=supported))


def _list(data: dict, key: str) -> list:
    value = data.get(key)
    _expect(isinstance(value, list), _t("'{key}' is missing or not a list"), key=key)
    return value


def _str(item: dict, key: str, missing: str, number: int) -> str:
    """``item[key]`` as a non-empty string; ``missing`` says what is wrong ({number}, {key})."""
    value = item.get(key)
    _expect(isinstance(value, str) and value, missing, number=number, key=key)
    return value


def _expect(ok: bool, what: str, **fields) -> None:
    """``what`` is a template of one of the phrases above, filled with ``fields``."""
    if not ok:
        raise ProjectFileError(_t("The network description is broken: {reason}.").format(
            reason=what.format(**fields)))
