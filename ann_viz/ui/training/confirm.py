"""Ask before an action throws a trained run (its weights and loss history) away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConfirmDiscard", text)


def _ask(parent, title: str, text: str) -> bool:
    """The question box (tests replace this one function: a modal box would wait for a click)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def confirm_discard(parent, epochs: int, action: str) -> bool:
    """True when nothing trained would be lost (``epochs`` 0) or the user agrees; ``action`` says
    what is about to happen, in a sentence (translated)."""
    if epochs <= 0:
        return True
    text = _tr("%1\n\nThe run trained up to epoch %2 and its loss history will be lost.").replace(
        "%1", action).replace("%2", str(epochs))
    return _ask(parent, _tr("Throw away the trained run?"), text)
