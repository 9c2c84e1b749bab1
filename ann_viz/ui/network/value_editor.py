"""A small in-place line edit for typing a weight or a bias (non-modal: Enter applies; Esc or a click
elsewhere cancels)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QLineEdit


class ValueEditor(QLineEdit):
    committed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowFlags(Qt.Popup)
        validator = QDoubleValidator(self)
        validator.setNotation(QDoubleValidator.ScientificNotation)
        validator.setLocale(QLocale.c())  # '.' as the decimal point, as everywhere else in the app
        self.setValidator(validator)
        self.setMinimumWidth(120)
        self.returnPressed.connect(self._commit)

    def open_at(self, global_pos: QPoint, value: float, tip: str) -> None:
        self.setText(f"{value:.6g}")
        self.setToolTip(tip)
        self.setPlaceholderText(tip)
        self.move(global_pos)
        self.show()
        self.selectAll()
        self.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.cancel()  # a click elsewhere: the typed text is dropped, nothing is applied

    def cancel(self) -> None:
        if self.isVisible():
            self.hide()

    def _commit(self) -> None:
        try:
            value = float(self.text().replace(",", "."))
        except ValueError:
            return
        self.hide()
        self.committed.emit(value)
