"""The layer kinds a graph can hold: their parameters, ports and width rules.

One table describes every kind, so the editor's palette, the inspector, validation,
shape inference, serialisation and the module builder all read the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import _t

# The choices are identifiers; _t marks them because the inspector shows them through tr_core.
INIT_CHOICES = (
    _t("default"),  # PyTorch's nn.Linear init: what the lecture notes get with manual_seed
    _t("xavier_uniform"),
    _t("xavier_normal"),
    _t("he_uniform"),
    _t("he_normal"),
    _t("zeros"),
    _t("normal"),
    _t("uniform"),
    _t("explicit"),  # hand-set values (logic gates, the worked backprop example)
)
LOSS_CHOICES = (_t("mse"), _t("bce"), _t("bce_logits"), _t("ce"))

# Short display names: of an init choice on a node (underscores as spaces), of a loss.
INIT_LABELS = {
    "default": _t("default"), "xavier_uniform": _t("xavier uniform"), "xavier_normal": _t("xavier normal"),
    "he_uniform": _t("he uniform"), "he_normal": _t("he normal"), "zeros": _t("zeros"),
    "normal": _t("normal"), "uniform": _t("uniform"), "explicit": _t("explicit"),
}
LOSS_SHORT_LABELS = {"mse": _t("MSE"), "bce": _t("BCE"), "bce_logits": _t("BCE with logits"),
                     "ce": _t("Cross-entropy")}
NO_BIAS = _t("no bias")


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
        """Return ``value`` normalised to this parameter's type, or raise :class:`ParamError`."""
        if self.type == "bool":
            if not isinstance(value, bool):
                raise ParamError(_t("{param} must be true or false"),
                                 _t("{kind}: {param} must be true or false."), param=self.name)
            return value
        if self.type == "choice":
            if value not in self.choices:
                raise ParamError(_t("{param} must be one of {choices}"),
                                 _t("{kind}: {param} must be one of {choices}."),
                                 param=self.name, choices=", ".join(self.choices))
            return value
        if self.type in ("matrix", "vector"):
            return _check_numbers(self.name, value, 2 if self.type == "matrix" else 1)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ParamError(_t("{param} must be a number"), _t("{kind}: {param} must be a number."),
                             param=self.name)
        if self.type == "int":
            if value != value or value in (float("inf"), float("-inf")) or int(value) != value:
                raise ParamError(_t("{param} must be a whole number"),
                                 _t("{kind}: {param} must be a whole number."), param=self.name)
            value = int(value)
        else:
            try:
                value = float(value)
            except OverflowError:
                raise ParamError(_t("{param} is too large"), _t("{kind}: {param} is too large."),
                                 param=self.name) from None
            if value != value or value in (float("inf"), float("-inf")):
                raise ParamError(_t("{param} must be a finite number"),
                                 _t("{kind}: {param} must be a finite number."), param=self.name)
        if self.minimum is not None and value < self.minimum:
            raise ParamError(_t("{param} must be at least {minimum:g}"),
                             _t("{kind}: {param} must be at least {minimum:g}."),
                             param=self.name, minimum=self.minimum)
        if self.maximum is not None and value > self.maximum:
            raise ParamError(_t("{param} must be at most {maximum:g}"),
                             _t("{kind}: {param} must be at most {maximum:g}."),
                             param=self.name, maximum=self.maximum)
        return value


class ParamError(ValueError):
    """A refused parameter value. ``str(err)`` names the parameter ("units must be a number");
    :meth:`in_kind` names its layer kind too, as one sentence with its own template."""

    def __init__(self, message: str, kind_message: str, **fields: Any):
        super().__init__(message.format(**fields))
        self._kind_message, self._fields = kind_message, fields

    def in_kind(self, kind: str) -> str:
        """"Linear: units must be at least 1." for ``kind`` "Linear"."""
        return self._kind_message.format(kind=kind, **self._fields)


def _check_numbers(name: str, value: Any, depth: int) -> Any:
    """Explicit weights: None (not set), a list of numbers, or a rectangular list of lists."""
    if value is None:
        return None
    rows = value if depth == 2 else [value]
    if not isinstance(rows, (list, tuple)) or not rows:
        raise ParamError(_t("{param} must be a non-empty list"), _t("{kind}: {param} must be a non-empty list."),
                         param=name)
    width = None
    out = []
    for row in rows:
        if not isinstance(row, (list, tuple)) or not row:
            raise ParamError(_t("{param} must be a list of non-empty rows"),
                             _t("{kind}: {param} must be a list of non-empty rows."), param=name)
        if width is not None and len(row) != width:
            raise ParamError(_t("{param} rows must all have the same length"),
                             _t("{kind}: {param} rows must all have the same length."), param=name)
        width = len(row)
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            raise ParamError(_t("{param} must hold only numbers"), _t("{kind}: {param} must hold only numbers."),
                             param=name)
        try:
            floats = [float(v) for v in row]
        except OverflowError:
            raise ParamError(_t("{param} holds a number that is too large"),
                             _t("{kind}: {param} holds a number that is too large."), param=name) from None
        if not all(v == v and abs(v) != float("inf") for v in floats):
            raise ParamError(_t("{param} must hold only finite numbers"),
                             _t("{kind}: {param} must hold only finite numbers."), param=name)
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
    ParamSpec("init", "choice", "default", choices=INIT_CHOICES, label=_t("Initialisation")),
    ParamSpec("init_std", "float", 0.1, 0.0, 100.0, label=_t("Init std (normal)")),
    ParamSpec("init_a", "float", 0.5, 0.0, 100.0, label=_t("Init range a (uniform)")),
    ParamSpec("weight", "matrix", None, label=_t("Explicit weights (units x inputs)")),
    ParamSpec("bias_values", "vector", None, label=_t("Explicit biases")),
)

KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec("input", _t("Input"), "io",
                 (ParamSpec("features", "int", 2, 1, 100_000, label=_t("Features")),),
                 min_inputs=0, max_inputs=0, description=_t("The data's input features.")),
        KindSpec("linear", _t("Linear"), "linear",
                 (ParamSpec("units", "int", 2, 1, 100_000, label=_t("Units")),
                  ParamSpec("bias", "bool", True, label=_t("Bias"))) + _init,
                 description=_t("z = W a + b: a fully connected layer.")),
        KindSpec("sigmoid", _t("Sigmoid"), "activation", elementwise=True,
                 description=_t("1 / (1 + e^-z)")),
        KindSpec("tanh", _t("Tanh"), "activation", elementwise=True, description=_t("tanh(z)")),
        KindSpec("relu", _t("ReLU"), "activation", elementwise=True, description=_t("max(0, z)")),
        KindSpec("leaky_relu", _t("LeakyReLU"), "activation",
                 (ParamSpec("slope", "float", 0.1, 0.0, 1.0, label=_t("Negative slope")),),
                 elementwise=True, description=_t("z if z > 0 else slope * z")),
        KindSpec("elu", _t("ELU"), "activation",
                 (ParamSpec("alpha", "float", 1.0, 0.0, 100.0, label=_t("Alpha")),),
                 elementwise=True, description=_t("z if z > 0 else alpha * (e^z - 1)")),
        KindSpec("maxout", _t("Maxout"), "activation",
                 (ParamSpec("k", "int", 2, 2, 8, label=_t("Pieces k")),),
                 description=_t("max(w1 x + b1, ..., wk x + bk): neuron j is the largest of the k pieces "
                                "z[jk] .. z[jk+k-1] of the Linear layer before it (width / k neurons).")),
        KindSpec("softmax", _t("Softmax"), "activation", elementwise=True,
                 description=_t("e^z / sum(e^z) across the layer")),
        KindSpec("identity", _t("Identity"), "activation", elementwise=True,
                 description=_t("Passes values through unchanged (a linear layer's output as is).")),
        KindSpec("step", _t("Step"), "activation", elementwise=True,
                 description=_t("Heaviside step: 1 if z > 0 else 0. Forward only: it has no useful gradient.")),
        KindSpec("dropout", _t("Dropout"), "regularization",
                 (ParamSpec("p", "float", 0.1, 0.0, 0.99, label=_t("Drop probability")),),
                 elementwise=True, description=_t("Zeroes values at random while training.")),
        KindSpec("batchnorm", _t("BatchNorm1d"), "regularization",
                 (ParamSpec("momentum", "float", 0.1, 0.0, 1.0, label=_t("Running-stat momentum")),
                  ParamSpec("eps", "float", 1e-5, 1e-12, 1.0, label=_t("Epsilon"))),
                 elementwise=True,
                 description=_t("Normalises each feature over the batch, then scales and shifts.")),
        KindSpec("add", _t("Add"), "merge", min_inputs=2, max_inputs=None,
                 description=_t("Sums its inputs (a residual / skip connection); widths must match.")),
        KindSpec("concat", _t("Concat"), "merge", min_inputs=2, max_inputs=None,
                 description=_t("Joins its inputs side by side; width is the sum.")),
        KindSpec("output", _t("Output"), "io",
                 (ParamSpec("loss", "choice", "bce", choices=LOSS_CHOICES, label=_t("Loss")),),
                 has_output=False, description=_t("The network's prediction and the loss it is trained on.")),
    )
}

# Element-wise activations: neuron j of the output is neuron j of the input (Maxout is not one).
ACTIVATION_KINDS = frozenset(k for k, s in KINDS.items() if s.category == "activation" and s.elementwise)
