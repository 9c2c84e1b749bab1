"""The layer graph model: edits, the events they announce, undo by restore, refusals."""

from __future__ import annotations

import copy
import random

import pytest

from ann_viz.core.errors import GraphError
from ann_viz.core.graph import KINDS, Graph, Link, graph_to_dict

EVENTS = ("node_added", "node_removed", "link_added", "link_removed",
          "param_changed", "node_renamed", "node_moved")


class Recorder:
    """Subscribes to every event of a graph and records (event, summarised args)."""

    def __init__(self, graph: Graph):
        self.calls: list[tuple] = []
        for name in EVENTS:
            getattr(graph, name).connect(self._make(name))

    def _make(self, name):
        def callback(*args):
            self.calls.append((name, *[_summary(a) for a in args]))
        return callback

    def clear(self) -> None:
        self.calls.clear()


def _summary(arg):
    if isinstance(arg, Link):
        return arg.id
    if hasattr(arg, "kind") and hasattr(arg, "params"):
        return arg.id
    return arg


def _chain() -> tuple[Graph, dict[str, str]]:
    """input -> lin1 -> act -> lin2 -> sig -> output, with fixed ids."""
    g = Graph()
    ids = {}
    for kind, name, params in (("input", "inp", {"features": 3}), ("linear", "lin1", {"units": 4}),
                               ("tanh", "act", {}), ("linear", "lin2", {"units": 1}),
                               ("sigmoid", "sig", {}), ("output", "out", {"loss": "bce"})):
        ids[name] = g.add_node(kind, name, params, position=(len(ids) * 10.0, 5.0)).id
    names = list(ids)
    for a, b in zip(names, names[1:]):
        g.add_link(ids[a], ids[b])
    return g, ids


def _residual() -> tuple[Graph, dict[str, str]]:
    """input -> stem -> act -> [lin -> act2 -> add(act2, act)] -> head -> sig -> output."""
    g = Graph()
    ids = {}
    for kind, name, params in (("input", "inp", {"features": 2}), ("linear", "stem", {"units": 3}),
                               ("relu", "act", {}), ("linear", "lin", {"units": 3}), ("relu", "act2", {}),
                               ("add", "add", {}), ("linear", "head", {"units": 1}), ("sigmoid", "sig", {}),
                               ("output", "out", {"loss": "bce"})):
        ids[name] = g.add_node(kind, name, params).id
    for a, b in (("inp", "stem"), ("stem", "act"), ("act", "lin"), ("lin", "act2"), ("act2", "add"),
                 ("act", "add"), ("add", "head"), ("head", "sig"), ("sig", "out")):
        g.add_link(ids[a], ids[b])
    return g, ids


# ----- adding -------------------------------------------------------------------------------
def test_add_node_defaults_names_ids_and_event():
    g = Graph()
    rec = Recorder(g)
    a = g.add_node("linear")
    b = g.add_node("linear", params={"units": 7.0}, position=(1, 2))
    c = g.add_node("dropout", name="drop")
    assert (a.name, b.name, c.name) == ("linear1", "linear2", "drop")
    assert len({a.id, b.id, c.id}) == 3
    assert a.params == KINDS["linear"].default_params()
    assert b.params["units"] == 7 and isinstance(b.params["units"], int)
    assert b.position == (1.0, 2.0) and isinstance(b.position[0], float)
    assert c.params == {"p": 0.1}
    assert list(g.nodes) == [a.id, b.id, c.id]
    assert rec.calls == [("node_added", a.id), ("node_added", b.id), ("node_added", c.id)]
    assert g.node(b.id) is b and g.node_by_name("drop") is c


def test_add_link_events_order_and_queries():
    g = Graph()
    rec = Recorder(g)
    i = g.add_node("input", "x")
    l1 = g.add_node("linear", "a")
    l2 = g.add_node("linear", "b")
    add = g.add_node("add", "s")
    rec.clear()
    k1 = g.add_link(i.id, l1.id)
    k2 = g.add_link(i.id, l2.id)
    k3 = g.add_link(l2.id, add.id)
    k4 = g.add_link(l1.id, add.id)
    assert rec.calls == [("link_added", k.id) for k in (k1, k2, k3, k4)]
    assert g.links == [k1, k2, k3, k4]
    assert (k3.source, k3.target) == (l2.id, add.id)
    assert g.inputs_of(add.id) == [l2.id, l1.id]  # link order, not node order
    assert g.outputs_of(i.id) == [l1.id, l2.id]
    assert g.find_link(l1.id, add.id) is k4 and g.find_link(add.id, l1.id) is None
    assert g.links_of(l1.id) == [k1, k4]
    assert len({k.id for k in g.links} | set(g.nodes)) == 8  # link ids never collide with node ids


def test_add_node_refusals_change_nothing():
    g = Graph()
    first = g.add_node("linear", "taken", node_id="n5")
    rec = Recorder(g)
    before = graph_to_dict(g)
    for kwargs in (dict(kind="conv2d"), dict(kind="linear", name="taken"), dict(kind="linear", name="2bad"),
                   dict(kind="linear", node_id="n5"), dict(kind="linear", params={"units": 0}),
                   dict(kind="linear", params={"nope": 1}), dict(kind="dropout", params={"p": 2.0})):
        with pytest.raises(GraphError):
            g.add_node(**kwargs)
    assert graph_to_dict(g) == before and rec.calls == []
    assert list(g.nodes) == [first.id]


# ----- removing and restoring -----------------------------------------------------------------
def test_remove_link_and_restore_link_events_and_position():
    g, ids = _chain()
    rec = Recorder(g)
    before = graph_to_dict(g)
    middle = g.links[2]
    index, link = g.remove_link(middle.id)
    assert (index, link) == (2, middle)
    assert middle not in g.links and len(g.links) == 4
    assert rec.calls == [("link_removed", middle.id)]
    assert g.restore_link(index, link) is link
    assert rec.calls[-1] == ("link_added", middle.id)
    assert graph_to_dict(g) == before
    with pytest.raises(GraphError):
        g.remove_link("no-such-link")


def test_remove_middle_node_events_then_restore_is_identical():
    g, ids = _chain()
    rec = Recorder(g)
    before = copy.deepcopy(graph_to_dict(g))
    link_in = g.find_link(ids["lin1"], ids["act"])
    link_out = g.find_link(ids["act"], ids["lin2"])
    removed = g.remove_node(ids["act"])
    # Links go last-first, then the node itself.
    assert rec.calls == [("link_removed", link_out.id), ("link_removed", link_in.id),
                         ("node_removed", ids["act"])]
    assert removed.index == 2 and removed.node.name == "act"
    assert removed.links == [(1, link_in), (2, link_out)]
    assert ids["act"] not in g.nodes and len(g.links) == 3
    assert g.outputs_of(ids["lin1"]) == [] and g.inputs_of(ids["lin2"]) == []
    rec.clear()
    assert g.restore_node(removed) is removed.node
    assert rec.calls == [("node_added", ids["act"]), ("link_added", link_in.id),
                         ("link_added", link_out.id)]
    assert graph_to_dict(g) == before


def test_remove_add_node_of_residual_then_restore_is_identical():
    g, ids = _residual()
    rec = Recorder(g)
    before = copy.deepcopy(graph_to_dict(g))
    touching = [l.id for l in g.links if ids["add"] in (l.source, l.target)]
    assert len(touching) == 3
    removed = g.remove_node(ids["add"])
    assert rec.calls == [("link_removed", lid) for lid in reversed(touching)] + [("node_removed", ids["add"])]
    assert [l.id for _, l in removed.links] == touching
    # The skip source keeps its other output; the act2 branch is cut.
    assert g.outputs_of(ids["act"]) == [ids["lin"]] and g.outputs_of(ids["act2"]) == []
    rec.clear()
    g.restore_node(removed)
    assert rec.calls == [("node_added", ids["add"])] + [("link_added", lid) for lid in touching]
    after = graph_to_dict(g)
    assert after == before
    assert [l["id"] for l in after["links"]] == [l["id"] for l in before["links"]]
    assert g.inputs_of(ids["add"]) == [ids["act2"], ids["act"]]


def test_remove_first_and_last_nodes_restore():
    for which in ("inp", "out"):
        g, ids = _chain()
        before = copy.deepcopy(graph_to_dict(g))
        removed = g.remove_node(ids[which])
        assert len(removed.links) == 1
        g.restore_node(removed)
        assert graph_to_dict(g) == before


@pytest.mark.parametrize("seed", range(8))
def test_random_removals_undone_in_reverse_restore_exactly(seed):
    rng = random.Random(seed)
    g = Graph()
    kinds = ["linear", "tanh", "add", "concat", "sigmoid", "dropout", "relu"]
    g.add_node("input", "inp")
    for _ in range(9):
        g.add_node(rng.choice(kinds))
    g.add_node("output", "out")
    ids = list(g.nodes)
    for _ in range(40):
        a, b = rng.sample(ids, 2)
        try:
            g.add_link(a, b)
        except GraphError:
            pass
    before = copy.deepcopy(graph_to_dict(g))
    undo = [g.remove_node(nid) for nid in rng.sample(ids, 4)]
    for link in rng.sample(g.links, min(2, len(g.links))):
        undo.append(("link", *g.remove_link(link.id)))
    for item in reversed(undo):
        if isinstance(item, tuple):
            g.restore_link(item[1], item[2])
        else:
            g.restore_node(item)
    assert graph_to_dict(g) == before


# ----- parameters ---------------------------------------------------------------------------------
BAD_PARAMS = [
    ("linear", "units", 0), ("linear", "units", -3), ("linear", "units", 100_001), ("linear", "units", 2.5),
    ("linear", "units", "3"), ("linear", "units", True), ("linear", "units", None),
    ("linear", "bias", 1), ("linear", "bias", "yes"), ("linear", "init", "bogus"),
    ("linear", "init_std", -0.1), ("linear", "init_std", float("nan")), ("linear", "init_std", float("inf")),
    ("linear", "weight", [[1.0, 2.0], [3.0]]), ("linear", "weight", [[1.0, "a"]]), ("linear", "weight", []),
    ("linear", "weight", [1.0, 2.0]), ("linear", "weight", [[float("inf")]]), ("linear", "weight", [[True]]),
    ("linear", "bias_values", [float("nan")]), ("linear", "bias_values", "1,2"),
    ("dropout", "p", 1.0), ("dropout", "p", -0.01), ("dropout", "p", float("nan")),
    ("leaky_relu", "slope", -0.1), ("leaky_relu", "slope", 1.5), ("elu", "alpha", "one"),
    ("batchnorm", "eps", 0.0), ("batchnorm", "momentum", 2.0),
    ("output", "loss", "hinge"), ("output", "loss", None), ("input", "features", 0),
    ("linear", "no_such_param", 1), ("sigmoid", "slope", 0.1),
]


@pytest.mark.parametrize("kind,key,value", BAD_PARAMS)
def test_set_param_refuses_bad_values_and_keeps_the_old_one(kind, key, value):
    g = Graph()
    node = g.add_node(kind)
    rec = Recorder(g)
    before = copy.deepcopy(node.params)
    with pytest.raises(GraphError) as info:
        g.set_param(node.id, key, value)
    assert key in str(info.value)
    assert node.params == before
    assert rec.calls == []


def test_set_param_refuses_a_huge_integer_for_a_float_param():
    g = Graph()
    node = g.add_node("linear")
    with pytest.raises(GraphError):
        g.set_param(node.id, "init_std", 10 ** 400)
    assert node.params["init_std"] == 0.1


def test_set_param_normalises_returns_old_and_announces():
    g = Graph()
    node = g.add_node("linear")
    rec = Recorder(g)
    assert g.set_param(node.id, "units", 5.0) == 2
    assert node.params["units"] == 5 and type(node.params["units"]) is int
    assert g.set_param(node.id, "init_std", 2) == 0.1
    assert node.params["init_std"] == 2.0 and type(node.params["init_std"]) is float
    assert g.set_param(node.id, "weight", ((1, 2), (3, 4.5))) is None
    assert node.params["weight"] == [[1.0, 2.0], [3.0, 4.5]]
    assert g.set_param(node.id, "bias_values", (1, 2)) is None
    assert node.params["bias_values"] == [1.0, 2.0]
    assert g.set_param(node.id, "weight", None) == [[1.0, 2.0], [3.0, 4.5]]
    assert rec.calls == [("param_changed", node.id, "units", 5), ("param_changed", node.id, "init_std", 2.0),
                         ("param_changed", node.id, "weight", [[1.0, 2.0], [3.0, 4.5]]),
                         ("param_changed", node.id, "bias_values", [1.0, 2.0]),
                         ("param_changed", node.id, "weight", None)]
    with pytest.raises(GraphError):
        g.set_param("missing", "units", 3)


# ----- names and positions ------------------------------------------------------------------------
@pytest.mark.parametrize("bad", ["other", "1abc", "a b", "", "a-b", "a.b", "é", 5, None])
def test_rename_refuses_duplicates_and_invalid_identifiers(bad):
    g = Graph()
    node = g.add_node("linear", "mine")
    g.add_node("linear", "other")
    rec = Recorder(g)
    with pytest.raises(GraphError):
        g.rename(node.id, bad)
    assert node.name == "mine" and rec.calls == []


@pytest.mark.parametrize("bad", ["x\n", "linear1\n"])
def test_rename_and_add_node_refuse_a_trailing_newline(bad):
    g = Graph()
    node = g.add_node("linear", "mine")
    with pytest.raises(GraphError):
        g.rename(node.id, bad)
    with pytest.raises(GraphError):
        g.add_node("relu", bad)


def test_rename_announces_and_same_name_is_a_no_op():
    g = Graph()
    node = g.add_node("linear", "mine")
    rec = Recorder(g)
    assert g.rename(node.id, "mine") == "mine"
    assert rec.calls == []
    assert g.rename(node.id, "_Hidden_2") == "mine"
    assert node.name == "_Hidden_2" and g.node_by_name("_Hidden_2") is node
    assert rec.calls == [("node_renamed", node.id, "mine")]
    with pytest.raises(GraphError):
        g.node_by_name("mine")
    # The freed name can be taken again.
    assert g.add_node("linear", "mine").name == "mine"


def test_move_announces_and_returns_old_position():
    g = Graph()
    node = g.add_node("relu", position=(1.5, -2))
    rec = Recorder(g)
    assert g.move(node.id, (3, 4)) == (1.5, -2.0)
    assert node.position == (3.0, 4.0)
    assert rec.calls == [("node_moved", node.id)]


# ----- link refusals --------------------------------------------------------------------------------
def _refusal_graph():
    g = Graph()
    n = {name: g.add_node(kind, name).id for kind, name in (
        ("input", "inp"), ("linear", "a"), ("linear", "b"), ("sigmoid", "s"), ("add", "sum"),
        ("concat", "cat"), ("output", "out"))}
    g.add_link(n["inp"], n["a"])
    g.add_link(n["a"], n["s"])
    g.add_link(n["s"], n["out"])
    return g, n


@pytest.mark.parametrize("source,target,who", [
    ("a", "a", "a"),          # self-loop
    ("sum", "sum", "sum"),    # self-loop on a multi-input node
    ("inp", "a", "a"),        # duplicate
    ("b", "a", "a"),          # second input to a single-input Linear
    ("b", "s", "s"),          # second input to a single-input activation
    ("b", "out", "out"),      # second input to the Output
    ("a", "inp", "inp"),      # into the Input
    ("out", "b", "out"),      # out of the Output
    ("out", "sum", "out"),
])
def test_add_link_refusals(source, target, who):
    g, n = _refusal_graph()
    rec = Recorder(g)
    before = list(g.links)
    with pytest.raises(GraphError) as info:
        g.add_link(n[source], n[target])
    assert info.value.node_id == n[who]
    assert g.links == before and rec.calls == []


def test_add_link_to_missing_nodes_is_refused():
    g, n = _refusal_graph()
    with pytest.raises(GraphError):
        g.add_link("nope", n["b"])
    with pytest.raises(GraphError):
        g.add_link(n["b"], "nope")


def test_merge_nodes_take_many_inputs_but_no_duplicates():
    g, n = _refusal_graph()
    for src in ("a", "b", "s", "inp"):
        g.add_link(n[src], n["sum"])
        g.add_link(n[src], n["cat"])
    assert g.inputs_of(n["sum"]) == [n["a"], n["b"], n["s"], n["inp"]]
    with pytest.raises(GraphError):
        g.add_link(n["b"], n["cat"])


def test_clone_is_deep_and_silent():
    g, ids = _chain()
    rec = Recorder(g)
    other = g.clone()
    assert graph_to_dict(other) == graph_to_dict(g)
    other.set_param(ids["lin1"], "units", 9)
    other.rename(ids["act"], "renamed")
    other.remove_node(ids["sig"])
    assert g.nodes[ids["lin1"]].params["units"] == 4 and g.nodes[ids["act"]].name == "act"
    assert ids["sig"] in g.nodes and len(g.links) == 5
    assert rec.calls == []
    fresh = other.add_node("relu")
    assert fresh.id not in g.nodes and len(g.nodes) == 6
