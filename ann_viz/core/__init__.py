"""The Qt-free core: graph model, building, training, data, presets, export.

Nothing under ``ann_viz.core`` may depend on PySide6 or pyqtgraph (a test guards this),
so the CLI and the tests use it headless.
"""
