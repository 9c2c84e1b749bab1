"""A standalone Python script that needs only PyTorch: the network, its weights, and its training.

The script defines ``Net``, an ``nn.Module`` with the graph's layer names in the app's
order; ``Net()`` after ``torch.manual_seed(SEED)`` holds the very initial weights the
app starts from. The trained weights and the training split are embedded (literal lists
for small tensors, base64 float32 for large ones), and ``train()`` repeats the app's
training loop (optimizer, batches, L1/L2, validation loss, early stopping), so
``python net.py --train`` prints the app's losses.
"""

from __future__ import annotations

import base64
import math
import textwrap
from typing import Mapping

import numpy as np

from .network import NetworkPlan, network_plan
from .source import ExportSource

LITERAL_LIMIT = 2000  # tensors up to this many values are written as readable lists
DATA_LIMIT = 2_000_000  # training data beyond this many values is not embedded (the script says so)
_RESERVED_LOCALS = {"self"}

def _version() -> str:
    from ... import __version__

    return __version__


# ----- numbers as source text ---------------------------------------------------------------
def _number(value, integer: bool) -> str:
    if integer:
        return str(int(value))
    short = str(np.float32(value))  # shortest text that reads back as the same float32
    if np.float32(float(short)) == np.float32(value) and short not in ("nan", "inf", "-inf"):
        return short
    return repr(float(value))


def _literal(array: np.ndarray, indent: int) -> str:
    integer = array.dtype.kind in "iu"
    if array.ndim == 0:
        return _number(array, integer)
    if array.ndim == 1:
        text = "[" + ", ".join(_number(v, integer) for v in array) + "]"
        return textwrap.fill(text, 100, subsequent_indent=" " * (indent + 1), break_long_words=False)
    pad = " " * (indent + 4)
    rows = [pad + _literal(row, indent + 4) for row in array]
    return "[\n" + ",\n".join(rows) + ",\n" + " " * indent + "]"


def _tensor_code(array: np.ndarray, indent: int) -> str:
    """Source text that makes ``array`` as a torch tensor, exactly (float32 or int64)."""
    array = np.asarray(array)
    dtype = "torch.int64" if array.dtype.kind in "iu" else "torch.float32"
    array = array.astype(np.int64 if dtype == "torch.int64" else np.float32)
    if array.size <= LITERAL_LIMIT:
        return f"torch.tensor({_literal(array, indent)}, dtype={dtype})"
    raw = base64.b64encode(np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()).decode()
    lines = textwrap.wrap(raw, 96, break_on_hyphens=False)
    body = "\n".join(" " * (indent + 4) + f'"{line}"' for line in lines)
    return f"_unpack(\n{body},\n{' ' * (indent + 4)}{tuple(array.shape)!r}, {dtype})"


# ----- the network ----------------------------------------------------------------------------
def _local(name: str) -> str:
    return name + "_" if name in _RESERVED_LOCALS else name


def _init_code(spec) -> list[str]:
    """Lines that give a Linear layer the app's initial values (ann_viz/core/build/init.py); none for "default"."""
    p, scheme = spec.params, spec.params["init"]
    fan_in, fan_out = spec.args
    w, b = f"self.{spec.name}.weight", f"self.{spec.name}.bias"
    if scheme == "default":
        return []
    if scheme == "explicit":
        lines = [f"{w}.copy_({_tensor_code(np.array(p['weight'], dtype=np.float64), 12)})"]
        if p["bias"] and p["bias_values"] is not None:
            lines.append(f"{b}.copy_({_tensor_code(np.array(p['bias_values'], dtype=np.float64), 12)})")
        elif p["bias"]:
            lines.append(f"{b}.zero_()")
        return lines
    if scheme == "zeros":
        line = f"{w}.zero_()"
    elif scheme in ("xavier_uniform", "he_uniform", "uniform"):
        bound = {"xavier_uniform": math.sqrt(6.0 / (fan_in + fan_out)),
                 "he_uniform": math.sqrt(6.0 / fan_in)}.get(scheme, p["init_a"])
        line = f"{w}.uniform_(-{bound!r}, {bound!r})"
    else:  # xavier_normal, he_normal, normal
        std = {"xavier_normal": math.sqrt(2.0 / (fan_in + fan_out)),
               "he_normal": math.sqrt(2.0 / fan_in)}.get(scheme, p["init_std"])
        line = f"{w}.normal_(0.0, {std!r})"
    return [line, f"{b}.zero_()"] if p["bias"] else [line]


def _net_code(plan: NetworkPlan) -> str:
    init, forward = [], []
    for spec in plan.layers:
        init.append(f"        self.{spec.name} = {spec.code()}")
        if spec.kind == "linear":
            extra = _init_code(spec)
            if extra:
                init.append("        with torch.no_grad():")
                init += [f"            {line}" for line in extra]
        args = ", ".join(_local(s) for s in spec.sources)
        forward.append(f"        {_local(spec.name)} = self.{spec.name}({args})")
    forward.append(f"        return {_local(plan.output_source)}")
    used = {spec.cls for spec in plan.layers if spec.custom}
    helpers = "".join(_HELPERS[name] for name in ("Add", "Concat", "Step", "Maxout") if name in used)
    return helpers + _NET.format(init="\n".join(init), forward="\n".join(forward),
                                 input=_local(plan.input_name)) + "\n"


_HELPERS = {
    "Add": '''
class Add(nn.Module):
    """Sums its inputs in link order (a residual / skip connection)."""

    def forward(self, *inputs):
        total = inputs[0]
        for x in inputs[1:]:
            total = total + x
        return total

''',
    "Concat": '''
class Concat(nn.Module):
    """Joins its inputs side by side (last dimension), in link order."""

    def forward(self, *inputs):
        return torch.cat(inputs, dim=-1)

''',
    "Step": '''
class Step(nn.Module):
    """Heaviside step: 1 where x > 0, else 0 (forward only: it cannot be trained)."""

    def forward(self, x):
        return (x > 0).to(x.dtype)

''',
    "Maxout": '''
class Maxout(nn.Module):
    """Neuron j is the largest of the k pieces x[..., j*k : j*k+k] (consecutive groups)."""

    def __init__(self, k):
        super().__init__()
        self.k = k

    def forward(self, x):
        # the k pieces of neuron j are x[..., j*k], ..., x[..., j*k + k - 1]
        return torch.stack([x[..., i::self.k] for i in range(self.k)], -1).max(-1).values

''',
}

_NET = '''
class Net(nn.Module):
    """The network; layers are created in the app's order, so torch.manual_seed(SEED) gives its initial weights."""

    def __init__(self):
        super().__init__()
{init}

    def forward(self, {input}):
{forward}
'''


# ----- data and settings -------------------------------------------------------------------------
def _weights_code(weights: Mapping[str, np.ndarray]) -> str:
    items = [f'    "{name}": {_tensor_code(np.asarray(value), 4)},' for name, value in weights.items()]
    return "TRAINED_WEIGHTS = {\n" + "\n".join(items) + "\n}\n"


def _data_code(source: ExportSource) -> tuple[str, str]:
    """(source text defining TRAIN/VAL, a note when the data is too large to embed)."""
    if source.train_x is None:
        return "TRAIN = None\nVAL = None\n", "the project's data was not available"
    size = source.train_x.size + (0 if source.val_x is None else source.val_x.size)
    if size > DATA_LIMIT:
        return "TRAIN = None\nVAL = None\n", f"the training data ({size:,} values) is too large to embed"
    parts = [f"TRAIN = (\n    {_tensor_code(source.train_x, 4)},\n    {_tensor_code(source.train_y, 4)},\n)\n"]
    if source.val_x is None:
        parts.append("VAL = None\n")
    else:
        parts.append(f"VAL = (\n    {_tensor_code(source.val_x, 4)},\n    {_tensor_code(source.val_y, 4)},\n)\n")
    return "".join(parts), ""


def _settings_code(source: ExportSource, plan: NetworkPlan) -> str:
    c = source.config
    settings = {"optimizer": c.optimizer, "lr": c.lr, "momentum": c.momentum, "batch_size": c.batch_size,
                "epochs": c.epochs, "l1": c.l1, "l2": c.l2, "early_stopping": c.early_stopping,
                "min_delta": c.min_delta, "one_thread": _one_thread(source, plan)}
    lines = [f'    "{k}": {_quoted(v)},' for k, v in settings.items()]
    trainable = not any(spec.kind == "step" for spec in plan.layers)  # the app refuses Step networks too
    return (f'SEED = {c.seed!r}\nLOSS = "{plan.loss}"\nTASK = "{source.task}"\nTRAINABLE = {trainable!r}\n'
            "SETTINGS = {\n" + "\n".join(lines) + "\n}\n")


def _one_thread(source: ExportSource, plan: NetworkPlan) -> bool:
    """Whether the app trains this network's steps on one thread (threads.small_steps): the script then
    does too, and rounds as the app did."""
    from ..train.threads import small_steps  # torch's: when a script is written, never for `presets`

    if source.train_x is None:
        return False
    n = len(source.train_x)
    rows = min(source.config.batch_size or n, n)
    weights = sum(np.asarray(source.weights[f"{spec.name}.weight"]).size for spec in plan.layers if spec.kind == "linear")
    return small_steps(rows, weights)


def _quoted(value) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def render_script(source: ExportSource) -> str:
    """The script's text (see the module docstring)."""
    plan = network_plan(source.graph)
    data, data_note = _data_code(source)
    layers = ", ".join(f"{s.name} ({s.code()})" for s in plan.layers)
    title = source.title.replace("\\", "/").replace('"""', "'''")
    header = _HEADER.format(title=title, version=_version(),
                            layers=textwrap.fill(layers, 88, subsequent_indent="    "),
                            no_data=f"\n(--train is not available: {data_note}.)\n" if data_note else "")
    sections = [_settings_code(source, plan), _net_code(plan), _UNPACK, _weights_code(source.weights), data,
                _LOOP]
    return header + "\n\n".join(part.strip("\n") + "\n" for part in sections)


def render(source: ExportSource) -> bytes:
    return render_script(source).encode("utf-8")


_HEADER = '''#!/usr/bin/env python3
"""{title}: a network exported by ann-viz {version}. Needs only PyTorch.

    python this_file.py            # the trained network's predictions on the training data
    python this_file.py --train    # train it again from the seed, as ann-viz does, printing the loss
    python this_file.py --train --epochs 100

Layers, in order: {layers}.
{no_data}"""

import argparse
import base64
import math

import torch
import torch.nn.functional as F
from torch import nn

'''

_UNPACK = '''
def _unpack(text, shape, dtype):
    """A large tensor, stored as base64 of its bytes (little-endian, as on x86 and ARM machines)."""
    raw = bytearray(base64.b64decode(text))
    return torch.frombuffer(raw, dtype=dtype, count=math.prod(shape)).reshape(shape)

'''

# The app's engine (ann_viz/core/train/trainer.py), written out: same order of operations.
_LOOP = '''

LOSSES = {"mse": F.mse_loss, "bce": F.binary_cross_entropy, "bce_logits": F.binary_cross_entropy_with_logits,
          "ce": F.cross_entropy}


def trained_network():
    """Net holding the weights trained in ann-viz, in eval mode."""
    net = Net()
    net.load_state_dict(TRAINED_WEIGHTS)
    return net.eval()


def fresh_network():
    """Net with the initial weights of the app's seeded run (torch.manual_seed(SEED), then build)."""
    torch.manual_seed(SEED)
    return Net()


def make_optimizer(net):
    name, lr, params = SETTINGS["optimizer"], SETTINGS["lr"], list(net.parameters())
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=SETTINGS["momentum"])
    return {"adagrad": torch.optim.Adagrad, "rmsprop": torch.optim.RMSprop, "adam": torch.optim.Adam,
            "adadelta": torch.optim.Adadelta}[name](params, lr=lr)


def objective(net, out, y):
    """The loss plus the L1/L2 penalties on the Linear layers' weights (not their biases)."""
    loss = LOSSES[LOSS](out, y)
    weights = [m.weight for m in net.modules() if isinstance(m, nn.Linear)]
    if SETTINGS["l1"]:
        loss = loss + SETTINGS["l1"] * sum(w.abs().sum() for w in weights)
    if SETTINGS["l2"]:
        loss = loss + SETTINGS["l2"] * sum((w * w).sum() for w in weights)
    return loss


@torch.no_grad()
def evaluate_loss(net, x, y):
    net.eval()
    try:
        return LOSSES[LOSS](net(x), y)
    finally:
        net.train()


def train(net, epochs=None, log_every=None):
    """Train ``net`` on TRAIN as the app does; the per-epoch (train loss, validation loss or None) list."""
    x, y = TRAIN
    n, batch_size = x.shape[0], SETTINGS["batch_size"]
    n_batches = 1 if batch_size is None or batch_size >= n else math.ceil(n / batch_size)
    optimizer = make_optimizer(net)
    if SETTINGS["one_thread"]:  # the app trains steps this small on one thread: the same rounding
        torch.set_num_threads(1)
    shuffle = torch.Generator().manual_seed(SEED)
    best, bad, history = None, 0, []
    net.train()
    for epoch in range(SETTINGS["epochs"] if epochs is None else epochs):
        if n_batches == 1:  # full batch: plain gradient descent on all the data, no shuffling
            batches = [(x, y)]
        else:
            perm = torch.randperm(n, generator=shuffle)
            batches = [(x[i], y[i]) for i in (perm[b * batch_size:(b + 1) * batch_size] for b in range(n_batches))]
        losses = []
        for bx, by in batches:
            loss = objective(net, net(bx), by)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.detach() if n_batches == 1 else loss.detach() * bx.shape[0])
        train_loss = losses[0] if n_batches == 1 else torch.stack(losses).sum() / n
        val_loss = None if VAL is None else evaluate_loss(net, *VAL)
        history.append((float(train_loss), None if val_loss is None else float(val_loss)))
        if log_every and epoch % log_every == 0:
            print(epoch, float(train_loss), flush=True)
        if not math.isfinite(float(train_loss)):
            print(f"Training diverged at epoch {epoch}: the loss is {float(train_loss)}.")
            break
        if val_loss is not None and SETTINGS["early_stopping"]:
            value = float(val_loss)
            if best is None or value < best[0] - SETTINGS["min_delta"]:
                best = (value, epoch + 1, {k: v.clone() for k, v in net.state_dict().items()})
                bad = 0
            else:
                bad += 1
                if bad >= SETTINGS["early_stopping"]:
                    net.load_state_dict(best[2])
                    print(f"Early stopping at epoch {epoch + 1}: restored the weights of epoch {best[1]}.")
                    break
    return history


def accuracy(out, y):
    """The share of right answers as the app counts them (> 0.5, or argmax); None for regression."""
    if TASK == "regression":
        return None
    probs = torch.sigmoid(out) if LOSS == "bce_logits" else torch.softmax(out, 1) if LOSS == "ce" else out
    if LOSS == "ce" or TASK == "multiclass":
        pred, gold = probs.argmax(1), (y if y.dim() == 1 else y.argmax(1))
    else:
        pred, gold = (probs > 0.5).to(y.dtype), y
    return (pred == gold).double().mean().item()


def report(net):
    net.eval()
    with torch.no_grad():
        out = net(TRAIN[0])
    if out.shape[0] <= 32:
        print("PRED=", out.tolist())
        print("GOLD=", TRAIN[1].tolist())
    print(f"Loss : {float(LOSSES[LOSS](out, TRAIN[1])):f}")
    acc = accuracy(out, TRAIN[1])
    if acc is not None:
        print(f"Accuracy : {acc:f}")


def default_log_every(epochs):
    return 1 if epochs <= 10 else 10 ** int(math.floor(math.log10(epochs / 10)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help="train from the seed with the app's settings")
    parser.add_argument("--epochs", type=int, help="epochs to train (default: the project's)")
    args = parser.parse_args()
    if args.train:
        if TRAIN is None:
            parser.error("the training data is not embedded in this script")
        if not TRAINABLE:
            parser.error("a Step (Heaviside) layer has no useful gradient: this network cannot be trained")
        net = fresh_network()
        epochs = SETTINGS["epochs"] if args.epochs is None else args.epochs
        train(net, epochs, default_log_every(epochs))
    else:
        net = trained_network()
        print(net)
        if TRAIN is None:
            return
    report(net)


if __name__ == "__main__":
    main()
'''
