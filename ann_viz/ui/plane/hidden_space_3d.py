"""The hidden space in 3-D (three neurons), with pyqtgraph.opengl where OpenGL works.

Offscreen Qt (and machines without PyOpenGL) have no OpenGL: :func:`gl_available`
says so and the hidden-space view falls back to 2-D with a note.
"""

from __future__ import annotations

import functools

import numpy as np
from PySide6.QtGui import QColor, QGuiApplication, QOpenGLContext, QVector3D
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.boundary import class_colour
from ..gl_preload import load_before_opengl

NO_GL_PLATFORMS = ("offscreen", "minimal", "vnc")


@functools.lru_cache(maxsize=1)
def gl_available() -> bool:
    """True when an OpenGL context can be made and pyqtgraph.opengl (PyOpenGL) imports."""
    if QGuiApplication.platformName() in NO_GL_PLATFORMS:
        return False
    load_before_opengl()  # the app's first OpenGL context is made below: LLVM bundles must come first
    try:
        import importlib

        importlib.import_module("OpenGL.GL")
        importlib.import_module("pyqtgraph.opengl")
    except Exception:  # ImportError, or PyOpenGL failing to find a GL library
        return False
    context = QOpenGLContext()
    return bool(context.create())


def segments(polylines: np.ndarray) -> np.ndarray:
    """Line pieces (pairs of rows) of polylines separated by NaN rows, for GL "lines" mode."""
    a, b = polylines[:-1], polylines[1:]
    keep = np.isfinite(a).all(axis=1) & np.isfinite(b).all(axis=1)
    return np.stack([a[keep], b[keep]], axis=1).reshape(-1, polylines.shape[1]).astype(np.float32)


def _rgba(colour: str, alpha: float = 1.0) -> tuple[float, float, float, float]:
    c = QColor(colour)
    return c.redF(), c.greenF(), c.blueF(), alpha


def plane_quad(w, b: float, lo: np.ndarray, hi: np.ndarray) -> np.ndarray | None:
    """Four corners of the plane w . h + b = 0 across the box [lo, hi] (solved for its steepest axis)."""
    w = np.asarray(w, dtype=np.float64)
    axis = int(np.argmax(np.abs(w)))
    if w[axis] == 0:
        return None
    others = [a for a in range(3) if a != axis]
    corners = []
    for u, v in ((0, 0), (1, 0), (1, 1), (0, 1)):
        p = np.zeros(3)
        p[others[0]] = (lo, hi)[u][others[0]]
        p[others[1]] = (lo, hi)[v][others[1]]
        p[axis] = -(b + w[others[0]] * p[others[0]] + w[others[1]] * p[others[1]]) / w[axis]
        corners.append(p)
    return np.array(corners)


class HiddenSpace3D(QWidget):
    """Built only when :func:`gl_available` is true."""

    def __init__(self, parent=None):
        super().__init__(parent)
        import pyqtgraph.opengl as gl

        self.gl = gl
        self.view = gl.GLViewWidget()
        self.view.setBackgroundColor("w")
        # "translucent", not the default additive blending, which turns everything white on white
        self.scatter = gl.GLScatterPlotItem(pxMode=True, glOptions="translucent")
        self.lines = gl.GLLinePlotItem(mode="lines", color=(0.45, 0.45, 0.45, 0.6), width=1, antialias=True,
                                       glOptions="translucent")
        self.plane = gl.GLMeshItem(smooth=False, drawEdges=True, edgeColor=(0.1, 0.1, 0.1, 1),
                                   color=(0.2, 0.2, 0.2, 0.25), glOptions="translucent")
        self.plane.setVisible(False)  # until show_points gives it a quad (an empty mesh fails to draw)
        self.axes = gl.GLAxisItem()
        for item in (self.axes, self.lines, self.plane, self.scatter):
            self.view.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._centred = False

    def show_points(self, xyz: np.ndarray, points, warped: np.ndarray | None, line) -> None:
        colours = np.array([_rgba(class_colour(int(c)) if c >= 0 else "#606060") for c in points.labels])
        self.scatter.setData(pos=np.asarray(xyz, dtype=np.float32), color=colours, size=11)
        if warped is not None:
            self.lines.setData(pos=segments(warped))
        everything = xyz if warped is None else np.concatenate([xyz, warped[np.isfinite(warped[:, 0])]])
        lo, hi = everything.min(axis=0), everything.max(axis=0)
        quad = None if line is None else plane_quad(line.w, line.b, lo, hi)
        self.plane.setVisible(quad is not None)
        if quad is not None:
            self.plane.setMeshData(vertexes=quad.astype(np.float32), faces=np.array([[0, 1, 2], [0, 2, 3]]))
        if not self._centred:  # keep the user's camera after the first frame
            self._centred = True
            centre = (lo + hi) / 2
            self.view.setCameraPosition(pos=QVector3D(*map(float, centre)),
                                        distance=float(np.max(hi - lo)) * 1.8 + 1e-3)
        self.axes.setSize(*(np.maximum(hi, 0) + 0.1))
