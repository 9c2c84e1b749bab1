"""Why a run broke, in the window: when a run diverges, a note over the neuron view says how fast the
loss and the gradients grew, the neuron view marks the neuron and the weight that blew up (showing the
last finite step), and one button goes back before the divergence and trains on with a tenth of the
learning rate, which the hyper-parameter form then shows.

The numbers come from :func:`ann_viz.core.inspect.divergence.explain_divergence` (on the training thread);
this file only words them and wires the button to the controller.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from ...core.inspect.divergence import LR_CUT, WINDOW
from ..language import Retranslatable
from ..tr import fill

SMALLEST_LR = 1e-6  # the hyper-parameter form's lowest learning rate
_ENDED = ("running", "idle", "configuring", "unconfigured", "failed")  # the report no longer holds


def _tr(text: str) -> str:
    return QCoreApplication.translate("DivergenceBanner", text)


def _x(growth: float) -> str:
    return f"×{growth:.3g}"


class DivergenceBanner(Retranslatable, QFrame):
    """The note and the "Continue with learning rate / 10" button; hidden until a run diverges."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.main_window = window
        self.report = None
        self.names: tuple[str, str, str, str] | None = None  # neuron, its layer, the weight, its source
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("DivergenceBanner { background: #fff4e5; border: 1px solid #e0a050; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.RichText)
        self.text.setMinimumWidth(1)
        # Never wider than the dock (the window must not grow); as tall as its wrapped lines (at least four),
        # the dock's drawing gives way.
        self.text.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.text.setMinimumHeight(4 * self.text.fontMetrics().lineSpacing())
        self.text.installEventFilter(self)  # a new width wraps the words again: _fit_text
        self.button = QPushButton()
        self.button.clicked.connect(self.continue_smaller)
        layout = QHBoxLayout(self)  # the button beside the words: the drawing below keeps its height
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignVCenter)
        controller = window.controller
        controller.divergence_explained.connect(self.show_report)
        controller.state_changed.connect(self._state_changed)
        controller.history_cleared.connect(self.dismiss)
        self.hide()

    # ----- showing --------------------------------------------------------------------------------
    @Slot(object)
    def show_report(self, report) -> None:
        self.report = report
        self.names = self._mark(report)
        self.retranslate()
        self.show()
        dock = getattr(self.main_window, "network_dock", None)
        if dock is not None and self.parent() is not self.main_window.training_panel:
            dock.raise_()  # the note and the marks in sight

    def _mark(self, report) -> tuple[str, str, str, str] | None:
        """Select the neuron and highlight the weight in the neuron view; their names, or None."""
        from ..network.canvas import Target  # pyqtgraph: not before the window's first paint
        panel = getattr(self.main_window, "network_panel", None)
        net = getattr(panel, "net", None)
        if net is None or report.layer is None or report.neuron is None:
            return None
        try:
            conn = net.connection_of(report.layer)
        except KeyError:
            return None
        column, source = net.columns[conn.target], net.columns[conn.source]
        panel.mark(Target("neuron", column.index, report.neuron, layer=report.layer),
                   Target("edge", column.index, report.neuron, report.source, report.layer))
        return (net.a_label(column, report.neuron), report.layer,
                net.weight_label(report.layer, report.neuron, report.source), net.a_label(source, report.source))

    def retranslate(self) -> None:
        report = self.report
        if report is None:
            return
        text = fill(_tr("<b>Why it broke</b> (shown: epoch %1, the last finite step)"), report.epoch)
        if report.loss_growth is not None:
            text += fill(_tr(": over the last %1 epochs the loss grew %2 per epoch"), WINDOW, _x(report.loss_growth))
            if report.layer_growth is not None:
                text += fill(_tr(", the gradient ‖dL/dW‖ of %1 %2"), report.layer, _x(report.layer_growth))
        lines = [text + "."]
        if self.names is not None and report.weight is not None:
            neuron, layer, weight, source = self.names
            lines.append(fill(_tr("Marked: %1 = %2 (%3 → %4), the largest weight of %5, and neuron %4, where the "
                                  "numbers exploded."), weight, f"{report.weight:.4g}", source, neuron, layer))
        self.text.setText("<br>".join(lines))
        self._fit_text()
        usable = report.suggested_lr >= SMALLEST_LR
        self.button.setText(fill(_tr("Continue with learning rate %1 (÷%2)"), f"{report.suggested_lr:g}",
                                 f"{LR_CUT:g}"))
        self.button.setEnabled(usable)
        self.button.setToolTip(_tr("Go back to the lowest loss before the divergence and train on from there "
                                   "with the smaller learning rate.") if usable else
                               fill(_tr("The learning rate cannot go below %1."), f"{SMALLEST_LR:g}"))

    def _fit_text(self) -> None:
        lines = 4 * self.text.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(max(lines, self.text.heightForWidth(max(1, self.text.width()))))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.text and event.type() == QEvent.Resize and event.oldSize().width() != event.size().width():
            self._fit_text()
        return False

    # ----- continuing -----------------------------------------------------------------------------
    @Slot()
    def continue_smaller(self) -> None:
        """Back before the divergence, the smaller rate in the form and the trainer, and Play."""
        report, window = self.report, self.main_window
        if report is None or report.suggested_lr < SMALLEST_LR:
            return
        config = window.document.project.config.with_changes(lr=report.suggested_lr)
        window.settings_form.set_config(config)  # the form shows the new rate
        window.training_panel.config_changed(config)  # the project keeps it; the trainer takes it
        window.training_panel.clear_reason()
        window.controller.continue_after_divergence(report.suggested_lr)
        self.dismiss()
        window.training_panel.play_button.setChecked(True)  # queued after the rewind: trains from there

    @Slot()
    def dismiss(self) -> None:
        self.report = self.names = None
        panel = getattr(self.main_window, "network_panel", None)
        if panel is not None:
            panel.canvas.mark_edge(None)
        self.hide()

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        if state in _ENDED and self.report is not None:
            self.dismiss()


def install_divergence_banner(window) -> DivergenceBanner:
    """Sets ``window.divergence_banner``: above the neuron view's drawing, where the marks are (under the
    training panel's red line until the neuron view is built, in the app's staged start)."""
    panel = window.training_panel
    banner = DivergenceBanner(window, panel)
    layout = panel.layout()
    layout.insertWidget(layout.indexOf(panel.reason_label) + 1, banner)
    window.divergence_banner = banner

    def move_to_neuron_view() -> None:
        network = getattr(window, "network_panel", None)
        if network is not None and banner.parent() is panel:
            layout.removeWidget(banner)
            network.add_banner(banner)

    window.views_built.connect(move_to_neuron_view)
    move_to_neuron_view()
    return banner
