"""Grab an X display's whole screen to a PNG and print how many colours it shows (one JSON line).

Run with DISPLAY set and QT_QPA_PLATFORM=xcb; used by test_real_window.py to look at another
process's window from outside, as a person would."""

from __future__ import annotations

import json
import sys

from PySide6.QtGui import QGuiApplication


def main(out: str) -> int:
    app = QGuiApplication(sys.argv[:1])
    image = app.primaryScreen().grabWindow(0).toImage()
    image.save(out, "PNG")
    small = image.scaled(160, 90)  # enough to count the colours of a painted window
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    print(json.dumps({"width": image.width(), "height": image.height(), "colours": len(colours)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
