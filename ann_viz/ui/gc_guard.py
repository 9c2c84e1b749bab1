"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. When
the training thread builds a trainer, that can be the thread that frees a closed window or menu
caught in a reference cycle: Qt then destroys widgets off the GUI thread and deadlocks or
crashes. So automatic collection is switched off and a GUI-thread timer collects instead, with
the same generation thresholds (a pattern long used by PyQt applications).

Once the window is complete, everything alive (torch, Qt, the window: ~350,000 objects) is frozen
out of the collector's sight (``gc.freeze``): a full collection then walks only what came after
(~60,000 objects, 15-25 ms) instead of everything (200-220 ms: the GUI stood still that long).
Start-up garbage still in a cycle at that moment stays; it is a few import-time leftovers.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        gc.disable()
        self.collections = 0
        self._timer_id = self.startTimer(INTERVAL_MS)  # a plain timer: no QTimer object to account for

    def timerEvent(self, _event) -> None:
        self.collect_if_due()

    def collect_if_due(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for g in range(3):
            if counts[g] > thresholds[g]:
                generation = g
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1


def freeze_start_up() -> None:
    """Called once the window is complete (run_app); tests, opening and closing many windows in one
    process, leave the collector as it is. Thawed when the app quits: Python's last collections at
    exit skip frozen objects, and Qt objects in cycles must go while Qt still runs."""
    gc.freeze()
    app = QCoreApplication.instance()
    if app is not None and not app.property("annVizThawAtQuit"):
        app.setProperty("annVizThawAtQuit", True)
        app.aboutToQuit.connect(_thaw)


def _thaw() -> None:
    gc.unfreeze()
    gc.collect()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Once per application (idempotent); call on the GUI thread."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
