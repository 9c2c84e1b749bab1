"""Export a scene or widget as PNG or SVG (Qt's SVG generator: pyqtgraph's exporter is broken here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from ..core.atomic import write_bytes_atomic


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
        raise OSError(f"{path}: the image could not be written.")
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
