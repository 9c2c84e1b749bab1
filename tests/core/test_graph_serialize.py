"""Graph <-> dict: exact round trips; broken, hostile or newer input is refused with ProjectFileError."""

from __future__ import annotations

import copy
import json
import random

import pytest

from ann_viz.core.errors import GraphError, ProjectFileError
from ann_viz.core.graph import GRAPH_SCHEMA, KINDS, Graph, graph_from_dict, graph_to_dict, validate


def random_params(rng: random.Random, kind: str) -> dict:
    """Random valid values for some of a kind's parameters."""
    out = {}
    for p in KINDS[kind].params:
        if rng.random() < 0.4:
            continue
        if p.type == "int":
            out[p.name] = rng.randint(int(p.minimum), min(int(p.maximum), 9))
        elif p.type == "float":
            out[p.name] = rng.uniform(p.minimum, min(p.maximum, 5.0))
        elif p.type == "bool":
            out[p.name] = rng.random() < 0.5
        elif p.type == "choice":
            out[p.name] = rng.choice(p.choices)
        elif p.type == "matrix":
            rows, cols = rng.randint(1, 3), rng.randint(1, 3)
            out[p.name] = [[rng.uniform(-2, 2) for _ in range(cols)] for _ in range(rows)]
        elif p.type == "vector":
            out[p.name] = [rng.uniform(-2, 2) for _ in range(rng.randint(1, 3))]
    return out


def random_graph(seed: int) -> Graph:
    """Any mix of kinds, parameters, positions and links (valid for training or not)."""
    rng = random.Random(seed)
    g = Graph()
    for _ in range(rng.randint(0, 12)):
        kind = rng.choice(list(KINDS))
        name = None if rng.random() < 0.5 else f"layer_{rng.randint(0, 10**6)}"
        if name and any(n.name == name for n in g.nodes.values()):
            name = None
        g.add_node(kind, name, random_params(rng, kind),
                   position=(rng.uniform(-1e3, 1e3), rng.choice([0, -5, 12.25])))
    ids = list(g.nodes)
    for _ in range(rng.randint(0, 3 * len(ids))):
        a, b = rng.choice(ids), rng.choice(ids)
        try:
            g.add_link(a, b)
        except GraphError:
            pass
    # Some edits, so ids are not simply consecutive and node order is not creation order.
    if ids and rng.random() < 0.5:
        g.remove_node(rng.choice(ids))
    if g.links and rng.random() < 0.5:
        g.remove_link(rng.choice(g.links).id)
    if g.nodes and rng.random() < 0.5:
        g.add_node("relu")
    return g


def _valid_dict() -> dict:
    g = Graph()
    i = g.add_node("input", "inp", {"features": 2}, position=(0, 0))
    h = g.add_node("linear", "hidden", {"units": 3}, position=(100, 0))
    s = g.add_node("sigmoid", "sig", position=(200, 0))
    o = g.add_node("output", "out", {"loss": "bce"}, position=(300, 0))
    g.add_link(i.id, h.id)
    g.add_link(h.id, s.id)
    g.add_link(s.id, o.id)
    return graph_to_dict(g)


# ----- round trips -----------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(25))
def test_random_graphs_round_trip_exactly(seed):
    g = random_graph(seed)
    d = graph_to_dict(g)
    assert d["schema"] == GRAPH_SCHEMA
    text = json.dumps(d)
    back = graph_from_dict(json.loads(text))
    assert graph_to_dict(back) == d
    assert json.dumps(graph_to_dict(back)) == text
    assert list(back.nodes) == list(g.nodes)
    assert [(l.id, l.source, l.target) for l in back.links] == [(l.id, l.source, l.target) for l in g.links]
    for nid, node in g.nodes.items():
        other = back.nodes[nid]
        assert (other.kind, other.name, other.params, other.position) == (
            node.kind, node.name, node.params, node.position)
    assert [(p.node_id, p.message, p.port) for p in validate(back)] == [
        (p.node_id, p.message, p.port) for p in validate(g)]
    # The loaded graph hands out fresh ids that do not clash with the loaded ones.
    fresh = back.add_node("tanh")
    assert fresh.id not in g.nodes and all(l.id != fresh.id for l in g.links)


def test_round_trip_keeps_explicit_weights_and_floats_exactly():
    d = _valid_dict()
    d["nodes"][1]["params"].update(init="explicit", weight=[[0.1, 1 / 3], [-2.5, 1e-300], [7.0, -0.0]],
                                   bias_values=[0.5, -0.25, 1e300])
    d["nodes"][1]["position"] = [0.1 + 0.2, -1e-7]
    back = graph_to_dict(graph_from_dict(json.loads(json.dumps(d))))
    assert back == d
    assert back["nodes"][1]["params"]["weight"][0][1] == 1 / 3


def test_missing_optional_fields_take_defaults():
    d = {"schema": 1, "nodes": [{"id": "a", "kind": "linear"}, {"id": "b", "kind": "relu", "params": None}],
         "links": []}
    g = graph_from_dict(d)
    assert g.nodes["a"].params == KINDS["linear"].default_params()
    assert g.nodes["a"].position == (0.0, 0.0) and g.nodes["a"].name == "linear1"
    assert g.nodes["b"].name == "relu1"


def test_older_schema_is_read():
    d = _valid_dict()
    d["schema"] = 0
    assert graph_to_dict(graph_from_dict(d))["nodes"] == d["nodes"]


def test_newer_schema_is_refused_saying_newer():
    d = _valid_dict()
    d["schema"] = GRAPH_SCHEMA + 1
    with pytest.raises(ProjectFileError) as info:
        graph_from_dict(d)
    assert "newer" in str(info.value)
    assert str(GRAPH_SCHEMA + 1) in str(info.value)


# ----- broken input ----------------------------------------------------------------------------------
def _set(path, value):
    def mutate(d):
        target = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


def _delete(path):
    def mutate(d):
        target = d
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return mutate


BROKEN = {
    "schema missing": _delete(["schema"]),
    "schema text": _set(["schema"], "1"),
    "schema float": _set(["schema"], 1.0),
    "schema null": _set(["schema"], None),
    "nodes missing": _delete(["nodes"]),
    "nodes not a list": _set(["nodes"], {"a": 1}),
    "nodes text": _set(["nodes"], "nodes"),
    "links missing": _delete(["links"]),
    "links not a list": _set(["links"], {}),
    "node not an object": _set(["nodes", 1], ["linear"]),
    "node null": _set(["nodes", 0], None),
    "unknown kind": _set(["nodes", 1, "kind"], "conv2d"),
    "kind missing": _delete(["nodes", 1, "kind"]),
    "kind not text": _set(["nodes", 1, "kind"], 3),
    "id missing": _delete(["nodes", 1, "id"]),
    "id empty": _set(["nodes", 1, "id"], ""),
    "id not text": _set(["nodes", 1, "id"], 7),
    "duplicate node id": _set(["nodes", 2, "id"], "n1"),
    "duplicate name": _set(["nodes", 2, "name"], "inp"),
    "bad name": _set(["nodes", 1, "name"], "hidden layer"),
    "name not text": _set(["nodes", 1, "name"], 12),
    "param out of range": _set(["nodes", 1, "params", "units"], 0),
    "param wrong type": _set(["nodes", 1, "params", "units"], "3"),
    "unknown param": _set(["nodes", 1, "params", "colour"], "red"),
    "bad weight matrix": _set(["nodes", 1, "params", "weight"], [[1, 2], [3]]),
    "bad choice": _set(["nodes", 3, "params", "loss"], "hinge"),
    "position text": _set(["nodes", 1, "position"], "0,0"),
    "position short": _set(["nodes", 1, "position"], [1]),
    "position long": _set(["nodes", 1, "position"], [1, 2, 3]),
    "position words": _set(["nodes", 1, "position"], ["a", "b"]),
    "position null": _set(["nodes", 1, "position"], None),
    "position object": _set(["nodes", 1, "position"], {"x": 1, "y": 2}),
    "position nested": _set(["nodes", 1, "position"], [[1], [2]]),
    "link to missing node": _set(["links", 1, "target"], "n99"),
    "link from missing node": _set(["links", 1, "source"], "ghost"),
    "link not an object": _set(["links", 0], "n1->n2"),
    "link without source": _delete(["links", 1, "source"]),
    "link without id": _delete(["links", 1, "id"]),
    "link source not text": _set(["links", 1, "source"], 2),
    "self link": _set(["links", 1, "target"], "n2"),
    "link into input": _set(["links", 1, "target"], "n1"),
    "link out of output": _set(["links", 1, "source"], "n4"),
    "duplicate link": _set(["links", 2], {"id": "l99", "source": "n1", "target": "n2"}),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_descriptions_raise_project_file_error(name):
    d = _valid_dict()
    assert [n["id"] for n in d["nodes"]] == ["n1", "n2", "n3", "n4"]
    BROKEN[name](d)
    with pytest.raises(ProjectFileError) as info:
        graph_from_dict(d)
    assert type(info.value) is ProjectFileError
    assert str(info.value).startswith("The network")


@pytest.mark.parametrize("data", [None, [], "graph", 5, 1.5, True, b"{}", ["schema", 1]])
def test_not_a_dict_is_refused(data):
    with pytest.raises(ProjectFileError) as info:
        graph_from_dict(data)
    assert "not a JSON object" in str(info.value)


def test_fuzzed_descriptions_raise_only_project_file_error():
    """Random fields replaced by random JSON values: either it loads, or ProjectFileError."""
    rng = random.Random(1234)
    junk = [None, 0, -1, 1, 2.5, "", "x", "n1", "n2", "linear", [], {}, [0, 0], [1, 2, 3], True, False,
            {"id": "n9"}, [[1.0]]]
    base = _valid_dict()
    loaded = refused = 0
    for _ in range(400):
        d = copy.deepcopy(base)
        for _ in range(rng.randint(1, 3)):
            section = rng.choice(["nodes", "links"])
            items = d[section]
            if not items:
                continue
            item = rng.choice(items)
            keys = [k for k in item if k != "params"] + (["param"] if "params" in item else [])
            key = rng.choice(keys)
            if key == "param":  # a value inside params (params itself stays an object)
                params = item["params"]
                pkey = rng.choice(list(params) + ["bogus"])
                params[pkey] = rng.choice(junk)
            else:
                item[key] = rng.choice(junk)
        try:
            graph_from_dict(d)
            loaded += 1
        except ProjectFileError:
            refused += 1
    assert refused > 100 and loaded + refused == 400


# ----- known holes -------------------------------------------------------------------------------------
@pytest.mark.parametrize("params", [[["units", 3]], "units=3", 5])
def test_params_that_are_not_an_object_are_refused(params):
    d = _valid_dict()
    d["nodes"][1]["params"] = params
    with pytest.raises(ProjectFileError):
        graph_from_dict(d)


@pytest.mark.parametrize("where", ["position", "weight", "init_std"])
def test_huge_integers_are_refused(where):
    d = _valid_dict()
    big = json.loads("1" + "0" * 400)
    if where == "position":
        d["nodes"][1]["position"] = [big, 0]
    elif where == "weight":
        d["nodes"][1]["params"].update(init="explicit", weight=[[big, 1.0]] * 3)
    else:
        d["nodes"][1]["params"]["init_std"] = big
    with pytest.raises(ProjectFileError):
        graph_from_dict(d)


def test_duplicate_link_ids_are_refused():
    d = _valid_dict()
    d["links"][2]["id"] = d["links"][0]["id"]
    with pytest.raises(ProjectFileError):
        graph_from_dict(d)


@pytest.mark.parametrize("text", ["NaN", "Infinity"])
def test_non_finite_positions_are_refused(text):
    d = _valid_dict()
    d["nodes"][1]["position"] = json.loads(f"[{text}, 0]")
    with pytest.raises(ProjectFileError):
        graph_from_dict(d)
