"""Points drawn on the input plane reach the trainer live: the run goes on, nothing is rebuilt.

The training panel rebuilds its trainer after any other edit of the project; an edit made by a
:class:`...data.command.DrawCommand` (done, undone or redone) instead hands the new data, as an
immutable Dataset, to the worker, which swaps them in between two chunks of the run. Weights,
epoch count and loss history stay. Data that cannot be trained on (no points yet) pause the run
with the reason, keeping the trainer, until points are drawn.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from ...core.data import make_dataset, split_dataset
from ...core.errors import AnnVizError
from ..tr import tr_core
from .typed_weights import explicit_specs, structure_key


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


def setup_key(project) -> tuple[str, str]:
    """(data, settings) as text: what a trainer was built from."""
    return (json.dumps(project.data, sort_keys=True, default=str),
            json.dumps(project.config.to_dict(), sort_keys=True, default=str))


class LiveData:
    """Decides, for each undo-stack move, whether it is a drawing edit the trainer can take live."""

    def __init__(self, panel):
        self.panel = panel
        self._index: int | None = None  # the undo stack's index at the last move seen

    def reset(self, document) -> None:
        self._index = document.undo_stack.index()

    def _moved_command(self, index: int):
        """The one command just done or undone (None after a jump over several, or a cleared stack)."""
        last, self._index = self._index, index
        if last is None or abs(index - last) != 1:
            return None
        try:
            return self.panel.document.undo_stack.command(min(index, last))
        except RuntimeError:  # the stack is being destroyed (the window closes): nothing to hand over
            return None

    def take(self, index: int) -> bool:
        """True when the move was a drawing edit, now handed to the trainer (nothing else to do)."""
        panel = self.panel
        command = self._moved_command(index)
        if not getattr(command, "live_data", False) or panel._blocked_reason:
            return False
        if (panel._configured_revision != panel._revision or panel._setup is None
                or panel.controller.state in ("failed", "unconfigured")):
            return False  # no current trainer (or it could not be built): the usual rebuild makes one
        project = panel.document.project
        data_key, config_key = setup_key(project)
        graph = project.graph
        if (config_key != panel._setup[1] or structure_key(graph) != panel._structure
                or explicit_specs(graph) != panel._loaded_specs):
            return False
        panel._setup = (data_key, config_key)
        problem = self._problem(project)
        if problem:
            panel.play_button.setChecked(False)  # nothing to train on: the run pauses, the trainer stays
            panel._set_failure(problem)
            panel._set_reason(lambda: _tr("Cannot train: %1").replace("%1", tr_core(problem)))
        else:
            panel.controller.replace_data(self._dataset)
            panel._set_failure("")
        return True

    def _problem(self, project) -> str:
        """Why the drawn data cannot be trained on ("" when they can; then ``self._dataset`` holds them)."""
        config = project.config
        try:
            self._dataset = make_dataset(project.data)
            split_dataset(self._dataset, config.val_fraction, config.test_fraction, config.split_seed)
        except AnnVizError as err:
            return str(err)
        if not self.panel.controller.is_settled:
            return ""  # (the fit check imports torch; the worker refuses data that do not fit anyway)
        from ...core.train.preflight import data_fit_problem

        return data_fit_problem(project.graph, self._dataset)
