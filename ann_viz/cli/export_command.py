"""`ann-viz export` and `train --export/--weights`: models, weights, scripts and history to files.

`ann-viz export PRESET|PROJECT -o PATH [--format FORMAT]` writes the project's trained
weights (or its seeded initial ones when it has none); the format defaults to the
suffix of PATH. No Qt is imported here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import ExportError
from ..core.i18n import _t
# The parser and the checks need only the registry; writers, weights and the trainer (torch) load
# when a command runs, so that `presets` and `--help` never import torch.
from ..core.export.registry import FORMATS, ExportFormat, export_to, format_for_path, format_named
from .source import open_source
from .text import say, tr

if TYPE_CHECKING:
    from ..core.train import Trainer


def add_export_parser(sub) -> None:
    names = ", ".join(f.name for f in FORMATS)
    export = sub.add_parser("export", help=tr(_t("export a preset or project: ONNX, .pt2, weights, script, ...")))
    export.add_argument("source", metavar="PRESET|PROJECT.json")
    export.add_argument("-o", "--output", required=True, metavar="PATH", help=tr(_t("the file to write")))
    export.add_argument("--format", "-f", metavar="FORMAT",
                        help=tr(_t("{names} (default: from the suffix of PATH)"), names=names))
    export.add_argument("--weights", metavar="FILE",
                        help=tr(_t("export these weights (.pt or .safetensors) instead")))


def run_export(args: Any) -> int:
    fmt = format_named(args.format) if args.format else format_for_path(args.output)
    if fmt.needs_history:
        raise ExportError(_t("A project file holds no training history: train and export in one go with "
                             "`ann-viz train {source} --export {output}`.").format(source=args.source,
                                                                                    output=args.output))
    from ..core.export import import_weights, source_from_project

    project = open_source(args.source)
    if args.weights:
        project.weights = import_weights(args.weights, project.graph)
    _warn(fmt)
    export_to(source_from_project(project), args.output, fmt)
    print(_wrote(args.output, fmt))
    return 0


def planned_exports(paths: list[str]) -> list[tuple[str, ExportFormat]]:
    """`train --export` targets with their formats, checked before training starts."""
    planned = [(path, format_for_path(path)) for path in paths]
    for path, _ in planned:
        if not Path(path).parent.is_dir():
            raise ExportError(_t("{file}: the folder {folder} does not exist.").format(file=path,
                                                                                      folder=Path(path).parent))
    return planned


def load_weights(trainer: Trainer, path: str) -> None:
    """`train --weights FILE`: start from the file's weights (checked against the network)."""
    from ..core.export import import_weights

    trainer.load_arrays(import_weights(path, trainer.graph))


def export_trained(trainer: Trainer, title: str, planned: list[tuple[str, ExportFormat]]) -> None:
    """Write each planned export of the trainer's weights and history; report on stderr (stdout may be JSON)."""
    if not planned:
        return
    from ..core.export import source_from_trainer

    source = source_from_trainer(trainer, title)
    for path, fmt in planned:
        _warn(fmt)
        export_to(source, path, fmt)
        print(_wrote(path, fmt), file=sys.stderr)


def _warn(fmt: ExportFormat) -> None:
    if fmt.note:
        say(_t("ann-viz: warning: {note}"), note=tr(fmt.note), file=sys.stderr)


def _wrote(path: str, fmt: ExportFormat) -> str:
    """The line that reports a written file, in the user's language."""
    size = Path(path).stat().st_size
    return tr(_t("Wrote {path} ({format}, {size:.1f} KiB)"), path=path, format=tr(fmt.label), size=size / 1024)
