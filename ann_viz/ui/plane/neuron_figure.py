"""The neuron maps as a picture for a report: every row's maps at 100 px, captioned, on white."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.boundary import neuron_colour
from .colours import apply_lut
from .mosaic import GAP, Mosaic

TILE_PX = 100
COLUMNS = 6
MIN_WIDTH = 420


def _tr(text: str) -> str:
    return QCoreApplication.translate("NeuronMapsView", text)


def row_text(name: str, kind: str, count: int, lo: float, hi: float, rich: bool = True) -> str:
    """A layer row's caption: its name and kind, how many neurons, the colour scale."""
    text = (_tr("%1 (%2): one neuron, colour scale %4 to %5") if count == 1 else
            _tr("%1 (%2): %3 neurons, colour scale %4 to %5"))
    return (text.replace("%1", f"<b>{name}</b>" if rich else name).replace("%2", kind)
            .replace("%3", str(count)).replace("%4", f"{lo:.2g}").replace("%5", f"{hi:.2g}"))


def neuron_figure(view) -> QWidget:
    """A laid-out, never-shown widget of the view's rows from its current frame (delete it after use)."""
    figure = QWidget()
    figure.setAttribute(Qt.WA_DontShowOnScreen)
    figure.setAutoFillBackground(True)
    palette = figure.palette()
    palette.setColor(QPalette.Window, QColor("white"))
    palette.setColor(QPalette.WindowText, QColor("#202020"))
    figure.setPalette(palette)
    layout = QVBoxLayout(figure)
    frame = view.frame
    widest = max((len(mosaic.tiles) for _, _, mosaic in view.rows), default=1)
    if frame is not None and frame.grid is not None:
        layout.addWidget(_title(frame))
        grid = frame.grid
        step = max(1, grid.resolution // TILE_PX)
        for node, _, row_mosaic in view.rows:
            lo, hi = view.levels.get(node, (-1.0, 1.0))
            caption = QLabel(row_text(frame.network.node_names[node], frame.network.kinds[node],
                                      len(row_mosaic.tiles), lo, hi, rich=False))
            caption.setWordWrap(True)
            block = frame.grid_values(node).reshape(-1, grid.resolution, grid.resolution)
            mosaic = Mosaic(tile_px=TILE_PX)
            tiles = apply_lut(block[:, ::-step, ::step], lo, hi)  # row 0 at the top, as images are
            mosaic.set_tiles(tiles, [neuron_colour(k) for k in range(len(tiles))])
            layout.addWidget(caption)
            layout.addWidget(mosaic)
    figure.setFixedWidth(max(MIN_WIDTH, min(widest, COLUMNS) * (TILE_PX + GAP) + 30))
    figure.show()  # lays the figure out (off screen) so that every mosaic knows its height
    figure.adjustSize()
    return figure


def _title(frame) -> QLabel:
    grid, names = frame.grid, frame.points.feature_names
    title = QLabel(_tr("Neuron maps at epoch %1. Each square: %2 from %3 to %4 across, %5 from %6 to %7 up; "
                       "blue high, orange low.")
                   .replace("%1", str(frame.epoch)).replace("%2", names[0]).replace("%3", f"{grid.x_min:.3g}")
                   .replace("%4", f"{grid.x_max:.3g}").replace("%5", names[1]).replace("%6", f"{grid.y_min:.3g}")
                   .replace("%7", f"{grid.y_max:.3g}"))
    title.setWordWrap(True)
    return title
