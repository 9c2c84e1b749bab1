"""The neuron view's controls: which quantity the edges show, which sample, numbers, scale."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ..language import Retranslatable
from .frame import Options

QUANTITY_LABELS = [("weight", QT_TRANSLATE_NOOP("Controls", "weight w")),
                   ("contribution", QT_TRANSLATE_NOOP("Controls", "forward w·a")),
                   ("gradient", QT_TRANSLATE_NOOP("Controls", "gradient dE/dw")),
                   ("update", QT_TRANSLATE_NOOP("Controls", "update −lr·dE/dw"))]
SHORT = {"weight": "w", "contribution": "w·a", "gradient": "dE/dw", "update": "Δw"}


class Controls(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.quantity = QComboBox()
        for key, _label in QUANTITY_LABELS:
            self.quantity.addItem("", key)
        self.sample = QSpinBox()
        self.sample.setRange(1, 1)
        self.batch = QCheckBox()
        self.numbers = QCheckBox()
        self.numbers.setChecked(True)
        self.per_layer = QCheckBox()
        self.edges_label = QLabel()
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edges_label)
        for widget in (self.quantity, self.sample, self.batch, self.numbers, self.per_layer):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.quantity.currentIndexChanged.connect(self._changed)
        self.sample.valueChanged.connect(self._changed)
        self.batch.toggled.connect(self._batch_toggled)
        self.numbers.toggled.connect(self._changed)
        self.per_layer.toggled.connect(self._changed)

    def retranslate(self) -> None:
        for i, (_key, label) in enumerate(QUANTITY_LABELS):
            self.quantity.setItemText(i, self.tr(label))
        self.quantity.setToolTip(self.tr("What the edges' colour (sign) and width (magnitude) show"))
        self.sample.setPrefix(self.tr("sample "))
        self.sample.setToolTip(self.tr("Which row of the current batch the values are for"))
        self.batch.setText(self.tr("Whole batch"))
        self.batch.setToolTip(self.tr("Values averaged over the batch; gradients summed (what the optimizer uses)"))
        self.numbers.setText(self.tr("Numbers"))
        self.numbers.setToolTip(self.tr("Write the values beside neurons and edges (small networks)"))
        self.per_layer.setText(self.tr("Scale per layer"))
        self.per_layer.setToolTip(self.tr("Thickest edge of each layer at full width (off: one scale for all, "
                                          "so vanishing gradients show as thin early layers)"))
        self.edges_label.setText(self.tr("Edges:"))

    def _changed(self, *_args) -> None:
        self.changed.emit()

    def _batch_toggled(self, on: bool) -> None:
        self.sample.setEnabled(not on)
        self.changed.emit()

    def set_batch_size(self, n: int) -> None:
        self.sample.blockSignals(True)
        self.sample.setRange(1, max(1, n))
        self.sample.blockSignals(False)

    def options(self) -> Options:
        sample = None if self.batch.isChecked() else self.sample.value() - 1
        return Options(self.quantity.currentData(), sample, self.per_layer.isChecked())

    def quantity_label(self) -> str:
        return SHORT[self.quantity.currentData()]
