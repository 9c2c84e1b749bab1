"""Reference cycles holding Qt widgets are freed on the GUI thread, never on the training thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QWidget

from ann_viz.ui import gc_guard


class _Cycle:
    def __init__(self):
        self.me = self


class _Holder:
    def __init__(self):
        self.widget = QWidget()
        self.widget.destroyed.connect(lambda *_: None)
        self.me = self  # a cycle: only the cyclic collector frees it


def test_automatic_collection_is_off_and_the_gui_thread_collects(qtbot, window):
    collector = gc_guard.install(QApplication.instance())
    assert gc_guard.install(QApplication.instance()) is collector  # once per application
    assert not gc.isenabled()
    freed_on = []
    holder = _Holder()
    holder.widget.destroyed.connect(lambda *_: freed_on.append(threading.get_ident()))
    del holder
    before = collector.collections
    for _ in range(3 * gc.get_threshold()[0]):  # garbage cycles past generation 0's threshold
        _Cycle()
    # A thread allocating a lot never collects (that is what freed widgets off the GUI thread).
    thread = threading.Thread(target=lambda: [[] for _ in range(50_000)])
    thread.start()
    thread.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: collector.collections > before, timeout=5_000)
    gc.collect()  # older generations too, as the timer will in time
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.main_thread().ident]


def test_the_start_up_is_frozen_out_of_full_collections():
    """After the window is complete a full collection walks only what came after the start-up."""
    try:
        gc_guard.freeze_start_up()
        assert gc.get_freeze_count() > 0
        later = [[_Cycle()] for _ in range(1000)]
        del later
        assert gc.collect() >= 1000  # what came after is collected as before
        QApplication.instance().aboutToQuit.emit()  # quitting thaws: Qt's objects go while Qt runs
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()  # the other tests open and close windows in this process
