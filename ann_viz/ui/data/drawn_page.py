"""The data panel's page for points drawn on the input plane: how many, and Export as text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton

from ...core.atomic import write_text_atomic
from ...core.data.drawn import drawn_text
from ...core.errors import AnnVizError
from ..tr import tr_core
from .pages import Page, wrapping_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataPanel", text)


def export_drawn(spec: dict, path: str | Path) -> None:
    """Write the drawn points as a train.txt table (atomically): the Text file kind loads it back."""
    write_text_atomic(path, drawn_text(spec))


class DrawnPage(Page):
    """Shown, not edited here: the points are edited on the input plane (Draw)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.note, self.result = wrapping_label(), wrapping_label()
        self.form.addRow(self.note)
        self.export = QPushButton()
        self.export.clicked.connect(self._export_clicked)
        self.form.addRow(self.export)
        self.form.addRow(self.result)
        self._spec: dict = {"kind": "drawn"}
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        count = len(self._spec.get("points", []))
        self.note.setText(_tr("%1 points drawn on the input plane. Turn on Draw there to add, move or remove "
                              "points; a run keeps training on them.").replace("%1", str(count)))
        self.export.setText(_tr("Export as text..."))
        self.export.setToolTip(_tr("Save the points as a table like train.txt (x1 x2 label), which the Text file "
                                   "kind loads again."))

    def show_spec(self, spec: dict) -> None:
        self._spec = dict(spec)
        self.result.setText("")
        self.export.setEnabled(bool(spec.get("points")))
        self.retranslate()

    def spec(self) -> dict:
        return dict(self._spec)

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, _tr("Export the drawn points"), str(Path.home() / "drawn.txt"),
                                              _tr("Text table (*.txt *.csv);;All files (*)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        """Write the table to ``path``; the result (or why not) is shown under the button."""
        try:
            export_drawn(self._spec, path)
        except (AnnVizError, OSError) as err:
            self.result.setText(_tr("Not exported: %1").replace("%1", tr_core(str(err))))
            return False
        self.result.setText(_tr("Exported to %1").replace("%1", str(path)))
        return True
