"""Why a run broke, in the window: the divergence lesson run until it diverges shows the last finite
step, marks the neuron and the weight that exploded with how fast things grew, and continues from
before the divergence with a tenth of the learning rate, which the form then shows."""

from __future__ import annotations

import numpy as np

from ann_viz.core.inspect.divergence import explain_divergence
from tests.ui.test_network_view import save
from tests.ui.test_training import click, wait_configured, wait_state


def diverge(qtbot, window):
    window.open_lesson("divergence-high-lr")
    wait_configured(qtbot, window)
    click(qtbot, window.training_panel.play_button)
    wait_state(qtbot, window, "diverged", timeout=20_000)
    banner = window.divergence_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    return banner


def test_a_diverged_run_is_explained_marked_and_continued_with_a_tenth_of_the_rate(qtbot, window):
    window.resize(1280, 680)
    banner = diverge(qtbot, window)
    trainer = window.controller.worker.trainer
    report = explain_divergence(trainer)
    assert banner.report == report and report.lr == 5.0
    # the views show the last finite step
    panel = window.network_panel
    shown = panel.display_snapshot()
    assert shown.epoch == report.epoch == trainer.epoch
    for group in (shown.params, shown.values):
        assert all(np.isfinite(v).all() for v in group.values())
    assert window.controller.latest.epoch == report.epoch
    source = window.plane_source  # the planes draw the same last finite weights
    qtbot.waitUntil(lambda: source.frame is not None and source.frame.epoch == report.epoch, timeout=10_000)
    for name, value in source.frame.params.items():
        np.testing.assert_array_equal(value, trainer.state_arrays()[name])
    window.numbers_dock.show()  # the numbers too
    qtbot.waitUntil(lambda: window.numbers_view.shown is not None, timeout=10_000)
    assert window.numbers_view.shown.epoch == report.epoch
    # the marks: the neuron selected, its largest weight highlighted and explained
    net = panel.net
    conn = net.connection_of(report.layer)
    assert panel.canvas.neurons.selected == panel.canvas.neuron_index(conn.target, report.neuron)
    marked = panel.canvas.marked_edge
    assert (marked.kind, marked.layer, marked.j, marked.i) == ("edge", report.layer, report.neuron, report.source)
    assert panel.canvas.edge_index(marked) is not None
    weight = net.weight_label(report.layer, report.neuron, report.source)
    assert weight in panel.info.text()
    text = banner.text.text()
    assert f"epoch {report.epoch}, the last finite step" in text and f"×{report.loss_growth:.3g}" in text
    assert f"×{report.layer_growth:.3g}" in text and f"{weight} = {report.weight:.4g}" in text
    assert banner.button.text() == "Continue with learning rate 0.5 (÷10)" and banner.button.isEnabled()
    image = save(window, "divergence_banner")
    assert (image.width(), image.height()) == (1280, 680)  # the note never grows the window
    # continue: back before the divergence, the smaller rate in the form and the trainer, training again
    click(qtbot, banner.button)
    assert window.settings_form.lr.value() == 0.5
    assert window.document.project.config.lr == 0.5
    assert not banner.isVisible() and panel.canvas.marked_edge is None
    wait_state(qtbot, window, "finished", timeout=30_000)
    trainer = window.controller.worker.trainer
    assert trainer.config.lr == 0.5 and trainer.divergence is None and trainer.epoch == 1001
    losses = trainer.history.train_loss
    assert np.isfinite(losses).all() and losses[-1] < 0.01
    assert window.training_panel.reason_label.text() == ""


def test_the_note_in_korean(qtbot, window):
    from ann_viz.ui.language import switch_language

    window.resize(1280, 680)
    banner = diverge(qtbot, window)
    switch_language("ko", window.settings)
    try:
        qtbot.waitUntil(lambda: "발산한 이유" in banner.text.text(), timeout=5_000)
        assert banner.button.text() == "학습률 0.5(÷10)로 계속"
        image = save(window, "divergence_banner_ko")
        assert (image.width(), image.height()) == (1280, 680)
    finally:
        switch_language("en", window.settings)


def test_reset_takes_the_note_and_the_marks_away(qtbot, window):
    banner = diverge(qtbot, window)
    assert window.network_panel.canvas.marked_edge is not None
    click(qtbot, window.training_panel.reset_button)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert window.network_panel.canvas.marked_edge is None and banner.report is None


def test_stepping_into_a_divergence_explains_it_too(qtbot, window):
    window.open_lesson("divergence-high-lr")
    wait_configured(qtbot, window)
    controller, panel = window.controller, window.training_panel
    states = []
    controller.state_changed.connect(states.append)
    for _ in range(100):
        steps = len(states)
        qtbot.waitUntil(panel.step_epoch.isEnabled, timeout=20_000)
        click(qtbot, panel.step_epoch)
        qtbot.waitUntil(lambda: any(s in ("paused", "diverged") for s in states[steps:]), timeout=20_000)
        if "diverged" in states[steps:]:
            break
    assert controller.state == "diverged"
    qtbot.waitUntil(window.divergence_banner.isVisible, timeout=10_000)
    assert window.divergence_banner.report.epoch == controller.worker.trainer.epoch
    assert window.network_panel.canvas.marked_edge is not None


def test_the_whole_note_is_readable_at_1280x720_in_both_languages(qtbot, window):
    """Its lines wrap beside the button: the label is as tall as its wrapped text (five lines in
    English at 1280x680 were cut to four, losing "...where the numbers exploded")."""
    from ann_viz.ui.language import switch_language

    window.resize(1280, 680)
    banner = diverge(qtbot, window)
    try:
        for language in ("en", "ko"):
            switch_language(language, window.settings)
            qtbot.wait(50)  # the wrapped height follows the new words' layout
            label = banner.text
            qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5_000)
            assert "exploded" in label.text() or "폭발" in label.text()
    finally:
        switch_language("en", window.settings)
