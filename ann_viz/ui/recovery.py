"""Crash recovery: while the open project has unsaved changes it is autosaved to a recovery file;
after a crash or kill the next start offers to restore it; a clean exit deletes it.

Each running app writes its own file, named by its process id (``recovery-<pid>.annviz.json``),
so two windows never overwrite each other's and a file is "orphaned" exactly when the process
that wrote it is gone. The file is written atomically, at most once per interval, and only when
something changed since the last write.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from ..core.atomic import write_text_atomic
from ..core.project import project_from_dict, project_to_dict
from .tr import tr_core

AUTOSAVE_INTERVAL_MS = 30_000
RECOVERY_FORMAT = "ann-viz-recovery"
PREFIX, SUFFIX = "recovery-", ".annviz.json"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def default_directory() -> Path:
    """The app's data folder (``~/.local/share/ann-viz/ann-viz`` on Linux), ``recovery`` inside it."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "recovery"


def _start_time(pid: int) -> str | None:
    """The process's start time since boot (Linux), so a reused process id is not taken for ours."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()[19]  # field 22 of stat, counted after the command name


def _alive(pid: int, started: str | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return False
    return started is None or _start_time(pid) in (None, started)


class Autosaver(QObject):
    """Writes ``document`` to this process's recovery file every ``interval_ms`` while it has
    unsaved changes; deletes the file once there are none (saved, discarded, closed)."""

    failed = Signal(str)  # the autosave could not be written (said once until it works again)

    def __init__(self, document, directory: Path | None = None, interval_ms: int = AUTOSAVE_INTERVAL_MS,
                 parent=None):
        super().__init__(parent)
        self.document = document
        self.directory = Path(directory) if directory is not None else default_directory()
        self.path = self.directory / f"{PREFIX}{os.getpid()}{SUFFIX}"
        self.writes = 0
        self._changed = False
        self._failing = False
        document.changed.connect(self._mark)
        document.modified_changed.connect(self._modified)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    @Slot()
    def _mark(self) -> None:
        self._changed = True

    @Slot(bool)
    def _modified(self, modified: bool) -> None:
        if not modified:
            self.discard()  # saved or replaced: the file on disk is what there is to recover

    @Slot()
    def autosave(self) -> bool:
        """Write the recovery file if the project has unsaved changes not yet written; True if written."""
        if not self.document.is_modified():
            self.discard()
            return False
        if not self._changed and self.path.exists():
            return False
        document = self.document
        record = {"format": RECOVERY_FORMAT, "schema": 1, "pid": os.getpid(), "started": _start_time(os.getpid()),
                  "saved_at": time.time(), "path": None if document.path is None else str(document.path),
                  "project": project_to_dict(document.project)}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self.path, json.dumps(record, ensure_ascii=False) + "\n")
        except Exception as err:  # noqa: BLE001 - a full disk or an unwritable title never stops the app
            if not self._failing:
                self._failing = True
                self.failed.emit(_tr("Autosave failed: %1").replace("%1", str(err)))
            return False
        self._failing = False
        self._changed = False
        self.writes += 1
        return True

    def discard(self) -> None:
        self._changed = True  # the next change is written again in full
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # left for the next start, which offers it (harmless)

    def stop(self) -> None:
        """A clean exit: no more autosaves, and no recovery file left behind."""
        self.timer.stop()
        self.discard()


def orphans(directory: Path | None = None) -> list[Path]:
    """Recovery files whose app is no longer running, newest first."""
    directory = Path(directory) if directory is not None else default_directory()
    found = []
    for path in directory.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            pid = int(path.name[len(PREFIX):-len(SUFFIX)])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            started = json.loads(path.read_text(encoding="utf-8")).get("started")
        except (OSError, ValueError, AttributeError):
            started = None  # unreadable: offered anyway, and refused with a message when opened
        if not _alive(pid, started):
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def read_recovery(path: Path):
    """(project, original path or None, saved_at) from a recovery file; raises on anything broken."""
    record = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(record, dict) or record.get("format") != RECOVERY_FORMAT:
        raise ValueError("not a recovery file")
    original = record.get("path")
    return project_from_dict(record["project"]), (Path(original) if isinstance(original, str) else None), \
        float(record.get("saved_at") or 0)


def ask_restore(parent, text: str) -> bool:
    """Restore / Discard; True for Restore (replaced in tests)."""
    box = QMessageBox(QMessageBox.Question, _tr("Restore unsaved changes?"), text, QMessageBox.NoButton, parent)
    restore = box.addButton(_tr("Restore"), QMessageBox.AcceptRole)
    box.addButton(_tr("Discard"), QMessageBox.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def offer_recovery(window, directory: Path | None = None) -> bool:
    """At start-up: offer the newest orphaned recovery file; True if a project was restored.

    Whichever the answer, the orphaned files are deleted (a restored project is autosaved again
    under this process's name while it stays unsaved).
    """
    files = orphans(directory)
    if not files:
        return False
    newest = files[0]
    restored = False
    try:
        project, original, saved_at = read_recovery(newest)
    except Exception as err:  # noqa: BLE001 - a damaged file is dropped with a word, never a crash
        window.statusBar().showMessage(_tr("A recovery file could not be read and was removed: %1")
                                       .replace("%1", tr_core(str(err))), 10_000)
    else:
        name = original.name if original is not None else tr_core(project.title)
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(saved_at)) if saved_at else "?"
        text = _tr("ann-viz did not close properly. Restore the unsaved changes to %1 (autosaved %2)?") \
            .replace("%1", name).replace("%2", when)
        if ask_restore(window, text):
            window.document.replace(project, original)
            window.document.mark_modified()  # not saved yet: Save writes it back to its file
            restored = True
    for path in files:
        try:
            path.unlink()
        except OSError:
            pass
    return restored
