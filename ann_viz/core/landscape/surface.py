"""The training objective at many points of weight space at once.

Every grid point is one copy of the network: parameters are stacked to [G, ...] and the graph is
walked once with batched matrix products (as the seed sweep trains many initialisations), so a
41x41 grid costs one forward pass of 1,681 copies, not 1,681 passes. Evaluation mode: dropout is
off and batch norm uses its running statistics (the gradient check's convention too). Float32 by
default: a picture needs no more, and it halves the time; tests ask for float64.

Speed (bench/bench_landscape.py): chunks of about a million values stay in the cache and in
memory the allocator reuses (fresh large tensors cost page faults); the shared input's layer is
one einsum, values are feature-major ([G, features, N]: see _node); activations whose input nobody
else reads work in place; in float32 tanh is 2 sigmoid(2z) - 1 (a third of tanh's time here,
within 1e-6); BCE is two matrix-vector products over log p and log(1 - p).
"""

from __future__ import annotations

from typing import Mapping

import numpy as np
import torch
import torch.nn.functional as F

from ..graph import Graph, check, infer_widths, topological_order
from ..torch_module.module import _ELEMENTWISE
from .planes import Plane

CHUNK_ELEMENTS = 1_000_000  # grid copies x samples x widest layer per chunk: 4-8 MB


def _tanh_(z: torch.Tensor) -> torch.Tensor:
    if z.dtype == torch.float32:
        return z.mul_(2).sigmoid_().mul_(2).sub_(1)
    return z.tanh_()  # float64 (the tests' exact numbers): torch's own


_IN_PLACE = {"sigmoid": torch.sigmoid_, "tanh": _tanh_, "relu": torch.relu_}


class LossSurface:
    """The objective of ``graph`` on data (``inputs``, ``targets`` in the loss's form)."""

    def __init__(self, graph: Graph, inputs: np.ndarray, targets: np.ndarray, *, l1: float = 0.0, l2: float = 0.0,
                 dtype: torch.dtype = torch.float32):
        check(graph)
        self.graph, self.dtype, self.l1, self.l2 = graph, dtype, l1, l2
        self.order = topological_order(graph)
        self.widths = infer_widths(graph)
        self.output_id = next(n for n in self.order if graph.nodes[n].kind == "output")
        self.loss = graph.nodes[self.output_id].params["loss"]
        self.x = torch.as_tensor(np.array(inputs), dtype=dtype)
        y = torch.as_tensor(np.array(targets))
        self.y = y.long() if self.loss == "ce" else y.to(dtype)
        self.x_t = self.x.T.contiguous()  # feature-major, as every value in evaluate()
        self.y_t = None if self.loss == "ce" else self.y.reshape(len(self.y), -1).T.contiguous()
        self.linear_weights = [graph.nodes[n].name + ".weight" for n in self.order if graph.nodes[n].kind == "linear"]

    # ----- grids ----------------------------------------------------------------------
    def on_plane(self, plane: Plane, alphas: np.ndarray, betas: np.ndarray | None = None) -> np.ndarray:
        """Objective at origin + a*d1 + b*d2: [len(betas), len(alphas)] (a line: [len(alphas)])."""
        alphas = np.asarray(alphas, dtype=np.float64)
        if plane.d2 is None or betas is None:
            a, b = alphas, np.zeros_like(alphas)
        else:
            b, a = (m.ravel() for m in np.meshgrid(np.asarray(betas, dtype=np.float64), alphas, indexing="ij"))
        values = self.at(plane, a, b)
        return values if plane.d2 is None or betas is None else values.reshape(len(betas), len(alphas))

    def at(self, plane: Plane, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Objective at the points (a[i], b[i]) of ``plane``: [len(a)]."""
        widest = max(self.widths.values())
        chunk = max(1, CHUNK_ELEMENTS // max(1, len(self.x) * widest))
        out = []
        for start in range(0, len(a), chunk):
            stacked = self._stack(plane, a[start:start + chunk], b[start:start + chunk])
            out.append(self.evaluate(stacked))
        return np.concatenate(out) if out else np.zeros(0)

    def _stack(self, plane: Plane, a: np.ndarray, b: np.ndarray) -> dict[str, torch.Tensor]:
        at = torch.as_tensor(a, dtype=self.dtype)
        bt = torch.as_tensor(b, dtype=self.dtype)
        stacked = {}
        for name, origin in plane.origin.items():
            o = torch.as_tensor(origin, dtype=self.dtype)
            shape = (-1,) + (1,) * o.dim()
            value = o + at.view(shape) * torch.as_tensor(plane.d1[name], dtype=self.dtype)
            if plane.d2 is not None:
                value = value + bt.view(shape) * torch.as_tensor(plane.d2[name], dtype=self.dtype)
            stacked[name] = value
        return stacked

    # ----- one batched forward ------------------------------------------------------------
    @torch.no_grad()
    def evaluate(self, params: Mapping[str, torch.Tensor]) -> np.ndarray:
        """Objective for stacked parameters {name: [G, ...]}: [G]."""
        graph, values, owned = self.graph, {}, {}
        for nid in self.order:
            node = graph.nodes[nid]
            inputs = graph.inputs_of(nid)
            src = [values[s] for s in inputs]
            # In place only on a tensor this evaluation made and that no other node reads.
            mine = len(inputs) == 1 and owned.get(inputs[0], False) and len(graph.outputs_of(inputs[0])) == 1
            values[nid] = self._node(node, src, params, mine)
            owned[nid] = mine if node.kind in ("dropout", "output", "identity") else node.kind != "input"
        loss = self._loss(values[self.output_id])
        weights = [params[n] for n in self.linear_weights]
        if self.l1:
            loss = loss + self.l1 * sum(w.abs().flatten(1).sum(1) for w in weights)
        if self.l2:
            loss = loss + self.l2 * sum((w * w).flatten(1).sum(1) for w in weights)
        return loss.cpu().numpy()

    def _node(self, node, src: list[torch.Tensor], params: Mapping[str, torch.Tensor],
              in_place: bool = False) -> torch.Tensor:
        """Values are feature-major, [G, features, N] ([features, N] for the shared input): the
        batched products then have N as their long side (7x faster than [G, N, features] here)."""
        kind, name = node.kind, node.name
        if kind == "input":
            return self.x_t  # [F, N]: broadcast against [G, ...] by the first Linear
        if kind == "linear":
            w, x = params[name + ".weight"], src[0]  # [G, out, in]; [in, N] (the input) or [G, in, N]
            if x.dim() == 2:
                z = torch.einsum("goi,in->gon", w, x)
            elif x.shape[0] == w.shape[0]:
                z = torch.bmm(w, x)
            else:
                z = torch.matmul(w, x)  # [1, in, N] (no Linear before): broadcast
            bias = params.get(name + ".bias")
            return z.add_(bias[:, :, None]) if bias is not None else z
        if in_place and kind in _IN_PLACE:
            return _IN_PLACE[kind](src[0])
        if kind == "batchnorm":
            eps = node.params["eps"]
            mean, var = params[name + ".running_mean"], params[name + ".running_var"]
            z = (src[0] - mean[:, :, None]) / torch.sqrt(var[:, :, None] + eps)
            return z * params[name + ".weight"][:, :, None] + params[name + ".bias"][:, :, None]
        if kind in ("dropout", "output"):
            return src[0]
        if kind == "add":
            total = src[0]
            for v in src[1:]:
                total = total + v
            return total
        if kind == "concat":
            g = max(v.shape[0] if v.dim() == 3 else 1 for v in src)
            return torch.cat([v.expand(g, *v.shape[-2:]) if v.dim() == 2 else v for v in src], dim=-2)
        if kind == "maxout":  # [G, units, N] -> [G, units / k, N]: consecutive groups of k, as maxout()
            return src[0].unflatten(-2, (-1, node.params["k"])).max(-2).values
        if kind == "softmax":
            return torch.softmax(src[0], dim=-2)
        return _ELEMENTWISE[kind](node.params)(src[0])

    def _loss(self, out: torch.Tensor) -> torch.Tensor:
        if out.dim() == 2:  # no Linear layer at all: the same output for every grid point
            out = out[None]
        g = out.shape[0]
        if self.loss == "ce":  # logits [G, C, N], classes [G, N]
            per = F.cross_entropy(out, self.y.expand(g, -1), reduction="none")
            return per.mean(1)
        y = self.y_t  # [k, N], as the outputs
        if self.loss == "bce":
            # -(t log p + (1 - t) log(1 - p)), each log floored at -100 as torch's BCE does
            p, t = out.flatten(1), y.flatten()
            log_p = torch.log(p).clamp_(min=-100)
            log_q = torch.log1p(-p).clamp_(min=-100)
            return -(log_p @ t + log_q @ (1 - t)) / t.numel()
        y = y.expand_as(out)
        per = {"mse": lambda: (out - y) ** 2,
               "bce_logits": lambda: F.binary_cross_entropy_with_logits(out, y, reduction="none")}[self.loss]()
        return per.flatten(1).mean(1)
