"""The controls of each group of data sets: a page shows one spec and gives back the edited one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy, QSpinBox, QWidget

from ...core.data import describe_dataset_kinds
from ...core.data.choice import GROUPS, KIND_LABELS
from ..tr import tr_core


KIND_DEFAULTS = {kind: params for kind, _, params in describe_dataset_kinds()}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataPanel", text)


def wrapping_label() -> QLabel:
    """A long message (a path) wraps in the dock's width and never widens the window."""
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    label.setMinimumWidth(1)
    return label


class Page(QWidget):
    """Shows one spec of its group (``show_spec``) and says when the user changed it (``edited``)."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._labels: list = []  # (label, text function)

    def row(self, text, widget: QWidget) -> QWidget:
        """``text``: a function giving the label in the current language."""
        label = QLabel()
        self._labels.append((label, text))
        self.form.addRow(label, widget)
        return widget

    def retranslate(self) -> None:
        for label, text in self._labels:
            label.setText(text())

    def show_spec(self, spec: dict) -> None:
        raise NotImplementedError

    def spec(self) -> dict:
        raise NotImplementedError


def kind_box(group: str) -> QComboBox:
    box = QComboBox()
    for kind in GROUPS[group]:
        box.addItem("", kind)
    return box


def name_kinds(box: QComboBox) -> None:
    for i in range(box.count()):
        box.setItemText(i, tr_core(KIND_LABELS.get(box.itemData(i), box.itemData(i))))


class GatePage(Page):
    """AND, OR, ... XOR: the truth tables."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = self.row(lambda: _tr("Gate:"), kind_box("gate"))
        self.kind.currentIndexChanged.connect(self.edited)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        name_kinds(self.kind)

    def show_spec(self, spec: dict) -> None:
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(spec.get("kind"))))
        self.kind.blockSignals(False)

    def spec(self) -> dict:
        return {"kind": self.kind.currentData()}


class SampledPage(Page):
    """A generated set: a shape or curve, how many points, how much noise, which seed."""

    def __init__(self, group: str, parent=None):
        super().__init__(parent)
        self.kind = self.row((lambda: _tr("Shape:")) if group == "cloud" else (lambda: _tr("Curve:")), kind_box(group))
        self.size = self.row(lambda: _tr("Points:"), QSpinBox())
        self.size.setRange(4, 100_000)
        self.noise = self.row(lambda: _tr("Noise:"), QDoubleSpinBox())
        self.noise.setRange(0.0, 1.0)
        self.noise.setDecimals(2)
        self.noise.setSingleStep(0.05)
        self.seed = self.row(lambda: _tr("Seed:"), QSpinBox())
        self.seed.setRange(0, 2**31 - 1)
        self.kind.currentIndexChanged.connect(self.edited)
        for box in (self.size, self.noise, self.seed):
            box.setKeyboardTracking(False)  # one edit when the number is typed, not one per digit
            box.valueChanged.connect(self.edited)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        name_kinds(self.kind)
        self.size.setToolTip(_tr("How many points the set has."))
        self.noise.setToolTip(_tr("How much the points (or the labels near the boundary) are jittered: 0 is "
                                  "clean."))
        self.seed.setToolTip(_tr("The random seed the points are drawn with: the same seed gives the same set."))

    def show_spec(self, spec: dict) -> None:
        values = {**KIND_DEFAULTS.get(spec.get("kind"), KIND_DEFAULTS["circle"]), **spec}
        for box in (self.kind, self.size, self.noise, self.seed):
            box.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(spec.get("kind"))))
        self.size.setValue(int(values["n"]))
        self.noise.setValue(float(values["noise"]))
        self.seed.setValue(int(values["seed"]) if values["seed"] <= self.seed.maximum() else 0)
        for box in (self.kind, self.size, self.noise, self.seed):
            box.blockSignals(False)

    def spec(self) -> dict:
        return {"kind": self.kind.currentData(), "n": self.size.value(), "noise": round(self.noise.value(), 4),
                "seed": self.seed.value()}


class DigitsPage(Page):
    """The built-in 8x8 digits, or the same scaled to MNIST's 28x28."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.size = self.row(lambda: _tr("Image size:"), QComboBox())
        for size in (8, 28):
            self.size.addItem(f"{size}×{size}", size)
        self.size.currentIndexChanged.connect(self.edited)
        self.retranslate()

    def show_spec(self, spec: dict) -> None:
        self.size.blockSignals(True)
        self.size.setCurrentIndex(max(0, self.size.findData(spec.get("size", 8))))
        self.size.blockSignals(False)

    def spec(self) -> dict:
        return {"kind": "digits", "size": self.size.currentData()}


class InlinePage(Page):
    """Samples written out in the project (the worked example's one sample): shown, not edited."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self._spec: dict = {"kind": "inline"}
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(_tr("This lesson's samples are written in the project itself; choose another kind "
                              "to replace them (Undo brings them back)."))

    def show_spec(self, spec: dict) -> None:
        self._spec = dict(spec)

    def spec(self) -> dict:
        return dict(self._spec)
