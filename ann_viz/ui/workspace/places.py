"""Where each dock goes in the two layouts: Build (the graph editor large) and Watch (the neuron
view, the input plane and the loss large; the editor hidden).

A layout is a list of columns (a dock area each); a column is a list of groups stacked along it;
a group is a list of dock names (``objectName``) tabbed together, the first in front. A dock in no
group of a mode is hidden in it. A dock added later (a new panel) names its groups with
:func:`assign_dock`; one never assigned joins the ``SPARE`` group of each mode, so it is never lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BUILD, WATCH = "build", "watch"
MODES = (BUILD, WATCH)


@dataclass
class Group:
    docks: list[str]
    share: float  # of the column's length (height in a side column, width in the top or bottom row)


@dataclass
class Column:
    area: str  # "left", "right", "top", "bottom"
    size: float  # of the window's width (side columns) or height (top, bottom)
    groups: list[Group] = field(default_factory=list)


@dataclass
class Layout:
    columns: list[Column]
    editor: bool  # the graph editor (the central widget) shown
    spare: str  # the group (named by its first dock) a dock never assigned joins


PLANES = ["input_plane", "neuron_maps", "hidden_space", "loss_landscape"]

LAYOUTS = {
    BUILD: Layout(
        columns=[
            Column("left", 0.17, [Group(["palette"], 0.45), Group(["lesson"], 0.55)]),
            Column("right", 0.3, [Group(["training"], 0.0), Group(["inspector", "settings", "dataDock"], 0.5),
                                  Group(PLANES[:3], 0.5)]),
            Column("bottom", 0.26, [Group(["loss", "gradients", "healthDock", "metrics", "loss_landscape"], 1.0)]),
        ],
        editor=True, spare="inspector"),
    WATCH: Layout(
        columns=[
            Column("left", 0.17, [Group(["lesson", "settings", "dataDock"], 1.0)]),
            Column("right", 0.34, [Group(["training"], 0.0), Group(PLANES[:3], 1.0)]),
            Column("top", 0.62, [Group(["neurons"], 1.0)]),
            Column("bottom", 0.38, [Group(["loss"], 0.55),
                                    Group(["gradients", "healthDock", "metrics", "loss_landscape"], 0.45)]),
        ],
        editor=False, spare="lesson"),
}


# The Numbers table opens floating, from the View menu, in either layout.
_HIDDEN: dict[str, set[str]] = {mode: {"numbersDock"} for mode in MODES}


def assign_dock(name: str, **groups: str | None) -> None:
    """Put the dock ``name`` into a group in each mode: ``assign_dock("data", build="inspector",
    watch=None)`` tabs it behind the inspector in Build and hides it in Watch. A group is named by
    its first dock; a mode not given keeps the dock in that mode's spare group."""
    for mode, first in groups.items():
        layout = LAYOUTS[mode]
        for group in all_groups(layout):
            if name in group.docks:
                group.docks.remove(name)
        if first is not None:
            group_named(layout, first).docks.append(name)
        else:
            layout_hidden(mode).add(name)


def layout_hidden(mode: str) -> set[str]:
    """Docks assigned to no group in ``mode`` on purpose (hidden there, not spare)."""
    return _HIDDEN[mode]


def all_groups(layout: Layout) -> list[Group]:
    return [group for column in layout.columns for group in column.groups]


def group_named(layout: Layout, first: str) -> Group:
    return next(group for group in all_groups(layout) if group.docks[0] == first)


def groups_for(mode: str, names: list[str]) -> tuple[Layout, list[tuple[Column, list[list[str]]]]]:
    """The layout of ``mode`` for the docks that exist (``names``): per column, its groups of the
    present docks, a dock no layout knows added to the spare group. A dock in none is hidden."""
    layout = LAYOUTS[mode]
    spare = [name for name in names if not _known_anywhere(name)]
    columns = []
    for column in layout.columns:
        present = []
        for group in column.groups:
            docks = [name for name in group.docks if name in names]
            if group.docks[0] == layout.spare:
                docks += spare
            present.append(docks)
        columns.append((column, present))
    return layout, columns


def _known_anywhere(name: str) -> bool:
    """A dock some layout places or hides (so its absence from one mode means hidden there)."""
    return any(name in group.docks for layout in LAYOUTS.values() for group in all_groups(layout)) or \
        any(name in hidden for hidden in _HIDDEN.values())
