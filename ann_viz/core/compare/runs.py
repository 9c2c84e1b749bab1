"""A comparison: the base project and 1-3 variants of it, each a full project of its own.

A variant whose changes cannot be made keeps its error (shown beside the run) and the
other runs go on. Every run trains for the comparison's number of epochs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import AnnVizError
from ..i18n import _t
from ..project import Project
from .apply import apply_changes
from .changes import check_changes, describe

MIN_RUNS, MAX_RUNS = 2, 4
BASE_LABEL = _t("base")


@dataclass
class CompareRun:
    """One run: its label, the changes that made it from the base, and its project (None if they failed)."""

    label: str
    changes: dict
    project: Project | None
    error: str = ""


@dataclass
class Comparison:
    """The runs to train side by side, and for how many epochs."""

    title: str
    runs: list[CompareRun] = field(default_factory=list)
    epochs: int = 0
    lesson: str | None = None  # the comparison lesson it came from, if any

    @property
    def labels(self) -> list[str]:
        return [run.label for run in self.runs]


def make_run(base: Project, changes: dict, label: str | None = None) -> CompareRun:
    """The base with ``changes``; a change that cannot be made gives a run with its error."""
    try:
        checked = check_changes(changes)
        project = apply_changes(base, checked)
    except AnnVizError as err:
        raw = ", ".join(f"{k}={v}" for k, v in dict(changes).items()) if isinstance(changes, dict) else ""
        return CompareRun(label or raw or _t("variant"), dict(changes) if isinstance(changes, dict) else {}, None,
                          str(err))
    project.title = f"{base.title} ({describe(checked)})" if checked else base.title
    return CompareRun(label or describe(checked) or BASE_LABEL, checked, project)


def build_comparison(base: Project, variants: list[dict], *, include_base: bool = True,
                     labels: list[str | None] | None = None, epochs: int | None = None,
                     title: str | None = None, lesson: str | None = None) -> Comparison:
    """The comparison of ``base`` (first, unless ``include_base`` is False) and one run per change set.

    ``labels`` names the runs in order (base first when included); None picks a label from the changes.
    """
    sets = ([{}] if include_base else []) + [dict(v) for v in variants]
    if not MIN_RUNS <= len(sets) <= MAX_RUNS:
        raise AnnVizError(_t("A comparison has {low} to {high} runs, not {count}.").format(
            low=MIN_RUNS, high=MAX_RUNS, count=len(sets)))
    labels = list(labels or []) + [None] * (len(sets) - len(labels or []))
    runs = [make_run(base, changes, label) for changes, label in zip(sets, labels)]
    total = base.config.epochs if epochs is None else epochs
    return Comparison(title or base.title, runs, total, lesson)
