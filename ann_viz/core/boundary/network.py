"""A graph's forward pass over many points at once, from snapshot weights, neuron-major.

Views get weights as NumPy arrays (a :class:`~ann_viz.core.train.Snapshot`'s ``params``),
never the trainer's module. :class:`PlaneNetwork` replays the graph's ops on a
(features, points) block: ``W @ h + b[:, None]`` keeps every neuron's values a
contiguous row, so each neuron's heatmap is a free view (PERF.md: 4x faster than
transposing a batch-major result). NumPy on one BLAS thread, not torch: torch's
thread pool is the trainer's, and its float32 tanh is several times slower here.
Results can go into reused buffers (:class:`BufferPool`): fresh multi-megabyte arrays
cost more in page faults than the arithmetic itself.

Evaluation semantics: Dropout is the identity and BatchNorm uses running statistics,
or the training points' statistics when none are given (snapshots hold parameters,
not buffers).
"""

from __future__ import annotations

from typing import Mapping

import numpy as np

from ..graph import Graph, check, infer_widths, input_width, topological_order
from ..i18n import _t
from .blas import one_blas_thread

Arrays = Mapping[str, np.ndarray]
_PASS = ("dropout", "identity", "output")  # values go through unchanged (no copy)


class BufferPool:
    """Output arrays reused across forward passes, in ``sets`` alternating sets.

    With two sets, the arrays of the previous pass stay intact while the next one is
    computed; the pass before that is overwritten.
    """

    def __init__(self, sets: int = 2):
        self._sets: list[dict] = [{} for _ in range(sets)]
        self._turn = 0

    def next_set(self) -> dict:
        self._turn = (self._turn + 1) % len(self._sets)
        return self._sets[self._turn]


def _f32(array) -> np.ndarray:
    return np.asarray(array, dtype=np.float32)


class PlaneNetwork:
    """The forward pass of a valid ``graph`` on (features, points) blocks.

    Attributes
    ----------
    node_ids, node_names, kinds : list of str
        The graph's nodes in topological order (the trainer module's ``node_ids`` order).
    widths : list of int
        Each node's output width.
    sources, consumers : list of list of int
        For each node, the indices of the nodes feeding it and of those it feeds.
    output_index : int
        Index of the Output node; ``loss`` is its loss name.
    """

    def __init__(self, graph: Graph):
        check(graph)
        self.graph = graph.clone()
        self.node_ids: list[str] = topological_order(self.graph)
        index = {nid: i for i, nid in enumerate(self.node_ids)}
        nodes = [self.graph.nodes[n] for n in self.node_ids]
        widths = infer_widths(self.graph)
        self.node_names = [n.name for n in nodes]
        self.kinds = [n.kind for n in nodes]
        self.params = [dict(n.params) for n in nodes]
        self.widths = [int(widths[n]) for n in self.node_ids]
        self.sources = [[index[s] for s in self.graph.inputs_of(n)] for n in self.node_ids]
        self.consumers = [[index[t] for t in self.graph.outputs_of(n)] for n in self.node_ids]
        self.fan_in = [input_width(self.graph, n, widths) for n in self.node_ids]
        self.output_index = self.kinds.index("output")
        self.loss: str = self.params[self.output_index]["loss"]

    @property
    def n_inputs(self) -> int:
        return self.widths[0]

    def index_of(self, name: str) -> int:
        return self.node_names.index(name)

    def expected_params(self) -> dict[str, tuple[int, ...]]:
        """Parameter names ("linear1.weight") and the shapes the graph needs."""
        shapes: dict[str, tuple[int, ...]] = {}
        for i, kind in enumerate(self.kinds):
            name, width = self.node_names[i], self.widths[i]
            if kind == "linear":
                shapes[f"{name}.weight"] = (width, int(self.fan_in[i]))
                if self.params[i]["bias"]:
                    shapes[f"{name}.bias"] = (width,)
            elif kind == "batchnorm":
                shapes[f"{name}.weight"] = (width,)
                shapes[f"{name}.bias"] = (width,)
        return shapes

    @property
    def n_weights(self) -> int:
        """Multiply-adds per point of a forward pass (the Linear layers' weights)."""
        return sum(int(np.prod(shape)) for name, shape in self.expected_params().items() if name.endswith(".weight")
                   and self.kinds[self.node_names.index(name.rsplit(".", 1)[0])] == "linear")

    def mismatch(self, params: Arrays) -> str | None:
        """Why ``params`` do not fit this graph (the first problem), or None when they do."""
        for name, shape in self.expected_params().items():
            if name not in params:
                return _t("'{name}' is missing").format(name=name)
            if tuple(np.shape(params[name])) != shape:
                return _t("'{name}' has shape {shape}, the network needs {needed}").format(
                    name=name, shape=tuple(np.shape(params[name])), needed=shape)
        return None

    def batchnorm_names(self) -> list[str]:
        return [self.node_names[i] for i, k in enumerate(self.kinds) if k == "batchnorm"]

    def has_running_stats(self, params: Arrays, state: Arrays | None = None) -> bool:
        """True when every BatchNorm's running mean and variance are in ``params`` or ``state``."""
        found = {**(state or {}), **params}
        return all(f"{n}.running_mean" in found and f"{n}.running_var" in found for n in self.batchnorm_names())

    def forward(self, params: Arrays, x: np.ndarray, state: Arrays | None = None,
                n_stats: int | None = None, pool: BufferPool | None = None) -> list[np.ndarray]:
        """Every node's output for the points ``x`` (features, points), in node order.

        Parameters
        ----------
        params : mapping of str to array
            The weights by graph name ("linear1.weight", "linear1.bias", "bn1.weight").
        x : ndarray, shape (n_inputs, n_points)
            The points, neuron-major (one row per input feature).
        state : mapping, optional
            Buffers such as "bn1.running_mean"/"bn1.running_var" (``Trainer.state_arrays()``);
            entries in ``params`` win.
        n_stats : int, optional
            Where a BatchNorm has no running statistics, normalise with the mean and
            (biased) variance of the first ``n_stats`` points (the training data), or of
            all points when None.
        pool : BufferPool, optional
            Write into these reused arrays instead of new ones.

        Returns
        -------
        list of ndarray
            float32 arrays of shape (width, n_points), x itself first; each row is
            contiguous (one neuron's values over all points). Dropout, Identity and
            Output return their input array itself.
        """
        found = {**(state or {}), **params}
        buffers = pool.next_set() if pool is not None else {}
        values: list[np.ndarray] = [np.ascontiguousarray(x, dtype=np.float32)]
        with one_blas_thread(), np.errstate(over="ignore", invalid="ignore"):
            for i in range(1, len(self.kinds)):
                if self.kinds[i] in _PASS:
                    values.append(values[self.sources[i][0]])
                    continue
                shape = (self.widths[i], values[0].shape[1])
                out = buffers.get(i)
                if out is None or out.shape != shape:
                    out = buffers[i] = np.empty(shape, dtype=np.float32)
                values.append(self._op(i, values, found, n_stats, out))
        return values

    def _op(self, i: int, values: list[np.ndarray], found: Arrays, n_stats: int | None,
            out: np.ndarray) -> np.ndarray:
        kind, name, p = self.kinds[i], self.node_names[i], self.params[i]
        src = [values[s] for s in self.sources[i]]
        h = src[0]
        if kind == "linear":
            np.matmul(_f32(found[f"{name}.weight"]), h, out=out)
            if p["bias"]:
                out += _f32(found[f"{name}.bias"])[:, None]
        elif kind == "batchnorm":
            scale, shift = self._batchnorm(i, h, found, n_stats)
            np.multiply(h, scale[:, None], out=out)
            out += shift[:, None]
        elif kind == "add":
            np.add(src[0], src[1], out=out)
            for s in src[2:]:
                out += s
        elif kind == "concat":
            np.concatenate(src, axis=0, out=out)
        elif kind == "sigmoid":
            np.negative(h, out=out)
            np.exp(out, out=out)  # overflow to inf for very negative z: 1 / inf = 0, right
            out += 1.0
            np.reciprocal(out, out=out)
        elif kind == "tanh":
            np.tanh(h, out=out)
        elif kind == "relu":
            np.maximum(h, np.float32(0), out=out)
        elif kind == "leaky_relu":  # slope is in [0, 1]: max(z, slope * z)
            np.multiply(h, np.float32(p["slope"]), out=out)
            np.maximum(h, out, out=out)
        elif kind == "elu":  # max(z, 0) + alpha * (e^min(z, 0) - 1)
            np.minimum(h, np.float32(0), out=out)
            np.expm1(out, out=out)
            out *= np.float32(p["alpha"])
            out += np.maximum(h, np.float32(0))
        elif kind == "softmax":  # across the layer's features (axis 0)
            np.subtract(h, h.max(axis=0, keepdims=True), out=out)
            np.exp(out, out=out)
            out /= out.sum(axis=0, keepdims=True)
        elif kind == "maxout":  # rows j*k .. j*k+k-1 are neuron j's pieces
            np.max(h.reshape(self.widths[i], int(p["k"]), h.shape[1]), axis=1, out=out)
        elif kind == "step":  # Heaviside: 1 where z > 0, else 0
            np.sign(h, out=out)
            np.maximum(out, np.float32(0), out=out)
        else:
            raise ValueError(_t("No plane forward for layer kind '{kind}'.").format(kind=kind))
        return out

    def _batchnorm(self, i: int, h: np.ndarray, found: Arrays, n_stats: int | None):
        """Per-feature scale and shift: gamma / sqrt(var + eps) and beta - mean * scale."""
        name, eps = self.node_names[i], float(self.params[i]["eps"])
        if f"{name}.running_mean" in found and f"{name}.running_var" in found:
            mean = np.asarray(found[f"{name}.running_mean"], dtype=np.float64)
            var = np.asarray(found[f"{name}.running_var"], dtype=np.float64)
        else:
            sample = (h if n_stats is None else h[:, :n_stats]).astype(np.float64)
            mean, var = sample.mean(axis=1), sample.var(axis=1)  # biased, as a training batch
        scale = np.asarray(found[f"{name}.weight"], dtype=np.float64) / np.sqrt(var + eps)
        shift = np.asarray(found[f"{name}.bias"], dtype=np.float64) - mean * scale
        return scale.astype(np.float32), shift.astype(np.float32)
