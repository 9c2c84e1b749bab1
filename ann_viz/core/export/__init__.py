"""Export a trained network (ONNX, torch.export, safetensors, state_dict, a standalone script,
TorchScript, history CSV) and import weights safely. Qt-free; every file is written atomically.

Heavy exporters (onnx, torch.export) are imported only when their format is written.
"""

from .import_weights import WEIGHT_SUFFIXES, check_weights, import_weights, read_weight_file
from .registry import FORMATS, ExportFormat, export_to, format_for_path, format_named
from .source import HISTORY_COLUMNS, ExportSource, source_from_project, source_from_trainer

__all__ = [
    "FORMATS", "HISTORY_COLUMNS", "WEIGHT_SUFFIXES", "ExportFormat", "ExportSource", "check_weights",
    "export_to", "format_for_path", "format_named", "import_weights", "read_weight_file",
    "source_from_project", "source_from_trainer",
]
