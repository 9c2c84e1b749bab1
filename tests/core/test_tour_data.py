"""Guided tours as data: every step names a known control and event, every text is translated to
Korean with its fields, and waits and checks judge the state as the student would."""

from __future__ import annotations

import re

import pytest

from ann_viz.core.i18n import TsCatalog
from ann_viz.core.presets import get_preset
from ann_viz.core.tours import FINISHED, TOURS, Check, TourState, Wait, targets, tour_for

ISSUE_LESSONS = ("xor-2-2-1", "perceptron-xor", "worked-2-2-2", "gate-xor", "xor-deep-sigmoid", "xor-deep-relu",
                 "optimizer-sgd", "optimizer-adam")
KNOWN_TARGETS = {v for k, v in vars(targets).items() if k.isupper()}


def tour_texts():
    for tour in TOURS.values():
        yield tour.title
        for step in tour.steps:
            yield step.text
            if step.check is not None:
                yield step.check.ok
                yield step.check.otherwise
    yield FINISHED


def test_the_issue_lessons_have_tours_of_four_to_eight_steps():
    for preset in ISSUE_LESSONS:
        tour = tour_for(preset)
        assert tour is not None and 4 <= len(tour.steps) <= 8, preset
    assert tour_for("residual") is None and tour_for(None) is None
    for tour in TOURS.values():
        get_preset(tour.preset)  # a real lesson
        assert all(step.target in KNOWN_TARGETS | {""} for step in tour.steps), tour.preset
        assert any(step.wait.kind != "next" for step in tour.steps), f"{tour.preset} never waits for the student"


def test_every_tour_text_has_a_korean_translation_with_its_fields():
    catalog = TsCatalog.for_language("ko")
    for text in tour_texts():
        korean = catalog.entries.get(("core", text))
        assert korean, f"no Korean for {text!r}"
        assert re.search(r"[\uac00-\ud7a3]", korean), korean
        assert sorted(re.findall(r"\{\w+\}", korean)) == sorted(re.findall(r"\{\w+\}", text)), text


def test_waits_count_what_happened_since_the_step_began():
    start = TourState(preset="xor-2-2-1", play_presses=2, phase_steps=1, weight_edits=3)
    assert not Wait("play_pressed").met(start, start)
    assert Wait("play_pressed").met(start, start.but(play_presses=3))
    assert not Wait("phase", "loss").met(start, start.but(phase="loss"))  # not stepped since
    assert Wait("phase", "loss").met(start, start.but(phase="loss", phase_steps=2))
    assert not Wait("phase", "loss").met(start, start.but(phase="forward", phase_steps=2))
    assert Wait("run_finished").met(start, start.but(state="finished"))
    assert Wait("epoch_at_least", 10).met(start, start.but(epoch=10, state="running"))
    assert not Wait("epoch_at_least", 10).met(start, start.but(epoch=10, state="configuring"))
    assert Wait("weights_edited").met(start, start.but(weight_edits=4))
    assert Wait("preset_opened", "optimizer-*").met(start.but(preset="optimizer-sgd"),
                                                    start.but(preset="optimizer-adam"))
    assert not Wait("preset_opened", "optimizer-*").met(start.but(preset="optimizer-sgd"),
                                                        start.but(preset="optimizer-sgd"))
    assert not Wait("next").met(start, start.but(play_presses=9))
    with pytest.raises(ValueError):
        Wait("pressed anything")


def test_checks_read_the_loss_the_panel_shows_and_say_both_outcomes():
    stuck = Check("loss_near", 0.6931, "stuck at {loss}", "moved to {loss}")
    assert stuck.message(TourState(loss=0.6931472)) == "stuck at 0.6931"
    assert stuck.message(TourState(loss=0.0012345)) == "moved to 0.00123"
    assert stuck.message(TourState(eval_loss=0.6932)) == "stuck at 0.6932"  # no training loss: the evaluated one
    assert stuck.message(TourState()) == "moved to —"
    gates = Check("preds_equal", ("0", "1", "1", "0"), "{preds}", "not XOR: {preds}")
    assert gates.message(TourState(preds=("0", "1", "1", "0"))) == "0 1 1 0"
    assert gates.message(TourState(preds=("0", "0", "0", "0"))) == "not XOR: 0 0 0 0"
    assert Check("accuracy_below", 0.75, "a", "b").message(TourState(accuracy=0.5)) == "a"
    assert Check("accuracy_at_least", 1.0, "a", "b {accuracy}").message(TourState(accuracy=0.75)) == "b 0.75"
