"""A long word-wrapped caption in a scroll area: at least two lines tall, more when there is room.

A bare word-wrapped label asks for its whole text's height as its minimum, so a long caption in a
narrow dock pushed the dock, and so the window, taller (the window must never grow by itself)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy


def caption_box(label: QLabel, lines: int = 2) -> QScrollArea:
    """``label`` (word-wrapped) inside a frameless vertical scroll area at least ``lines`` tall."""
    label.setWordWrap(True)
    box = QScrollArea()
    box.setWidget(label)
    box.setWidgetResizable(True)
    box.setFrameShape(QFrame.NoFrame)
    box.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + 4)
    box.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
    return box
