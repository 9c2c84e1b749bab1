"""What the neuron view draws, as plain arrays: positions, per-edge and per-neuron numbers.

Qt-free (NumPy only), so the drawing items stay thin and tests and the benchmark can
read exactly what is shown. Columns wider than ``MAX_WHOLE`` neurons are summarised:
at most ``SUMMARY_NEURONS`` of their neurons are drawn (fewer in a short view; the ones
with the strongest edges, kept stable from frame to frame) and a "+N" marker stands for
the rest; connections touching them draw only their ``SUMMARY_EDGES`` strongest edges.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from ...core.inspect import NeuronNet, choose_visible, edge_values, strongest
from ...core.inspect import quantities as q
from ...core.train import Snapshot

# The smallest magnitude that draws an edge at full width, per quantity: the scale is shared by the
# whole network and never below this, so weights of 1e-7 are drawn thin, not as the thickest edges.
SCALE_FLOORS = {"weight": 1.0, "contribution": 1.0, "gradient": 1e-3, "update": 1e-4}

MAX_WHOLE = 32
SUMMARY_NEURONS = 24
SUMMARY_EDGES = 160
RESELECT_S = 0.5  # how often a summarised column may change which neurons it shows


@dataclass
class Options:
    quantity: str = "weight"  # one of core.inspect.QUANTITIES
    sample: int | None = 0  # a row of the batch, or None: the whole batch
    per_layer_scale: bool = False


@dataclass
class Edges:
    """Drawn edges: connection index, target j, source i, end points, and the numbers on them."""

    conn: np.ndarray
    j: np.ndarray
    i: np.ndarray
    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    xm: np.ndarray  # the midpoint; a skip path (over other columns) bends there, between neurons
    ym: np.ndarray
    depth0: np.ndarray
    depth1: np.ndarray
    identity: np.ndarray  # bool: an identity path (residual, concat), not a weight
    value: np.ndarray  # the chosen quantity (NaN where not known yet)
    forward: np.ndarray  # what a forward pulse carries: w * a (identity: a)
    backward: np.ndarray  # what a backward pulse carries: dL/dw (identity: delta)
    scale: np.ndarray  # per edge: the magnitude that draws full width

    def __len__(self) -> int:
        return len(self.conn)


@dataclass
class Neurons:
    """Drawn neurons (one entry each) with their numbers (NaN where not known)."""

    column: np.ndarray
    j: np.ndarray
    x: np.ndarray
    y: np.ndarray
    z: np.ndarray
    a: np.ndarray
    a_scale: np.ndarray  # per neuron: its column's activation scale (fill saturates there)
    delta: np.ndarray
    delta_scale: float
    bias: np.ndarray  # NaN where the neuron has none
    target: np.ndarray


@dataclass
class Frame:
    edges: Edges
    neurons: Neurons
    markers: list[tuple[float, float, int]]  # (x, y, N): "+N" collapsed neurons of a column
    max_depth: int
    output_column: int
    spacing: list[float] = field(default_factory=list)


def _empty_edges() -> Edges:
    f, i = np.zeros(0), np.zeros(0, dtype=np.int64)
    return Edges(i, i, i, f, f, f, f, f, f, i, i, np.zeros(0, dtype=bool), f, f, f, f)


class FrameBuilder:
    """Turns (net, snapshot, options) into a :class:`Frame`; remembers which neurons are shown."""

    def __init__(self, net: NeuronNet):
        self.net = net
        self.max_depth = max(c.depth for c in net.columns)
        self.summary_neurons = SUMMARY_NEURONS
        self.visible: list[np.ndarray] = [np.arange(min(c.width, SUMMARY_NEURONS if c.width > MAX_WHOLE else c.width))
                                          for c in net.columns]
        self._chosen_at = -np.inf
        self._chosen_for: tuple | None = None

    def set_summary_neurons(self, count: int) -> bool:
        """How many neurons a summarised column shows (fewer in a short view); True if changed."""
        count = int(np.clip(count, 4, SUMMARY_NEURONS))
        if count == self.summary_neurons:
            return False
        self.summary_neurons = count
        for c, column in enumerate(self.net.columns):
            if self.summarised(c):
                self.visible[c] = self.visible[c][:count]
        self._chosen_for = None  # choose again on the next frame
        return True

    def summarised(self, column: int) -> bool:
        return self.net.columns[column].width > MAX_WHOLE

    # ----- layout ------------------------------------------------------------------------
    def _slots(self) -> tuple[list[np.ndarray], list[float | None], list[float]]:
        """y of each visible neuron per column, the "+N" marker's y, and the spacing."""
        counts = [len(v) + (1 if self.summarised(c) else 0) for c, v in enumerate(self.visible)]
        tallest = max(counts)
        ys, marker, spacings = [], [], []
        for c, n in enumerate(counts):
            spacing = float(np.clip(0.5 * tallest / n, 1.0, 3.0)) if n else 1.0
            y = ((n - 1) / 2 - np.arange(n)) * spacing
            ys.append(y[:len(self.visible[c])])
            marker.append(float(y[-1]) if self.summarised(c) else None)
            spacings.append(spacing)
        return ys, marker, spacings

    def _choose(self, snapshot: Snapshot | None, options: Options, now: float) -> None:
        key = (options.quantity, options.sample)
        wide = [c for c in range(len(self.net.columns)) if self.summarised(c)]
        if not wide or snapshot is None or (key == self._chosen_for and now - self._chosen_at < RESELECT_S):
            return
        self._chosen_at, self._chosen_for = now, key
        importance = {c: np.zeros(self.net.columns[c].width) for c in wide}
        for conn in self.net.weight_connections():
            if conn.source not in importance and conn.target not in importance:
                continue
            m = _importance_matrix(self.net, snapshot, conn, options)
            if m is None:
                continue
            if conn.target in importance:
                importance[conn.target] += m.sum(axis=1)
            if conn.source in importance:
                importance[conn.source] += m.sum(axis=0)
        for c in wide:
            a = q.value(snapshot, self.net.columns[c].a_name, options.sample)
            if a is not None:
                importance[c] = importance[c] * (np.abs(a) + 1e-3)  # a silent neuron carries little
            self.visible[c] = choose_visible(importance[c], self.summary_neurons, self.visible[c])

    # ----- the frame -----------------------------------------------------------------------
    def build(self, snapshot: Snapshot | None, options: Options, morph: float = 1.0,
              now: float | None = None) -> Frame:
        """The frame for ``snapshot`` (None: structure only). ``morph`` in [0, 1] moves the
        drawn weights from before the update (0) to after it (1)."""
        self._choose(snapshot, options, time.monotonic() if now is None else now)
        ys, marker_y, spacing = self._slots()
        slot_of = []
        for c, vis in enumerate(self.visible):
            lookup = np.full(self.net.columns[c].width, -1, dtype=np.int64)
            lookup[vis] = np.arange(len(vis))
            slot_of.append(lookup)
        parts = [self._connection_edges(conn, snapshot, options, morph, ys, slot_of, spacing)
                 for conn in self.net.connections]
        edges = _concat([p for p in parts if p is not None])
        _set_scales(edges, options.per_layer_scale, SCALE_FLOORS.get(options.quantity, 0.0))
        neurons = self._neurons(snapshot, options, ys)
        markers = [(float(col.depth), marker_y[c], col.width - len(self.visible[c]))
                   for c, col in enumerate(self.net.columns) if marker_y[c] is not None]
        output = next(c.index for c in self.net.columns if c.is_output)
        return Frame(edges, neurons, markers, self.max_depth, output, spacing)

    def _connection_edges(self, conn, snapshot, options, morph, ys, slot_of, spacing) -> Edges | None:
        src, dst = self.net.columns[conn.source], self.net.columns[conn.target]
        rows, cols = self.visible[conn.target], self.visible[conn.source]
        if conn.kind != "weights":  # an identity path, or a Maxout piece: piece i of neuron i // k
            i = cols
            j = i // dst.pieces if conn.kind == "maxout" else conn.offset + i
            keep = slot_of[conn.target][j] >= 0
            i, j = i[keep], j[keep]
            fwd = _or_nan(q.identity_values(snapshot, conn, self.net, False, options.sample) if snapshot else None, i)
            bwd = _or_nan(q.identity_values(snapshot, conn, self.net, True, options.sample) if snapshot else None, i)
            value = np.ones(len(i))
        else:
            summarised = self.summarised(conn.source) or self.summarised(conn.target)
            sub_r = rows if summarised else None
            sub_c = cols if summarised else None
            value = self._weight_values(snapshot, conn, options, morph, sub_r, sub_c)
            fwd_m = _values(self.net, snapshot, conn, "contribution", options.sample, sub_r, sub_c)
            bwd_m = _values(self.net, snapshot, conn, "gradient", options.sample, sub_r, sub_c)
            shape = (len(rows), len(cols))
            if summarised:
                ranking = value if value is not None else fwd_m
                if ranking is None:
                    rr, cc = np.unravel_index(np.arange(min(SUMMARY_EDGES, shape[0] * shape[1])), shape)
                else:
                    rr, cc = strongest(np.nan_to_num(ranking), SUMMARY_EDGES)
            else:
                rr, cc = np.unravel_index(np.arange(shape[0] * shape[1]), shape)
            j, i = rows[rr], cols[cc]
            value = _pick(value, rr, cc)
            fwd, bwd = _pick(fwd_m, rr, cc), _pick(bwd_m, rr, cc)
        n = len(j)
        if n == 0:
            return None
        y0, y1 = ys[conn.source][slot_of[conn.source][i]], ys[conn.target][slot_of[conn.target][j]]
        xm, ym = np.full(n, (src.depth + dst.depth) / 2), (y0 + y1) / 2
        if dst.depth - src.depth > 1:  # a skip path: bend it between the neurons it passes
            ym = np.maximum(y0, y1) + 0.5 * min(spacing)
        return Edges(np.full(n, conn.index), j, i, np.full(n, float(src.depth)), y0, np.full(n, float(dst.depth)),
                     y1, xm, ym, np.full(n, src.depth), np.full(n, dst.depth), np.full(n, conn.kind != "weights"),
                     value.astype(float), fwd.astype(float), bwd.astype(float), np.zeros(n))

    def _weight_values(self, snapshot, conn, options, morph, rows, cols) -> np.ndarray | None:
        if snapshot is None:
            return None
        if options.quantity == "weight" and morph < 1.0 and snapshot.updates:
            before = snapshot.params[f"{conn.layer}.weight"]
            step = snapshot.updates[f"{conn.layer}.weight"]
            w = before + morph * step
            if rows is not None:
                w = w[np.ix_(rows, cols)]
            return w
        return _values(self.net, snapshot, conn, options.quantity, options.sample, rows, cols)

    def _neurons(self, snapshot, options, ys) -> Neurons:
        cols, js, xs, yv, z, a, a_scale, delta, bias, target = ([] for _ in range(10))
        for c, col in enumerate(self.net.columns):
            vis = self.visible[c]
            n = len(vis)
            cols.append(np.full(n, c))
            js.append(vis)
            xs.append(np.full(n, float(col.depth)))
            yv.append(ys[c])
            s = snapshot
            zc = q.value(s, col.head, options.sample) if s and col.kind != "input" else None
            ac = q.value(s, col.a_name, options.sample) if s else None
            dc = q.grad(s, col.head, options.sample) if s and col.kind != "input" else None
            z.append(_or_nan(zc, vis))
            a.append(_or_nan(ac, vis))
            a_scale.append(np.full(n, max(1.0, float(np.abs(ac).max())) if ac is not None and ac.size else 1.0))
            delta.append(_or_nan(dc, vis))
            b = q.bias(s, col.head) if s and col.has_bias else None
            bias.append(_or_nan(b, vis))
            target.append(self._targets(s, col, options, vis))
        d = np.concatenate(delta)
        finite = np.abs(d[np.isfinite(d)])
        return Neurons(*(np.concatenate(v) for v in (cols, js, xs, yv, z, a, a_scale)),
                       np.concatenate(delta), float(finite.max()) if finite.size and finite.max() > 0 else 1.0,
                       np.concatenate(bias), np.concatenate(target))

    def _targets(self, snapshot, col, options, vis) -> np.ndarray:
        if snapshot is None or not col.is_output or snapshot.targets is None or self.net.loss == "ce":
            return np.full(len(vis), np.nan)
        t = snapshot.targets
        row = t[options.sample] if options.sample is not None else t.mean(axis=0)
        row = np.asarray(row, dtype=float).reshape(-1)
        return row[vis] if row.size == col.width else np.full(len(vis), np.nan)


def _importance_matrix(net, snapshot, conn, options) -> np.ndarray | None:
    quantity = "contribution" if options.quantity == "weight" else options.quantity
    m = _values(net, snapshot, conn, quantity, options.sample, None, None)
    if m is None:
        m = _values(net, snapshot, conn, "weight", options.sample, None, None)
    return None if m is None else np.abs(m)


def _values(net, snapshot, conn, quantity, sample, rows, cols) -> np.ndarray | None:
    if snapshot is None:
        return None
    return edge_values(net, snapshot, conn, quantity, sample, rows, cols)


def _pick(matrix: np.ndarray | None, rr: np.ndarray, cc: np.ndarray) -> np.ndarray:
    return np.full(len(rr), np.nan) if matrix is None else matrix[rr, cc]


def _or_nan(vector: np.ndarray | None, index: np.ndarray) -> np.ndarray:
    return np.full(len(index), np.nan) if vector is None else np.asarray(vector, dtype=float)[index]


def _concat(parts: list[Edges]) -> Edges:
    if not parts:
        return _empty_edges()
    return Edges(*(np.concatenate([getattr(p, f) for p in parts]) for f in Edges.__dataclass_fields__))


def _set_scales(edges: Edges, per_layer: bool, floor: float = 0.0) -> None:
    """Full width at the largest drawn magnitude of all weight edges, but never below ``floor`` (so
    tiny weights look tiny); or, when asked, at each connection's own largest."""
    mag = np.where(np.isfinite(edges.value) & ~edges.identity, np.abs(edges.value), 0.0)
    if not per_layer:
        top = max(float(mag.max()) if mag.size else 0.0, floor)
        edges.scale[:] = top if top > 0 else 1.0
        return
    for c in np.unique(edges.conn):
        mask = edges.conn == c
        top = mag[mask].max()
        edges.scale[mask] = top if top > 0 else 1.0
