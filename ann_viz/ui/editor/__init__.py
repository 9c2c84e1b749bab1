"""The graph editor: scene and items mirroring the core graph, undo commands, the view."""
