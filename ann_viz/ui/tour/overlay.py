"""The tour's overlay on the main window: a translucent ring around the control to press and a
callout bubble beside it (never on it), both following the control when docks move or the window
resizes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QDockWidget, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

RING_MARGIN = 4
GAP = 10  # between the ring and the bubble
BUBBLE_WIDTH = 340
RING_COLOUR = QColor(240, 140, 0)


class Ring(QWidget):
    """A rounded frame drawn around the target; clicks pass through it to the control."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setObjectName("tour_ring")
        self.hide()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        fill = QColor(RING_COLOUR)
        fill.setAlpha(28)
        painter.setBrush(fill)
        pen = QPen(RING_COLOUR, 3)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


class Bubble(QFrame):
    """The callout: where we are, the step's text, the check's verdict, Back / Next / Exit."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("tour_bubble")
        self.setFrameShape(QFrame.NoFrame)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#tour_bubble { background: palette(base); border: 2px solid #f08c00; "
                           "border-radius: 8px; }")
        self.title = QLabel()
        self.title.setObjectName("tour_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("tour_text")
        self.text.setWordWrap(True)
        self.check = QLabel()
        self.check.setObjectName("tour_check")
        self.check.setWordWrap(True)
        self.check.hide()
        self.back_button = QPushButton()
        self.back_button.setObjectName("tour_back")
        self.next_button = QPushButton()
        self.next_button.setObjectName("tour_next")
        self.exit_button = QPushButton()
        self.exit_button.setObjectName("tour_exit")
        buttons = QHBoxLayout()
        buttons.addWidget(self.exit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.check)
        layout.addLayout(buttons)
        self.setFixedWidth(BUBBLE_WIDTH)
        self.hide()

    def show_check(self, text: str, passed: bool) -> None:
        self.check.setText(text)
        self.check.setStyleSheet("color: #1d7f2e;" if passed else "color: #b35c00;")
        self.check.setVisible(bool(text))

    def fitted_size(self) -> QSize:
        self.layout().activate()
        return QSize(BUBBLE_WIDTH, self.heightForWidth(BUBBLE_WIDTH) if self.hasHeightForWidth()
                     else self.sizeHint().height())


def place_bubble(size: QSize, target: QRect | None, area: QRect) -> QRect:
    """Where the bubble goes in ``area``: beside ``target`` (right, left, below, above, the first
    that fits), else where it covers the least of it; centred when there is no target."""
    if target is None or target.isEmpty():
        return QRect(area.center() - QPoint(size.width() // 2, size.height() // 2), size)
    w, h = size.width(), size.height()
    middle_y = target.center().y() - h // 2
    middle_x = target.center().x() - w // 2
    candidates = [QPoint(target.right() + GAP, middle_y), QPoint(target.left() - GAP - w, middle_y),
                  QPoint(middle_x, target.bottom() + GAP), QPoint(middle_x, target.top() - GAP - h)]
    best, best_cover = None, None
    for point in candidates:
        rect = _clamped(QRect(point, size), area)
        cover = _area(rect.intersected(target))
        if best is None or cover < best_cover:
            best, best_cover = rect, cover
        if cover == 0:
            break
    if best_cover:  # a big target (a whole dock): a corner of the window that covers least of it
        corners = [area.topLeft(), QPoint(area.right() - w, area.top()), QPoint(area.left(), area.bottom() - h),
                   QPoint(area.right() - w, area.bottom() - h)]
        best = min((QRect(c, size) for c in corners), key=lambda r: _area(r.intersected(target)))
    return best


def _clamped(rect: QRect, area: QRect) -> QRect:
    x = max(area.left(), min(rect.left(), area.right() - rect.width()))
    y = max(area.top(), min(rect.top(), area.bottom() - rect.height()))
    return QRect(QPoint(x, y), rect.size())


def _area(rect: QRect) -> int:
    return 0 if rect.isEmpty() else rect.width() * rect.height()


class Overlay(QObject):
    """Keeps the ring on the target and the bubble beside it in ``window`` (a QMainWindow)."""

    moved = Signal()

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.ring = Ring(window)
        self.bubble = Bubble(window)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._due = False
        window.installEventFilter(self)

    def point_at(self, target: QWidget | None) -> None:
        """Ring ``target`` (None: no ring, the bubble in the middle) and follow it from now on."""
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = []
        self.target = target
        if target is not None:
            bring_into_view(target)
            widget = target
            while widget is not None and widget is not self.window:
                widget.installEventFilter(self)
                self._watched.append(widget)
                widget = widget.parentWidget()
        self.bubble.show()
        self.update_now()
        self._schedule()  # once more when a raised dock has been laid out

    def hide(self) -> None:
        self.point_at(None)
        self.ring.hide()
        self.bubble.hide()

    def target_rect(self) -> QRect | None:
        """The part of the target in sight (a table half scrolled out of its dock: the visible half),
        in window coordinates; None when none of it is on screen."""
        target = self.target
        if target is None or not target.isVisible() or target.window() is not self.window:
            return None
        seen = QRect(target.mapTo(self.window, QPoint(0, 0)), target.size())
        parent = target.parentWidget()
        while parent is not None and parent is not self.window:  # clipped by a scroll area's viewport
            seen = seen.intersected(QRect(parent.mapTo(self.window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        return None if seen.isEmpty() else seen

    def update_now(self) -> None:
        self._due = False
        if not self.bubble.isVisible():
            return
        rect = self.target_rect()
        if rect is None:
            self.ring.hide()
        else:
            self.ring.setGeometry(rect.adjusted(-RING_MARGIN, -RING_MARGIN, RING_MARGIN, RING_MARGIN))
            self.ring.show()
            self.ring.raise_()
        area = self.window.rect().adjusted(4, 4, -4, -4)
        ring = self.ring.geometry() if rect is not None else None
        self.bubble.setGeometry(place_bubble(self.bubble.fitted_size(), ring, area))
        self.bubble.raise_()
        self.moved.emit()

    def _schedule(self) -> None:
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self, self.update_now)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Move, QEvent.Resize, QEvent.Show, QEvent.Hide, QEvent.LayoutRequest,
                            QEvent.ParentChange):
            if obj is not self.ring and obj is not self.bubble:
                self._schedule()
        return False


def bring_into_view(widget: QWidget) -> None:
    """Show and raise the dock that holds ``widget`` (a closed dock or a tab behind another), and
    scroll it into sight where it sits in a scroll area."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            if not parent.isVisible():
                parent.show()
            parent.raise_()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
