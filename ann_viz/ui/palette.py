"""The layer palette: drag a kind onto the canvas, or double-click to add it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ..core.graph import KINDS
from .editor.view import KIND_MIME
from .language import Retranslatable
from .tr import tr_core

_GROUPS = [("io", QT_TRANSLATE_NOOP("LayerPalette", "Input / output")),
           ("linear", QT_TRANSLATE_NOOP("LayerPalette", "Layers")),
           ("activation", QT_TRANSLATE_NOOP("LayerPalette", "Activations")),
           ("regularization", QT_TRANSLATE_NOOP("LayerPalette", "Regularization")),
           ("merge", QT_TRANSLATE_NOOP("LayerPalette", "Merge (skip connections)"))]


class LayerPalette(Retranslatable, QTreeWidget):
    kind_activated = Signal(str)  # double-click: add this kind

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setRootIsDecorated(False)
        for category, _title in _GROUPS:
            group = QTreeWidgetItem(self)
            group.setData(0, Qt.UserRole + 1, category)
            group.setFlags(Qt.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for spec in KINDS.values():
                if spec.category == category:
                    item = QTreeWidgetItem(group)
                    item.setData(0, Qt.UserRole, spec.kind)
            group.setExpanded(True)
        self.itemDoubleClicked.connect(self._double_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        titles = dict(_GROUPS)
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            group.setText(0, self.tr(titles[group.data(0, Qt.UserRole + 1)]))
            for j in range(group.childCount()):
                spec = KINDS[group.child(j).data(0, Qt.UserRole)]
                group.child(j).setText(0, tr_core(spec.label))
                group.child(j).setToolTip(0, tr_core(spec.description))

    def kind_of(self, item: QTreeWidgetItem | None) -> str | None:
        return None if item is None else item.data(0, Qt.UserRole)

    def item_for_kind(self, kind: str) -> QTreeWidgetItem:
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, Qt.UserRole) == kind:
                    return group.child(j)
        raise KeyError(kind)

    def _double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        kind = self.kind_of(item)
        if kind:
            self.kind_activated.emit(kind)

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        kinds = [self.kind_of(i) for i in items if self.kind_of(i)]
        if kinds:
            data.setData(KIND_MIME, QByteArray(kinds[0].encode()))
        return data

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME]
