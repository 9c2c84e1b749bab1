"""Undo commands. Each calls core model methods only, and undo calls their inverses.

Removal keeps what ``Graph.remove_node`` returned (index and links), so undo restores
the graph exactly, link order included. Parameter edits of one field merge into one
step, so a whole spin-box drag is undone at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.graph import Graph, Link, RemovedNode

_MERGE_PARAM = 1001


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _name(command: QUndoCommand, text) -> None:
    """The command's name in Edit > Undo; ``text`` a function giving it in the current language."""
    command.text_function = text if callable(text) else (lambda: text)
    command.setText(command.text_function())


def retranslate_commands(stack: QUndoStack) -> None:
    """Every command's name again in the current language (the language changed)."""
    for i in range(stack.count()):
        command = stack.command(i)
        function = getattr(command, "text_function", None)
        if function is not None:
            command.setText(function())


class AddNodeCommand(QUndoCommand):
    def __init__(self, graph: Graph, kind: str, position: tuple[float, float],
                 params: dict | None = None, name: str | None = None):
        super().__init__()
        _name(self, lambda: _tr("Add layer"))
        self.graph, self.kind, self.position = graph, kind, position
        self.params, self.name = params, name
        self.node_id: str | None = None
        self._removed: RemovedNode | None = None

    def redo(self) -> None:
        if self._removed is None:
            node = self.graph.add_node(self.kind, self.name, self.params, self.position)
            self.node_id = node.id
        else:
            self.graph.restore_node(self._removed)

    def undo(self) -> None:
        self._removed = self.graph.remove_node(self.node_id)


class RemoveNodeCommand(QUndoCommand):
    def __init__(self, graph: Graph, node_id: str):
        super().__init__()
        _name(self, lambda: _tr("Delete layer"))
        self.graph, self.node_id = graph, node_id
        self._removed: RemovedNode | None = None

    def redo(self) -> None:
        self._removed = self.graph.remove_node(self.node_id)

    def undo(self) -> None:
        self.graph.restore_node(self._removed)


class AddLinkCommand(QUndoCommand):
    def __init__(self, graph: Graph, source: str, target: str):
        super().__init__()
        _name(self, lambda: _tr("Connect"))
        self.graph, self.source, self.target = graph, source, target
        self._link: Link | None = None
        self._index = -1

    def redo(self) -> None:
        if self._link is None:
            self._link = self.graph.add_link(self.source, self.target)
        else:
            self.graph.restore_link(self._index, self._link)

    def undo(self) -> None:
        self._index, self._link = self.graph.remove_link(self._link.id)


class RemoveLinkCommand(QUndoCommand):
    def __init__(self, graph: Graph, link_id: str):
        super().__init__()
        _name(self, lambda: _tr("Disconnect"))
        self.graph, self.link_id = graph, link_id
        self._index, self._link = -1, None

    def redo(self) -> None:
        self._index, self._link = self.graph.remove_link(self.link_id)

    def undo(self) -> None:
        self.graph.restore_link(self._index, self._link)


class SetParamCommand(QUndoCommand):
    def __init__(self, graph: Graph, node_id: str, key: str, value: Any):
        super().__init__()
        _name(self, lambda: _tr("Change %1").replace("%1", key))
        self.graph, self.node_id, self.key, self.value = graph, node_id, key, value
        self.old = graph.node(node_id).params[key]

    def id(self) -> int:
        return _MERGE_PARAM

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetParamCommand) or (other.node_id, other.key) != (self.node_id, self.key):
            return False
        self.value = other.value
        self.setObsolete(self.value == self.old)  # dragged back to where it started: no step
        return True

    def redo(self) -> None:
        self.graph.set_param(self.node_id, self.key, self.value)

    def undo(self) -> None:
        self.graph.set_param(self.node_id, self.key, self.old)


class RenameCommand(QUndoCommand):
    def __init__(self, graph: Graph, node_id: str, name: str):
        super().__init__()
        _name(self, lambda: _tr("Rename layer"))
        self.graph, self.node_id, self.name = graph, node_id, name
        self.old = graph.node(node_id).name

    def redo(self) -> None:
        self.graph.rename(self.node_id, self.name)

    def undo(self) -> None:
        self.graph.rename(self.node_id, self.old)


class MoveNodesCommand(QUndoCommand):
    """One step for a whole drag of several nodes (positions before and after)."""

    def __init__(self, graph: Graph, moves: dict[str, tuple[tuple[float, float], tuple[float, float]]],
                 text=None):
        """``text``: the step's name (a function giving it, or a string); "Move" by default."""
        super().__init__()
        _name(self, text or (lambda: _tr("Move")))
        self.graph, self.moves = graph, moves

    def redo(self) -> None:
        for node_id, (_, new) in self.moves.items():
            self.graph.move(node_id, new)

    def undo(self) -> None:
        for node_id, (old, _) in self.moves.items():
            self.graph.move(node_id, old)


class CommandSequence(QUndoCommand):
    """Several commands as one undo step: redo in order, undo in reverse.

    Sub-commands are kept in a Python list, not as Qt children: PySide6 does not keep
    Python-created children alive through their Qt parent.
    """

    def __init__(self, text, steps: list[QUndoCommand]):
        """``text``: the step's name, a function giving it or a string."""
        super().__init__()
        _name(self, text)
        self._steps = steps

    def redo(self) -> None:
        for step in self._steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self._steps):
            step.undo()


class DeleteCommand(CommandSequence):
    """Removes the chosen links, then the chosen nodes (with their links)."""

    def __init__(self, graph: Graph, node_ids: list[str], link_ids: list[str]):
        doomed = set(node_ids)
        steps: list[QUndoCommand] = [
            RemoveLinkCommand(graph, link.id) for link in graph.links
            if link.id in link_ids and not {link.source, link.target} & doomed]
        steps += [RemoveNodeCommand(graph, node_id) for node_id in node_ids]
        super().__init__(lambda: _tr("Delete"), steps)


def delete_command(graph: Graph, node_ids: list[str], link_ids: list[str]) -> QUndoCommand:
    return DeleteCommand(graph, node_ids, link_ids)


class PasteCommand(QUndoCommand):
    """Adds copies of nodes (fresh ids and names) and the links among them, as one step."""

    def __init__(self, graph: Graph, fragment: dict, offset: tuple[float, float]):
        super().__init__()
        _name(self, lambda: _tr("Paste"))
        self.graph = graph
        self._adds: list[tuple[str, AddNodeCommand]] = []
        taken = {n.name for n in graph.nodes.values()}
        for item in fragment["nodes"]:
            name = _fresh_name(item["name"], taken)
            taken.add(name)
            pos = (item["position"][0] + offset[0], item["position"][1] + offset[1])
            # Sub-commands kept in a list (not Qt children): redo/undo below run them in order.
            self._adds.append((item["id"], AddNodeCommand(graph, item["kind"], pos, item["params"], name)))
        self._links = fragment["links"]
        self._link_cmds: list[AddLinkCommand] | None = None

    @property
    def new_node_ids(self) -> list[str]:
        return [cmd.node_id for _, cmd in self._adds if cmd.node_id]

    def redo(self) -> None:
        for _, cmd in self._adds:
            cmd.redo()
        if self._link_cmds is None:  # first time: the new ids are known only now
            ids = {old: cmd.node_id for old, cmd in self._adds}
            self._link_cmds = [AddLinkCommand(self.graph, ids[l["source"]], ids[l["target"]])
                               for l in self._links]
        for cmd in self._link_cmds:
            cmd.redo()

    def undo(self) -> None:
        for cmd in reversed(self._link_cmds or []):
            cmd.undo()
        for _, cmd in reversed(self._adds):
            cmd.undo()


def _fresh_name(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    base = name.rstrip("0123456789") or name
    i = 1
    while f"{base}{i}" in taken:
        i += 1
    return f"{base}{i}"


def copy_fragment(graph: Graph, node_ids: list[str]) -> dict:
    """The chosen nodes and the links among them, as plain data (for the clipboard)."""
    chosen = set(node_ids)
    return {
        "nodes": [{"id": n.id, "kind": n.kind, "name": n.name, "params": dict(n.params),
                   "position": list(n.position)} for n in graph.nodes.values() if n.id in chosen],
        "links": [{"source": l.source, "target": l.target} for l in graph.links
                  if l.source in chosen and l.target in chosen],
    }
