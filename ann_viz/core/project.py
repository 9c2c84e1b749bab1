"""A project: the graph, its data set, training settings and lesson, as one JSON document."""

from __future__ import annotations

import base64
import json
import math
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from .atomic import write_text_atomic
from .data.drawn import check_drawn
from .errors import AnnVizError, DataError, ProjectFileError
from .i18n import _t
from .json_doc import check_tree, parse_json
from .safe_open import read_regular
from .graph import Graph, graph_from_dict, graph_to_dict
from .graph.serialize import check_schema
from .history_file import history_from_dict, history_to_dict
from .train.config import TrainConfig

PROJECT_FORMAT = "ann-viz-project"
# 2: a "history" of the trained run; training settings may hold "precision" (float32/float64) and
# weights may be float64. Schema 1 files have none of these (they load as float32), and a project
# that needs none of them is still written as 1, which older versions read.
# 3: the data may be points drawn on the input plane ({"kind": "drawn", ...}, core/data/drawn.py); only
# such a project is written as 3, so an older version says "update" instead of "unknown data kind".
PROJECT_SCHEMA = 3
_WEIGHT_TYPES = {"float32": "<f4", "float64": "<f8"}
MAX_PROJECT_BYTES = 64 * 2**20  # a project JSON is small; refuse anything absurd before parsing
MAX_HISTORY_BYTES = 24 * 2**20  # 32 MiB of base64, leaving room for the weights: ~500,000 epochs of a 2-layer net


@dataclass
class Project:
    """Everything needed to reproduce a run. ``preset`` names the lesson it came from, if any."""

    graph: Graph
    data: dict[str, Any]
    config: TrainConfig = field(default_factory=TrainConfig)
    title: str = _t("Untitled")
    preset: str | None = None
    weights: dict[str, np.ndarray] | None = None  # trained values by "layer.weight" name, if saved
    # The trained run's per-epoch rows (see history_file.py) and the layers of its gradient columns;
    # kept only with the weights they led to.
    history: np.ndarray | None = None
    history_layers: tuple[str, ...] = ()

    def copy(self) -> "Project":
        return replace(self, graph=self.graph.clone(), data=json.loads(json.dumps(self.data)),
                       weights=None if self.weights is None else dict(self.weights))


def project_to_dict(project: Project) -> dict[str, Any]:
    history = project.history if project.weights is not None else None  # a history without its weights misleads
    if history is not None and history.nbytes > MAX_HISTORY_BYTES:
        history = None  # a file that large could not be opened again: the weights matter more
    training = project.config.to_dict()
    wide = project.weights is not None and any(np.asarray(a).dtype == np.float64 for a in project.weights.values())
    newer = (history is not None and len(history)) or training.get("precision", "float32") != "float32" or wide
    if not newer:
        training.pop("precision", None)  # schema 1 has no such setting: float32 is what it means
    schema = 3 if _is_drawn(project.data) else 2 if newer else 1  # older versions read 1
    out = {
        "format": PROJECT_FORMAT,
        "schema": schema,
        "title": project.title,
        "preset": project.preset,
        "graph": graph_to_dict(project.graph),
        "data": project.data,
        "training": training,
        "weights": None if project.weights is None else weights_to_dict(project.weights),
    }
    if history is not None and len(history):
        out["history"] = history_to_dict(history, project.history_layers)
    return out


def _is_drawn(data: Any) -> bool:
    return isinstance(data, dict) and data.get("kind") == "drawn"


def _checked_drawn(data: dict) -> None:
    """Drawn points are checked as the file is read: a hostile or oversized list is refused here,
    with the reason, instead of reaching the plane or the trainer."""
    try:
        check_drawn(data)
    except DataError as err:
        raise ProjectFileError(str(err)) from None


def weights_to_dict(weights: dict[str, np.ndarray]) -> dict[str, Any]:
    """Tensors as little-endian float32 (float64 from a float64 run) in base64: exact, compact, and
    no pickle anywhere."""
    out = {}
    for name, a in weights.items():
        kind = "float64" if np.asarray(a).dtype == np.float64 else "float32"
        raw = np.ascontiguousarray(a, dtype=_WEIGHT_TYPES[kind]).tobytes()
        out[name] = {"shape": list(a.shape), "dtype": kind, "data": base64.b64encode(raw).decode("ascii")}
    return out


def weights_from_dict(data: Any) -> dict[str, np.ndarray]:
    if not isinstance(data, dict):
        raise ProjectFileError(_t("The saved weights are not a JSON object."))
    out = {}
    for name, item in data.items():
        try:
            if not isinstance(item, dict) or not isinstance(item.get("shape"), list):
                raise ValueError(_t("no shape list"))
            shape = tuple(item["shape"])
            kind = item.get("dtype")
            if kind not in _WEIGHT_TYPES or not all(_is_count(v) for v in shape) or len(shape) > 8:
                raise ValueError(_t("bad dtype or shape"))
            if not isinstance(item.get("data"), str) or len(item["data"]) * 3 // 4 > MAX_PROJECT_BYTES:
                raise ValueError(_t("no data text"))
            raw = base64.b64decode(item["data"], validate=True)
            size = np.dtype(_WEIGHT_TYPES[kind]).itemsize
            if len(raw) != size * math.prod(shape):
                raise ValueError(_t("{count} bytes for shape {shape}").format(count=len(raw), shape=list(shape)))
            array = np.frombuffer(raw, dtype=_WEIGHT_TYPES[kind]).reshape(shape).astype(kind)
        except (KeyError, TypeError, ValueError) as err:
            raise ProjectFileError(_t("The saved weights of '{name}' are damaged ({reason}).").format(
                name=name, reason=err)) from None
        if not np.isfinite(array).all():
            raise ProjectFileError(_t("The saved weights of '{name}' hold NaN or infinite values.").format(name=name))
        out[str(name)] = array
    return out


def _is_count(value: Any) -> bool:
    """A JSON whole number >= 0 (not true/false, not 2.5)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def project_from_dict(data: Any) -> Project:
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ProjectFileError(_t("This is not an ann-viz project file."))
    check_schema(data, PROJECT_SCHEMA, _t("The project file has no schema version."),
                 _t("This project was saved by a newer ann-viz (schema {schema}; this version reads up to "
                    "{supported}). Update ann-viz to open it."))
    graph = graph_from_dict(data.get("graph"))
    if not isinstance(data.get("data"), dict):
        raise ProjectFileError(_t("The project file has no data set description."))
    if _is_drawn(data["data"]):
        _checked_drawn(data["data"])
    try:
        config = TrainConfig.from_dict(data.get("training", {}))
    except AnnVizError as err:
        raise ProjectFileError(_t("The project's training settings are invalid: {reason}").format(reason=err)) from None
    title = data.get("title") if isinstance(data.get("title"), str) else _t("Untitled")
    preset = data.get("preset") if isinstance(data.get("preset"), str) else None
    weights = None if data.get("weights") is None else weights_from_dict(data["weights"])
    history, layers = None, ()
    if data.get("history") is not None and weights is not None:
        history, layers = history_from_dict(data["history"], MAX_PROJECT_BYTES)
    return Project(graph, data["data"], config, title, preset, weights, history, layers)


def load_project(path: str | os.PathLike) -> Project:
    """Read a project file; any problem raises ProjectFileError naming the file."""
    p = Path(path)
    too_large = _t("{file}: the file is too large to be an ann-viz project.")
    try:
        raw = read_regular(p, ProjectFileError, MAX_PROJECT_BYTES, too_large)
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise ProjectFileError(_t("{file}: no such file.").format(file=p)) from None
    except IsADirectoryError:
        raise ProjectFileError(_t("{file}: is a folder, not a project file.").format(file=p)) from None
    except UnicodeDecodeError:
        raise ProjectFileError(_t("{file}: not a text file (is it an ann-viz project?).").format(file=p.name)) from None
    except OSError as err:
        raise ProjectFileError(_t("{file}: cannot be read ({error}).").format(
            file=p, error=err.strerror or err)) from None
    del raw
    data = parse_json(text, p.name)
    try:
        return project_from_dict(data)
    except ProjectFileError as err:
        raise ProjectFileError(_t("{file}: {reason}").format(file=p.name, reason=err)) from None


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Write the project atomically (the old file survives any failure)."""
    data = project_to_dict(project)
    check_tree(data, Path(path).name)  # text no UTF-8 file can hold: a message, not UnicodeEncodeError
    write_text_atomic(path, json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n")
