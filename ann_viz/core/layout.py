"""Left-to-right layout by depth, for presets, imports and the editor's auto-layout."""

from __future__ import annotations

from .graph import Graph, depth_of

COLUMN_GAP = 190.0
ROW_GAP = 110.0


def auto_layout(graph: Graph) -> dict[str, tuple[float, float]]:
    """Positions that put each node one column right of its deepest input, columns centred."""
    columns: dict[int, list[str]] = {}
    for nid, depth in depth_of(graph).items():
        columns.setdefault(depth, []).append(nid)
    positions = {}
    for depth, ids in columns.items():
        top = -(len(ids) - 1) * ROW_GAP / 2
        for row, nid in enumerate(ids):
            positions[nid] = (depth * COLUMN_GAP, top + row * ROW_GAP)
    return positions


def apply_layout(graph: Graph) -> None:
    for nid, pos in auto_layout(graph).items():
        graph.move(nid, pos)
