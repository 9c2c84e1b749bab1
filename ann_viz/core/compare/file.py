"""A comparison as its own small JSON file: every run's project (graph and settings), label and changes.

The training results are not kept: opening the file builds the runs again, ready to train
from their seeds (they are reproducible). A run whose changes could not be made is kept with
its error, so the file says what was asked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomic
from ..errors import ProjectFileError
from ..i18n import _t
from ..json_doc import check_tree, parse_json
from ..project import MAX_PROJECT_BYTES, project_from_dict, project_to_dict
from ..safe_open import read_regular
from ..train.config import MAX_COUNT
from .runs import MAX_RUNS, MIN_RUNS, CompareRun, Comparison

COMPARISON_FORMAT = "ann-viz-comparison"
COMPARISON_SCHEMA = 1


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    runs = []
    for run in comparison.runs:
        project = None
        if run.project is not None:
            project = project_to_dict(run.project)
            project["weights"] = None  # a run trains from its seed
            project.pop("history", None)
        runs.append({"label": run.label, "changes": run.changes, "error": run.error, "project": project})
    return {"format": COMPARISON_FORMAT, "schema": COMPARISON_SCHEMA, "title": comparison.title,
            "epochs": comparison.epochs, "lesson": comparison.lesson, "runs": runs}


def comparison_from_dict(data: Any) -> Comparison:
    if not isinstance(data, dict) or data.get("format") != COMPARISON_FORMAT:
        raise ProjectFileError(_t("This is not an ann-viz comparison file."))
    if data.get("schema") != COMPARISON_SCHEMA:
        raise ProjectFileError(_t("This comparison was saved by another version of ann-viz (schema {schema}).")
                               .format(schema=data.get("schema")))
    runs_data = data.get("runs")
    if not isinstance(runs_data, list) or not MIN_RUNS <= len(runs_data) <= MAX_RUNS:
        raise ProjectFileError(_t("A comparison file must hold {low} to {high} runs.").format(low=MIN_RUNS,
                                                                                             high=MAX_RUNS))
    epochs = data.get("epochs")
    if not isinstance(epochs, int) or isinstance(epochs, bool) or not 0 <= epochs <= MAX_COUNT:
        raise ProjectFileError(_t("The comparison's number of epochs is not a whole number from 0 to {high}.")
                               .format(high=MAX_COUNT))
    runs = [_run_from_dict(item) for item in runs_data]
    title = data.get("title") if isinstance(data.get("title"), str) else _t("Comparison")
    lesson = data.get("lesson") if isinstance(data.get("lesson"), str) else None
    return Comparison(title, runs, epochs, lesson)


def _run_from_dict(item: Any) -> CompareRun:
    if not isinstance(item, dict) or not isinstance(item.get("label"), str):
        raise ProjectFileError(_t("A run of the comparison has no label."))
    changes = item.get("changes") if isinstance(item.get("changes"), dict) else {}
    error = item.get("error") if isinstance(item.get("error"), str) else ""
    project = None if item.get("project") is None else project_from_dict(item["project"])
    if project is None and not error:
        raise ProjectFileError(_t("The run '{label}' has neither a project nor an error.").format(label=item["label"]))
    return CompareRun(item["label"], changes, project, error)


def save_comparison(comparison: Comparison, path: str | os.PathLike) -> None:
    """Write atomically (the old file survives any failure)."""
    data = comparison_to_dict(comparison)
    check_tree(data, Path(path).name)
    write_text_atomic(path, json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n")


def load_comparison(path: str | os.PathLike) -> Comparison:
    """Read a comparison file; any problem raises ProjectFileError naming the file."""
    p = Path(path)
    try:
        raw = read_regular(p, ProjectFileError, MAX_PROJECT_BYTES,
                           _t("{file}: the file is too large to be an ann-viz comparison."))
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise ProjectFileError(_t("{file}: no such file.").format(file=p)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ProjectFileError(_t("{file}: cannot be read ({error}).").format(file=p, error=err)) from None
    data = parse_json(text, p.name)
    try:
        return comparison_from_dict(data)
    except ProjectFileError as err:
        raise ProjectFileError(_t("{file}: {reason}").format(file=p.name, reason=err)) from None


def is_comparison_file(path: str | os.PathLike) -> bool:
    """A quick look at a JSON file's "format" (the CLI takes a project or a comparison)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    return f'"{COMPARISON_FORMAT}"' in head
