"""The status bar's permanent line: the graph's first error, else why training cannot go on, else
where training stands (never "Ready to train" once a run has ended)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSizePolicy

from .tr import tr_core


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, "", n)  # the main window's strings, as before


class StatusLine(QLabel):
    def __init__(self, controller, panel, parent=None):
        super().__init__(parent)
        # A long message is cut, never allowed to widen the window (the whole text is in the tooltip).
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.setMinimumWidth(0)
        self.controller, self.panel = controller, panel
        self.problems: list = []
        controller.state_changed.connect(self.refresh)
        panel.problem_changed.connect(self.refresh)

    def set_problems(self, problems: list) -> None:
        self.problems = problems
        self.refresh()

    def _state_text(self, state: str) -> str:
        texts = {"running": _tr("Training..."), "paused": _tr("Paused"), "finished": _tr("Training finished"),
                 "stopped": _tr("Training stopped"), "diverged": _tr("Training diverged")}
        return texts.get(state) or _tr("Ready to train")

    def refresh(self, _state: str = "") -> None:
        """Said again from the current problems and training state (and language)."""
        errors = [p for p in self.problems if p.severity == "error"]
        failure = self.panel.failure_reason()
        if errors:
            text = _tr("Invalid: %1").replace("%1", tr_core(errors[0].message))
            if len(errors) > 1:
                text += " " + _tr("(+%n more)", len(errors) - 1)
        elif failure:
            text = _tr("Cannot train: %1").replace("%1", failure)
        else:
            text = self._state_text(self.controller.state)
            warnings = [p for p in self.problems if p.severity == "warning"]
            if warnings:
                text += " — " + tr_core(warnings[0].message)
        self.setStyleSheet("color: #d03030;" if errors or failure else "")
        self.setText(text)
        tips = [tr_core(p.message) for p in self.problems] + ([failure] if failure and not errors else [])
        self.setToolTip("\n".join(tips) or text)
