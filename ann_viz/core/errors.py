"""Errors whose message is fit to show a user as it is (app dialog or CLI line)."""

from __future__ import annotations


class AnnVizError(Exception):
    """Base class: ``str(err)`` is a complete, user-facing sentence."""


class GraphError(AnnVizError):
    """An impossible graph; ``node_id`` names the offending node when there is one."""

    def __init__(self, message: str, node_id: str | None = None, port: str | None = None):
        super().__init__(message)
        self.node_id = node_id
        self.port = port


class DataError(AnnVizError):
    """A data set that cannot be read or made (file, line and column in the message)."""


class ProjectFileError(AnnVizError):
    """A project or model file that is broken, truncated, newer or hostile."""


class TrainingError(AnnVizError):
    """Training was refused or stopped (e.g. a Step layer, a non-finite loss)."""


class DivergenceError(TrainingError):
    """A NaN/Inf loss or gradient; the engine keeps the last finite weights."""

    def __init__(self, message: str, epoch: int, node_id: str | None):
        super().__init__(message)
        self.epoch = epoch
        self.node_id = node_id


class ExportError(AnnVizError):
    """An export that cannot be made (unknown format, missing package, no history yet, exporter failure)."""
