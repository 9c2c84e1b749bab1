"""A label whose text changes many times a second without re-laying out the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    """A QLabel whose size is fixed to the largest text it has shown.

    Qt answers every text change of a label with ``updateGeometry()``, and that re-lays
    out each parent up to the main window (every dock) unless the label's size is fixed:
    at 60 snapshots a second this was a good part of the GUI thread's time while training
    runs. With a fixed size only a text larger than any before re-lays out the window.
    """

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        wanted = self.sizeHint()
        if self.minimumSize() != self.maximumSize():  # not fixed yet
            self.setFixedSize(wanted)
        elif wanted.width() > self.width() or wanted.height() > self.height():
            self.setFixedSize(wanted.expandedTo(self.size()))
