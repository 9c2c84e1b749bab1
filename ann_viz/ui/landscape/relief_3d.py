"""The loss landscape as a 3-D surface (pyqtgraph.opengl) with the optimizer's path on it.

Built only where OpenGL works (see :func:`..plane.hidden_space_3d.gl_available`); the 2-D map is
the fallback. Heights and colours come from :func:`...core.landscape.relief.relief`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QVector3D
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.landscape.relief import Relief


class Relief3D(QWidget):
    def __init__(self, lut: np.ndarray, parent=None):
        super().__init__(parent)
        import pyqtgraph.opengl as gl

        self._lut = np.asarray(lut, dtype=np.float32) / 255.0  # (n, 4) RGBA in 0..1
        self.view = gl.GLViewWidget()
        self.view.setBackgroundColor("w")
        self.surface = gl.GLSurfacePlotItem(smooth=False, drawEdges=False, glOptions="opaque")
        self.path = gl.GLLinePlotItem(color=(0.85, 0.1, 0.1, 1.0), width=3, antialias=True, glOptions="translucent")
        self.current = gl.GLScatterPlotItem(color=(0.91, 0.63, 0.0, 1.0), size=12, pxMode=True,
                                            glOptions="translucent")
        for item in (self.surface, self.path, self.current):
            self.view.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._framed = False

    def show_relief(self, shape: Relief) -> None:
        index = np.clip(np.round(shape.shade * (len(self._lut) - 1)).astype(int), 0, len(self._lut) - 1)
        # GLSurfacePlotItem takes z[i, j] above (x[i], y[j]): alphas along the first axis. Its colours
        # go to the mesh as they are, one row per vertex (a (w, h, 4) array fails when drawn).
        self.surface.setData(x=shape.x.astype(np.float32), y=shape.y.astype(np.float32),
                             z=shape.heights.T.astype(np.float32), colors=self._lut[index.T].reshape(-1, 4))
        path = shape.path.astype(np.float32) + np.float32([0.0, 0.0, 0.02])  # just above the surface
        finite = np.isfinite(path).all(axis=1)
        self.path.setData(pos=path[finite])
        self.current.setData(pos=path[-1:] if finite[-1] else np.zeros((0, 3), np.float32))
        if not self._framed:  # the base is always 2 x 2: frame it once, then keep the user's camera
            self._framed = True
            self.view.setCameraPosition(pos=QVector3D(0.0, 0.0, 0.3), distance=4.2, elevation=32, azimuth=-60)
