"""Views of what the network does to its inputs: input plane, neuron maps, hidden space.

Each view draws a :class:`ann_viz.core.boundary.PlaneFrame` handed over by
:class:`~ann_viz.ui.plane.source.PlaneSource`; :func:`install_plane_views` adds them to
the main window.
"""
