"""Files that never half-exist: write a temporary file beside the target, fsync, then rename.

The temporary name is short and fixed in form (``.annviz-<hash>-<pid>-<random>.tmp``), so
a target name of any legal length works and the temp files a killed save left behind can
be recognised and removed by the next save to the same file. A symlink is written through:
the file it points to is replaced and the link stays.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

_STALE_S = 3600  # a temp file this old belongs to no save still running


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; on any failure the old file stays as it was."""
    target = _through_links(Path(path))
    prefix = _prefix(target)
    remove_stale_temps(target)
    fd, tmp = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}-", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _through_links(path: Path) -> Path:
    """The file a symlink (or a chain of them) points to, so saving keeps the link."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _prefix(target: Path) -> str:
    digest = hashlib.sha1(target.name.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return f".annviz-{digest}-"


def remove_stale_temps(target: str | os.PathLike) -> list[Path]:
    """Delete temp files that earlier saves of ``target`` left (their process is gone, or they
    are over an hour old); return them. Other programs' files are never touched."""
    target = Path(target)
    prefix, removed = _prefix(target), []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")) or not entry.is_file(
                follow_symlinks=False):
            continue
        pid = entry.name[len(prefix):].split("-", 1)[0]
        try:
            if _alive(pid) and time.time() - entry.stat(follow_symlinks=False).st_mtime < _STALE_S:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass  # another save removed it first, or the folder is read-only: not our problem here
    return removed


def _alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # exists but is someone else's: leave its file alone
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
