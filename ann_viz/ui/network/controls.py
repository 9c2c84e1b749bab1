"""The neuron view's controls: which quantity the edges show, which sample, numbers, scale."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from .frame import Options

QUANTITY_LABELS = [("weight", "weight w"), ("contribution", "forward w·a"), ("gradient", "gradient dE/dw"),
                   ("update", "update −lr·dE/dw")]
SHORT = {"weight": "w", "contribution": "w·a", "gradient": "dE/dw", "update": "Δw"}


class Controls(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.quantity = QComboBox()
        for key, label in QUANTITY_LABELS:
            self.quantity.addItem(self.tr(label), key)
        self.quantity.setToolTip(self.tr("What the edges' colour (sign) and width (magnitude) show"))
        self.sample = QSpinBox()
        self.sample.setRange(1, 1)
        self.sample.setPrefix(self.tr("sample "))
        self.sample.setToolTip(self.tr("Which row of the current batch the values are for"))
        self.batch = QCheckBox(self.tr("Whole batch"))
        self.batch.setToolTip(self.tr("Values averaged over the batch; gradients summed (what the optimizer uses)"))
        self.numbers = QCheckBox(self.tr("Numbers"))
        self.numbers.setChecked(True)
        self.numbers.setToolTip(self.tr("Write the values beside neurons and edges (small networks)"))
        self.per_layer = QCheckBox(self.tr("Scale per layer"))
        self.per_layer.setToolTip(self.tr("Thickest edge of each layer at full width (off: one scale for all, "
                                          "so vanishing gradients show as thin early layers)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Edges:")))
        for widget in (self.quantity, self.sample, self.batch, self.numbers, self.per_layer):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.quantity.currentIndexChanged.connect(self._changed)
        self.sample.valueChanged.connect(self._changed)
        self.batch.toggled.connect(self._batch_toggled)
        self.numbers.toggled.connect(self._changed)
        self.per_layer.toggled.connect(self._changed)

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
