"""The layer kinds a graph can hold: their parameters, ports and width rules.

One table describes every kind, so the editor's palette, the inspector, validation,
shape inference, serialisation and the module builder all read the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

INIT_CHOICES = (
    "default",  # PyTorch's nn.Linear init: what the lecture notes get with manual_seed
    "xavier_uniform",
    "xavier_normal",
    "he_uniform",
    "he_normal",
    "zeros",
    "normal",
    "uniform",
    "explicit",  # hand-set values (logic gates, the worked backprop example)
)
LOSS_CHOICES = ("mse", "bce", "bce_logits", "ce")


@dataclass(frozen=True)
class ParamSpec:
    """One editable parameter of a layer kind."""

    name: str
    type: str  # "int" | "float" | "bool" | "choice" | "matrix" | "vector"
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    label: str = ""

    def check(self, value: Any) -> Any:
        """Return ``value`` normalised to this parameter's type, or raise ValueError."""
        if self.type == "bool":
            if not isinstance(value, bool):
                raise ValueError(f"{self.name} must be true or false")
            return value
        if self.type == "choice":
            if value not in self.choices:
                raise ValueError(f"{self.name} must be one of {', '.join(self.choices)}")
            return value
        if self.type in ("matrix", "vector"):
            return _check_numbers(self.name, value, 2 if self.type == "matrix" else 1)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{self.name} must be a number")
        if self.type == "int":
            if int(value) != value:
                raise ValueError(f"{self.name} must be a whole number")
            value = int(value)
        else:
            try:
                value = float(value)
            except OverflowError:
                raise ValueError(f"{self.name} is too large") from None
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError(f"{self.name} must be a finite number")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be at least {self.minimum:g}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be at most {self.maximum:g}")
        return value


def _check_numbers(name: str, value: Any, depth: int) -> Any:
    """Explicit weights: None (not set), a list of numbers, or a rectangular list of lists."""
    if value is None:
        return None
    rows = value if depth == 2 else [value]
    if not isinstance(rows, (list, tuple)) or not rows:
        raise ValueError(f"{name} must be a non-empty list")
    width = None
    out = []
    for row in rows:
        if not isinstance(row, (list, tuple)) or not row:
            raise ValueError(f"{name} must be a list of non-empty rows")
        if width is not None and len(row) != width:
            raise ValueError(f"{name} rows must all have the same length")
        width = len(row)
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            raise ValueError(f"{name} must hold only numbers")
        try:
            floats = [float(v) for v in row]
        except OverflowError:
            raise ValueError(f"{name} holds a number that is too large") from None
        if not all(v == v and abs(v) != float("inf") for v in floats):
            raise ValueError(f"{name} must hold only finite numbers")
        out.append(floats)
    return out if depth == 2 else out[0]


@dataclass(frozen=True)
class KindSpec:
    """What a layer kind is: ports, parameters, and how wide its output is."""

    kind: str
    label: str
    category: str  # palette group: "io", "linear", "activation", "regularization", "merge"
    params: tuple[ParamSpec, ...] = ()
    min_inputs: int = 1
    max_inputs: int | None = 1  # None: any number (Add, Concat)
    has_output: bool = True
    elementwise: bool = False  # output width == input width, applied per value
    description: str = ""

    def param(self, name: str) -> ParamSpec:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def default_params(self) -> dict:
        return {p.name: p.default for p in self.params}


_init = (
    ParamSpec("init", "choice", "default", choices=INIT_CHOICES, label="Initialisation"),
    ParamSpec("init_std", "float", 0.1, 0.0, 100.0, label="Init std (normal)"),
    ParamSpec("init_a", "float", 0.5, 0.0, 100.0, label="Init range a (uniform)"),
    ParamSpec("weight", "matrix", None, label="Explicit weights (units x inputs)"),
    ParamSpec("bias_values", "vector", None, label="Explicit biases"),
)

KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec("input", "Input", "io",
                 (ParamSpec("features", "int", 2, 1, 100_000, label="Features"),),
                 min_inputs=0, max_inputs=0, description="The data's input features."),
        KindSpec("linear", "Linear", "linear",
                 (ParamSpec("units", "int", 2, 1, 100_000, label="Units"),
                  ParamSpec("bias", "bool", True, label="Bias")) + _init,
                 description="z = W a + b: a fully connected layer."),
        KindSpec("sigmoid", "Sigmoid", "activation", elementwise=True,
                 description="1 / (1 + e^-z)"),
        KindSpec("tanh", "Tanh", "activation", elementwise=True, description="tanh(z)"),
        KindSpec("relu", "ReLU", "activation", elementwise=True, description="max(0, z)"),
        KindSpec("leaky_relu", "LeakyReLU", "activation",
                 (ParamSpec("slope", "float", 0.1, 0.0, 1.0, label="Negative slope"),),
                 elementwise=True, description="z if z > 0 else slope * z"),
        KindSpec("elu", "ELU", "activation",
                 (ParamSpec("alpha", "float", 1.0, 0.0, 100.0, label="Alpha"),),
                 elementwise=True, description="z if z > 0 else alpha * (e^z - 1)"),
        KindSpec("softmax", "Softmax", "activation", elementwise=True,
                 description="e^z / sum(e^z) across the layer"),
        KindSpec("identity", "Identity", "activation", elementwise=True,
                 description="Passes values through unchanged (a linear layer's output as is)."),
        KindSpec("step", "Step", "activation", elementwise=True,
                 description="Heaviside step: 1 if z > 0 else 0. Forward only: it has no useful gradient."),
        KindSpec("dropout", "Dropout", "regularization",
                 (ParamSpec("p", "float", 0.1, 0.0, 0.99, label="Drop probability"),),
                 elementwise=True, description="Zeroes values at random while training."),
        KindSpec("batchnorm", "BatchNorm1d", "regularization",
                 (ParamSpec("momentum", "float", 0.1, 0.0, 1.0, label="Running-stat momentum"),
                  ParamSpec("eps", "float", 1e-5, 1e-12, 1.0, label="Epsilon")),
                 elementwise=True, description="Normalises each feature over the batch, then scales and shifts."),
        KindSpec("add", "Add", "merge", min_inputs=2, max_inputs=None,
                 description="Sums its inputs (a residual / skip connection); widths must match."),
        KindSpec("concat", "Concat", "merge", min_inputs=2, max_inputs=None,
                 description="Joins its inputs side by side; width is the sum."),
        KindSpec("output", "Output", "io",
                 (ParamSpec("loss", "choice", "bce", choices=LOSS_CHOICES, label="Loss"),),
                 has_output=False, description="The network's prediction and the loss it is trained on."),
    )
}

ACTIVATION_KINDS = frozenset(k for k, s in KINDS.items() if s.category == "activation")
