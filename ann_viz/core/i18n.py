"""Translation without Qt: a marker for the core's translatable strings, Qt Linguist (.ts)
catalogs read for the headless CLI, and matching of formatted messages to their templates.

The core never formats a message with an f-string that a user reads; it writes
``_t("'{name}' has no input.").format(name=node.name)``. ``scripts/update_translations.py``
collects every ``_t`` literal into the "core" context of the .ts files; the app translates
through Qt (``ui/tr.py``), the CLI through :class:`TsCatalog`. Both turn a formatted message
back into its template with :class:`MessageMatcher`, translate the template, and put the
values back in.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

CONTEXT = "core"
LANGUAGES = ("en", "ko")
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"  # .ts sources and compiled .qm files

_FIELD = re.compile(r"\{(\w+)(![rsa])?(:[^{}]*)?\}")
# Fields that hold whole messages of their own, translated in turn: ``{reason}`` one message
# (``"{file}: {reason}"``), ``{reasons}`` several joined by "; ".
NESTED_FIELDS = {"reason": None, "reasons": "; "}


def _t(text: str) -> str:
    """Marks ``text`` for translation (extracted by the update script); returns it unchanged."""
    return text


def ts_path(language: str) -> Path:
    return I18N_DIR / f"ann_viz_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"ann_viz_{language}.qm"


def system_language(environ: dict | None = None) -> str:
    """"ko" or "en" from the POSIX locale variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            first = value.split(":")[0].split(".")[0].lower()
            return "ko" if first.startswith("ko") else "en"
    return "en"


class MessageMatcher:
    """Finds the template a formatted message came from: ``'a' has no input.`` matches
    ``'{name}' has no input.`` with name='a'.

    When several templates fit, the one that explains the most of the text with its own
    words wins: the most specific template, and for a message inside a message
    (``"{file}: {reason}"``) the outer template together with the inner one's words.
    """

    def __init__(self, templates: Iterable[str]):
        self._patterns: list[tuple[str, int, re.Pattern]] = []
        for template in templates:
            if _FIELD.search(template):
                self._patterns.append((template, len(_FIELD.sub("", template)), _compile(template)))
        # longer literal text first: on a tie, the most specific template wins
        self._patterns.sort(key=lambda tp: -tp[1])

    def translate(self, text: str, lookup: Callable[[str], str | None]) -> str:
        """``lookup(source)`` gives a translation or None; ``text`` itself when none fits."""
        return self._translate(text, lookup)[0]

    def _translate(self, text: str, lookup: Callable[[str], str | None]) -> tuple[str, int]:
        """The translation, and how many characters of ``text`` the templates' words explain."""
        exact = lookup(text)
        if exact:
            return exact, len(text)
        best, best_cover = text, 0
        for template, literal, pattern in self._patterns:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            translated = lookup(template)
            if not translated and NESTED_FIELDS.keys() & match.groupdict().keys():
                translated = template  # "{file}: {reason}" reads the same translated (Qt: no entry)
            if not translated:  # its own template has no translation yet: the text stays as it is
                result, cover = text, literal
            else:
                values, cover = match.groupdict(), literal
                for name, joint in NESTED_FIELDS.items():  # messages inside the message
                    if name in values:
                        parts = [self._translate(part, lookup)
                                 for part in (values[name].split(joint) if joint else [values[name]])]
                        values[name] = (joint or "").join(part for part, _ in parts)
                        cover += sum(part_cover for _, part_cover in parts)
                result = _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), translated)
            if cover > best_cover:
                best, best_cover = result, cover
        return best, best_cover


def _compile(template: str) -> re.Pattern:
    parts, seen, at = [], set(), 0
    for field in _FIELD.finditer(template):
        parts.append(re.escape(template[at:field.start()]))
        name = field.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        at = field.end()
    parts.append(re.escape(template[at:]))
    return re.compile("".join(parts), re.DOTALL)


class TsCatalog:
    """The finished translations of one Qt Linguist .ts file, without Qt."""

    def __init__(self, entries: dict[tuple[str, str], str] | None = None):
        self.entries = entries or {}
        self._matchers: dict[str, MessageMatcher] = {}

    @classmethod
    def load(cls, path: str | Path) -> TsCatalog:
        """An empty catalog when the file is missing or broken (the text stays English)."""
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            return cls()
        entries = {}
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source")
                element = message.find("translation")
                if source is None or element is None or element.get("type") in ("unfinished", "obsolete",
                                                                                  "vanished"):
                    continue
                forms = element.findall("numerusform")
                text = forms[0].text if forms else element.text  # Korean has one plural form
                if text:
                    entries[(name, source)] = text
        return cls(entries)

    @classmethod
    def for_language(cls, language: str) -> TsCatalog:
        return cls() if language == "en" else cls.load(ts_path(language))

    def sources(self, context: str = CONTEXT) -> list[str]:
        return [source for (name, source) in self.entries if name == context]

    def translate(self, text: str, context: str = CONTEXT) -> str:
        if not self.entries:
            return text
        matcher = self._matchers.get(context)
        if matcher is None:
            matcher = self._matchers[context] = MessageMatcher(self.sources(context))
        return matcher.translate(text, lambda source: self.entries.get((context, source)))
