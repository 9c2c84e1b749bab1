"""Frames to an animated GIF (Pillow, fast octree palettes) or an MP4 (imageio's ffmpeg plugin, H.264),
written atomically: into a temporary file beside the target, renamed over it only when complete,
removed on cancel or error."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

from ..errors import ExportError
from ..i18n import _t

FILM_SUFFIXES = (".gif", ".mp4")


class FilmWriter:
    """``add(frame)`` RGB uint8 arrays [H, W, 3] of one size, then ``close()`` (or ``abort()``)."""

    def __init__(self, path: str | os.PathLike, fps: float = 20.0):
        self.path = Path(path)
        self.suffix = self.path.suffix.lower()
        if self.suffix not in FILM_SUFFIXES:
            raise ExportError(_t("{file}: a film is written as .gif or .mp4, not '{suffix}'.").format(
                file=self.path.name, suffix=self.suffix))
        if not self.path.parent.is_dir():
            raise ExportError(_t("{file}: the folder {folder} does not exist.").format(
                file=self.path, folder=self.path.parent))
        try:
            import imageio.v2 as imageio  # the export extra (it brings Pillow)
            from PIL import Image
        except ImportError:
            raise ExportError(_t("A film needs the package 'imageio': install the export extra: "
                                 "pip install 'ann-viz[export]'.")) from None
        self._image, self._fps = Image, fps
        fd, temp = tempfile.mkstemp(prefix=".film-", suffix=self.suffix, dir=self.path.parent)
        os.close(fd)
        self._temp = Path(temp)
        self.frames = 0
        self._gif: list = []  # GIF frames as 8-bit palette images (1 byte a pixel), saved at close
        self._writer = None
        if self.suffix == ".mp4":
            try:  # H.264; 16-pixel blocks (the stage's size is a multiple of 16)
                self._writer = imageio.get_writer(self._temp, fps=fps, codec="libx264", quality=7,
                                                  macro_block_size=16, ffmpeg_log_level="error")
            except Exception as err:  # noqa: BLE001 - e.g. the ffmpeg binary missing
                self._temp.unlink(missing_ok=True)
                raise ExportError(_failure(self.path, err)) from None

    def add(self, frame: np.ndarray) -> None:
        try:
            if self._writer is None:
                rgb = self._image.fromarray(np.ascontiguousarray(frame))
                self._gif.append(rgb.quantize(256, method=self._image.Quantize.FASTOCTREE))
            else:
                self._writer.append_data(np.ascontiguousarray(frame))
        except Exception as err:  # noqa: BLE001 - a full disk, a broken pipe to ffmpeg
            self.abort()
            raise ExportError(_failure(self.path, err)) from None
        self.frames += 1

    def close(self) -> Path:
        """Finish the file and move it into place; the target is untouched until this succeeds."""
        try:
            if self._writer is not None:
                self._writer.close()
            elif self._gif:
                self._gif[0].save(self._temp, format="GIF", save_all=True, append_images=self._gif[1:],
                                  duration=round(1000 / self._fps), loop=0)
            self._gif = []
            os.chmod(self._temp, 0o666 & ~_umask())
            os.replace(self._temp, self.path)
        except Exception as err:  # noqa: BLE001
            self._temp.unlink(missing_ok=True)
            raise ExportError(_failure(self.path, err)) from None
        return self.path

    def abort(self) -> None:
        """Drop what was written (cancel): the target, if it existed, is left as it was."""
        self._gif = []
        try:
            if self._writer is not None:
                self._writer.close()
        except Exception:  # noqa: BLE001 - closing a failed writer may fail again; the file goes anyway
            pass
        self._temp.unlink(missing_ok=True)


def _failure(path: Path, err: BaseException) -> str:
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return _t("{file}: the film cannot be written ({error}).").format(file=path.name, error=first)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
