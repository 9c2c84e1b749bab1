"""The engines beside bare PyTorch loops, in one run: epochs/s and ratios.

1. The notes' XOR 2-2-1 (4 points, full batch, SGD lr 1, BCE), every epoch's loss and
   per-layer gradient size kept, 60 Hz snapshots: the bare loop, then each engine
   (target for the chosen one: >= 150x the bare loop).
2. 2-8-8-1 and 2-64-64-1 (tanh, Adam) on 1,000 points, batch 10 and full batch: a bare
   torch loop beside numba, TorchScript and autograd, and the engine "auto" picks.
3. The MNIST-shaped MLP (784-512-512-10, ReLU, dropout, Adam, batch 100): bare loop vs
   the app's engine (autograd; dropout makes it ineligible for the fast engines).

Blocks are interleaved (bare, engine, bare, ...) and medians reported, so the ratios hold
on a busy machine. Usage: python bench/bench_engines.py [--rounds R] [--device cpu|cuda] [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ann_viz.core.data import make_dataset  # noqa: E402
from ann_viz.core.presets import get_preset  # noqa: E402
from ann_viz.core.presets.builder import chain, linear  # noqa: E402
from ann_viz.core.train import TrainConfig, Trainer  # noqa: E402
from ann_viz.core.train import numba_path  # noqa: E402

XOR_X = [[0, 0], [0, 1], [1, 0], [1, 1]]
XOR_Y = [[0], [1], [1], [0]]


def xor_bare(epochs: int, device: str) -> float:
    """The notes' loop: nn.Sequential, BCELoss, SGD(lr=1), the loss read every 100 epochs."""
    torch.manual_seed(777)
    x, y = torch.FloatTensor(XOR_X).to(device), torch.FloatTensor(XOR_Y).to(device)
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Sigmoid(),
                                torch.nn.Linear(2, 1), torch.nn.Sigmoid()).to(device)
    criterion, optimizer = torch.nn.BCELoss(), torch.optim.SGD(model.parameters(), lr=1)
    start = time.perf_counter()
    for step in range(epochs):
        optimizer.zero_grad()
        cost = criterion(model(x), y)
        cost.backward()
        optimizer.step()
        if step % 100 == 0:
            cost.item()
    _sync(device)
    return epochs / (time.perf_counter() - start)


def engine_rate(graph, data, config: TrainConfig, **kw) -> tuple[float, str]:
    """Epochs/s of a whole Trainer.run with 60 Hz snapshots (as the app's worker), and the engine used."""
    trainer = Trainer(graph, data, config, **kw)
    snapshots = []
    start = time.perf_counter()
    trainer.run(on_snapshot=snapshots.append, snapshot_interval=1 / 60)
    _sync(config.device)
    assert len(trainer.history) == config.epochs and trainer.history.grad_norms.shape[0] == config.epochs
    return config.epochs / (time.perf_counter() - start), trainer.engine_name


def bare_loop(widths: list[int], data, batch_size: int | None, epochs: int, device: str, act=torch.nn.Tanh,
              dropout: float = 0.0, loss: str = "bce") -> float:
    """A plain PyTorch training loop: shuffled mini-batches, Adam, no bookkeeping."""
    torch.manual_seed(0)
    layers: list = []
    for i in range(len(widths) - 1):
        layers.append(torch.nn.Linear(widths[i], widths[i + 1]))
        if i < len(widths) - 2:
            layers.append(act())
            if dropout:
                layers.append(torch.nn.Dropout(dropout))
    if loss == "bce":
        layers.append(torch.nn.Sigmoid())
    model = torch.nn.Sequential(*layers).to(device)
    x = torch.tensor(data.x, dtype=torch.float32).to(device)
    if loss == "bce":
        y, criterion = torch.tensor(data.y, dtype=torch.float32).to(device), torch.nn.BCELoss()
    else:
        y, criterion = torch.tensor(data.y, dtype=torch.long).to(device), torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    n = x.shape[0]
    bs = batch_size or n
    start = time.perf_counter()
    for _ in range(epochs):
        perm = torch.randperm(n, device=device) if bs < n else None
        for i in range(0, n, bs):
            xb, yb = (x, y) if perm is None else (x[perm[i:i + bs]], y[perm[i:i + bs]])
            optimizer.zero_grad()
            cost = criterion(model(xb), yb)
            cost.backward()
            optimizer.step()
    _sync(device)
    return epochs / (time.perf_counter() - start)


def _sync(device: str) -> None:
    if str(device).startswith("cuda"):
        torch.cuda.synchronize()


def _median_pair(rounds: int, bare, engine) -> tuple[float, float, str]:
    b, e, name = [], [], ""
    for _ in range(rounds):
        b.append(bare())
        rate, name = engine()
        e.append(rate)
    return statistics.median(b), statistics.median(e), name


def xor_section(args) -> None:
    graph = chain(2, [linear(2), "sigmoid", linear(1), "sigmoid"], "bce")
    data = make_dataset({"kind": "xor"})
    print("1. XOR 2-2-1, 4 points, full batch, SGD lr 1, every epoch's loss and gradient sizes kept")
    xor_bare(200, args.device)
    for engine, epochs in (("numba", args.xor_epochs), ("numba", 10001), ("torchscript", 10001)):
        config = TrainConfig(lr=1.0, epochs=epochs, seed=777, device=args.device)
        engine_rate(graph, data, config, engine=engine)  # warm-up (compile, profile)
        b, e, name = _median_pair(args.rounds, lambda: xor_bare(args.bare_epochs, args.device),
                                  lambda: engine_rate(graph, data, config, engine=engine))
        print(f"   bare loop {b:9.0f} epochs/s | {name:11s} run of {epochs:6d} epochs {e:10.0f} epochs/s"
              f" = {e / b:6.1f}x")
    print("   target: >= 150x the bare loop")


def sizes_section(args) -> None:
    print("2. 1,000 points (moons), tanh, Adam lr 1e-3: epochs/s; ratio to the bare loop in brackets")
    data = make_dataset({"kind": "moons", "n": 1000})
    for hidden in ([8, 8], [64, 64]):
        for batch in (10, None):
            layers: list = []
            for w in hidden:
                layers += [linear(w), "tanh"]
            graph = chain(2, layers + [linear(1), "sigmoid"], "bce")
            epochs = max(3, int(args.scale * (40 if batch else 400) * (8 / hidden[0]) ** (1 if batch else 1.5)))
            config = TrainConfig(optimizer="adam", lr=1e-3, batch_size=batch, epochs=epochs, device=args.device,
                                 val_fraction=0.0, test_fraction=0.0)
            splits_data = make_dataset({"kind": "moons", "n": 1000})
            bare = lambda h=hidden, b=batch, e=epochs: bare_loop([2, *h, 1], data, b, e, args.device)  # noqa: E731
            bare()
            results = []
            for engine, kw in (("numba", {"engine": "numba"}), ("torchscript", {"engine": "torchscript"}),
                               ("autograd", {"fast_path": False}), ("auto", {})):
                if engine == "numba" and args.device != "cpu":
                    continue
                engine_rate(graph, splits_data, config, **kw)  # warm-up
                b, e, name = _median_pair(args.rounds, bare, lambda k=kw: engine_rate(graph, splits_data, config, **k))
                results.append(f"{engine}{'=' + name if engine == 'auto' else ''} {e:8.1f} ({e / b:5.2f}x)")
            print(f"   2-{'-'.join(map(str, hidden))}-1 batch {batch or 'full':>4}: bare {b:8.1f} | " + " | ".join(results))


def mnist_section(args) -> None:
    preset = get_preset("mnist-mlp").project()
    config = preset.config.with_changes(epochs=max(1, int(args.scale * 2)), device=args.device)
    data = make_dataset(preset.data)
    trainer = Trainer(preset.graph, data, config)
    train = trainer.splits.train
    bare = lambda: bare_loop([784, 512, 512, 10], train, 100, config.epochs, args.device,  # noqa: E731
                             act=torch.nn.ReLU, dropout=0.2, loss="ce")
    bare()
    b, e, name = _median_pair(args.rounds, bare, lambda: engine_rate(preset.graph, data, config))
    print(f"3. MNIST-shaped MLP 784-512-512-10, batch 100, {train.n_samples} samples, on {args.device}: "
          f"bare {b:6.2f} epochs/s | engine ({name}) {e:6.2f} epochs/s = {e / b:4.2f}x (goal >= 0.9x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--xor-epochs", type=int, default=100_000)
    parser.add_argument("--bare-epochs", type=int, default=3000)
    parser.add_argument("--scale", type=float, default=1.0, help="scale the epochs of sections 2-3")
    parser.add_argument("--sections", default="123")
    args = parser.parse_args()
    start = time.perf_counter()
    numba_path.warm_up(block=True)
    print(f"numba ready: {numba_path.ready()} (import + compile or cache load: {time.perf_counter() - start:.2f} s);"
          f" torch {torch.__version__}, {torch.get_num_threads()} threads, load {os.getloadavg()[0]:.1f}")
    if "1" in args.sections:
        xor_section(args)
    if "2" in args.sections:
        sizes_section(args)
    if "3" in args.sections:
        mnist_section(args)


if __name__ == "__main__":
    main()
