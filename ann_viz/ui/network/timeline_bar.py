"""The timeline under the neuron view: scrub back through recent snapshots, replay them, go live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from ..language import Retranslatable


class TimelineBar(Retranslatable, QWidget):
    scrubbed = Signal(int)  # an index into the recorded snapshots
    live_requested = Signal()
    replay_toggled = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 0)
        self.label = QLabel()
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("epoch 000000 · backward (replay)"))
        self.replay = QToolButton()
        self.replay.setCheckable(True)
        self.live = QToolButton()
        self.title = QLabel()
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.replay)
        layout.addWidget(self.live)
        self.slider.valueChanged.connect(self._moved)
        self.live.clicked.connect(self.live_requested)
        self.replay.toggled.connect(self.replay_toggled)
        self._quiet = False

    def retranslate(self) -> None:
        self.slider.setToolTip(self.tr("Drag to replay the recent steps (kept in memory)"))
        self.replay.setText(self.tr("Replay"))
        self.replay.setToolTip(self.tr("Play the recorded steps from the slider's position"))
        self.live.setText(self.tr("Live"))
        self.live.setToolTip(self.tr("Show the newest step again"))
        self.title.setText(self.tr("Timeline"))

    def _moved(self, value: int) -> None:
        if not self._quiet:
            self.scrubbed.emit(value)

    def set_count(self, count: int, position: int) -> None:
        """Range 0..count-1 with the handle at ``position``, without announcing a scrub."""
        self._quiet = True
        self.slider.setRange(0, max(0, count - 1))
        self.slider.setValue(position)
        self._quiet = False

    def set_text(self, text: str) -> None:
        self.label.setText(text)
