"""Make the README's screenshot: open a lesson, press Play, wait for the end, grab the window.

Usage: .venv/bin/python scripts/readme_screenshot.py [OUT.png] [PRESET]   (offscreen; no display needed)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    out = sys.argv[1] if len(sys.argv) > 1 else "assets/screenshot.png"
    preset = sys.argv[2] if len(sys.argv) > 2 else "xor-2-2-1"
    app = QApplication([])
    from ann_viz.core.presets import get_preset
    from ann_viz.ui.main_window import MainWindow

    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat)
    window = MainWindow(get_preset(preset).project(), settings=settings)
    window.resize(1500, 950)
    window.show()
    window.training_panel.play_button.setChecked(True)
    end = time.time() + 120
    while window.controller.state not in ("finished", "diverged", "stopped") and time.time() < end:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(30):  # let the throttled plots draw their last frame
        app.processEvents()
        time.sleep(0.01)
    ok = window.grab().save(out, "PNG")
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
