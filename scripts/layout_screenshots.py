"""Screenshots of the window's two layouts (Build, Watch) at a given size and language.

Usage: .venv/bin/python scripts/layout_screenshots.py OUT_DIR [WIDTHxHEIGHT] [en|ko] [PRESET]
Writes OUT_DIR/{watch,build}-WIDTHxHEIGHT-LANG.png: Watch after training the lesson to its end,
then Build. Offscreen (no display needed); set QT_SCALE_FACTOR=2 for a high-DPI picture.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def settle(app, seconds: float = 0.4) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def save_small(window, path: Path) -> bool:
    """The window as a PNG; with Pillow installed, quantised to 256 colours (median cut keeps the
    plane's blue and orange true; Qt's own 8-bit palette turned them purple) for the README."""
    if not window.grab().save(str(path), "PNG"):
        return False
    try:
        from PIL import Image
    except ImportError:
        return True
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    return True


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1280x680").split("x"))
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    preset = sys.argv[4] if len(sys.argv) > 4 else "xor-2-2-1"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from ann_viz.ui.language import manager
    from ann_viz.ui.main_window import MainWindow

    manager().set_language(language)
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(width, height)
    window.show()
    settle(app)
    window.open_lesson(preset)  # lessons open in Watch
    settle(app)
    window.training_panel.play_button.setChecked(True)
    end = time.time() + 120
    while window.controller.state not in ("finished", "diverged", "stopped") and time.time() < end:
        app.processEvents()
        time.sleep(0.005)
    settle(app, 1.0)  # the throttled plots draw their last frame
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    name = f"{width}x{height}-{language}" + ("" if scale == "1" else f"-x{scale}")
    ok = save_small(window, out / f"watch-{name}.png")
    window.workspace.set_mode("build")
    settle(app, 1.0)
    ok = save_small(window, out / f"build-{name}.png") and ok
    size = window.size()
    print(f"{name}: window {size.width()}x{size.height()}, minimum {window.minimumSizeHint().toTuple()}")
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
