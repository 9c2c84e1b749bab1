"""Log-scale gradient plots label 1, 2 and 5 times a power of ten only: pyqtgraph's own labels of every
minor tick were drawn one over the other near the top of a decade ("0.0009", "0.0008", ...)."""

from __future__ import annotations

import numpy as np

from ann_viz.ui.log_axis import SparseLogAxis


def test_only_1_2_and_5_of_each_decade_are_labelled(qtbot):
    axis = SparseLogAxis("left")
    values = np.log10([1e-3, 9e-4, 8e-4, 5e-4, 3e-4, 2e-4, 1e-4, 2e-5])
    assert axis.logTickStrings(list(values), 1.0, 1.0) == ["0.001", "", "", "0.0005", "", "0.0002", "0.0001",
                                                           "2·10⁻⁵"]


def test_the_comparison_and_health_ratio_plots_use_it(qtbot, window):
    from ann_viz.core.presets.comparisons import get_comparison_lesson
    from ann_viz.ui.compare import CompareWindow
    from ann_viz.ui.health.view import HealthView

    view = CompareWindow(get_comparison_lesson("compare-sigmoid-relu").comparison())
    qtbot.addWidget(view)
    assert isinstance(view.plots.grad_plot.getPlotItem().getAxis("left"), SparseLogAxis)
    assert isinstance(view.plots.loss_plot.getPlotItem().getAxis("left"), SparseLogAxis)
    health = HealthView(window.controller, window.document)
    qtbot.addWidget(health)
    assert isinstance(health.ratio_plot.getAxis("left"), SparseLogAxis)
