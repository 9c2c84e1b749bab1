"""Shape inference and validation: every problem names the node at fault."""

from __future__ import annotations

import pytest

from ann_viz.core.errors import GraphError
from ann_viz.core.graph import (
    Graph,
    check,
    errors,
    infer_widths,
    input_width,
    topological_order,
    validate,
)


def build(spec: list[tuple], links: list[tuple[str, str]]) -> tuple[Graph, dict[str, str]]:
    """Nodes as (kind, name, params); links by name. Returns the graph and name -> id."""
    g = Graph()
    ids = {name: g.add_node(kind, name, params).id for kind, name, params in spec}
    for a, b in links:
        g.add_link(ids[a], ids[b])
    return g, ids


def valid_chain(loss: str = "bce", last: str = "sigmoid") -> tuple[Graph, dict[str, str]]:
    return build([("input", "inp", {"features": 3}), ("linear", "h", {"units": 5}), ("tanh", "t", {}),
                  ("linear", "o", {"units": 1}), (last, "act", {}), ("output", "out", {"loss": loss})],
                 [("inp", "h"), ("h", "t"), ("t", "o"), ("o", "act"), ("act", "out")])


# ----- shape inference ---------------------------------------------------------------------------
def test_widths_of_a_chain_linear_units_and_elementwise():
    g, ids = valid_chain()
    w = infer_widths(g)
    assert w == {ids["inp"]: 3, ids["h"]: 5, ids["t"]: 5, ids["o"]: 1, ids["act"]: 1, ids["out"]: 1}
    assert input_width(g, ids["h"], w) == 3 and input_width(g, ids["o"], w) == 5
    assert input_width(g, ids["inp"], w) is None


def test_widths_concat_sums_add_keeps_elementwise_follows():
    g, ids = build(
        [("input", "inp", {"features": 2}), ("linear", "a", {"units": 3}), ("linear", "b", {"units": 4}),
         ("linear", "c", {"units": 3}), ("concat", "cat", {}), ("elu", "e", {}), ("dropout", "d", {}),
         ("batchnorm", "bn", {}), ("add", "sum", {}), ("leaky_relu", "lr", {}), ("softmax", "sm", {}),
         ("concat", "cat3", {}), ("linear", "head", {"units": 2}), ("output", "out", {"loss": "mse"})],
        [("inp", "a"), ("inp", "b"), ("inp", "c"), ("a", "cat"), ("b", "cat"), ("cat", "e"), ("e", "d"),
         ("d", "bn"), ("a", "sum"), ("c", "sum"), ("sum", "lr"), ("lr", "sm"), ("sm", "cat3"),
         ("bn", "cat3"), ("inp", "cat3"), ("cat3", "head"), ("head", "out")])
    w = infer_widths(g)
    assert w[ids["cat"]] == 7
    assert w[ids["e"]] == w[ids["d"]] == w[ids["bn"]] == 7
    assert w[ids["sum"]] == 3 and w[ids["lr"]] == w[ids["sm"]] == 3
    assert w[ids["cat3"]] == 3 + 7 + 2
    assert input_width(g, ids["cat3"], w) == 12 and input_width(g, ids["sum"], w) == 3
    assert input_width(g, ids["head"], w) == 12
    assert w[ids["head"]] == w[ids["out"]] == 2
    assert validate(g) == []
    check(g)  # quiet


def test_widths_unknown_where_inputs_are_missing_or_unequal():
    g, ids = build(
        [("input", "inp", {"features": 2}), ("linear", "a", {"units": 3}), ("linear", "b", {"units": 4}),
         ("add", "sum", {}), ("relu", "r", {}), ("sigmoid", "lonely", {}), ("linear", "free", {"units": 6}),
         ("concat", "cat", {})],
        [("inp", "a"), ("inp", "b"), ("a", "sum"), ("b", "sum"), ("sum", "r"), ("r", "cat"),
         ("a", "cat")])
    w = infer_widths(g)
    assert w[ids["sum"]] is None and w[ids["r"]] is None and w[ids["cat"]] is None
    assert w[ids["lonely"]] is None  # an element-wise node without input
    assert w[ids["free"]] == 6  # a Linear's width is its units, input or not
    assert input_width(g, ids["sum"], w) is None


def test_widths_all_unknown_with_a_cycle():
    g, ids = build([("input", "inp", {}), ("linear", "a", {}), ("linear", "b", {})], [("a", "b"), ("b", "a")])
    assert infer_widths(g) == {nid: None for nid in g.nodes}
    with pytest.raises(GraphError) as info:
        topological_order(g)
    assert info.value.node_id in (ids["a"], ids["b"])


def test_topological_order_puts_inputs_first_and_keeps_ties_in_insertion_order():
    g, ids = build([("output", "out", {"loss": "mse"}), ("linear", "b", {}), ("linear", "a", {}),
                    ("input", "inp", {}), ("concat", "cat", {})],
                   [("inp", "a"), ("inp", "b"), ("a", "cat"), ("b", "cat"), ("cat", "out")])
    order = topological_order(g)
    assert order[0] == ids["inp"] and order[-1] == ids["out"]
    assert order == [ids["inp"], ids["a"], ids["b"], ids["cat"], ids["out"]]


# ----- problems -------------------------------------------------------------------------------------
def _cycle():
    g, ids = valid_chain()
    for name in ("p", "q"):
        ids[name] = g.add_node("linear", name).id
    g.add_link(ids["p"], ids["q"])
    g.add_link(ids["q"], ids["p"])
    return g, {ids["p"], ids["q"]}, ["cycle", "p -> q", "q -> p"], None, 1


def _dangling():
    g, ids = valid_chain()
    g.remove_link(g.find_link(ids["t"], ids["o"]).id)
    cat = g.add_node("concat", "cat").id
    dang = g.add_node("tanh", "dang").id
    g.add_link(ids["t"], cat)
    g.add_link(dang, cat)
    g.add_link(cat, ids["o"])
    return g, {dang}, ["'dang'", "nothing connected"], "in", 1


def _unconnected_output():
    g, ids = valid_chain()
    extra = g.add_node("linear", "extra", {"units": 2}).id
    g.add_link(ids["t"], extra)
    return g, {extra}, ["'extra'", "not connected"], "out", 1


def _add_too_few():
    g, ids = valid_chain()
    g.remove_link(g.find_link(ids["t"], ids["o"]).id)
    s = g.add_node("add", "s").id
    g.add_link(ids["t"], s)
    g.add_link(s, ids["o"])
    return g, {s}, ["'s'", "at least 2", "it has 1"], "in", 1


def _width_mismatch():
    g, ids = build(
        [("input", "inp", {"features": 2}), ("linear", "wide", {"units": 3}), ("linear", "wider", {"units": 4}),
         ("add", "sum", {}), ("linear", "o", {"units": 1}), ("sigmoid", "act", {}),
         ("output", "out", {"loss": "bce"})],
        [("inp", "wide"), ("inp", "wider"), ("wide", "sum"), ("wider", "sum"), ("sum", "o"), ("o", "act"),
         ("act", "out")])
    return g, {ids["sum"]}, ["'sum'", "unequal", "wide=3", "wider=4"], "in", 1


def _no_input():
    g, ids = valid_chain()
    g.remove_node(ids["inp"])
    return g, {None}, ["needs an Input"], None, 2  # and 'h' has nothing at its input


def _no_output():
    g, ids = valid_chain()
    g.remove_node(ids["out"])
    return g, {None}, ["needs an Output"], None, 2  # and the output of 'act' goes nowhere


def _two_inputs():
    g, ids = valid_chain()
    second = g.add_node("input", "inp2").id
    p = g.add_node("linear", "p", {"units": 5}).id
    s = g.add_node("add", "s").id
    g.remove_link(g.find_link(ids["t"], ids["o"]).id)
    g.add_link(ids["t"], s)
    g.add_link(second, p)
    g.add_link(p, s)
    g.add_link(s, ids["o"])
    return g, {second}, ["Only one Input", "'inp2'"], None, 1


def _bce_without_sigmoid():
    g, ids = valid_chain(loss="bce", last="tanh")
    return g, {ids["out"]}, ["BCE", "Sigmoid", "'out'"], "in", 1


def _explicit_wrong_shape():
    g, ids = valid_chain()
    g.set_param(ids["h"], "init", "explicit")
    g.set_param(ids["h"], "weight", [[1.0, 2.0]] * 5)  # 5x2, but the input is 3 wide
    return g, {ids["h"]}, ["'h'", "5x2", "5x3"], None, 1


def _explicit_wrong_bias():
    g, ids = valid_chain()
    g.set_param(ids["o"], "init", "explicit")
    g.set_param(ids["o"], "weight", [[0.5] * 5])
    g.set_param(ids["o"], "bias_values", [0.0, 1.0])
    return g, {ids["o"]}, ["'o'", "2 explicit biases", "needs 1"], None, 1


def _explicit_missing():
    g, ids = valid_chain()
    g.set_param(ids["o"], "init", "explicit")
    return g, {ids["o"]}, ["'o'", "none are set"], None, 1


CASES = {
    "cycle": _cycle, "dangling_input": _dangling, "unconnected_output": _unconnected_output,
    "add_too_few_inputs": _add_too_few, "width_mismatch": _width_mismatch, "missing_input": _no_input,
    "missing_output": _no_output, "two_inputs": _two_inputs, "bce_without_sigmoid": _bce_without_sigmoid,
    "explicit_wrong_shape": _explicit_wrong_shape, "explicit_wrong_bias": _explicit_wrong_bias,
    "explicit_missing": _explicit_missing,
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_problem_is_reported_naming_its_node(case):
    g, at_fault, words, port, n_problems = CASES[case]()
    problems = validate(g)
    assert len(problems) == n_problems, [p.message for p in problems]
    problem = problems[0]  # the one this case was built for comes first
    assert problem.severity == "error"
    assert problem.node_id in at_fault
    for word in words:
        assert word in problem.message, (word, problem.message)
    assert problem.port == port
    assert errors(g) == problems
    with pytest.raises(GraphError) as info:
        check(g)
    assert info.value.node_id == problem.node_id
    assert str(info.value) == problem.message
    assert info.value.port == port


def test_valid_graphs_have_no_problems():
    for loss, last in (("bce", "sigmoid"), ("mse", "tanh"), ("bce_logits", "identity"), ("mse", "softmax")):
        g, _ = valid_chain(loss, last)
        assert validate(g) == [] and errors(g) == []
        assert check(g) is None


def test_explicit_weights_of_the_right_shape_pass():
    g, ids = valid_chain()
    g.set_param(ids["h"], "init", "explicit")
    g.set_param(ids["h"], "weight", [[0.1, 0.2, 0.3]] * 5)
    g.set_param(ids["h"], "bias_values", [0.0] * 5)
    assert validate(g) == []
    g.set_param(ids["h"], "bias", False)
    g.set_param(ids["h"], "bias_values", [0.0] * 2)  # ignored without a bias
    assert validate(g) == []


def test_ce_after_softmax_is_only_a_warning_after_the_errors():
    g, ids = valid_chain(loss="ce", last="softmax")
    problems = validate(g)
    assert [p.severity for p in problems] == ["warning"]
    assert problems[0].node_id == ids["out"] and "twice" in problems[0].message
    assert errors(g) == []
    check(g)
    extra = g.add_node("relu", "dangling").id  # no input, no output: two errors
    problems = validate(g)
    assert [p.severity for p in problems] == ["error", "error", "warning"]
    assert {p.node_id for p in problems[:2]} == {extra}
    with pytest.raises(GraphError) as info:
        check(g)
    assert info.value.node_id == extra


def test_several_problems_each_name_their_node():
    g, ids = valid_chain()
    a = g.add_node("linear", "a", {"units": 3}).id  # no input, no output
    b = g.add_node("input", "b").id  # a second Input, its output unconnected
    problems = validate(g)
    by_node: dict = {}
    for p in problems:
        by_node.setdefault(p.node_id, []).append(p)
    assert set(by_node) == {a, b}
    assert {p.port for p in by_node[a]} == {"in", "out"}
    assert any("Only one Input" in p.message for p in by_node[b])
    assert any(p.port == "out" for p in by_node[b])
    # check() reports the graph-wide problem (two Inputs) before the per-node ones.
    with pytest.raises(GraphError) as info:
        check(g)
    assert info.value.node_id == b and "Only one Input" in str(info.value)


def test_cycle_through_the_main_path_names_a_node_on_it():
    g, ids = build(
        [("input", "inp", {"features": 2}), ("add", "s", {}), ("linear", "h", {"units": 2}), ("tanh", "t", {}),
         ("linear", "o", {"units": 1}), ("sigmoid", "act", {}), ("output", "out", {"loss": "bce"})],
        [("inp", "s"), ("s", "h"), ("h", "t"), ("t", "s"), ("t", "o"), ("o", "act"), ("act", "out")])
    problems = validate(g)
    assert len(problems) == 1 and "cycle" in problems[0].message
    on_cycle = {ids["s"], ids["h"], ids["t"]}
    assert problems[0].node_id in on_cycle
    with pytest.raises(GraphError) as info:
        check(g)
    assert info.value.node_id in on_cycle
    assert "s -> h -> t -> s" in str(info.value)
