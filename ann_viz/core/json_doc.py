"""Parse a JSON document from a user's file without Python's own failure modes.

``json.loads`` raises ``RecursionError`` on deep nesting and ``ValueError`` on a number
of more than 4,300 digits, and happily returns lone surrogates ("\\ud800") that no UTF-8
file can hold, so a later save fails; NaN and Infinity are not JSON at all. Here each
of those is a :class:`ProjectFileError` that says what and where.
"""

from __future__ import annotations

import json
import math
from typing import Any

from .errors import ProjectFileError
from .i18n import _t

MAX_DEPTH = 64  # a project nests about 6 deep; explicit weight matrices add 2


def parse_json(text: str, file: str) -> Any:
    """The document in ``text`` (from the file named ``file``), checked for depth and text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ProjectFileError(_t("{file}: broken or truncated JSON (line {line}, column {column}: {error}).").format(
            file=file, line=err.lineno, column=err.colno, error=err.msg)) from None
    except RecursionError:
        raise ProjectFileError(_t("{file}: the JSON is nested too deeply (more than {depth} levels).").format(
            file=file, depth=MAX_DEPTH)) from None
    except ValueError:  # only the integer-digits limit reaches here
        raise ProjectFileError(_t("{file}: the JSON holds a number with too many digits.").format(file=file)) from None
    check_tree(data, file)
    return data


def check_tree(data: Any, file: str) -> None:
    """Refuse nesting beyond MAX_DEPTH and strings that are not valid Unicode, naming the place."""
    stack = [(data, None, 0)]  # (value, where: a (parent where, key) chain, depth)
    while stack:
        value, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ProjectFileError(_t("{file}: the JSON is nested too deeply (more than {depth} levels).").format(
                file=file, depth=MAX_DEPTH))
        if isinstance(value, str):
            _check_text(value, where, file)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ProjectFileError(_t("{file}: '{field}' is {value}, not a finite number.").format(
                file=file, field=field_name(where), value=value))
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, where, file)
                stack.append((item, (where, key), depth + 1))
        elif isinstance(value, list):
            stack.extend((item, (where, i), depth + 1) for i, item in enumerate(value))


def field_name(where) -> str:
    """A (parent, key) chain as "graph.nodes[2].name"."""
    parts = []
    while where is not None:
        where, key = where
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "".join(reversed(parts)).lstrip(".") or "/"


def _check_text(text: str, where, file: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ProjectFileError(_t("{file}: the text at '{field}' holds a broken character escape "
                                  "(a lone surrogate such as \\ud800).").format(
            file=file, field=field_name(where))) from None
