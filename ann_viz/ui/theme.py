"""Light and dark themes on Qt's Fusion style (the same look on every platform)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def apply_theme(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    if not dark:
        app.setPalette(app.style().standardPalette())
        return
    p = QPalette()
    colours = {
        QPalette.Window: "#2b2d31", QPalette.WindowText: "#e6e6e6", QPalette.Base: "#1f2023",
        QPalette.AlternateBase: "#2b2d31", QPalette.ToolTipBase: "#2b2d31", QPalette.ToolTipText: "#e6e6e6",
        QPalette.Text: "#e6e6e6", QPalette.Button: "#35373c", QPalette.ButtonText: "#e6e6e6",
        QPalette.BrightText: "#ff6060", QPalette.Highlight: "#2a82da", QPalette.HighlightedText: "#ffffff",
        QPalette.Link: "#6aa9ff", QPalette.PlaceholderText: "#8a8a8a",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#777777"))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#777777"))
    app.setPalette(p)
