"""Open a user-named path only if it is a regular file, and read it with a size cap.

Every loader (projects, data tables, IDX files, weights) opens files through here, so a
FIFO cannot hang a load, a symlink to /dev/zero cannot eat the memory, and a NUL byte in
a path is a message instead of a ``ValueError``. A missing file or a folder still raise
``FileNotFoundError`` / ``IsADirectoryError``, which each loader words in its own way.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import AnnVizError
from .i18n import _t

_CHUNK = 1 << 20


def open_regular(path: str | os.PathLike, error: type[AnnVizError], max_bytes: int, too_large: str) -> BinaryIO:
    """``path`` opened for binary reading, if it is a regular file of at most ``max_bytes``.

    ``too_large`` is the message template ({file}: the name) when the file is bigger;
    other refusals raise ``error`` naming the file. Opening never blocks (O_NONBLOCK is
    dropped once the file is known to be regular).
    """
    name = os.fspath(path)
    if isinstance(name, bytes) and b"\0" in name or isinstance(name, str) and "\0" in name:
        raise error(_t("The file name '{path}' holds a NUL character; no file can have that name.").format(
            path=str(name).replace("\0", "\\0")))
    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if not stat.S_ISREG(info.st_mode):
            raise error(_t("{file} is not a regular file (it is a pipe, device or socket); "
                           "choose a file saved on disk.").format(file=Path(name).name))
        if info.st_size > max_bytes:
            raise error(too_large.format(file=Path(name).name))
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(handle: BinaryIO, max_bytes: int, error: type[AnnVizError], too_large: str,
                name: str) -> bytearray:
    """All of ``handle``, refusing it once it passes ``max_bytes`` (a file that grows, or /proc).

    Read into one buffer sized from fstat, so the peak is the file's size, not twice it."""
    buffer = bytearray(min(os.fstat(handle.fileno()).st_size, max_bytes) + 1)
    view, total = memoryview(buffer), 0
    while True:
        if total == len(buffer):
            if total > max_bytes:
                raise error(too_large.format(file=name))
            view.release()
            buffer.extend(bytes(min(_CHUNK, max_bytes + 1 - total)))
            view = memoryview(buffer)
        got = handle.readinto(view[total:])
        if not got:
            view.release()
            del buffer[total:]
            return buffer
        total += got


def read_regular(path: str | os.PathLike, error: type[AnnVizError], max_bytes: int, too_large: str) -> bytearray:
    """The bytes of a regular file of at most ``max_bytes`` (see :func:`open_regular`)."""
    with open_regular(path, error, max_bytes, too_large) as handle:
        return read_capped(handle, max_bytes, error, too_large, Path(os.fspath(path)).name)
