"""A screenshot of a comparison window (the README's picture: sigmoid vs ReLU deep nets).

Usage: .venv/bin/python scripts/compare_screenshot.py OUT.png [WIDTHxHEIGHT] [en|ko] [LESSON] [EPOCH]
Trains the comparison lesson to its end offscreen, moves the timeline to EPOCH (default: a third of
the way, where the runs differ most), and saves the window (quantised to 256 colours with Pillow).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from layout_screenshots import save_small, settle  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "compare.png")
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1280x720").split("x"))
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    lesson_id = sys.argv[4] if len(sys.argv) > 4 else "compare-sigmoid-relu"
    app = QApplication([])
    from ann_viz.core.presets.comparisons import get_comparison_lesson
    from ann_viz.ui.compare import CompareWindow
    from ann_viz.ui.language import manager

    manager().set_language(language)
    comparison = get_comparison_lesson(lesson_id).comparison()
    window = CompareWindow(comparison)
    window.resize(width, height)
    window.show()
    settle(app)
    window.play()
    end = time.time() + 300
    while (window.state is None or not window.state.finished or window.controller.running) and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    epoch = int(sys.argv[5]) if len(sys.argv) > 5 else comparison.epochs // 3
    window.slider.setValue(epoch)
    settle(app, 1.0)
    ok = save_small(window, out)
    print(f"{out}: window {window.width()}x{window.height()}, minimum {window.minimumSizeHint().toTuple()}")
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
