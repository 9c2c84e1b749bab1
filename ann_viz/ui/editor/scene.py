"""The canvas scene: mirrors the core graph's events, and turns gestures into undo commands.

Items are created and removed only in answer to model events; a drag to connect
ports or a finished move becomes a command on the undo stack, never a direct edit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ...core.errors import GraphError
from ...core.graph import Graph, Link, Node, infer_widths, validate
from ..tr import tr_core
from .commands import AddLinkCommand, MoveNodesCommand
from .link_item import LinkItem
from .node_item import NodeItem


class GraphScene(QGraphicsScene):
    problems_changed = Signal(list)  # list[core Problem], after every model change
    message = Signal(str)  # a refused gesture, for the status bar

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.graph: Graph | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.problems: list = []
        self._drag_link: LinkItem | None = None
        self._drag_source: str | None = None
        self._press_positions: dict[str, tuple[float, float]] = {}
        self._mirroring = False
        self.set_graph(graph)

    # ----- mirroring the model -----------------------------------------------------
    def set_graph(self, graph: Graph) -> None:
        if self.graph is not None:
            for event, slot in self._subscriptions():
                event.disconnect(slot)
        # Forget the items before clear() deletes them: clearing a selection emits
        # selectionChanged, and its listeners must not reach deleted items.
        self.nodes, self.links = {}, {}
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.graph = graph
        for event, slot in self._subscriptions():
            event.connect(slot)
        for node in graph.nodes.values():
            self._node_added(node)
        for link in graph.links:
            self._link_added(link)
        self._revalidate()

    def retranslate(self) -> None:
        """The nodes' words and the problems (with ``problems_changed``) in the current language."""
        for item in self.nodes.values():
            item.problem = ""  # set again, translated, by the validation below
            item.refresh()
        self._revalidate()

    def _subscriptions(self):
        g = self.graph
        return [(g.node_added, self._node_added), (g.node_removed, self._node_removed),
                (g.link_added, self._link_added), (g.link_removed, self._link_removed),
                (g.param_changed, self._param_changed), (g.node_renamed, self._node_renamed),
                (g.node_moved, self._node_moved)]

    def _node_added(self, node: Node) -> None:
        item = NodeItem(node)
        self.nodes[node.id] = item
        self.addItem(item)
        self._revalidate()

    def _node_removed(self, node: Node) -> None:
        item = self.nodes.pop(node.id)
        self.removeItem(item)
        self._revalidate()

    def _link_added(self, link: Link) -> None:
        item = LinkItem(link)
        self.links[link.id] = item
        self.addItem(item)
        self._place_link(item)
        self._revalidate()

    def _link_removed(self, link: Link) -> None:
        self.removeItem(self.links.pop(link.id))
        self._revalidate()

    def _param_changed(self, node: Node, key: str, value) -> None:
        self.nodes[node.id].refresh()
        self._revalidate()

    def _node_renamed(self, node: Node, old: str) -> None:
        self.nodes[node.id].refresh()
        self._revalidate()

    def _node_moved(self, node: Node) -> None:
        item = self.nodes[node.id]
        self._mirroring = True
        item.setPos(QPointF(*node.position))
        self._mirroring = False
        self._place_links_of(node.id)

    def _revalidate(self) -> None:
        widths = infer_widths(self.graph)
        self.problems = validate(self.graph)
        by_node: dict[str, str] = {}
        for p in self.problems:
            if p.node_id and p.severity == "error":
                by_node.setdefault(p.node_id, tr_core(p.message))
        for node_id, item in self.nodes.items():
            item.set_state(widths.get(node_id), by_node.get(node_id, ""))
        for item in self.links.values():
            item.set_width(widths.get(item.link.source))
        self.problems_changed.emit(self.problems)

    # ----- geometry ----------------------------------------------------------------
    def _place_link(self, item: LinkItem) -> None:
        source, target = self.nodes[item.link.source], self.nodes[item.link.target]
        item.set_ends(source.output_port_pos(), target.input_port_pos())

    def _place_links_of(self, node_id: str) -> None:
        for item in self.links.values():
            if node_id in (item.link.source, item.link.target):
                self._place_link(item)

    def node_item_moved(self, item: NodeItem) -> None:
        """Called by a node while it is dragged: links follow at once."""
        self._place_links_of(item.node.id)

    # ----- gestures -> commands ---------------------------------------------------------
    def _node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        node = self._node_at(event.scenePos())
        if event.button() == Qt.LeftButton and node and node.port_at(event.scenePos()) == "out":
            self._drag_source = node.node.id
            self._drag_link = LinkItem(None)
            self.addItem(self._drag_link)
            self._drag_link.set_ends(node.output_port_pos(), event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        self._press_positions = {nid: it.node.position for nid, it in self.nodes.items() if it.isSelected()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag_link is not None:
            start = self.nodes[self._drag_source].output_port_pos()
            self._drag_link.set_ends(start, event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag_link is not None:
            self.removeItem(self._drag_link)
            self._drag_link = None
            target = self._node_at(event.scenePos())
            if target is not None and target.node.id != self._drag_source:
                self.connect_nodes(self._drag_source, target.node.id)
            self._drag_source = None
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._commit_move()

    def connect_nodes(self, source: str, target: str) -> bool:
        """Push a connect command; a refused link is reported, not raised.

        Checked before pushing: QUndoStack keeps a command even when its redo raises.
        """
        try:
            self.graph.check_link(source, target)
        except GraphError as err:
            self.message.emit(tr_core(str(err)))
            return False
        self.undo_stack.push(AddLinkCommand(self.graph, source, target))
        return True

    def _commit_move(self) -> None:
        moves = {}
        for nid, old in self._press_positions.items():
            item = self.nodes.get(nid)
            if item is None:
                continue
            new = (item.pos().x(), item.pos().y())
            if new != tuple(old):
                moves[nid] = (tuple(old), new)
        self._press_positions = {}
        if moves:
            self.undo_stack.push(MoveNodesCommand(self.graph, moves))

    # ----- selection ---------------------------------------------------------------------
    def selected_node_ids(self) -> list[str]:
        return [nid for nid, item in self.nodes.items() if item.isSelected()]

    def selected_link_ids(self) -> list[str]:
        return [lid for lid, item in self.links.items() if item.isSelected()]

    def select_nodes(self, node_ids: list[str]) -> None:
        self.clearSelection()
        for nid in node_ids:
            if nid in self.nodes:
                self.nodes[nid].setSelected(True)
