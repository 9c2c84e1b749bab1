"""The network as a graph of layer nodes joined by links, with change events.

Every edit goes through a method here (the editor's undo commands call them), and
each method announces what changed, so views mirror the model instead of editing
it in two places. Removal returns what undo needs to restore exactly.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import GraphError
from ..i18n import _t
from .events import Event
from .kinds import KINDS, ParamError
from .reserved import RESERVED_NAMES

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _position(position) -> tuple[float, float]:
    try:
        x, y = float(position[0]), float(position[1])
    except (OverflowError, TypeError, ValueError, IndexError):
        raise GraphError(_t("A node position must be two finite numbers.")) from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise GraphError(_t("A node position must be two finite numbers."))
    return x, y


@dataclass
class Node:
    """One layer. ``name`` is the user-visible identifier (also the torch layer name)."""

    id: str
    kind: str
    name: str
    params: dict[str, Any]
    position: tuple[float, float] = (0.0, 0.0)

    @property
    def spec(self):
        return KINDS[self.kind]


@dataclass(frozen=True)
class Link:
    """Carries ``source``'s output into ``target``'s input (inputs keep link order)."""

    id: str
    source: str
    target: str


@dataclass
class RemovedNode:
    """What ``remove_node`` took away, for undo: the node, its index, its links and theirs."""

    node: Node
    index: int
    links: list[tuple[int, Link]] = field(default_factory=list)


class Graph:
    """A DAG of layers. Mutate only through its methods; they emit the events below."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.links: list[Link] = []
        self._next_id = 1
        self.node_added = Event()  # (node)
        self.node_removed = Event()  # (node)
        self.link_added = Event()  # (link)
        self.link_removed = Event()  # (link)
        self.param_changed = Event()  # (node, param name, new value)
        self.node_renamed = Event()  # (node, old name)
        self.node_moved = Event()  # (node)

    # ----- queries -------------------------------------------------------------------
    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(_t("There is no node with id '{node_id}'.").format(node_id=node_id)) from None

    def node_by_name(self, name: str) -> Node:
        for node in self.nodes.values():
            if node.name == name:
                return node
        raise GraphError(_t("There is no layer named '{name}'.").format(name=name))

    def inputs_of(self, node_id: str) -> list[str]:
        """Source node ids feeding ``node_id``, in link order."""
        return [link.source for link in self.links if link.target == node_id]

    def outputs_of(self, node_id: str) -> list[str]:
        return [link.target for link in self.links if link.source == node_id]

    def links_of(self, node_id: str) -> list[Link]:
        return [l for l in self.links if node_id in (l.source, l.target)]

    def find_link(self, source: str, target: str) -> Link | None:
        for link in self.links:
            if link.source == source and link.target == target:
                return link
        return None

    def nodes_of_kind(self, kind: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.kind == kind]

    # ----- ids and names -------------------------------------------------------------
    def _new_id(self, prefix: str) -> str:
        while f"{prefix}{self._next_id}" in self.nodes or any(
            l.id == f"{prefix}{self._next_id}" for l in self.links
        ):
            self._next_id += 1
        new = f"{prefix}{self._next_id}"
        self._next_id += 1
        return new

    def unique_name(self, base: str) -> str:
        """``base`` followed by the first number that no layer uses yet."""
        taken = {n.name for n in self.nodes.values()}
        i = 1
        while f"{base}{i}" in taken:
            i += 1
        return f"{base}{i}"

    # ----- edits ---------------------------------------------------------------------
    def add_node(self, kind: str, name: str | None = None, params: dict | None = None,
                 position: tuple[float, float] = (0.0, 0.0), node_id: str | None = None) -> Node:
        """Add a layer of ``kind``; unspecified parameters take their defaults."""
        if kind not in KINDS:
            raise GraphError(_t("Unknown layer kind '{kind}'.").format(kind=kind))
        spec = KINDS[kind]
        values = spec.default_params()
        for key, value in (params or {}).items():
            values[key] = self._checked_param(kind, key, value)
        name = name or self.unique_name(kind)
        self._check_name(name)
        node_id = node_id or self._new_id("n")
        if node_id in self.nodes:
            raise GraphError(_t("Node id '{node_id}' is already used.").format(node_id=node_id))
        node = Node(node_id, kind, name, values, _position(position))
        self.nodes[node_id] = node
        self.node_added.emit(node)
        return node

    def restore_node(self, removed: RemovedNode) -> Node:
        """Undo of ``remove_node``: put the node back at its index, then its links."""
        items = list(self.nodes.items())
        items.insert(removed.index, (removed.node.id, removed.node))
        self.nodes = dict(items)
        self.node_added.emit(removed.node)
        for index, link in removed.links:
            self._insert_link(index, link)
        return removed.node

    def remove_node(self, node_id: str) -> RemovedNode:
        """Remove a node and every link touching it; returns what undo needs."""
        node = self.node(node_id)
        removed = RemovedNode(node, list(self.nodes).index(node_id))
        for link in reversed([l for l in self.links if node_id in (l.source, l.target)]):
            removed.links.insert(0, (self.links.index(link), link))
            self.remove_link(link.id)
        del self.nodes[node_id]
        self.node_removed.emit(node)
        return removed

    def add_link(self, source: str, target: str, link_id: str | None = None) -> Link:
        """Connect ``source``'s output to ``target``'s input. Refuses what can never be valid."""
        self.check_link(source, target, link_id)
        link = Link(link_id or self._new_id("l"), source, target)
        return self._insert_link(len(self.links), link)

    def check_link(self, source: str, target: str, link_id: str | None = None) -> None:
        """Raise GraphError if ``add_link`` would refuse this link; changes nothing."""
        src, dst = self.node(source), self.node(target)
        if not src.spec.has_output:
            raise GraphError(_t("'{name}' has no output to connect from.").format(name=src.name), source)
        if dst.spec.max_inputs == 0:
            raise GraphError(_t("'{name}' takes no input.").format(name=dst.name), target)
        if source == target:
            raise GraphError(_t("'{name}' cannot feed itself.").format(name=src.name), source)
        if link_id is not None and any(l.id == link_id for l in self.links):
            raise GraphError(_t("Link id '{link_id}' is already used.").format(link_id=link_id), target)
        if self.find_link(source, target):
            raise GraphError(_t("'{source}' is already connected to '{target}'.").format(
                source=src.name, target=dst.name), target)
        if dst.spec.max_inputs is not None and len(self.inputs_of(target)) >= dst.spec.max_inputs:
            raise GraphError(_t("'{name}' already has its input connected.").format(name=dst.name), target, "in")

    def _insert_link(self, index: int, link: Link) -> Link:
        self.links.insert(index, link)
        self.link_added.emit(link)
        return link

    def remove_link(self, link_id: str) -> tuple[int, Link]:
        for index, link in enumerate(self.links):
            if link.id == link_id:
                del self.links[index]
                self.link_removed.emit(link)
                return index, link
        raise GraphError(_t("There is no link with id '{link_id}'.").format(link_id=link_id))

    def restore_link(self, index: int, link: Link) -> Link:
        return self._insert_link(index, link)

    def set_param(self, node_id: str, key: str, value: Any) -> Any:
        """Set one parameter; returns the old value. Out-of-range values raise GraphError."""
        node = self.node(node_id)
        value = self._checked_param(node.kind, key, value)
        old = node.params[key]
        node.params[key] = value
        self.param_changed.emit(node, key, value)
        return old

    def rename(self, node_id: str, name: str) -> str:
        node = self.node(node_id)
        if name == node.name:
            return name
        self._check_name(name)
        old, node.name = node.name, name
        self.node_renamed.emit(node, old)
        return old

    def move(self, node_id: str, position: tuple[float, float]) -> tuple[float, float]:
        node = self.node(node_id)
        old, node.position = node.position, _position(position)
        self.node_moved.emit(node)
        return old

    def clone(self) -> "Graph":
        """A deep copy without subscribers (for building, saving, background work)."""
        other = Graph()
        other.nodes = copy.deepcopy(self.nodes)
        other.links = list(self.links)
        other._next_id = self._next_id
        return other

    # ----- checks --------------------------------------------------------------------
    def _checked_param(self, kind: str, key: str, value: Any) -> Any:
        spec = KINDS[kind]
        try:
            return spec.param(key).check(value)
        except KeyError:
            raise GraphError(_t("{kind} has no parameter '{param}'.").format(kind=spec.label, param=key)) from None
        except ParamError as err:
            raise GraphError(err.in_kind(spec.label)) from None

    def _check_name(self, name: str) -> None:
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise GraphError(_t("'{name}' is not a valid layer name: use letters, digits and _, "
                                "not starting with a digit.").format(name=name))
        if name in RESERVED_NAMES:
            raise GraphError(_t("'{name}' is reserved (it names a method of the torch module); "
                                "choose another layer name.").format(name=name))
        if any(n.name == name for n in self.nodes.values()):
            raise GraphError(_t("A layer named '{name}' already exists.").format(name=name))
