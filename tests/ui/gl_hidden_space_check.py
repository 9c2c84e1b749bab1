"""Run under a real X server with OpenGL (see test_hidden_space_3d.py): the hidden space in 3-D.

Opens the wide XOR lesson, hands the views a trained snapshot, picks three hidden neurons
and checks the 3-D scatter against the trainer's hidden activations, the separating plane
against the next layer's weights, and the exported picture against blankness. Prints one
JSON line; exits 3 when this machine has no OpenGL (the caller decides whether that skips).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ann_viz.core.data import make_dataset
from ann_viz.core.presets import get_preset
from ann_viz.core.train import Trainer
from ann_viz.ui.figure_export import export_widget_image
from ann_viz.ui.main_window import MainWindow
from ann_viz.ui.plane.hidden_space_3d import gl_available

PRESET = "xor-wide-2-10-1"


def wait(condition, timeout: float = 20.0, then=None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("timed out")
        if then is not None:
            then()
        QApplication.processEvents()
        time.sleep(0.01)


def main(out_png: str) -> int:
    app = QApplication(sys.argv[:1])
    if not gl_available():
        print(json.dumps({"gl": False, "platform": app.platformName()}))
        return 3
    tmp = Path(tempfile.mkdtemp())
    window = MainWindow(settings=QSettings(str(tmp / "settings.ini"), QSettings.IniFormat))
    window.resize(1400, 900)
    window.show()
    try:
        return check(window, out_png)
    finally:
        window.document.undo_stack.setClean()
        window.document._weights_dirty = False
        window.close()  # stops the training thread


def check(window, out_png: str) -> int:
    window.open_lesson(PRESET)
    wait(lambda: window.controller.state == "idle" and window.controller.latest is not None)
    project = get_preset(PRESET).project()
    trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"))
    trainer.run(epochs=3000)
    snapshot = trainer.snapshot()
    view = window.hidden_space
    dock = next(d for d in window.plane_docks if d.objectName() == "hidden_space")
    dock.raise_()
    # (re-sent until shown: the window's own first snapshot may still be on its way)
    wait(lambda: view.frame is not None and view.frame.params is snapshot.params,
         then=lambda: window.plane_source.set_snapshot(snapshot))
    view.choose("sigmoid1", 0, 1, 2)
    wait(lambda: view.view_3d is not None and view.stack.currentWidget() is view.view_3d)
    for _ in range(20):
        QApplication.processEvents()
        time.sleep(0.02)

    trainer.module.eval()
    with torch.no_grad():
        values = trainer.module.forward_all(torch.as_tensor(np.asarray(view.frame.points.x, np.float32)))
    hidden = values[view.frame.network.index_of("sigmoid1")].numpy()[:, :3]
    shown = np.asarray(view.view_3d.scatter.pos)
    w = snapshot.params["linear2.weight"][0]
    export_widget_image(view.export_target(), out_png, scale=1.0)
    image = QImage(out_png).convertToFormat(QImage.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    result = {
        "gl": True,
        "points_match": bool(np.allclose(shown, hidden, atol=1e-5)),
        "plane_visible": bool(view.view_3d.plane.visible()),
        "plane_w_first3": bool(view.line is not None and np.allclose(view.line.w, w[:3], atol=1e-6)),
        "colours": int(len(np.unique(pixels))),
        "size": [image.width(), image.height()],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
