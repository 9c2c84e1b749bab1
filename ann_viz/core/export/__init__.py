"""Export a trained network (ONNX, torch.export, safetensors, state_dict, a standalone script,
TorchScript, history CSV) and import weights safely. Qt-free; every file is written atomically.

Heavy exporters (onnx, torch.export) are imported only when their format is written.
"""

from __future__ import annotations

import importlib

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


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value
