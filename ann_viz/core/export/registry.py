"""Export formats by name and suffix, and the one function that writes any of them atomically.

Each format lives in its own module of this package with ``render(source) -> bytes``;
the whole file is made in memory first, then written to a temporary file in the target
folder and renamed over the target, so an export never leaves a half-written file.
"""

from __future__ import annotations

import importlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import write_bytes_atomic
from ..errors import AnnVizError, ExportError
from ..i18n import _t

if TYPE_CHECKING:  # the source module imports the trainer (torch); the CLI's parser must not
    from .source import ExportSource

EXTRA_HINT = _t("install the export extra: pip install 'ann-viz[export]'")


@dataclass(frozen=True)
class ExportFormat:
    """One file format: ``name`` for the CLI, ``suffixes`` (first = default), and its writer module."""

    name: str
    label: str
    suffixes: tuple[str, ...]
    module: str
    note: str = ""  # said before exporting (e.g. a deprecation)
    needs_history: bool = False

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    def render(self, source: ExportSource) -> bytes:
        """The file's bytes; raises ExportError with a user-facing sentence on any failure."""
        writer = importlib.import_module(f"{__package__}.{self.module}")
        try:
            return writer.render(source)
        except AnnVizError:
            raise
        except ImportError as err:
            raise ExportError(_t("{format} export needs the package '{package}': install the export extra: "
                                 "pip install 'ann-viz[export]'.").format(format=self.label,
                                                                         package=err.name or err)) from None
        except Exception as err:  # an exporter's own failure: say which, keep the app alive
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise ExportError(_t("{format} export failed: {error}").format(format=self.label, error=first)) from err


TORCHSCRIPT_NOTE = _t("TorchScript (torch.jit) is deprecated in PyTorch 2.x and may be removed: "
                      "prefer the .pt2 (torch.export) or .onnx format.")

FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("onnx", _t("ONNX model"), (".onnx",), "onnx_model"),
    ExportFormat("pt2", _t("torch.export program"), (".pt2",), "program"),
    ExportFormat("safetensors", _t("Weights (safetensors)"), (".safetensors",), "safetensors_file"),
    ExportFormat("pt", _t("Weights (PyTorch state_dict)"), (".pt", ".pth"), "state_dict"),
    ExportFormat("script", _t("Standalone PyTorch script"), (".py",), "script"),
    ExportFormat("ipynb", _t("Jupyter notebook (PyTorch, NumPy, matplotlib)"), (".ipynb",), "notebook"),
    ExportFormat("torchscript", _t("TorchScript (deprecated)"), (".ts",), "torchscript", note=TORCHSCRIPT_NOTE),
    ExportFormat("csv", _t("Training history (CSV)"), (".csv",), "history_csv", needs_history=True),
)


def format_named(name: str) -> ExportFormat:
    for fmt in FORMATS:
        if fmt.name == name.lower():
            return fmt
    raise ExportError(_t("Unknown export format '{name}'; choose one of {choices}.").format(
        name=name, choices=", ".join(f.name for f in FORMATS)))


def format_for_path(path: str | os.PathLike) -> ExportFormat:
    """The format a file name asks for, by its suffix."""
    suffix = Path(path).suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.suffixes:
            return fmt
    known = ", ".join(s for f in FORMATS for s in f.suffixes)
    raise ExportError(_t("{file}: cannot tell the export format from the suffix '{suffix}'; "
                         "use one of {known}.").format(file=Path(path).name, suffix=suffix, known=known))


def export_to(source: ExportSource, path: str | os.PathLike, fmt: ExportFormat | None = None) -> ExportFormat:
    """Write ``source`` to ``path`` as ``fmt`` (default: from the suffix); the old file survives any failure."""
    fmt = fmt or format_for_path(path)
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(_t("{file}: the folder {folder} does not exist.").format(file=target, folder=target.parent))
    data = fmt.render(source)
    try:
        mode = _file_mode(target)
        write_bytes_atomic(target, data)
        os.chmod(target, mode)
    except OSError as err:
        raise ExportError(_t("{file}: cannot be written ({error}).").format(
            file=target, error=err.strerror or err)) from None
    return fmt


def _file_mode(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual ones (the temp file's are 0o600)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
