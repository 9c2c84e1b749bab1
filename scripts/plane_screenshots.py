"""Grab the plane views (input plane, neuron maps, hidden space) after training a lesson.

Usage: python scripts/plane_screenshots.py [PRESET] [EPOCHS] [OUT_DIR]
       (defaults: xor-2-2-1, the lesson's epochs ("" keeps them), /tmp). Offscreen; no display needed.
Writes OUT_DIR/plane-PRESET-{window,input_plane,neuron_maps,hidden_space}.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait_until(condition, timeout: float) -> None:
    loop, check = QEventLoop(), QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    check.start()
    if not condition():
        loop.exec()
    check.stop()


def main() -> None:
    preset = sys.argv[1] if len(sys.argv) > 1 else "xor-2-2-1"
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else None
    out = Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp")
    app = QApplication([])
    sys.setswitchinterval(0.001)
    from ann_viz.core.presets import get_preset
    from ann_viz.ui.main_window import MainWindow

    settings = QSettings(str(out / "plane-screenshots.ini"), QSettings.IniFormat)
    settings.clear()
    window = MainWindow(get_preset(preset).project(), settings=settings)
    window.resize(1400, 900)
    window.show()
    wait_until(lambda: window.controller.state == "idle", 30)
    if epochs is not None:
        window.settings_form.epochs.setValue(epochs)
    window.training_panel.play_button.setChecked(True)
    wait_until(lambda: window.controller.state in ("finished", "stopped", "diverged"), 600)
    wait_until(lambda: False, 0.3)
    window.grab().save(str(out / f"plane-{preset}-window.png"))
    for dock in window.plane_docks:
        dock.raise_()
        wait_until(lambda: False, 0.3)
        dock.widget().grab().save(str(out / f"plane-{preset}-{dock.objectName()}.png"))
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False
    window.close()
    print(f"wrote {out}/plane-{preset}-*.png")
    app.quit()


if __name__ == "__main__":
    main()
