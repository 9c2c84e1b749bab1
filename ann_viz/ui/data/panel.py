"""The data panel: which data set the project trains on, its parameters, and the split fractions.

Every change is one undoable project edit (:class:`SetDataCommand` on the document's undo
stack); the training panel rebuilds its trainer from the new data and the plane views follow.
A choice that cannot be loaded is never applied: the loader's message is shown instead.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from ...core.data import make_dataset, split_dataset
from ...core.data.choice import GROUP_LABELS, GROUPS, group_of, summary
from ...core.errors import AnnVizError
from ..language import Retranslatable
from ..tr import tr_core
from .command import SetDataCommand
from .drawn_page import DrawnPage
from .file_pages import IdxPage, TextFilePage
from .pages import KIND_DEFAULTS, DigitsPage, GatePage, InlinePage, SampledPage, wrapping_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataPanel", text)


def _fraction_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 0.9)
    box.setDecimals(2)
    box.setSingleStep(0.05)
    box.setKeyboardTracking(False)
    return box


def _key(spec: dict) -> str:
    return json.dumps(spec, sort_keys=True, default=str)


class DataPanel(Retranslatable, QWidget):
    def __init__(self, document, training_panel, controller, parent=None):
        super().__init__(parent)
        self.document = document
        self.training_panel = training_panel
        self.controller = controller
        self._loaded: tuple[str, object] | None = None  # (spec key, Dataset or the error's message)
        self._note = lambda: ""  # why the last choice was not applied, in the current language
        self.group = QComboBox()
        for group in GROUPS:
            self.group.addItem("", group)
        self.pages = {"gate": GatePage(), "cloud": SampledPage("cloud"), "curve": SampledPage("curve"),
                      "file": TextFilePage(), "idx": IdxPage(), "digits": DigitsPage(), "inline": InlinePage(),
                      "drawn": DrawnPage()}
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.edited.connect(self._page_edited)
        self.val_fraction, self.test_fraction = _fraction_box(), _fraction_box()
        self.train_share = QLabel()
        self.summary = wrapping_label()
        self.problem = wrapping_label()
        self.problem.setStyleSheet("color: #d03030;")
        self.kind_label, self.split_label = QLabel(), QLabel()
        top = QFormLayout()
        top.addRow(self.kind_label, self.group)
        split_row = QHBoxLayout()
        self.val_label, self.test_label = QLabel(), QLabel()
        for widget in (self.val_label, self.val_fraction, self.test_label, self.test_fraction, self.train_share):
            split_row.addWidget(widget)
        split_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        layout.addWidget(self.split_label)
        layout.addLayout(split_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.group.currentIndexChanged.connect(self._group_chosen)
        self.val_fraction.valueChanged.connect(self._fractions_edited)
        self.test_fraction.valueChanged.connect(self._fractions_edited)
        document.replaced.connect(self.sync)
        document.undo_stack.indexChanged.connect(self.sync)  # undo/redo of a data change, or a graph edit
        controller.settled.connect(self.sync)  # torch is loaded: the fit check may run now
        self.retranslate()
        self.sync()

    def retranslate(self) -> None:
        self.kind_label.setText(_tr("Data:"))
        for i in range(self.group.count()):
            self.group.setItemText(i, tr_core(GROUP_LABELS[self.group.itemData(i)]))
        self.split_label.setText(_tr("Split of the samples:"))
        self.val_label.setText(_tr("validation"))
        self.test_label.setText(_tr("test"))
        self.val_fraction.setToolTip(_tr("The share of the samples kept out of training to watch over-fitting."))
        self.test_fraction.setToolTip(_tr("The share of the samples kept for the final test (Metrics)."))
        for page in self.pages.values():
            page.retranslate()
        self._show_train_share()
        self._show_state()

    # ----- showing the project ------------------------------------------------------------------
    @Slot()
    def sync(self, *_) -> None:
        """Show the project's data choice and fractions (after undo/redo, another project, a language)."""
        project = self.document.project
        group = group_of(project.data) or "inline"
        for widget in (self.group, self.val_fraction, self.test_fraction):
            widget.blockSignals(True)
        self.group.setCurrentIndex(self.group.findData(group))
        self.val_fraction.setValue(project.config.val_fraction)
        self.test_fraction.setValue(project.config.test_fraction)
        for widget in (self.group, self.val_fraction, self.test_fraction):
            widget.blockSignals(False)
        self.pages[group].show_spec(project.data)
        self._show_page(self.pages[group])
        self._show_inline_choice(group)
        self._note = lambda: ""
        self._show_train_share()
        self._show_state()

    def _show_page(self, page) -> None:
        """Only the page in front takes room: a short page leaves no gap the height of the tallest."""
        for other in self.pages.values():
            other.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred if other is page else QSizePolicy.Ignored)
        self.stack.setCurrentWidget(page)
        self.stack.adjustSize()

    def _show_inline_choice(self, group: str) -> None:
        """"Written in the project" and "Drawn on the plane" are choices only while the project has such
        data (points are drawn on the input plane, with its Draw button)."""
        view = self.group.view()
        for kind in ("inline", "drawn"):
            view.setRowHidden(self.group.findData(kind), group != kind)

    def _show_train_share(self) -> None:
        share = max(0.0, 1.0 - self.val_fraction.value() - self.test_fraction.value())
        self.train_share.setText(_tr("training %1 %").replace("%1", f"{100 * share:.0f}"))

    def loaded(self, spec: dict):
        """The Dataset of ``spec``, or the message saying why it cannot be made (cached per spec)."""
        key = _key(spec)
        if self._loaded is None or self._loaded[0] != key:
            try:
                self._loaded = (key, make_dataset(spec))
            except AnnVizError as err:
                self._loaded = (key, str(err))
        return self._loaded[1]

    def _show_state(self) -> None:
        project = self.document.project
        data = self.loaded(project.data)
        if isinstance(data, str):
            self.summary.setText(_tr("In use: data that cannot be loaded."))
            problem = tr_core(data)
        else:
            self.summary.setText(_tr("In use: %1").replace("%1", tr_core(summary(data, tr_core))))
            problem = self._fit_problem(data)
        note = self._note()
        self.problem.setText("\n".join(text for text in (note, problem) if text))
        self.problem.setToolTip(self.problem.text())

    def _fit_problem(self, data) -> str:
        if not self.controller.is_settled:
            return ""  # the check needs torch: not on the GUI thread before the training thread loaded it
        from ...core.train.preflight import data_fit_problem

        problem = data_fit_problem(self.document.graph, data)
        return _tr("It does not fit the network: %1").replace("%1", tr_core(problem)) if problem else ""

    # ----- choosing --------------------------------------------------------------------------------
    @Slot(int)
    def _group_chosen(self, _index: int) -> None:
        group = self.group.currentData()
        page = self.pages[group]
        self._show_page(page)
        if group in ("gate", "cloud", "curve", "digits"):
            first = GROUPS[group][0]
            page.show_spec({"kind": first, **KIND_DEFAULTS[first]})
        self._apply(page.spec())

    @Slot()
    def _page_edited(self) -> None:
        self._apply(self.stack.currentWidget().spec())

    @Slot()
    def _fractions_edited(self) -> None:
        self._show_train_share()
        self._apply(self.document.project.data)

    def _refuse(self, text) -> None:
        """Leave the project's data as it is and say why (``text``: a function, for the language)."""
        self._note = text
        self._show_state()

    def _apply(self, spec: dict) -> None:
        """Put ``spec`` and the shown fractions into the project, if they load and the user agrees."""
        page = self.stack.currentWidget()
        missing = page.incomplete() if hasattr(page, "incomplete") else ""
        if missing:
            self._refuse(lambda: missing)
            return
        project = self.document.project
        try:
            config = project.config.with_changes(val_fraction=round(self.val_fraction.value(), 4),
                                                 test_fraction=round(self.test_fraction.value(), 4))
        except AnnVizError as err:
            self._refuse(lambda text=str(err): _tr("Not changed: %1").replace("%1", tr_core(text)))
            return
        data = self.loaded(spec)
        if isinstance(data, str):
            self._refuse(lambda: _tr("Not changed: %1").replace("%1", tr_core(data)))
            return
        try:
            split_dataset(data, config.val_fraction, config.test_fraction, config.split_seed)
        except AnnVizError as err:
            self._refuse(lambda text=str(err): _tr("Not changed: %1").replace("%1", tr_core(text)))
            return
        if _key(spec) == _key(project.data) and config == project.config:
            self._refuse(lambda: "")
            return
        if not self.training_panel.confirm_discard(_tr("Other data need a new run from the initial weights.")):
            self.sync()
            return
        self.document.undo_stack.push(SetDataCommand(self.document, spec, config))
