"""Live views during training: stepped plot ranges keep the data in view while the axes stay still;
status labels change text without re-laying out the window."""

from __future__ import annotations

import numpy as np
import pytest

from ann_viz.ui.training.live_plot import decade_span, ms_to_phase, step_up, stepped_span


@pytest.mark.parametrize("value, step", [(0.693, 0.8), (1.0, 1.0), (1600, 2000), (7, 8), (9, 10), (0.0013, 0.0015),
                                         (4001, 5000), (1e-7, 1e-7)])
def test_step_up(value, step):
    assert step_up(value) == pytest.approx(step)


def test_spans():
    assert stepped_span(0.01, 0.693) == pytest.approx((0.0, 0.8))
    assert stepped_span(-0.2, 0.7) == pytest.approx((-0.2, 0.8))
    assert stepped_span(0.0, 0.0) == (0.0, 1.0)
    assert decade_span(0.003, 0.7) == (-3.0, 0.0)
    assert decade_span(0.01, 0.01) == (-2.0, -1.0)


def test_phase_is_within_a_period():
    assert all(0 <= ms_to_phase(p) <= 100 for p in (0.0, 0.05))


def _rows(first: int, last: int, loss) -> np.ndarray:
    epochs = np.arange(first, last, dtype=float)
    return np.column_stack([epochs, loss(epochs), np.full(len(epochs), np.nan), np.full(len(epochs), np.nan)])


def _view(plot):
    (x0, x1), (y0, y1) = plot.plot.getViewBox().viewRange()
    return x0, x1, y0, y1


def test_loss_plot_follows_the_data_in_steps_and_keeps_its_axes(qtbot):
    from ann_viz.ui.training.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(470, 230)
    plot.show()
    qtbot.waitExposed(plot)
    plot.append(_rows(0, 1200, lambda e: 0.7 * np.exp(-e / 500)))
    plot._draw()
    x0, x1, y0, y1 = _view(plot)
    assert x0 <= 0 and 1500 <= x1 <= 1.1 * 1500  # the step above 1199 is 1500 (and a margin of <= 10 %)
    assert y0 <= 0 and 0.8 <= y1 <= 1.1 * 0.8
    qtbot.wait(50)
    axis = plot.plot.getAxis("bottom")
    picture = axis.picture
    assert picture is not None  # painted once
    plot.append(_rows(1200, 1450, lambda e: 0.7 * np.exp(-e / 500)))
    plot._draw()
    qtbot.wait(50)
    assert _view(plot) == (x0, x1, y0, y1)
    assert axis.picture is picture  # same range: the axis was not regenerated
    plot.append(_rows(1450, 2500, lambda e: 0.7 * np.exp(-e / 500)))
    plot._draw()
    assert 3000 <= _view(plot)[1] <= 1.1 * 3000  # the step above 2499

    plot.log_y.setChecked(True)  # log10 units, whole decades around the data
    x0, x1, y0, y1 = _view(plot)
    assert y0 <= np.log10(0.7 * np.exp(-2499 / 500)) and y1 >= np.log10(0.7)
    plot.log_y.setChecked(False)
    assert 0.8 <= _view(plot)[3] <= 1.1 * 0.8


def test_a_user_zoom_stops_the_following_until_auto_range(qtbot):
    from ann_viz.ui.training.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.append(_rows(0, 100, lambda e: 1 / (1 + e)))
    plot._draw()
    view = plot.plot.getViewBox()
    view.scaleBy((0.5, 0.5))  # what a mouse wheel does; it emits sigRangeChangedManually
    view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    zoomed = _view(plot)
    plot.append(_rows(100, 1000, lambda e: 1 / (1 + e)))
    plot._draw()
    assert _view(plot) == zoomed
    plot.plot.getPlotItem().autoBtnClicked()  # the "A" button
    assert plot.range.following
    assert _view(plot)[1] >= 999
    assert not any(view.state["autoRange"])  # ours, in steps, not pyqtgraph's on every point


def test_steady_label_changes_text_without_relayout_until_it_needs_room(qtbot):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ann_viz.ui.training.steady_label import SteadyLabel

    parent = QWidget()
    qtbot.addWidget(parent)
    label = SteadyLabel()
    QVBoxLayout(parent).addWidget(label)
    parent.show()
    qtbot.waitExposed(parent)
    label.setText("Epoch 100 / 5000")
    qtbot.wait(10)
    requests = []

    class Spy(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.LayoutRequest:
                requests.append(obj)
            return False

    spy = Spy()
    parent.installEventFilter(spy)
    for epoch in range(101, 120):
        label.setText(f"Epoch {epoch} / 5000")
    qtbot.wait(10)
    assert requests == []  # same size: the window is not laid out again
    assert label.text() == "Epoch 119 / 5000"
    label.setText("Epoch 119 / 5000 and a much longer text than before")
    qtbot.wait(10)
    assert requests  # it needs more room: laid out once
    assert label.width() >= label.sizeHint().width()
    parent.removeEventFilter(spy)


def test_validation_loss_is_listed_only_when_there_is_one(qtbot):
    """A run without a validation split has no orange curve: its legend must not promise one."""
    from ann_viz.ui.training.loss_plot import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    legend = plot.plot.getPlotItem().legend
    names = lambda: [label.text for _, label in legend.items]  # noqa: E731
    plot.append(_rows(0, 50, lambda e: 0.7 - e / 100))
    plot._draw()
    assert names() == ["train loss"]
    rows = _rows(50, 60, lambda e: 0.2 + 0 * e)
    rows[:, 2] = 0.3  # a validation split
    plot.append(rows)
    plot._draw()
    assert names() == ["train loss", "validation loss"]
    plot.clear()
    assert names() == ["train loss"]
