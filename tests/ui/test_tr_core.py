"""tr_core: exact core strings through Qt, formatted core messages through their templates."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ann_viz.core import i18n
from ann_viz.ui import tr

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context><name>core</name>
<message><source>Linear</source><translation>선형(Linear)</translation></message>
<message><source>'{name}' has nothing connected to its input.</source>
<translation>'{name}'의 입력에 아무것도 연결되어 있지 않습니다.</translation></message>
<message><source>{param} must be at least {minimum:g}</source>
<translation>{param}은(는) {minimum:g} 이상이어야 합니다</translation></message>
<message><source>{kind}: {param} must be at least {minimum:g}.</source>
<translation>{kind}: {param}은(는) {minimum:g} 이상이어야 합니다.</translation></message>
<message><source>{file}: {reason}</source><translation>{file}: {reason}</translation></message>
<message><source>The network description is invalid: {reason}</source>
<translation>신경망 설명이 올바르지 않습니다: {reason}</translation></message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def korean(qapp, tmp_path, monkeypatch):
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts, qm = tmp_path / "ann_viz_ko.ts", tmp_path / "ann_viz_ko.qm"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    tr.set_core_language("ko")
    yield
    QCoreApplication.removeTranslator(translator)
    tr._matchers.pop("ko", None)  # built from this test's catalog
    tr.set_core_language("en")


def test_exact_strings_and_formatted_messages(korean):
    assert tr.tr_core("Linear") == "선형(Linear)"
    assert tr.tr_core("'hidden1' has nothing connected to its input.") == \
        "'hidden1'의 입력에 아무것도 연결되어 있지 않습니다."
    assert tr.tr_core("units must be at least 1") == "units은(는) 1 이상이어야 합니다"
    assert tr.tr_core("Linear: units must be at least 1.") == "Linear: units은(는) 1 이상이어야 합니다."
    assert tr.tr_core("a.json: The network description is invalid: Linear: units must be at least 1.") == \
        "a.json: 신경망 설명이 올바르지 않습니다: Linear: units은(는) 1 이상이어야 합니다."
    assert tr.tr_core("Something the catalog does not know.") == "Something the catalog does not know."


def test_english_leaves_text_alone(qapp):
    tr.set_core_language("en")
    assert tr.tr_core("'hidden1' has nothing connected to its input.") == \
        "'hidden1' has nothing connected to its input."
