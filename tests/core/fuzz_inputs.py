"""Hypothesis strategies for hostile input: broken projects, data files, weight files, graphs.

Shared by ``test_hostile_fuzz.py``. Each strategy draws something a careless user or an
attacker could hand the app: a project with one field replaced by a wrong JSON value,
a table of numbers with Unicode digits and stray separators, an IDX header that lies,
a weight file with odd tensors, a graph wired at random.
"""

from __future__ import annotations

import copy
import gzip
import io
import struct

import torch
from hypothesis import strategies as st

from ann_viz.core.errors import GraphError
from ann_viz.core.graph import Graph
from ann_viz.core.graph.kinds import KINDS
from ann_viz.core.presets import get_preset
from ann_viz.core.project import project_to_dict

BASE_PROJECTS = [project_to_dict(get_preset(name).project()) for name in ("xor-2-2-1", "residual")]

# JSON values that are wrong somewhere: wrong types, edge numbers, odd text.
_NUMBERS = st.sampled_from([0, 1, -1, 2, 2.5, -0.0, 1e308, -1e308, 2**63, 2**64, -(2**63) - 1, 10**30,
                            float("inf"), float("-inf"), float("nan"), 1e-320, 100_000, 10**9])
_TEXTS = st.sampled_from(["", "auto", "cpu", "cuda", "cuda:99", "cuda:-1", "\ud800", "٣", "１", "1_000",
                          "xor", "file", "mnist", "inline", "adam", "../../etc/passwd", "a\0b", "nan",
                          "x" * 300, "linear1", "ce", "explicit"])
_LEAVES = st.one_of(st.none(), st.booleans(), _NUMBERS, st.integers(-10, 10), _TEXTS,
                    st.floats(allow_nan=True, allow_infinity=True))
HOSTILE_JSON = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["kind", "n", "x", "y", "a"]), inner, max_size=3)),
    max_leaves=6)


def _paths(value, prefix=()):
    """Every (path) into a JSON tree, leaves and containers alike."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value[:4]):  # a few list items are enough
            yield from _paths(item, prefix + (index,))


@st.composite
def broken_project_dicts(draw):
    """A preset's project with 1-3 places replaced, deleted or given an unknown key."""
    data = copy.deepcopy(draw(st.sampled_from(BASE_PROJECTS)))
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(list(_paths(data))[1:]))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "delete", "extra"]))
        if action == "replace":
            parent[path[-1]] = draw(HOSTILE_JSON)
        elif action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "delete":
            parent.pop(path[-1])
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["zzz", "kind", "weights", "schema"]))] = draw(HOSTILE_JSON)
    return data


@st.composite
def broken_project_texts(draw):
    """Project JSON text that is truncated, spliced or deeply nested."""
    import json
    text = json.dumps(draw(st.sampled_from(BASE_PROJECTS)))
    how = draw(st.sampled_from(["truncate", "splice", "nest", "bignum", "garbage"]))
    if how == "truncate":
        return text[:draw(st.integers(0, len(text)))]
    if how == "splice":
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from(["Infinity", "NaN", "\\ud800", "]", "{", '"', ",", "\x00"])) + text[at:]
    if how == "nest":
        depth = draw(st.integers(50, 3000))
        return text.replace('"data": {', '"data": ' + "[" * depth + "]" * depth + ', "_": {', 1)
    if how == "bignum":
        return text.replace('"epochs": ', '"epochs": ' + "9" * draw(st.integers(300, 6000)) + ", \"_\": ", 1)
    return draw(st.text(max_size=200))


_CLEAN = st.sampled_from(["0", "1", "-1", "2.5", "3", "0.5", "1e-3", "+2", "10"])
_HOSTILE = st.sampled_from(["1e39", "nan", "inf", "-Infinity", "٣", "１", "1_000", "", "0x10", "abc", "1e-50",
                            "#", "1,5", "\u00a0", "1e999999", "-0", "."])
_CELLS = st.one_of(*[_CLEAN] * 12, _HOSTILE)
_SEPARATORS = st.sampled_from([" ", " ", "\t", ",", ",", ";", "  ", "\u2028", "\u3000", "\x0c", "\x1c"])
_LINE_ENDS = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\u2028", "\x85", "\n\n"])


@st.composite
def text_tables(draw) -> bytes:
    """A table of mostly numbers with hostile cells, separators and line ends, as bytes."""
    rows, width = [], draw(st.sampled_from([2, 2, 3, 3, 4, 1]))
    separator, line_end = draw(_SEPARATORS), draw(_LINE_ENDS)
    for _ in range(draw(st.integers(0, 8))):
        ragged = draw(st.integers(0, 9)) == 0
        cells = draw(st.lists(_CELLS, min_size=width, max_size=width) if not ragged else
                     st.lists(_CELLS, min_size=1, max_size=5))
        sep = separator if draw(st.integers(0, 9)) else draw(_SEPARATORS)
        rows.append(sep.join(cells) + (line_end if draw(st.integers(0, 9)) else draw(_LINE_ENDS)))
    text = "".join(rows)
    raw = text.encode("utf-8", "surrogatepass")
    tail = draw(st.sampled_from([b""] * 6 + [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe9"]))
    return draw(st.sampled_from([raw + tail, tail + raw]))


@st.composite
def clean_tables(draw) -> bytes:
    """A well-formed table (the control group: these must load)."""
    width, rows = draw(st.integers(2, 4)), draw(st.integers(2, 8))
    sep, end = draw(st.sampled_from([" ", "\t", ", "])), draw(st.sampled_from(["\n", "\r\n"]))
    label = draw(st.sampled_from([["0", "1"], ["0", "1", "2"], ["0.5", "1.5", "-2"]]))
    lines = [sep.join(draw(st.lists(_CLEAN, min_size=width - 1, max_size=width - 1)) + [label[i % len(label)]])
             for i in range(rows)]
    return ("# comment" + end + end.join(lines) + end).encode("utf-8")


TABLE_OPTIONS = st.fixed_dictionaries({  # mostly the defaults, so that some tables load
    "label_column": st.one_of(st.just(-1), st.just(-1), st.integers(-5, 5), st.sampled_from([True, 1.0, "last"])),
    "delimiter": st.sampled_from([None] * 6 + [",", ";", " ", "", "\u2028", 5]),
    "task": st.sampled_from([None] * 6 + ["binary", "multiclass", "regression", "ranking"]),
})


@st.composite
def idx_files(draw) -> bytes:
    """IDX bytes whose header may lie about type, dimensions or size; maybe gzipped."""
    type_byte = draw(st.sampled_from([0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E, 0x00, 0xFF]))
    ndim = draw(st.sampled_from([0, 1, 2, 3, 4, 17, 255]))
    dims = [draw(st.sampled_from([0, 1, 2, 3, 28, 2**31, 2**32 - 1])) for _ in range(min(ndim, 20))]
    head = bytes([0, 0, type_byte, ndim]) + struct.pack(f">{len(dims)}I", *dims)
    body = draw(st.binary(max_size=64))
    data = draw(st.sampled_from([head + body, head[:draw(st.integers(0, len(head)))], body]))
    return gzip.compress(data) if draw(st.booleans()) else data


_DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.bool, torch.complex64]


@st.composite
def weight_payloads(draw):
    """A state_dict-like object for torch.save: odd names, dtypes, layouts, values and nesting."""
    out = {}
    for _ in range(draw(st.integers(0, 4))):
        name = draw(st.sampled_from(["linear1.weight", "linear1.bias", "linear2.weight", "layers.linear1.weight",
                                     "x", "", "bn.num_batches_tracked"]))
        shape = tuple(draw(st.lists(st.integers(0, 3), max_size=3)))
        tensor = torch.zeros(shape, dtype=draw(st.sampled_from(_DTYPES)))
        how = draw(st.sampled_from(["plain", "plain", "nan", "sparse", "meta", "expand", "other"]))
        if how == "nan" and tensor.dtype.is_floating_point and tensor.numel():
            tensor.view(-1)[0] = float("nan")
        elif how == "sparse" and tensor.dim() == 2:
            tensor = tensor.to_sparse()
        elif how == "meta":
            tensor = torch.empty(shape, device="meta")
        elif how == "expand":
            tensor = torch.zeros(1).expand(draw(st.sampled_from([4, 300, 100_000])), 2)
        elif how == "other":
            tensor = draw(st.sampled_from([1, "text", [1.0, 2.0], None, {"a": torch.zeros(1)}]))
        out[name] = tensor
    return draw(st.sampled_from([out, {"state_dict": out}, list(out.values()), 5]))


def saved_bytes(payload) -> bytes:
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    return buffer.getvalue()


_GRAPH_KINDS = sorted(KINDS)


_CHAIN_KINDS = ["linear", "linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softmax", "identity",
                "dropout", "batchnorm", "step", "maxout"]


@st.composite
def random_graphs(draw) -> Graph:
    """A chain Input -> drawn layers -> Output (often trainable), then maybe extra nodes of any
    kind and random links: cycles, bad widths and dangling ports included."""
    graph = Graph()
    ids = [graph.add_node("input", params={"features": draw(st.sampled_from([2, 2, 2, 1, 64]))}).id]
    for kind in draw(st.lists(st.sampled_from(_CHAIN_KINDS), max_size=5)) + ["linear"]:
        ids.append(graph.add_node(kind, params=_params(draw, kind)).id)
        graph.add_link(ids[-2], ids[-1])
    if draw(st.booleans()):
        ids.append(graph.add_node("sigmoid").id)
        graph.add_link(ids[-2], ids[-1])
    ids.append(graph.add_node("output", params=_params(draw, "output")).id)
    graph.add_link(ids[-2], ids[-1])
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(_GRAPH_KINDS))
        try:
            ids.append(graph.add_node(kind, params=_params(draw, kind)).id)
        except GraphError:  # a second Input or Output may be refused: the model said why
            continue
    for _ in range(draw(st.integers(0, 3))):
        try:
            graph.add_link(draw(st.sampled_from(ids)), draw(st.sampled_from(ids)))
        except GraphError:
            continue
    return graph


def _params(draw, kind: str) -> dict:
    params = {}
    for spec in KINDS[kind].params:
        if draw(st.booleans()):
            continue
        if spec.type == "int":
            params[spec.name] = draw(st.sampled_from([v for v in (1, 1, 2, 3, 10)  # within range (Maxout's k: 2..8)
                                                      if spec.minimum <= v <= spec.maximum]))
        elif spec.type == "choice":
            params[spec.name] = draw(st.sampled_from([c for c in spec.choices if c != "explicit"]))
        elif spec.type == "float":
            params[spec.name] = draw(st.floats(spec.minimum or 0.0, min(spec.maximum or 1.0, 2.0)))
        elif spec.type == "bool":
            params[spec.name] = draw(st.booleans())
    return params
