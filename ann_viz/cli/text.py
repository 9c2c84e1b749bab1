"""The command line's human-readable text in the user's language, without Qt.

``main`` picks the language once (``--lang``, else the system locale); ``tr`` then
translates a core message or a ``_t`` template through that language's .ts catalog,
and ``say`` prints one translated line. JSON output never goes through here.
"""

from __future__ import annotations

from ..core.i18n import TsCatalog

_catalog = TsCatalog()  # English until main() says otherwise


def set_language(language: str) -> None:
    global _catalog
    _catalog = TsCatalog.for_language(language)


def tr(text: str, **fields) -> str:
    """``text`` in the chosen language; a template's ``fields`` are filled in after translating.

    ``tr(str(err))`` translates a finished core message (matched back to its template);
    ``tr(_t("Wrote {path}"), path=p)`` translates the template itself, then formats it.
    """
    translated = _catalog.translate(text)
    if not fields:
        return translated
    try:
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English text instead
        return text.format(**fields)


def say(text: str, *, file=None, **fields) -> None:
    """Print ``tr(text, **fields)`` as one line (stdout unless ``file``)."""
    print(tr(text, **fields), file=file)
