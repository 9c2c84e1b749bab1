"""Export a scene or widget as PNG or SVG (Qt's SVG generator: pyqtgraph's exporter is broken here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from ..core.atomic import write_bytes_atomic
from ..core.i18n import _t


def export_scene_image(scene: QGraphicsScene, path: str | Path, scale: float = 2.0) -> None:
    """Render the scene's items to ``path``; the suffix (.png or .svg) picks the format."""
    path = Path(path)
    source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    if source.isEmpty():
        source = QRectF(0, 0, 200, 100)
    if path.suffix.lower() == ".svg":
        _write_svg(scene, source, path)
    else:
        _write_png(scene, source, path, scale)


def _write_png(scene: QGraphicsScene, source: QRectF, path: Path, scale: float) -> None:
    image = QImage(QSize(int(source.width() * scale), int(source.height() * scale)), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.KeepAspectRatio)
    painter.end()
    tmp = path.with_name(path.name + ".part.png")
    if not image.save(str(tmp), "PNG"):
        raise OSError(_t("{path}: the image could not be written.").format(path=path))
    write_bytes_atomic(path, tmp.read_bytes())
    tmp.unlink()


def _write_svg(scene: QGraphicsScene, source: QRectF, path: Path) -> None:
    tmp = path.with_name(path.name + ".part.svg")
    generator = QSvgGenerator()
    generator.setFileName(str(tmp))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle("ann-viz network")
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source, Qt.KeepAspectRatio)
    painter.end()
    write_bytes_atomic(path, tmp.read_bytes())
    tmp.unlink()


def export_widget_image(widget, path: str | Path, scale: float = 2.0) -> None:
    """Render a widget (a plot, a panel of plots) to ``path``: .svg gives SVG, anything else PNG.

    QGraphicsView-based plots come out as vector paths in SVG (images embedded); an
    OpenGL view is captured from its frame buffer.
    """
    from PySide6.QtOpenGLWidgets import QOpenGLWidget

    path = Path(path)
    size = widget.size()
    gl = widget if isinstance(widget, QOpenGLWidget) else None
    if path.suffix.lower() == ".svg":
        tmp = path.with_name(path.name + ".part.svg")
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle("ann-viz")
        painter = QPainter(generator)
        _paint_widget(painter, widget, gl)
        painter.end()
    else:
        tmp = path.with_name(path.name + ".part.png")
        image = QImage(QSize(int(size.width() * scale), int(size.height() * scale)), QImage.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.scale(scale, scale)
        _paint_widget(painter, widget, gl)
        painter.end()
        if not image.save(str(tmp), "PNG"):
            raise OSError(_t("{path}: the image could not be written.").format(path=path))
    try:
        write_bytes_atomic(path, tmp.read_bytes())
    finally:
        tmp.unlink(missing_ok=True)


def _paint_widget(painter: QPainter, widget, gl) -> None:
    if gl is not None:
        painter.drawImage(QRectF(0, 0, widget.width(), widget.height()), gl.grabFramebuffer())
        return
    # pyqtgraph items draw for export when told so: scatter symbols as shapes, not pixmap
    # fragments from a cached atlas (which an SVG painter gets wrong).
    items = [item for view in [widget, *widget.findChildren(QGraphicsView)] if isinstance(view, QGraphicsView)
             for item in view.scene().items() if hasattr(item, "setExportMode")]
    for item in items:
        item.setExportMode(True, {"antialias": True})
    try:
        # QWidget's own render (a plot view overrides it to draw its scene alone, without axes);
        # PySide6 needs the offset to pick the QPainter overload.
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        for item in items:
            item.setExportMode(False)
