"""Hyper-parameter form: edits a TrainConfig (editable between runs; the learning rate also during one)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox,
                               QWidget)

from ...core.errors import AnnVizError
from ...core.i18n import _t
from ...core.train import OPTIMIZERS, PRECISIONS, TrainConfig
from ..language import Retranslatable
from ..tr import tr_core

_OPTIMIZER_LABELS = {"sgd": _t("SGD"), "momentum": _t("Momentum"), "adagrad": _t("AdaGrad"),
                     "rmsprop": _t("RMSProp"), "adam": _t("Adam"), "adadelta": _t("Adadelta")}


class SettingsForm(Retranslatable, QWidget):
    config_edited = Signal(object)  # a new, valid TrainConfig
    lr_edited = Signal(float)
    refused = Signal(str)  # a value the config refused, with the reason

    def __init__(self, parent=None, devices: list[tuple[str, str]] | None = None):
        """``devices``: (name, description) pairs; None lists them now (imports torch), [] leaves
        them to :meth:`set_devices` (the app's window is painted before torch is loaded)."""
        super().__init__(parent)
        self._config = TrainConfig()
        self._loading = False
        form = QFormLayout(self)
        self.form = form
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem("", name)
        self.lr = _double(1e-6, 1e6, 6, 0.01)
        self.batch = QSpinBox()
        self.batch.setRange(0, 1_000_000)
        self.epochs = _int(0, 100_000_000)
        self.l1 = _double(0, 10, 6, 1e-4)
        self.l2 = _double(0, 10, 6, 1e-4)
        self.patience = _int(0, 1_000_000)
        self.val_fraction = _double(0, 0.9, 2, 0.05)
        self.seed = _int(0, 2**31 - 1)
        self.device = QComboBox()
        self.device.addItem("", "auto")
        if devices is None:
            from ...core.train import list_devices

            devices = list_devices()
        self.set_devices(devices)
        self.precision = QComboBox()
        for name in PRECISIONS:
            self.precision.addItem("", name)
        for widget in (self.optimizer, self.lr, self.batch, self.epochs, self.l1, self.l2, self.patience,
                       self.val_fraction, self.seed, self.device, self.precision):
            form.addRow(QLabel(), widget)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(self.note)
        for widget in (self.optimizer, self.device, self.precision):
            widget.currentIndexChanged.connect(self._edited)
        for widget in (self.batch, self.epochs, self.patience, self.seed, self.l1, self.l2, self.val_fraction):
            widget.valueChanged.connect(self._edited)
        self.lr.valueChanged.connect(self._lr_changed)
        self._note_error = None  # the refused value's message, untranslated
        self.retranslate()

    def retranslate(self) -> None:
        labels = [(self.optimizer, self.tr("Optimizer")), (self.lr, self.tr("Learning rate")),
                  (self.batch, self.tr("Batch size")), (self.epochs, self.tr("Epochs")),
                  (self.l1, self.tr("L1")), (self.l2, self.tr("L2")),
                  (self.patience, self.tr("Early-stopping patience")),
                  (self.val_fraction, self.tr("Validation fraction")), (self.seed, self.tr("Seed")),
                  (self.device, self.tr("Device")), (self.precision, self.tr("Precision"))]
        for widget, text in labels:
            self.form.labelForField(widget).setText(text)
        for widget, tip in self._tips().items():
            widget.setToolTip(tip)
            self.form.labelForField(widget).setToolTip(tip)
        for i in range(self.optimizer.count()):
            self.optimizer.setItemText(i, tr_core(_OPTIMIZER_LABELS[self.optimizer.itemData(i)]))
        self.device.setItemText(0, self.tr("auto (CUDA when available)"))
        self.precision.setItemText(0, self.tr("float32 (fast)"))
        self.precision.setItemText(1, self.tr("float64 (exact digits, small networks)"))
        self.batch.setSpecialValueText(self.tr("all data (full batch)"))
        self.patience.setSpecialValueText(self.tr("off"))
        if self._note_error:
            self.note.setText(tr_core(self._note_error))

    def _tips(self) -> dict:
        """What each hyper-parameter does, for its tooltip."""
        return {
            self.optimizer: self.tr("How the gradient moves the weights: SGD takes w -= lr·dE/dw; Momentum, "
                                    "AdaGrad, RMSProp and Adam adapt the step as the lecture notes show."),
            self.lr: self.tr("The step size lr in w -= lr·dE/dw. Too small: slow; too large: the loss jumps "
                             "or becomes NaN. Can be changed while training runs."),
            self.batch: self.tr("Samples per update. Full batch: one update per epoch on all the data "
                                "(plain gradient descent); smaller batches: several noisier updates."),
            self.epochs: self.tr("How many times training goes through all the training data."),
            self.l1: self.tr("L1 regularisation: adds L1·Σ|w| to the loss, pushing weights to exactly 0."),
            self.l2: self.tr("L2 regularisation (weight decay): adds L2·Σw² to the loss, keeping weights small."),
            self.patience: self.tr("Early stopping: stop when the validation loss has not improved for this "
                                   "many epochs, and keep the best weights. Needs a validation fraction."),
            self.val_fraction: self.tr("The share of the data kept out of training to measure over-fitting "
                                       "(the validation loss)."),
            self.seed: self.tr("Fixes the random initial weights and data order: the same seed gives the "
                               "same run. Another seed can escape a plateau."),
            self.device: self.tr("Where training runs: the CPU, or a CUDA GPU when there is one."),
            self.precision: self.tr("How many digits every number keeps. float32 (about 7 significant digits) is "
                                    "fast; float64 (about 16) is slower but matches the lecture notes' worked "
                                    "example to the last printed digit. See them all in View > Numbers."),
        }

    def set_config(self, config: TrainConfig) -> None:
        """Show ``config`` (model -> view); never emits edits."""
        self._config = config
        self._loading = True
        try:
            self.optimizer.setCurrentIndex(self.optimizer.findData(config.optimizer))
            for name, box in self._boxes().items():
                _show(box, getattr(config, name) or 0)  # a value beyond the box is shown at its limit
            index = self.device.findData(config.device)
            self.device.setCurrentIndex(index if index >= 0 else 0)
            self.precision.setCurrentIndex(self.precision.findData(config.precision))
        finally:
            self._loading = False

    def set_devices(self, devices: list[tuple[str, str]]) -> None:
        """The devices to offer after "auto"; the configured one stays selected (never emits edits)."""
        self._loading = True
        try:
            while self.device.count() > 1:
                self.device.removeItem(1)
            for name, description in devices:
                self.device.addItem(f"{name} — {tr_core(description)}", name)
            index = self.device.findData(self._config.device)
            self.device.setCurrentIndex(index if index >= 0 else 0)
        finally:
            self._loading = False

    def set_running(self, running: bool) -> None:
        """During a run only the learning rate stays editable."""
        for widget in (self.optimizer, self.batch, self.epochs, self.l1, self.l2, self.patience,
                       self.val_fraction, self.seed, self.device, self.precision):
            widget.setEnabled(not running)

    def config(self) -> TrainConfig:
        return self._config

    def _boxes(self) -> dict:
        """The config's numeric fields and the spin box that shows each."""
        return {"lr": self.lr, "batch_size": self.batch, "epochs": self.epochs, "l1": self.l1, "l2": self.l2,
                "early_stopping": self.patience, "val_fraction": self.val_fraction, "seed": self.seed}

    def _values(self) -> dict:
        # Before the devices are listed the box holds only "auto": keep the project's choice.
        device = self.device.currentData() if self.device.count() > 1 else self._config.device
        values = dict(optimizer=self.optimizer.currentData(), device=device, precision=self.precision.currentData())
        for name, box in self._boxes().items():
            current = getattr(self._config, name)
            # A project's value the box cannot hold (a seed above 2^31) stays unless the box was edited.
            values[name] = current if box.value() == _clamped(box, current or 0) else box.value()
        values["batch_size"] = values["batch_size"] or None
        return values

    def _edited(self, *_) -> None:
        if self._loading:
            return
        try:
            config = self._config.with_changes(**self._values())
        except AnnVizError as err:
            self._note_error = str(err)
            self.note.setText(tr_core(str(err)))
            self.note.setStyleSheet("color: #d03030;")
            self.refused.emit(tr_core(str(err)))
            self.set_config(self._config)  # show what is still in force
            return
        self.note.setText("")
        self._note_error = None
        self._config = config
        self.config_edited.emit(config)

    def _lr_changed(self, value: float) -> None:
        if not self._loading:
            self._edited()
            self.lr_edited.emit(value)


def _clamped(box, value):
    """``value`` as ``box`` would show it (its limits; the minimum for anything not a finite number)."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return box.minimum()
    if number != number:  # NaN
        return box.minimum()
    if number <= box.minimum():
        return box.minimum()
    if number >= box.maximum():
        return box.maximum()
    return int(value) if isinstance(box, QSpinBox) else round(number, box.decimals())


def _show(box, value) -> None:
    box.setValue(_clamped(box, value))


def _int(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


def _double(low: float, high: float, decimals: int, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    return box
