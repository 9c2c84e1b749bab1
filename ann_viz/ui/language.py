"""The interface language: English (the source) or Korean.

Qt translators for the app (``ann_viz/i18n/ann_viz_<lang>.qm``, built by
``scripts/update_translations.py``) and for Qt's own texts (standard buttons, file dialogs);
the core's messages follow through ``tr.set_core_language``. The language follows the system
locale until the user picks one in View > Language, which applies at once and is remembered.

Switching on the spot is Qt's own mechanism: installing or removing a translator sends every
window a ``QEvent.LanguageChange``, which reaches every widget. Widgets that set texts mix in
:class:`Retranslatable` and set them again in ``retranslate()``, from the state they hold, so
nothing else changes (open project, undo history, training, dock layout).
"""

from __future__ import annotations

from PySide6.QtCore import (QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTranslator,
                            Signal)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..core.i18n import LANGUAGES, qm_path, system_language
from .tr import set_core_language

LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}  # each in its own language, as menus show them
SETTINGS_KEY = "language"
# Fonts with Hangul, best first: Linux (fonts-nanum, fonts-noto-cjk), Windows, macOS.
HANGUL_FAMILIES = ("NanumGothic", "Nanum Gothic", "NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR",
                   "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "AppleGothic", "UnDotum",
                   "Baekmuk Gulim")


def number_locale(language: str) -> QLocale:
    """How spin boxes and fields write numbers: the language's own locale, which for English and
    Korean means a decimal point ("0.500000"), whatever the system's numeric locale says (a German
    or French LC_NUMERIC would give "0,500000"); no group separators in fields."""
    locale = QLocale(QLocale.Korean, QLocale.SouthKorea) if language == "ko" else QLocale(QLocale.English,
                                                                                          QLocale.UnitedStates)
    locale.setNumberOptions(QLocale.OmitGroupSeparator | QLocale.RejectGroupSeparator)
    return locale


class Retranslatable:
    """Mixin for QWidget subclasses: ``retranslate()`` runs whenever the language changes.

    Put it before the Qt base class: ``class Panel(Retranslatable, QWidget)``.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def hangul_family() -> str | None:
    """A font family with Hangul glyphs installed here (the preferred ones first), or None."""
    families = QFontDatabase.families(QFontDatabase.Korean)
    for name in HANGUL_FAMILIES:
        if name in families:
            return name
    usable = [f for f in families if "mono" not in f.lower() and "coding" not in f.lower()]
    return (usable or families or [None])[0]


def korean_font(base: QFont) -> QFont | None:
    """``base`` with a Hangul family first (its own families after it, for anything else)."""
    family = hangul_family()
    if family is None:
        return None
    font = QFont(base)
    font.setFamilies([family, *[f for f in base.families() if f != family]])
    return font


def saved_language(settings: QSettings) -> str | None:
    value = settings.value(SETTINGS_KEY, "")
    return value if value in LANGUAGES else None


def startup_language(settings: QSettings, environ: dict | None = None) -> str:
    """The language picked in View > Language, else the system locale's."""
    return saved_language(settings) or system_language(environ)


class LanguageManager(QObject):
    """Installs the translators and the font of one language in the running application."""

    language_changed = Signal(str)  # after every window was retranslated (for non-widget listeners)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []
        self._base_font: QFont | None = None  # the font before Korean changed it

    def set_language(self, language: str) -> bool:
        """Switch every open window to ``language`` now; False when it is not available."""
        if language not in LANGUAGES:
            return False
        for translator in self._translators:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = self._load(language)
        self.language = language
        set_core_language(language)
        QLocale.setDefault(number_locale(language))  # before any window makes its number fields
        for translator in self._translators:
            self.app.installTranslator(translator)
        self._apply_font(language)
        # Qt posts LanguageChange to every window (one each, compressed): deliver them now, so
        # the windows are retranslated when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
        self.language_changed.emit(language)
        return True

    def _load(self, language: str) -> list[QTranslator]:
        translators = []
        app_catalog = QTranslator(self)
        if app_catalog.load(str(qm_path(language))):  # en: the plural forms ("1 unit", "2 units")
            translators.append(app_catalog)
        if language != "en":
            qt_catalog = QTranslator(self)
            if qt_catalog.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
                translators.append(qt_catalog)
        return translators

    def _apply_font(self, language: str) -> None:
        """Korean: a family with Hangul first. English: exactly the font the app had before."""
        if not isinstance(self.app, QGuiApplication):
            return
        if language == "ko":
            if self._base_font is None:
                self._base_font = QGuiApplication.font()
            font = korean_font(self._base_font)
            if font is not None:
                QGuiApplication.setFont(font)
        elif self._base_font is not None:
            QGuiApplication.setFont(self._base_font)
            self._base_font = None


def manager() -> LanguageManager:
    """The running application's language manager (made on first use, English until told)."""
    app = QCoreApplication.instance()
    found = app.findChild(LanguageManager)
    return found if found is not None else LanguageManager(app)


def install_language(settings: QSettings | None = None, environ: dict | None = None) -> str:
    """At start-up: the saved or the system's language, installed; returns it."""
    language = startup_language(settings or QSettings(), environ)
    manager().set_language(language)
    return language


def switch_language(language: str, settings: QSettings) -> bool:
    """View > Language: apply at once and remember for the next start."""
    if not manager().set_language(language):
        return False
    settings.setValue(SETTINGS_KEY, language)
    return True
