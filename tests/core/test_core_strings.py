"""Every message the core and the CLI show is a translatable ``_t`` template (issue: Korean interface).

The update script collects ``_t("...")`` literals into the "core" context of the .ts files,
and a formatted message is matched back to its template at run time; these tests keep the
code in the shape that this needs, and check the CLI's language switch end to end.
"""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path

import pytest

import ann_viz
from ann_viz.cli.main import main
from ann_viz.cli.text import set_language
from ann_viz.core import i18n
from ann_viz.core.i18n import MessageMatcher

PACKAGE = Path(ann_viz.__file__).resolve().parent
SOURCES = sorted([*(PACKAGE / "core").rglob("*.py"), *(PACKAGE / "cli").rglob("*.py")])


def _trees():
    for path in SOURCES:
        yield path.relative_to(PACKAGE.parent), ast.parse(path.read_text(encoding="utf-8"))


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_t(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == "_t"


def _unmarked(node: ast.expr) -> str | None:
    """Why ``node`` is not an acceptable message expression, or None when it is."""
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return "a + or % formatted string"
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return "a plain literal (wrap it in _t)"
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            and not _is_t(node.func.value) and isinstance(node.func.value, (ast.Constant, ast.JoinedStr))):
        return "a literal formatted without _t"
    return None


def _message_args(node: ast.Call) -> list[ast.expr]:
    """The message argument of an exception or a validation Problem."""
    name = _name(node.func)
    if name == "Problem":
        found = [k.value for k in node.keywords if k.arg == "message"]
        return found or node.args[1:2]
    if name.endswith("Error"):
        found = [k.value for k in node.keywords if k.arg == "message"]
        return found or node.args[:1]
    return []


def test_raise_sites_and_problems_use_t_templates():
    bad = []
    for path, tree in _trees():
        calls = [n.exc for n in ast.walk(tree) if isinstance(n, ast.Raise) and isinstance(n.exc, ast.Call)]
        calls += [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n.func) == "Problem"]
        for call in calls:
            for arg in _message_args(call):
                why = _unmarked(arg)
                if why:
                    bad.append(f"{path}:{arg.lineno}: {why}")
    assert not bad, "messages must be _t(\"...\").format(...):\n" + "\n".join(bad)


def test_every_t_call_is_one_literal_with_named_fields():
    bad, count = [], 0
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not _is_t(node):
                continue
            count += 1
            where = f"{path}:{node.lineno}"
            if len(node.args) != 1 or node.keywords or not isinstance(node.args[0], ast.Constant) \
                    or not isinstance(node.args[0].value, str):
                bad.append(f"{where}: _t takes exactly one string literal")
                continue
            try:
                fields = [(f, spec) for _, f, spec, _ in string.Formatter().parse(node.args[0].value)
                          if f is not None]
            except ValueError as err:
                bad.append(f"{where}: not a format string ({err})")
                continue
            for field, spec in fields:
                if not field.isidentifier() or "{" in (spec or ""):
                    bad.append(f"{where}: field {{{field}}} is not a plain name (with a fixed spec)")
    assert not bad, "\n".join(bad)
    assert count > 300  # the whole core is marked, not a corner of it


def test_nested_reasons_translate_in_turn():
    table = {"{file}: {reason}": "{file}: {reason}",
             "'{name}' is missing": "'{name}'이(가) 없습니다",
             "The weights do not fit this network: {reasons}.": "가중치가 맞지 않습니다: {reasons}.",
             "'{name}' is not in this network": "'{name}'은(는) 이 신경망에 없습니다"}
    matcher = MessageMatcher(table)
    text = "w.pt: The weights do not fit this network: 'a.weight' is missing; 'b' is not in this network."
    assert matcher.translate(text, table.get) == \
        "w.pt: 가중치가 맞지 않습니다: 'a.weight'이(가) 없습니다; 'b'은(는) 이 신경망에 없습니다."


KO_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context><name>core</name>
<message><source>ann-viz: {reason}</source><translation>ann-viz: {reason}</translation></message>
<message><source>'{name}' is neither a preset nor a project file. `ann-viz presets` lists the presets.</source>
<translation>'{name}'은(는) 프리셋도 프로젝트 파일도 아닙니다.</translation></message>
<message><source>XOR with a 2-2-1 sigmoid network</source><translation>2-2-1 시그모이드 신경망으로 XOR</translation></message>
</context>
</TS>
"""


@pytest.fixture
def korean_catalog(tmp_path, monkeypatch):
    (tmp_path / "ann_viz_ko.ts").write_text(KO_TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    yield
    set_language("en")  # leave the CLI English for the next tests


def test_cli_lang_ko_translates_lines_but_not_json(korean_catalog, capsys):
    assert main(["--lang", "ko", "train", "no-such-preset"]) == 2
    assert capsys.readouterr().err == "ann-viz: 'no-such-preset'은(는) 프리셋도 프로젝트 파일도 아닙니다.\n"
    assert main(["presets", "--lang=ko"]) == 0
    assert "xor-2-2-1                  2-2-1 시그모이드 신경망으로 XOR" in capsys.readouterr().out.splitlines()
    assert main(["--lang", "ko", "train", "xor-2-2-1", "--epochs", "3", "--json", "--device", "cpu"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == "xor-2-2-1" and data["stopped"] == "done" and data["epochs_run"] == 3


def test_cli_lang_en_and_the_locale(korean_catalog, capsys, monkeypatch):
    assert main(["--lang", "en", "train", "no-such-preset"]) == 2
    assert "is neither a preset nor a project file" in capsys.readouterr().err
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert main(["train", "no-such-preset"]) == 2
    assert "프리셋도 프로젝트 파일도 아닙니다" in capsys.readouterr().err
