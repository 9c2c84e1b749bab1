"""Translation helpers for text that comes from the Qt-free core (kind labels, messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_core(text: str) -> str:
    """Translate a core string through Qt (context "core"); the core itself stays Qt-free."""
    return QCoreApplication.translate("core", text)
