"""The Korean catalog is complete and current: every string of the code is in it, translated,
with its placeholders; nothing vanished is left; the .qm files are built from it.

The extraction (pyside6-lupdate and the AST scan of ``_t``) runs again here into a temporary
file and is compared with the committed catalogs: a string added to the code without running
``scripts/update_translations.py`` fails this test.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "update_translations.py"
# Kept in Latin script in Korean (the field's names).
LATIN_TERMS = ("ReLU", "Sigmoid", "Tanh", "Adam", "SGD", "MSE", "BCE", "ONNX", "PyTorch", "CUDA", "PNG", "SVG")
# self.tr(...) / translate(...) with a variable: allowed only for these tables of marked strings.
MARKED_TABLES = {
    ("main_window.py", "PROJECT_FILTER"), ("palette.py", "titles"), ("network/controls.py", "label"),
    ("network/panel.py", "PHASE_NAMES"), ("network/describe.py", "_SLOPES"), ("sweep/dialog.py", "OUTCOMES"),
    ("training/panel.py", "PHASE_NAMES"), ("training/panel.py", "label"), ("inspector.py", "_CHOICE_LABELS"),
    ("health/view.py", "KINDS"), ("network/check_view.py", "_HEADERS"), ("compare/run_panel.py", "STATUS"),
}


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _script()


@pytest.fixture(scope="module")
def code(script):
    return script.code_messages()


def test_catalogs_are_complete_and_current(script, code):
    found = script.problems(code)
    assert not found, "\n".join(found[:40]) + f"\n({len(found)} in all; run scripts/update_translations.py)"


def test_every_context_is_extracted(code):
    contexts = {m.context for m in code.values()}
    assert {"core", "MainWindow", "Inspector", "TrainingPanel", "NetworkView", "SeedSweepDialog"} <= contexts
    assert "" not in contexts and "window" not in contexts  # tr() whose context lupdate cannot know
    assert sum(m.context == "core" for m in code.values()) > 300


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d+|%n|\{\w+[^{}]*\}|</?\w+[^>]*>|&nbsp;", text))


def test_translations_keep_placeholders_tags_and_latin_names(script):
    wrong = []
    for language in ("ko", "en"):
        for message in script.read_ts(script.ts_file(language)).values():
            for form in message.forms if message.translated else []:  # the missing: the test above
                if _placeholders(form) != _placeholders(message.source):
                    wrong.append(f"[{message.context}] {message.source!r} -> {form!r}")
                for term in LATIN_TERMS:
                    if term.lower() in message.source.lower() and term.lower() not in form.lower():
                        wrong.append(f"{term} not kept: {message.source!r} -> {form!r}")
                if len(re.findall(r"&(?!nbsp;|amp;)\S", form)) > 1:
                    wrong.append(f"two shortcuts: {form!r}")
    assert not wrong, "\n".join(wrong)


def test_korean_is_korean(script):
    hangul = re.compile(r"[\uac00-\ud7a3]")
    catalog = script.read_ts(script.ts_file("ko"))
    words = [m for m in catalog.values() if re.search(r"[A-Za-z]{4,} [a-z]{3,}", m.source)]  # sentences, phrases
    english = [m.source for m in words if m.translated and not any(hangul.search(f) for f in m.forms)]
    assert len(english) <= len(words) // 50, english  # a rare phrase may stay (a formula, a name)


def test_every_tr_call_names_its_string(script):
    """lupdate sees only literals: a variable given to tr() must come from a table of marked strings."""
    unmarked = []
    for path in sorted((ROOT / "ann_viz" / "ui").rglob("*.py")):
        relative = path.relative_to(ROOT / "ann_viz" / "ui").as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = set(script._wrappers(tree))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name == "tr" or name in wrappers:
                arg = node.args[0] if node.args else None
            elif name == "translate" and relative != "tr.py":
                arg = node.args[1] if len(node.args) > 1 else None
            else:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                continue
            if isinstance(arg, ast.Name) and any(w == node_name for node_name in wrappers
                                                 for w in _enclosing_functions(tree, node)):
                continue  # the wrapper's own parameter
            names = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)} if arg is not None else set()
            if not any((relative, n) in MARKED_TABLES for n in names):
                unmarked.append(f"{relative}:{node.lineno}: {ast.unparse(node)}")
    assert not unmarked, "\n".join(unmarked)


def _enclosing_functions(tree: ast.Module, target: ast.AST) -> list[str]:
    return [f.name for f in tree.body if isinstance(f, ast.FunctionDef) and any(n is target for n in ast.walk(f))]
