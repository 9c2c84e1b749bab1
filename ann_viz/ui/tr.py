"""Translation helpers for text that comes from the Qt-free core (kind labels, messages)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication

from ..core.i18n import CONTEXT, MessageMatcher, TsCatalog, ts_path

_language = "en"
_matchers: dict[str, MessageMatcher] = {}  # per language: the templates of its catalog


def set_core_language(language: str) -> None:
    """The language installed now (the language switch calls this with each change)."""
    global _language
    _language = language
    _matched.cache_clear()  # the translators changed with the language


def fill(text: str, *values) -> str:
    """Qt's "%1", "%2", ... placeholders of a translated text, filled in order."""
    for k, v in enumerate(values, 1):
        text = text.replace(f"%{k}", str(v))
    return text


def tr_core(text: str) -> str:
    """Translate a core string through Qt (context "core"); the core itself stays Qt-free.

    An exact entry wins; otherwise a formatted message (``'h1' has no input.``) is matched to
    its ``_t`` template, whose translation gets the message's values back.
    """
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text or _language == "en" or not text:
        return translated
    return _matched(_language, text)


@functools.lru_cache(maxsize=1024)  # views repeat the same message (a stop reason, a problem) often
def _matched(language: str, text: str) -> str:
    return _matcher(language).translate(text, _lookup)


def _lookup(source: str) -> str | None:
    translated = QCoreApplication.translate(CONTEXT, source)
    return translated if translated != source else None


def _matcher(language: str) -> MessageMatcher:
    matcher = _matchers.get(language)
    if matcher is None:
        matcher = _matchers[language] = MessageMatcher(TsCatalog.load(ts_path(language)).sources())
    return matcher
