"""Tools > Compare Variants...: up to three variants of the open project, each with one or more changes.

The open project is the first run; each checked variant is a box of changes (Add change, Remove),
read by the same core function as the CLI's ``--variant KEY=VALUE,KEY=VALUE``, so the dialog and the
command line build the same runs. A value that cannot work (a width of 0) is said in its variant at
once, and Compare stays off, saying why, until every checked variant can be made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea,
                               QSpinBox, QVBoxLayout, QWidget)

from ...core.compare import MAX_RUNS, VariantError, build_comparison
from ...core.project import Project
from ...core.train.config import MAX_COUNT
from ..language import Retranslatable
from .variant_box import VariantBox, default_value

# The scroll area grows with the variants up to this height; beyond it the variants scroll (a 720 px screen).
MAX_VARIANTS_HEIGHT = 420


def default_variants(project: Project) -> list[tuple[str, str, bool]]:
    """(change, value, checked) for the three variants: another activation (checked), Adam, the next seed."""
    return [(key, default_value(project, key), key == "activation") for key in ("activation", "optimizer", "seed")]


class CompareDialog(Retranslatable, QDialog):
    """Builds the comparison (``comparison()``) once accepted."""

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.variants = [VariantBox(project, i + 1, [(key, value)], checked)
                         for i, (key, value, checked) in enumerate(default_variants(project)[:MAX_RUNS - 1])]
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        for box in self.variants:
            column.addWidget(box)
            box.edited.connect(self._update)
            box.row_added.connect(self._show_row)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.epochs = QSpinBox()
        self.epochs.setRange(0, MAX_COUNT)
        self.epochs.setValue(project.config.epochs)
        self.epochs_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.epochs_label, self.epochs)
        self.reason = QLabel()  # why Compare is off
        self.reason.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addLayout(bottom)
        self.setMinimumWidth(600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare Variants"))
        self.intro.setText(self.tr("The open project is the first run. Each checked variant changes one or more "
                                   "things (Add change); all runs train together from their seeds, shown side by "
                                   "side on one timeline."))
        for box in self.variants:
            box.retranslate()
        self.epochs_label.setText(self.tr("Epochs (every run)"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Compare"))
        self._update()

    def problem(self) -> str:
        """Why the comparison cannot be made yet ("" when it can), translated."""
        checked = [box for box in self.variants if box.isChecked()]
        if not checked:
            return self.tr("Check at least one variant.")
        for box in checked:
            problem = box.problem()
            if problem:
                return self.tr("Variant %1: %2").replace("%1", str(box.number)).replace("%2", problem)
        return ""

    def _update(self) -> None:
        problem = self.problem()
        ok = self.buttons.button(QDialogButtonBox.Ok)
        ok.setEnabled(not problem)
        ok.setToolTip(problem)
        self.reason.setText(problem)
        self.reason.setVisible(bool(problem))
        self._fit_variants()

    def _fit_variants(self) -> None:
        """The scroll area as tall as the variants (up to MAX_VARIANTS_HEIGHT), so that few rows never scroll."""
        inner = self.scroll.widget()
        if inner is None:
            return
        inner.adjustSize()
        height = inner.sizeHint().height()
        self.scroll.setMinimumHeight(min(height, MAX_VARIANTS_HEIGHT))
        # A frame only when the variants scroll: it shows where the cut-off rows go on.
        self.scroll.setFrameShape(QFrame.StyledPanel if height > MAX_VARIANTS_HEIGHT else QFrame.NoFrame)

    def _show_row(self, row) -> None:
        """A row added below the scrolled part comes into view (once the layout has placed it)."""
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(row))

    def accept(self) -> None:
        if not self.problem():  # Enter on a disabled Compare does nothing
            super().accept()

    def comparison(self):
        """The comparison of the open project and the checked variants (VariantError if one cannot be made)."""
        problem = self.problem()
        if problem:
            raise VariantError(problem)
        variants = [box.changes() for box in self.variants if box.isChecked()]
        return build_comparison(self.project, variants, epochs=self.epochs.value(), title=self.project.title)
