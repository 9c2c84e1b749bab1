"""UI tests run without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc  # noqa: E402

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths, QThread, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


QStandardPaths.setTestModeEnabled(True)  # autosaves and settings never touch the user's own folders


def _mark_clean(window) -> None:
    """So that closing never asks "save the changes?" (a modal box would hang the test)."""
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False


@pytest.fixture
def window(qtbot, tmp_path):
    """A shown MainWindow with its own settings file; closed (training thread stopped) afterwards."""
    from ann_viz.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    win = MainWindow(settings=settings)
    # pytest-qt closes registered widgets before fixture teardown: mark clean first.
    qtbot.addWidget(win, before_close_func=_mark_clean)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if shiboken6.isValid(win) and win.isVisible():
        _mark_clean(win)
        win.close()


def _owner_alive(timer: QTimer) -> bool:
    parent = timer.parent()
    return parent is None or shiboken6.isValid(parent)


_reported: set[int] = set()  # a leak fails the test that left it, not every test after it
# Leaked threads and timers stay referenced: collecting a running QThread's wrapper later, in some
# other test, would crash the whole run instead of failing the test that leaked it.
_kept: list = []
GRACE_MS = 500  # a single-shot timer about to fire or a thread finishing its last step is no leak


def _running() -> dict[int, tuple[str, object]]:
    """Running QThreads (other than the GUI thread) and active QTimers with a live owner, by address:
    (description, the object)."""
    main = shiboken6.getCppPointer(QApplication.instance().thread())[0]
    found = {}
    for obj in gc.get_objects():
        kind = type(obj)  # not isinstance(): it reads __class__, which trips lazy proxies' warnings
        if issubclass(kind, QThread):
            if shiboken6.isValid(obj) and obj.isRunning():
                found[shiboken6.getCppPointer(obj)[0]] = (f"QThread {obj.objectName() or obj!r} is still running",
                                                          obj)
        elif issubclass(kind, QTimer):
            if shiboken6.isValid(obj) and obj.isActive() and _owner_alive(obj):
                found[shiboken6.getCppPointer(obj)[0]] = (f"QTimer {obj!r} (owner {type(obj.parent()).__name__}, "
                                                         f"interval {obj.interval()} ms) is still active", obj)
    found.pop(main, None)
    return {address: found[address] for address in found if address not in _reported}


@pytest.fixture(autouse=True)
def _no_running_threads_or_timers(qtbot):
    """Fail a test that leaves a QThread running or a QTimer active after its teardown (as napari does)."""
    yield
    qtbot.wait(10)
    leaks = _running()
    waited = 10
    while leaks and waited < GRACE_MS:
        qtbot.wait(25)
        waited += 25
        leaks = _running()
    if leaks:
        _reported.update(leaks)
        _kept.extend(obj for _, obj in leaks.values())
        pytest.fail("Left running after the test:\n" + "\n".join(text for text, _ in leaks.values()),
                    pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_before_exit():
    """Qt deletes the clipboard's data in a C++ exit handler, after Python has finalised:
    data copied from Python must be gone by then, or the process crashes on exit."""
    yield
    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()
        app.processEvents()


from ann_viz.ui.training import confirm as _confirm  # noqa: E402

_REAL_ASK = _confirm._ask


@pytest.fixture(autouse=True)
def _yes_to_throwing_runs_away(monkeypatch):
    """"Throw away the trained run?" is answered Yes (a modal box would wait for a click);
    tests of the question itself use ``real_confirm`` and patch QMessageBox."""
    monkeypatch.setattr(_confirm, "_ask", lambda *_: True)


@pytest.fixture
def real_confirm(monkeypatch):
    """The real question box (patch QMessageBox.question to answer it)."""
    monkeypatch.setattr(_confirm, "_ask", _REAL_ASK)
