"""Crash recovery (issue 13.9): autosave while unsaved, offer to restore after a kill, none after a clean exit."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ann_viz.ui import recovery
from ann_viz.ui.editor.commands import AddNodeCommand

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_window(qtbot, tmp_path):
    """MainWindows autosaving into ``tmp_path / "recovery"``; closed cleanly afterwards."""
    from ann_viz.ui.main_window import MainWindow

    made = []

    def make(autosave_ms: int = 60_000, directory: Path | None = None):
        settings = QSettings(str(tmp_path / f"settings{len(made)}.ini"), QSettings.IniFormat)
        window = MainWindow(settings=settings, recovery_dir=directory or tmp_path / "recovery",
                            autosave_ms=autosave_ms)
        qtbot.addWidget(window, before_close_func=_mark_clean)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.isVisible():
            _mark_clean(window)
            window.close()


def _mark_clean(window) -> None:
    window.document.undo_stack.setClean()
    window.document._weights_dirty = False


def _add_relu(window) -> str:
    command = AddNodeCommand(window.document.graph, "relu", (500.0, 300.0))
    window.document.undo_stack.push(command)
    return command.node_id


def test_autosaves_only_unsaved_changes_and_only_when_they_changed(make_window, tmp_path):
    window = make_window()
    saver = window.autosaver
    assert saver.path.parent == tmp_path / "recovery" and str(os.getpid()) in saver.path.name
    assert not saver.autosave() and not saver.path.exists()  # nothing unsaved: nothing written
    node = _add_relu(window)
    assert saver.autosave() and saver.path.exists()
    record = json.loads(saver.path.read_text())
    assert record["format"] == "ann-viz-recovery" and node in {n["id"] for n in record["project"]["graph"]["nodes"]}
    assert not saver.autosave() and saver.writes == 1  # unchanged since: not written again
    window.settings_form.epochs.setValue(77)  # a setting is a change too
    assert saver.autosave() and saver.writes == 2
    assert json.loads(saver.path.read_text())["project"]["training"]["epochs"] == 77
    assert not list(saver.path.parent.glob("*.tmp")), "a temporary file was left behind"
    # a save makes the recovery file pointless: it goes at once
    window.document.save(tmp_path / "mine.annviz.json")
    assert not saver.path.exists()
    _add_relu(window)
    assert saver.autosave()
    # a clean exit removes it
    _mark_clean(window)
    window.close()
    assert not saver.path.exists() and not saver.timer.isActive()


def test_autosave_runs_on_its_interval(qtbot, make_window):
    window = make_window(autosave_ms=100)
    _add_relu(window)
    qtbot.waitUntil(lambda: window.autosaver.path.exists(), timeout=5_000)
    qtbot.wait(400)  # several intervals, nothing changed: no rewrite
    assert window.autosaver.writes == 1


def test_an_autosave_that_cannot_be_written_is_said_once(qtbot, make_window, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    window = make_window(directory=blocker / "recovery")  # a folder under a file: cannot be made
    said = []
    window.autosaver.failed.connect(said.append)
    _add_relu(window)
    assert not window.autosaver.autosave()
    _add_relu(window)
    assert not window.autosaver.autosave()
    assert len(said) == 1 and said[0].startswith("Autosave failed")


def _write_orphan(directory: Path, window, pid: int = 2**22 + 12345) -> Path:
    """A recovery file as a killed app (a process id that is not running) would have left it."""
    saver = window.autosaver
    assert saver.autosave()
    orphan = directory / f"recovery-{pid}.annviz.json"
    record = json.loads(saver.path.read_text())
    record["pid"], record["started"] = pid, "1"
    orphan.write_text(json.dumps(record))
    saver.discard()
    return orphan


@pytest.mark.parametrize("restore", [True, False], ids=["restore", "discard"])
def test_the_next_start_offers_an_orphaned_recovery_file(make_window, tmp_path, monkeypatch, restore):
    directory = tmp_path / "recovery"
    crashed = make_window(directory=directory)
    crashed.document.save(tmp_path / "work.annviz.json")
    node = _add_relu(crashed)
    orphan = _write_orphan(directory, crashed)
    assert recovery.orphans(directory) == [orphan]

    asked = []
    monkeypatch.setattr(recovery, "ask_restore", lambda parent, text: asked.append(text) or restore)
    window = make_window(directory=directory)
    assert recovery.offer_recovery(window, directory) is restore
    assert len(asked) == 1 and "work.annviz.json" in asked[0]
    assert not orphan.exists() and recovery.orphans(directory) == []
    if restore:
        assert node in window.document.graph.nodes
        assert window.document.path == tmp_path / "work.annviz.json"
        assert window.document.is_modified()  # restored, not yet saved
    else:
        assert node not in window.document.graph.nodes and not window.document.is_modified()
    assert recovery.offer_recovery(window, directory) is False  # offered once


def test_a_running_apps_file_and_a_broken_file(make_window, tmp_path, monkeypatch):
    directory = tmp_path / "recovery"
    directory.mkdir()
    live = directory / f"recovery-{os.getppid()}.annviz.json"  # our parent runs: its file is in use
    live.write_text("{}")
    broken = directory / "recovery-4199999.annviz.json"
    broken.write_text("{not json")
    assert recovery.orphans(directory) == [broken]
    monkeypatch.setattr(recovery, "ask_restore", lambda parent, text: pytest.fail("a broken file was offered"))
    window = make_window(directory=directory)
    assert recovery.offer_recovery(window, directory) is False
    assert not broken.exists() and live.exists()
    assert "could not be read" in window.statusBar().currentMessage()


CHILD = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication
    QCoreApplication.setOrganizationName("ann-viz")
    QCoreApplication.setApplicationName("ann-viz")
    app = QApplication(sys.argv[:1])
    from ann_viz.ui.main_window import MainWindow
    from ann_viz.ui.editor.commands import AddNodeCommand
    window = MainWindow(autosave_ms=200)  # the default folder: the app's data location
    window.show()
    command = AddNodeCommand(window.document.graph, "relu", (500.0, 300.0))
    window.document.undo_stack.push(command)
    print("NODE", command.node_id, flush=True)
    def check():
        if window.autosaver.path.exists():
            print("AUTOSAVED", window.autosaver.path, flush=True)
            timer.stop()
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    app.exec()
""")


# The next start, as a user runs it (`ann-viz`): answers the offer with Restore, then quits cleanly.
RESTART = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from ann_viz.ui.app import run_app
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        print("ASKED", box.text().replace("\\n", " "), flush=True)
        next(b for b in box.buttons() if b.text() == "Restore").click()
        QTimer.singleShot(500, done)
    def done():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "" and hasattr(w, "document"))
        print("RESTORED", " ".join(window.document.graph.nodes), flush=True)
        print("MODIFIED", window.document.is_modified(), flush=True)
        print("RECOVERY", window.autosaver.path, flush=True)
        window.document.undo_stack.setClean()
        window.document._weights_dirty = False
        window.close()
    app = QApplication(sys.argv[:1])  # run_app uses it; the timer needs it first
    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(100)
    sys.exit(run_app([]))
""")


def _run(code: str, env: dict, until: str, kill: bool) -> dict:
    """Run ``code`` in a child; its "WORD rest" lines by word once ``until`` is seen (then SIGKILL if
    ``kill``, else let it exit)."""
    log = Path(env["HOME"]) / f"{until}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as errors:
        process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                   stderr=errors, text=True)
    try:
        lines, seen, deadline = _lines(process), {}, time.monotonic() + 120
        while until not in seen:
            assert time.monotonic() < deadline, f"no {until} from the app: {seen}; {log.read_text()[-2000:]}"
            try:
                word, _, rest = lines.get(timeout=1).strip().partition(" ")
                seen[word] = rest
            except queue.Empty:
                assert process.poll() is None, \
                    f"the app exited ({process.returncode}) before {until}: {seen}; {log.read_text()[-2000:]}"
        if kill:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    seen["returncode"] = process.returncode
    return seen


def _lines(process) -> queue.Queue:
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    return lines


def test_a_killed_app_is_offered_for_restore_at_the_next_start(make_window, tmp_path, monkeypatch):
    """A real app process, killed with SIGKILL after its autosave; a new start finds and restores it."""
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(ROOT))
    seen = _run(CHILD, env, "AUTOSAVED", kill=True)
    assert seen["returncode"] == -signal.SIGKILL
    directory = home / "data" / "ann-viz" / "ann-viz" / "recovery"
    written = Path(seen["AUTOSAVED"])
    assert written.parent == directory and written.exists()
    assert recovery.orphans(directory) == [written]
    kept = written.read_bytes()

    # the next start of the real app: offered, restored, and a clean exit leaves no file behind
    again = _run(RESTART, env, "RECOVERY", kill=False)
    assert again["returncode"] == 0
    assert "did not close properly" in again["ASKED"]
    assert seen["NODE"] in again["RESTORED"].split() and again["MODIFIED"] == "True"
    assert not written.exists() and not Path(again["RECOVERY"]).exists()
    assert recovery.orphans(directory) == []

    # and the same in this process, from the killed app's file
    written.write_bytes(kept)

    asked = []
    monkeypatch.setattr(recovery, "ask_restore", lambda parent, text: asked.append(text) or True)
    window = make_window(directory=directory)  # the next start
    assert recovery.offer_recovery(window, directory)
    assert asked and "did not close properly" in asked[0]
    assert seen["NODE"] in window.document.graph.nodes
    assert window.document.is_modified()
    assert not written.exists()
