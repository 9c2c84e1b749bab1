"""The inspector's words: chain-rule factors of an edge or a neuron as translated rich text."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.inspect import Backprop, EdgeFactors, NeuronFactors, NeuronNet, edge_factors, neuron_factors
from ...core.inspect.chain_rule import piece_label
from ...core.inspect.quantities import value
from ...core.train import Snapshot
from ..tr import fill
from .canvas import Target
from .labels_item import fmt

MAX_TERMS = 4
_SLOPES = {"sigmoid": "{a}(1 − {a})", "tanh": "1 − {a}²",
           "relu": QT_TRANSLATE_NOOP("NetworkView", "1 if {z} > 0 else 0"),
           "leaky_relu": QT_TRANSLATE_NOOP("NetworkView", "1 if {z} > 0 else slope"),
           "elu": QT_TRANSLATE_NOOP("NetworkView", "1 if {z} > 0 else {a} + α"), "identity": "1",
           "step": "0", "dropout": QT_TRANSLATE_NOOP("NetworkView", "mask / (1 − p)")}  # words translated


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkView", text)




def _n(v: float | None) -> str:
    return fmt(v, 5)


def slope_formula(activation: str, a: str, z: str) -> str:
    """f'(z) in the notes' words for the layer's activation chain, e.g. "o1(1 − o1)"."""
    if not activation:
        return "1"
    parts = [_tr(_SLOPES[kind]) if kind in _SLOPES else _tr("(a Jacobian, not one number)")
             for kind in activation.split("+")]
    return " · ".join(p.format(a=a, z=z) for p in parts)


def _sample_note(sample: int | None) -> str:
    if sample is None:
        return _tr("whole batch: values averaged, gradients summed")
    return fill(_tr("sample %1"), sample + 1)


def _delta_lines(bp: Backprop, z_label: str, a_label: str, activation: str) -> list[str]:
    d = f"δ{z_label[1:]}"
    lines = [fill("%1 = dE/d%2 = %3", d, z_label, _n(bp.delta))]
    if bp.is_output:
        return lines
    terms = sorted(bp.terms, key=lambda t: -abs(t.product))
    shown = terms[:MAX_TERMS]
    symbolic = " + ".join(f"{t.weight_label or '1'}·δ{t.delta_label[1:]}" for t in shown)
    numeric = " + ".join(f"{_n(t.weight)} × {_n(t.delta)}" for t in shown)
    if len(terms) > MAX_TERMS:
        more = fill(_tr(" + … (%1 more)"), len(terms) - MAX_TERMS)
        symbolic, numeric = symbolic + more, numeric + more
    slope = slope_formula(activation, a_label, z_label)
    lines.append(fill("%1 = (Σ<sub>k</sub> w<sub>k%2</sub> δ<sub>k</sub>) · f′(%3) = (%4) · %5",
                      d, z_label[1:], z_label, symbolic, slope))
    if bp.f_prime is not None:
        lines.append(fill("&nbsp;&nbsp;= (%1) × %2 = %3 × %2 = %4", numeric, _n(bp.f_prime), _n(bp.dL_da),
                          _n(bp.dL_da * bp.f_prime)))
    else:
        lines.append(fill(_tr("&nbsp;&nbsp;Σ = %1 (f′ is not one number here: see dE/dz above)"), _n(bp.dL_da)))
    return lines


def _loss_formula(f: EdgeFactors) -> str:
    """dE/do for the losses that the notes write out (E averages over N samples x K outputs)."""
    if f.o is None or f.t is None or not f.averaged_over:
        return ""
    o, t, n = f.target_label, f"t{f.j + 1}", f.averaged_over
    if f.loss == "mse":
        return fill("&nbsp;&nbsp;dE/d%1 = 2(%1 − %2) / %3 = 2 × (%4 − %5) / %3 = %6", o, t, n, _n(f.o), _n(f.t),
                    _n(2 * (f.o - f.t) / n))
    if f.loss == "bce" and 0 < f.o < 1:
        return fill("&nbsp;&nbsp;dE/d%1 = (%1 − %2) / (%1(1 − %1) · %3) = %4", o, t, n,
                    _n((f.o - f.t) / (f.o * (1 - f.o) * n)))
    return ""


def edge_html(f: EdgeFactors, activation: str) -> str:
    """Everything about one weight: w, a_i, delta_j, dE/dw = delta_j a_i and the chain rule."""
    w, d, z = f.label, f"δ{f.z_label[1:]}", f.z_label
    lines = [fill("<b>%1</b> — %2.weight[%3, %4]: %5 → %6 <i>(%7)</i>", w, html.escape(f.layer), f.j, f.i,
                  f.source_label, f.target_label, _sample_note(f.sample))]
    weight_line = fill("%1 = %2", w, _n(f.w))
    if f.w_after is not None:
        weight_line += fill(_tr(" → %1 after the update (Δ%2 = %3)"), _n(f.w_after), w, _n(f.update))
    lines.append(weight_line)
    if f.a_i is None:
        lines.append(_tr("Step the forward phase to see the values."))
        return "<br>".join(lines)
    lines.append(fill("%1 = %2 &nbsp;&nbsp; %3·%1 = %4", f.source_label, _n(f.a_i), w, _n(f.contribution)))
    if f.delta_j is None or f.backprop is None:
        lines.append(_tr("δ and dE/dw appear after the backward phase."))
        return "<br>".join(lines)
    if f.sample is None:
        lines.append(fill(_tr("dE/d%1 = Σ over the batch of %2 · %3 = %4"), w, d, f.source_label, _n(f.grad)))
        lines.append(_tr("Pick one sample to see the chain-rule factors."))
    else:
        lines.append(fill("dE/d%1 = %2 · %3 = %4 × %5 = <b>%6</b>", w, d, f.source_label, _n(f.delta_j),
                          _n(f.a_i), _n(f.grad)))
        if f.dE_do is not None:
            o = f.target_label
            lines.append(fill(_tr("Chain rule: dE/d%1 = dE/d%2 · d%2/d%3 · d%3/d%1"), w, o, z))
            do_dz = "–" if f.do_dz is None else _n(f.do_dz)
            product = None if f.do_dz is None else f.dE_do * f.do_dz * f.dz_dw
            lines.append(fill("&nbsp;&nbsp;= %1 × %2 × %3 = %4", _n(f.dE_do), do_dz, _n(f.dz_dw), _n(product)))
            lines.append(fill("&nbsp;&nbsp;d%1/d%2 = %3, &nbsp;d%2/d%4 = %5", o, z,
                              slope_formula(activation, o, z), w, f.source_label))
            loss_line = _loss_formula(f)
            if loss_line:
                lines.append(loss_line)
        else:
            lines += _delta_lines(f.backprop, z, f.target_label, activation)
    if f.grad_autograd is not None and f.regularization is not None:
        lines.append(fill(_tr("The optimizer's gradient %1 includes %2 from the L1/L2 penalty."),
                          _n(f.grad_autograd), _n(f.regularization)))
    return "<br>".join(lines)


def neuron_html(f: NeuronFactors) -> str:
    """z, a, delta, bias and bias gradient of a neuron."""
    head = fill("<b>%1</b> — %2, %3 <i>(%4)</i>", f.a_label, html.escape(f.layer),
                fill(_tr("neuron %1"), f.j + 1), _sample_note(f.sample))
    if f.z_label is None:
        return "<br>".join([head, fill("%1 = %2", f.a_label, _n(f.a))])
    lines = [head]
    activation = f.activation or _tr("no activation")
    lines.append(fill("%1 = %2 = %3", f.z_label, f.z_formula or "Σ w·a + b", _n(f.z)))
    lines.append(fill("%1 = f(%2) = %3 &nbsp;<i>(%4)</i>", f.a_label, f.z_label, _n(f.a), activation))
    if f.target is not None:
        lines.append(fill(_tr("target t%1 = %2"), f.j + 1, _n(f.target)))
    if f.backprop is not None:
        bp = f.backprop
        if bp.is_output and f.sample is not None:
            lines.append(fill("δ%1 = dE/d%2 · d%2/d%3 = %4 × %5 = %6", f.z_label[1:], f.a_label, f.z_label,
                              _n(bp.dE_do), _n(bp.f_prime), _n(bp.delta)))
        else:
            lines += _delta_lines(bp, f.z_label, f.a_label, f.activation)
    elif f.z is not None:
        lines.append(_tr("δ appears after the backward phase."))
    if f.bias is None:
        lines.append(_tr("This layer has no bias."))
    else:
        bias = fill(_tr("bias b = %1"), _n(f.bias))
        if f.bias_after is not None:
            bias += fill(_tr(" → %1 after the update"), _n(f.bias_after))
        lines.append(bias)
        if f.bias_grad is not None:
            lines.append(fill("dE/db = δ%1 = %2", f.z_label[1:], _n(f.bias_grad)))
    return "<br>".join(lines)


def path_html(source: str, target: str) -> str:
    return fill(_tr("An identity path (residual Add or Concat): %1 reaches %2 unchanged, and %2's δ "
                    "passes straight back."), source, target)


def maxout_path_html(net: NeuronNet, snapshot: Snapshot, conn, target: Target, sample: int | None) -> str:
    """A Maxout piece: which neuron it belongs to, its value, and whether it is the one taken."""
    source, column = net.columns[conn.source], net.columns[target.column]
    piece, neuron = piece_label(net, source, target.i), net.a_label(column, target.j)
    lines = [fill(_tr("%1 is piece %2 of %3 = max of %4 pieces: the largest piece passes forward, and only it "
                      "gets %3's δ back (the others get 0)."), piece, target.i % column.pieces + 1, neuron,
                  column.pieces)]
    values = value(snapshot, conn.source_value, sample) if snapshot is not None else None
    if values is not None and sample is not None:
        group = values[target.j * column.pieces:(target.j + 1) * column.pieces]
        won = int(np.argmax(group)) == target.i % column.pieces
        lines.append(fill(_tr("Sample %1: %2 = %3, %4."), sample + 1, piece, _n(values[target.i]),
                          _tr("the largest: it is taken") if won else _tr("not the largest: not taken")))
    return "<br>".join(lines)


def describe(net: NeuronNet, snapshot: Snapshot, target: Target, sample: int | None) -> str:
    """The inspector's rich text for an edge, an identity path, a neuron or a bias."""
    if target.kind == "edge":
        factors = edge_factors(net, snapshot, target.layer, target.j, target.i, sample)
        return edge_html(factors, net.columns[target.column].activation)
    if target.kind == "path":
        column = net.columns[target.column]
        if column.kind == "maxout":
            conn = next(c for c in net.connections if c.target == target.column)
            return maxout_path_html(net, snapshot, conn, target, sample)
        conn = next(c for c in net.connections if c.target == target.column and c.kind == "identity"
                    and c.offset <= target.j < c.offset + net.columns[c.source].width)
        return path_html(net.a_label(net.columns[conn.source], target.i), net.columns[target.column].head)
    return neuron_html(neuron_factors(net, snapshot, target.column, target.j, sample))
