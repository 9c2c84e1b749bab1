"""Start-up in two stages: the window paints first, the heavy views follow.

The first stage (editor, palette, lesson, inspector, training controls, menus) needs only
Qt and the torch-free core. The docks whose views need pyqtgraph (plots, planes, the
neuron view) hold a placeholder that says what is coming; torch loads on the training
thread meanwhile. Once the first trainer is ready, the views are built and take the
placeholders' places, fed with what was reported before they existed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel

from .language import Retranslatable


class Placeholder(Retranslatable, QLabel):
    """A quiet, centred line in the dock a view will fill (``text``: a function giving the translated text)."""

    def __init__(self, text, parent=None):
        super().__init__(parent)
        self._text = text
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)
        self.setEnabled(False)  # drawn in the palette's muted text colour
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self._text())


class _FirstPaint(QObject):
    def __init__(self, window, callback):
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.parent(), self._callback)  # runs once the whole window is painted
            self.deleteLater()
        return False


def after_first_paint(window, callback) -> None:
    """Call ``callback()`` on the GUI thread once ``window`` has been painted the first time."""
    _FirstPaint(window, callback)


def add_placeholder_dock(window, name: str, title, waiting, area):
    """A dock named ``name`` (saveState() needs stable names), titled ``title()`` in the current
    language, holding a placeholder that says ``waiting()`` until :func:`fill_dock` fills it."""
    from PySide6.QtWidgets import QDockWidget

    dock = QDockWidget(window)
    window.bind_text(dock.setWindowTitle, title)
    dock.setObjectName(name)
    dock.setWidget(Placeholder(waiting))
    window.addDockWidget(area, dock)
    return dock


def fill_dock(dock, widget) -> None:
    """Put ``widget`` where the dock's placeholder was (the placeholder goes)."""
    old = dock.widget()
    dock.setWidget(widget)
    if old is not None and old is not widget:
        old.deleteLater()


class EarlyHistory(QObject):
    """The loss history the controller reported before the loss plot existed (from its last clear)."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.handed: list = []  # what hand_over gave, for another view that reads the same rows
        self._controller = controller
        controller.history_cleared.connect(self.clear)
        controller.history_appended.connect(self.append)

    @Slot()
    def clear(self) -> None:
        self.rows = []

    @Slot(object)
    def append(self, rows) -> None:
        self.rows.append(rows)

    def hand_over(self, append) -> None:
        """Give every kept piece to ``append`` (the plot's own slot) and stop listening."""
        self._controller.history_cleared.disconnect(self.clear)
        self._controller.history_appended.disconnect(self.append)
        for rows in self.rows:
            append(rows)
        self.handed, self.rows = self.rows, []


def build_views(window) -> None:
    """Build the loss and gradient plots, the plane views and the neuron view into ``window``'s
    docks, wired to its training controller; in a staged start, feed them what came before."""
    from .landscape import install_landscape_view
    from .network import install_network_view
    from .plane.install import install_plane_views
    from .training.gradient_plot import GradientPlot
    from .training.loss_plot import LossPlot

    controller = window.controller
    window.loss_plot = LossPlot(window)
    fill_dock(window.loss_dock, window.loss_plot)
    window.gradient_plot = GradientPlot(window)
    fill_dock(window.gradient_dock, window.gradient_plot)
    install_plane_views(window)
    install_landscape_view(window)
    install_network_view(window)
    controller.history_cleared.connect(window.loss_plot.clear)
    controller.history_appended.connect(window.loss_plot.append)
    controller.history_cleared.connect(window.gradient_plot.clear)
    controller.snapshot_changed.connect(window.gradient_plot.add_snapshot)
    controller.history_appended.connect(window.gradient_plot.append)  # per-epoch gradient sizes
    controller.history_truncated.connect(window.loss_plot.truncate)  # Step back
    controller.history_truncated.connect(window.gradient_plot.truncate)
    window.training_panel.advice_changed.connect(window.loss_plot.set_note)  # what to try at a plateau
    early = getattr(window, "_early_history", None)
    if early is not None:  # what the trainer reported before the plots existed
        early.hand_over(window.loss_plot.append)
        for rows in early.handed:  # the gradient plot reads the same rows
            window.gradient_plot.append(rows)
        if controller.latest is not None:
            window.gradient_plot.add_snapshot(controller.latest)
        window.statusBar().clearMessage()  # "Loading PyTorch..."
