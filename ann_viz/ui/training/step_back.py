"""The Step back buttons: back one phase or one epoch, beside Step phase and Step epoch.

The trainer restores the earlier weights, optimizer state and data order exactly (see
:mod:`...core.train.rewind`), so stepping forward again gives the same numbers. The worker
reports after every command whether there is anything to go back to; the buttons say why not.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from .controller import TrainingController

SHORTCUTS = {"phase": "Alt+Left", "epoch": "Alt+Shift+Left"}


class StepBackButtons(QObject):
    """``phase`` and ``epoch``: the two buttons (the panel lays them out)."""

    def __init__(self, controller: TrainingController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.buttons = {unit: QPushButton(parent) for unit in SHORTCUTS}
        for unit, button in self.buttons.items():
            button.setObjectName(f"stepBack_{unit}")
            button.setShortcut(QKeySequence(SHORTCUTS[unit]))
            button.clicked.connect(lambda _=False, u=unit: controller.step_back(u))
            button.setEnabled(False)
        self.phase, self.epoch = self.buttons["phase"], self.buttons["epoch"]
        self._allowed, self._why_not = False, ""
        self.retranslate()

    def retranslate(self) -> None:
        self.phase.setText(self.tr("◀ Back phase"))
        self.epoch.setText(self.tr("◀ Back epoch"))
        self.update_buttons(self._allowed, self._why_not)  # the reason is given in the new language

    def update_buttons(self, allowed: bool, why_not: str = "") -> None:
        """``allowed``: stepping is possible now (not running, a trainer, no Step layer); ``why_not``
        says otherwise (the panel's reason)."""
        self._allowed, self._why_not = allowed, why_not
        can = self.controller.can_step_back
        tips = {"phase": self.tr("Go back one phase (forward, loss, backward or update) to the numbers before "
                                 "it, then step again: the same numbers come back exactly. (%1)"),
                "epoch": self.tr("Go back to the start of this epoch, or of the last one at an epoch's end, "
                                 "with the weights and optimizer state of then. (%1)")}
        for unit, button in self.buttons.items():
            button.setEnabled(allowed and can[unit])
            tip = tips[unit].replace("%1", QKeySequence(SHORTCUTS[unit]).toString(QKeySequence.NativeText))
            if not allowed and why_not:
                tip += "\n\n" + why_not
            elif not can[unit]:
                tip += "\n\n" + self._nothing_text(unit)
            button.setToolTip(tip)

    def _nothing_text(self, unit: str) -> str:
        if self.controller.is_running():
            return self.tr("Not while training runs: Pause first.")
        if unit == "epoch" and self.controller.can_step_back["phase"]:
            return self.tr("The start of that epoch is no longer kept (only the latest steps are).")
        return self.tr("Nothing to go back to: Step back goes over the phases and epochs stepped since the "
                       "last Play, Reset or typed weight.")
