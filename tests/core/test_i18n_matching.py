"""The Qt-free translation helpers: template matching, .ts reading, the system language."""

from __future__ import annotations

from ann_viz.core.i18n import MessageMatcher, TsCatalog, _t, system_language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context><name>core</name>
<message><source>'{name}' has no input.</source><translation>'{name}'에 입력이 없습니다.</translation></message>
<message><source>Learning rate {lr:g} is too high for '{name}'.</source>
<translation>'{name}'에 학습률 {lr:g}는 너무 큽니다.</translation></message>
<message><source>Linear</source><translation>선형</translation></message>
<message><source>Not yet</source><translation type="unfinished">아직</translation></message>
<message numerus="yes"><source>%n unit(s)</source><translation><numerusform>%n개 유닛</numerusform></translation></message>
</context>
</TS>
"""


def test_marker_returns_its_text():
    assert _t("'{name}' has no input.").format(name="a") == "'a' has no input."


def test_formatted_messages_translate_through_their_templates(tmp_path):
    path = tmp_path / "ko.ts"
    path.write_text(TS, encoding="utf-8")
    catalog = TsCatalog.load(path)
    assert catalog.translate("Linear") == "선형"
    assert catalog.translate("'hidden 1' has no input.") == "'hidden 1'에 입력이 없습니다."
    assert catalog.translate("Learning rate 1e+06 is too high for 'out'.") == "'out'에 학습률 1e+06는 너무 큽니다."
    assert catalog.translate("Not yet") == "Not yet"  # unfinished entries are not used
    assert catalog.translate("%n unit(s)") == "%n개 유닛"
    assert catalog.translate("Something else entirely.") == "Something else entirely."


def test_a_missing_or_broken_catalog_leaves_english(tmp_path):
    assert TsCatalog.load(tmp_path / "none.ts").translate("Linear") == "Linear"
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert TsCatalog.load(broken).translate("Linear") == "Linear"


def test_the_most_specific_template_wins():
    matcher = MessageMatcher(["{what} failed.", "Export to {path} failed."])
    table = {"{what} failed.": "{what} 실패.", "Export to {path} failed.": "{path}(으)로 내보내기 실패."}
    assert matcher.translate("Export to a.onnx failed.", table.get) == "a.onnx(으)로 내보내기 실패."
    assert matcher.translate("Training failed.", table.get) == "Training 실패."


def test_system_language_reads_the_posix_variables():
    assert system_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert system_language({"LANGUAGE": "en_US:ko", "LANG": "ko_KR.UTF-8"}) == "en"
    assert system_language({"LC_ALL": "C"}) == "en"
    assert system_language({}) == "en"
