"""Run under a real X server (see test_gl_preload.py): make the app's OpenGL view, then build an
optimizer on another thread, as the training thread does. With the CUDA build of torch that
imports triton, whose LLVM crashed the process when loaded after Mesa's. Prints one JSON line."""

from __future__ import annotations

import faulthandler
import json
import sys
import threading

faulthandler.enable()

from PySide6.QtWidgets import QApplication  # noqa: E402

from ann_viz.ui.plane.hidden_space_3d import HiddenSpace3D, gl_available  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    if not gl_available():
        print(json.dumps({"gl": False, "platform": app.platformName()}))
        return 3
    view = HiddenSpace3D()
    view.resize(200, 200)
    view.show()
    for _ in range(20):
        app.processEvents()
    result = {"gl": True, "triton_loaded_first": "triton" in sys.modules}

    def build_optimizer():
        import torch

        torch.optim.SGD([torch.zeros(2, requires_grad=True)], lr=0.1)
        result["optimizer"] = True

    worker = threading.Thread(target=build_optimizer)
    worker.start()
    worker.join()
    result["triton_loaded"] = "triton" in sys.modules
    print(json.dumps(result), flush=True)
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
