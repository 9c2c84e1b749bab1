"""A Jupyter notebook (.ipynb) that trains the project again with PyTorch, NumPy and matplotlib only.

The cells are the standalone script's parts (:mod:`.script`: settings, ``Net``, the embedded
data, the app's training loop), then a training cell that leaves ``FINAL_LOSS`` (the app's last
training loss, to float rounding), a loss curve, and the decision boundary of a network with
two inputs (the curve of one with a single input). Written with nbformat, validated before saving.
"""

from __future__ import annotations

from ..errors import ExportError
from ..i18n import _t
from .network import network_plan
from .script import _LOOP, _UNPACK, _data_code, _net_code, _settings_code, _version, _weights_code
from .source import ExportSource

_IMPORTS = """\
import base64
import math

import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
"""

_TRAIN = """\
net = fresh_network()
history = train(net, log_every=default_log_every(SETTINGS["epochs"]))
FINAL_LOSS = history[-1][0]
print(f"final training loss after {len(history)} epochs: {FINAL_LOSS!r}")
report(net)
"""

_LOSS_CURVE = """\
epochs = np.arange(1, len(history) + 1)
train_loss = np.array([t for t, _ in history])
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(epochs, train_loss, label="train loss")
if VAL is not None:
    ax.plot(epochs, [v for _, v in history], label="validation loss")
if np.all(train_loss > 0):
    ax.set_yscale("log")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.legend()
plt.show()
"""

_BOUNDARY = """\
x, y = TRAIN
pad = 0.5
(x0, y0), (x1, y1) = (x.min(0).values - pad).tolist(), (x.max(0).values + pad).tolist()
gx, gy = np.meshgrid(np.linspace(x0, x1, 200), np.linspace(y0, y1, 200))
grid = torch.tensor(np.column_stack([gx.ravel(), gy.ravel()]), dtype=torch.float32)
net.eval()
with torch.no_grad():
    out = net(grid)
probs = torch.sigmoid(out) if LOSS == "bce_logits" else torch.softmax(out, 1) if LOSS == "ce" else out
fig, ax = plt.subplots(figsize=(4.5, 4.5))
if probs.shape[1] == 1:  # one output: its value, and the 0.5 line where the decision flips
    z = probs[:, 0].numpy().reshape(gx.shape)
    ax.contourf(gx, gy, z, levels=20, cmap="RdBu_r", alpha=0.6)
    if TASK != "regression":
        ax.contour(gx, gy, z, levels=[0.5], colors="k")
else:  # several classes: the one the network picks at each point
    ax.contourf(gx, gy, probs.argmax(1).numpy().reshape(gx.shape), alpha=0.4, cmap="tab10")
labels = y if y.dim() == 1 else (y[:, 0] if y.shape[1] == 1 else y.argmax(1))
ax.scatter(x[:, 0], x[:, 1], c=labels.numpy(), cmap="RdBu_r" if y.dim() > 1 and y.shape[1] == 1 else "tab10",
           edgecolors="k")
ax.set_title("decision boundary after training")
plt.show()
"""

_CURVE = """\
x, y = TRAIN
grid = torch.linspace(float(x.min()) - 0.5, float(x.max()) + 0.5, 400)[:, None]
net.eval()
with torch.no_grad():
    out = net(grid)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.scatter(x[:, 0], y[:, 0] if y.dim() > 1 else y, s=12, label="data")
ax.plot(grid[:, 0], out[:, 0], color="C1", label="network")
ax.legend()
plt.show()
"""


def _loop_without_main() -> str:
    """The script's functions, without its command-line ``main()``."""
    return _LOOP.split("\ndef main():")[0].strip("\n") + "\n"


def _markdown(source: ExportSource, plan) -> str:
    layers = ", ".join(f"{s.name} ({s.code()})" for s in plan.layers)
    return (f"# {source.title}\n\nA network exported by ann-viz {_version()}. It needs only PyTorch, NumPy and "
            "matplotlib. Run all cells: the network is built with the app's initial weights (the same seed), "
            "trained with the app's settings and training loop, and `FINAL_LOSS` is the app's last training "
            f"loss, to float rounding.\n\nLayers, in order: {layers}.")


def cells_of(source: ExportSource) -> list[tuple[str, str]]:
    """(kind, text) of each cell, kind "markdown" or "code"."""
    plan = network_plan(source.graph)
    data, note = _data_code(source)
    if source.train_x is None:
        raise ExportError(_t("A notebook trains the network again, so it needs the training data, which this "
                             "export does not have."))
    if note:
        raise ExportError(_t("A notebook trains the network again, so it needs the training data: {size} values "
                             "are too many to embed.").format(size=f"{source.train_x.size:,}"))
    if any(spec.kind == "step" for spec in plan.layers):
        raise ExportError(_t("A Step (Heaviside) layer has no useful gradient: a notebook cannot train this "
                             "network. Export it as a script or ONNX model instead."))
    cells = [("markdown", _markdown(source, plan)), ("code", _IMPORTS),
             ("markdown", "## Settings"), ("code", _settings_code(source, plan)),
             ("markdown", "## The network"), ("code", _net_code(plan)),
             ("markdown", "## The data, and the weights trained in the app"),
             ("code", _UNPACK.strip("\n") + "\n\n\n" + _weights_code(source.weights) + "\n" + data),
             ("markdown", "## The app's training loop"), ("code", _loop_without_main()),
             ("markdown", "## Train from the seed"), ("code", _TRAIN),
             ("markdown", "## Loss curve"), ("code", _LOSS_CURVE)]
    inputs = source.train_x.shape[1] if source.train_x is not None and source.train_x.ndim == 2 else 0
    if inputs == 2:
        cells += [("markdown", "## Decision boundary"), ("code", _BOUNDARY)]
    elif inputs == 1:
        cells += [("markdown", "## The learned curve"), ("code", _CURVE)]
    return cells


def render(source: ExportSource) -> bytes:
    import nbformat  # the export extra

    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    make = {"markdown": nbformat.v4.new_markdown_cell, "code": nbformat.v4.new_code_cell}
    notebook.cells = [make[kind](text.strip("\n")) for kind, text in cells_of(source)]
    nbformat.validate(notebook)
    return nbformat.writes(notebook).encode("utf-8")
