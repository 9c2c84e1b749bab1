"""Resolve a PRESET id or a PROJECT.json path given on the command line."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import AnnVizError
from ..core.i18n import _t
from ..core.presets import PRESETS, get_preset
from ..core.project import Project, load_project


def open_source(name: str) -> Project:
    """A preset by id, or a project file by path (anything with a suffix or a slash)."""
    if any(p.id == name for p in PRESETS):
        return get_preset(name).project()
    path = Path(name)
    if path.suffix or "/" in name or path.exists():
        return load_project(path)
    raise AnnVizError(_t("'{name}' is neither a preset nor a project file. `ann-viz presets` lists the presets.")
                      .format(name=name))
