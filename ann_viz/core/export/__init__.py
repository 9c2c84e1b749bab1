"""Export a trained network (ONNX, torch.export, safetensors, state_dict, a standalone script,
TorchScript, history CSV) and import weights safely. Qt-free; every file is written atomically.

Heavy exporters (onnx, torch.export) are imported only when their format is written.
"""

from __future__ import annotations

import sys
import types

from ..lazy import lazy_attributes

# Loaded on first use (PEP 562): the CLI's parser reads FORMATS without importing torch.
_HOMES = {
    "WEIGHT_SUFFIXES": "import_weights", "check_weights": "import_weights", "import_weights": "import_weights",
    "read_weight_file": "import_weights",
    "FORMATS": "registry", "ExportFormat": "registry", "export_to": "registry", "format_for_path": "registry",
    "format_named": "registry",
    "HISTORY_COLUMNS": "source", "ExportSource": "source", "source_from_project": "source",
    "source_from_trainer": "source",
}

__all__ = sorted(_HOMES)
__getattr__ = lazy_attributes(__name__, _HOMES)


class _Package(types.ModuleType):
    """``import_weights`` names a submodule and its function. Loading the submodule (by any
    route) makes Python bind the package's name to the module; keep the function there, as
    the eager imports this package once had did."""

    def __setattr__(self, name: str, value) -> None:
        if name == "import_weights" and isinstance(value, types.ModuleType):
            value = value.import_weights
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
