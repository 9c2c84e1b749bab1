"""The app's start: the window paints before torch and pyqtgraph load, placeholders say what is
coming, and the views that replace them get everything the trainer reported meanwhile.

Run in a fresh process: this test process has long imported torch and pyqtgraph.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

APP = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QDockWidget
app = QApplication([])
from ann_viz.ui.main_window import MainWindow
from ann_viz.ui.staging import Placeholder

window = MainWindow(settings=QSettings(sys.argv[1], QSettings.IniFormat), staged=True)
report = {}

def placeholders():
    return sorted(d.objectName() for d in window.findChildren(QDockWidget) if isinstance(d.widget(), Placeholder))

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and "at_paint" not in report:
            report["at_paint"] = {"loaded": sorted({m.split(".")[0] for m in sys.modules} & {"torch", "pyqtgraph"}),
                                  "placeholders": placeholders(), "status": window.statusBar().currentMessage(),
                                  "devices": window.settings_form.device.count(),
                                  "numbers": hasattr(window, "numbers_dock")}
        return False

watch = Watch()
app.installEventFilter(watch)
window.settings_form.epochs.setValue(300)
window.show()
window.training_panel.play_button.click()  # pressed at once: runs as soon as the trainer is ready

def wait(condition, seconds=240):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    return condition()

report["views"] = wait(lambda: window.views_ready)
report["finished"] = wait(lambda: window.controller.state == "finished")
wait(lambda: len(window.loss_plot.series["train"].x) >= 300, 10)
report["after"] = {"placeholders": placeholders(), "loss_points": len(window.loss_plot.series["train"].x),
                   "devices": window.settings_form.device.count(), "status": window.statusBar().currentMessage(),
                   "network_view": window.network_panel.playback.current is not None,
                   "device_label": window.device_label.text(),
                   "numbers_in_view_menu": any(a.text() == "Numbers" and a.shortcut().toString() == "Ctrl+Shift+N"
                                               for a in window.view_menu.actions()),
                   "numbers_shows": window.numbers_dock.toggleViewAction().trigger() is None
                                    and window.numbers_dock.isVisible()}
window.document.undo_stack.setClean()
window.document._weights_dirty = False
window.close()
print(json.dumps(report))
"""


def test_the_window_paints_first_and_the_views_follow_with_all_that_was_reported(tmp_path):
    out = subprocess.run([sys.executable, "-c", APP, str(tmp_path / "settings.ini")], cwd=ROOT,
                         capture_output=True, text=True, timeout=400)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    first = report["at_paint"]
    assert first["loaded"] == []  # neither torch nor pyqtgraph before the first paint
    assert first["placeholders"] == sorted(["neurons", "input_plane", "neuron_maps", "hidden_space", "loss",
                                            "gradients", "loss_landscape", "healthDock"])
    # Play was pressed before the first paint: the status line says so, or that torch is loading
    assert first["status"] in ("Loading PyTorch...", "Play pressed: training starts as soon as the trainer is ready.")
    assert first["devices"] == 1  # "auto" only, until the training thread lists them
    assert not first["numbers"]  # the hidden Numbers table is built with the views, off the first paint
    assert report["views"] and report["finished"]
    after = report["after"]
    assert after["placeholders"] == []
    assert after["loss_points"] == 300  # every epoch, also those trained before the plot existed
    assert after["devices"] >= 2  # auto, cpu (and any CUDA device)
    assert after["network_view"]
    assert after["device_label"] != "Device: ..."
    assert after["numbers_in_view_menu"] and after["numbers_shows"]  # View > Numbers, once built


def test_the_device_list_comes_later_and_keeps_the_projects_device(qtbot):
    from ann_viz.core.train import TrainConfig
    from ann_viz.ui.training.settings_form import SettingsForm

    form = SettingsForm(devices=[])
    qtbot.addWidget(form)
    edits = []
    form.config_edited.connect(edits.append)
    form.set_config(TrainConfig(device="cpu"))
    assert form.device.count() == 1  # "auto" only: nothing listed yet
    form.epochs.setValue(77)  # an edit before the list arrives keeps the project's device
    assert edits[-1].device == "cpu" and edits[-1].epochs == 77
    form.set_devices([("cpu", "CPU"), ("cuda:0", "A GPU (80 GiB)")])
    assert [form.device.itemData(i) for i in range(form.device.count())] == ["auto", "cpu", "cuda:0"]
    assert form.device.currentData() == "cpu" and len(edits) == 1  # shown, not an edit
