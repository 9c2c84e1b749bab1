#!/usr/bin/env python3
"""Keep the translation catalogs in ann_viz/i18n/ in step with the code, and build the .qm files.

    .venv/bin/python scripts/update_translations.py                 # extract, merge, build
    .venv/bin/python scripts/update_translations.py --import ko.json [--force]
    .venv/bin/python scripts/update_translations.py --check         # fail when anything is out of date

Where the strings come from:

* ``pyside6-lupdate`` over the Qt interface (``ann_viz/ui``): ``self.tr("...")``,
  ``QCoreApplication.translate("Context", "...")``, ``QT_TRANSLATE_NOOP("Context", "...")``;
* an AST scan of the whole package for what lupdate cannot see: ``_t("...")`` (the Qt-free
  core's marker, ``ann_viz.core.i18n``) and ``tr_core("...")`` go to the "core" context; a
  module-level wrapper ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
  puts its literal arguments in "Ctx".

Existing translations are kept for every string still in the code; strings that left the code
leave the catalogs (like lupdate's ``-no-obsolete``). ``--import`` takes a JSON object
{english source: translation} and fills entries of every context (or of ``--context``) with that
source that are empty or unfinished (all of them with ``--force``). ``ann_viz_en.ts`` holds only the plural
strings ("%n unit(s)" -> "1 unit" / "%n units"); English needs no other translation.
Finally ``pyside6-lrelease`` compiles each .ts into its .qm (shipped as package data).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ann_viz"
UI_DIR = PACKAGE / "ui"
I18N_DIR = PACKAGE / "i18n"
CORE_CONTEXT = "core"
CORE_MARKERS = {"_t": CORE_CONTEXT, "tr_core": CORE_CONTEXT}
LANGUAGES = {"ko": "ko_KR", "en": "en_US"}
PLURAL_ONLY = {"en"}  # languages whose catalog holds only the %n strings (the source language)

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    files: set[str] = field(default_factory=set)
    forms: list[str] = field(default_factory=list)  # the translation (one form unless numerus)
    finished: bool = False

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment

    @property
    def translated(self) -> bool:
        return self.finished and bool(self.forms) and all(self.forms)


# ----- extraction ---------------------------------------------------------------------------------
def _tool(name: str) -> str:
    """A PySide6 tool: next to this Python first (the venv), else on PATH."""
    for candidate in (Path(sys.executable).parent / name, shutil.which(name)):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6 (pyside6-essentials) in this Python's environment")


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _relative(path: Path) -> str:
    return os.path.relpath(path, I18N_DIR).replace(os.sep, "/")


def lupdate_messages() -> list[Message]:
    """What pyside6-lupdate finds in the Qt interface's Python files."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract.ts"
        files = [str(p) for p in _python_files(UI_DIR)]
        run = subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(out)], capture_output=True, text=True)
        if run.returncode != 0 or not out.exists():
            raise SystemExit(f"pyside6-lupdate failed:\n{run.stdout}{run.stderr}")
        messages = []
        for context, element in _ts_elements(out):
            message = Message(context, element.findtext("source", ""), element.findtext("comment", "") or "",
                              element.get("numerus") == "yes")
            for location in element.findall("location"):
                message.files.add(_relative((out.parent / location.get("filename", "")).resolve()))
            messages.append(message)
        return messages


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text, ...): return QCoreApplication.translate("Ctx", text, ...)``: {f: Ctx}."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        first = node.args.args[0].arg
        for statement in node.body:
            call = statement.value if isinstance(statement, ast.Return) else None
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
                    and len(call.args) >= 2 and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str) and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == first):
                found[node.name] = call.args[0].value
    return found


def ast_messages() -> list[Message]:
    """``_t``/``tr_core`` literals (context "core") and literals given to translate wrappers."""
    messages = []
    for path in _python_files(PACKAGE):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        markers = {**CORE_MARKERS, **_wrappers(tree)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in markers
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                continue
            source = node.args[0].value
            if source:
                messages.append(Message(markers[node.func.id], source, "", "%n" in source, {_relative(path)}))
    return messages


def code_messages() -> dict[Key, Message]:
    """Every translatable string of the code, by (context, source, disambiguation)."""
    merged: dict[Key, Message] = {}
    for message in lupdate_messages() + ast_messages():
        message.numerus = message.numerus or "%n" in message.source
        if message.key in merged:
            merged[message.key].files |= message.files
            merged[message.key].numerus |= message.numerus
        else:
            merged[message.key] = message
    return merged


# ----- .ts files ----------------------------------------------------------------------------------
def _ts_elements(path: Path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "") or ""
        for element in context.iter("message"):
            yield name, element


def read_ts(path: Path) -> dict[Key, Message]:
    """The messages of a .ts file with their translations ({} when there is no file)."""
    if not path.exists():
        return {}
    out = {}
    for context, element in _ts_elements(path):
        translation = element.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        if translation is None:
            forms = []
        elif element.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.findall("numerusform")]
        else:
            forms = [translation.text or ""]
        message = Message(context, element.findtext("source", "") or "", element.findtext("comment", "") or "",
                          element.get("numerus") == "yes", set(), forms, kind != "unfinished")
        message.files = {location.get("filename", "") for location in element.findall("location")}
        out[message.key] = message
    return out


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """Qt Linguist's format; contexts and messages sorted, so the file changes only with the strings."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en_US">']
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for m in sorted(by_context[context], key=lambda m: (m.source, m.comment)):
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            lines += [f'        <location filename="{escape(f)}"/>' for f in sorted(m.files)]
            lines.append(f"        <source>{escape(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{escape(m.comment)}</comment>")
            state = "" if m.translated else ' type="unfinished"'
            if m.numerus:
                forms = m.forms or [""]
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{escape(m.forms[0] if m.forms else '')}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    text = "\n".join(lines) + "\n"
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ----- merging ------------------------------------------------------------------------------------
def english_plural(source: str) -> list[str]:
    """"%n unit(s)" -> ["%n unit", "%n units"]; text without "(s)" keeps one wording for both."""
    return [re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)]


def _forms(value, numerus: bool) -> list[str]:
    forms = [value] if isinstance(value, str) else [str(v) for v in value]
    return forms if numerus else forms[:1]


def merge(language: str, code: dict[Key, Message], existing: dict[Key, Message],
          imports: dict[str, object], force: bool = False, contexts: set[str] | None = None) -> list[Message]:
    """The catalog of ``language``: the code's strings with the translations kept or imported (into
    ``contexts`` only, when given)."""
    out = []
    for key, found in code.items():
        if language in PLURAL_ONLY and not found.numerus:
            continue
        message = Message(found.context, found.source, found.comment, found.numerus, set(found.files))
        old = existing.get(key)
        if old is not None and old.forms and any(old.forms):
            message.forms, message.finished = list(old.forms), old.finished
        if found.source in imports and (force or not message.translated) and (
                contexts is None or found.context in contexts):
            message.forms, message.finished = _forms(imports[found.source], found.numerus), True
        if language in PLURAL_ONLY and not message.translated:
            message.forms, message.finished = english_plural(found.source), True
        if message.numerus and language == "ko":
            message.forms = message.forms[:1]  # Korean has one plural form
        out.append(message)
    return out


def load_imports(paths: list[str]) -> dict[str, object]:
    imports: dict[str, object] = {}
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise SystemExit(f"{path}: expected a JSON object {{english source: translation}}")
        imports.update({k: v for k, v in data.items() if v})
    return imports


# ----- building and checking ----------------------------------------------------------------------
def ts_file(language: str) -> Path:
    return I18N_DIR / f"ann_viz_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N_DIR / f"ann_viz_{language}.qm"


def lrelease(ts: Path, qm: Path) -> None:
    run = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                         capture_output=True, text=True)
    if run.returncode != 0 or not qm.exists():
        raise SystemExit(f"pyside6-lrelease failed for {ts.name}:\n{run.stdout}{run.stderr}")


def problems(code: dict[Key, Message] | None = None) -> list[str]:
    """Why the committed catalogs are not complete and current ([] when they are)."""
    code = code_messages() if code is None else code
    found = []
    for language in LANGUAGES:
        path = ts_file(language)
        if not path.exists():
            found.append(f"{path.name}: missing (run scripts/update_translations.py)")
            continue
        committed = read_ts(path)
        expected = {m.key: m for m in merge(language, code, committed, {})}
        for key in sorted(expected.keys() - committed.keys()):
            found.append(f"{path.name}: not in the catalog (run the script): [{key[0]}] {key[1]!r}")
        for key in sorted(committed.keys() - expected.keys()):
            found.append(f"{path.name}: no longer in the code (run the script): [{key[0]}] {key[1]!r}")
        for key in sorted(expected.keys() & committed.keys()):
            message = committed[key]
            if message.numerus != expected[key].numerus:
                found.append(f"{path.name}: plural form changed (run the script): [{key[0]}] {key[1]!r}")
            elif not message.translated:
                found.append(f"{path.name}: untranslated or unfinished: [{key[0]}] {key[1]!r}")
        qm = qm_file(language)
        if not qm.exists():
            found.append(f"{qm.name}: missing (run the script)")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / qm.name
                lrelease(path, fresh)
                if fresh.read_bytes() != qm.read_bytes():
                    found.append(f"{qm.name}: older than {path.name} (run the script)")
    return found


def update(imports: dict[str, object], force: bool = False, target: str = "ko",
           contexts: set[str] | None = None) -> dict[str, tuple[int, int]]:
    """Rewrite every catalog and its .qm, ``imports`` going into ``target``'s (``contexts`` only, when
    given); {language: (translated, total)}."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    code = code_messages()
    counts = {}
    for language in LANGUAGES:
        messages = merge(language, code, read_ts(ts_file(language)), imports if language == target else {}, force,
                         contexts)
        write_ts(ts_file(language), language, messages)
        lrelease(ts_file(language), qm_file(language))
        counts[language] = (sum(m.translated for m in messages), len(messages))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--import", dest="imports", action="append", default=[], metavar="FILE.json",
                        help="translations {english source: translation} to fill in (repeatable)")
    parser.add_argument("--force", action="store_true", help="imported translations replace finished ones too")
    parser.add_argument("--language", default="ko", choices=sorted(set(LANGUAGES) - PLURAL_ONLY),
                        help="the catalog the imported translations go to (default: ko)")
    parser.add_argument("--context", dest="contexts", action="append", metavar="NAME",
                        help="import into this context only (repeatable; default: every context)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 listing what is missing, unfinished or out of date")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)" if found else "translations complete and current")
        return 1 if found else 0
    counts = update(load_imports(args.imports), args.force, args.language,
                    set(args.contexts) if args.contexts else None)
    for language, (done, total) in counts.items():
        print(f"{ts_file(language).name}: {done}/{total} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
