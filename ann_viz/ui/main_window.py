"""The main window: the graph canvas in the centre, docks around it, menus, status bar."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QPointF, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu,
                               QMessageBox, QScrollArea, QTextBrowser)

from ..core.errors import AnnVizError
from ..core.layout import auto_layout
from ..core.presets import PRESETS, get_preset
from ..core.project import Project
from . import gc_guard
from .data.install import add_data_dock
from .document import Document
from .editor.commands import (AddNodeCommand, MoveNodesCommand, PasteCommand, copy_fragment, delete_command,
                              retranslate_commands)
from .editor.scene import GraphScene
from .editor.view import GraphView
from .inspector import Inspector
from .language import Retranslatable, manager, switch_language
from .network import add_network_dock
from .lessons import LessonDialog, lesson_html, project_title, variant_changes, variant_note_html
from .menus import add_action, add_menu, build_menus
from .palette import LayerPalette
from .health import add_health_dock
from .landscape import add_landscape_dock
from .recovery import AUTOSAVE_INTERVAL_MS, Autosaver
from .status_line import StatusLine
from .plane.install import add_plane_docks
from .theme import apply_theme
from .tr import tr_core
from .staging import EarlyHistory, Placeholder, after_first_paint, build_views
from .training.controller import TrainingController
from .training.metrics_panel import MetricsPanel
from .training.panel import TrainingPanel
from .training.divergence_banner import install_divergence_banner
from .training.settings_form import SettingsForm
from .tour.install import install_tours
from .workspace import Workspace
from .workspace.arrange import window_docks

FRAGMENT_MIME = "application/x-ann-viz-fragment"
MAX_RECENT = 8
PROJECT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "ann-viz projects (*.annviz.json *.json)")


def open_failure_message(path, err: BaseException) -> str:
    """The dialog's words for a project that cannot be opened, whatever went wrong."""
    if isinstance(err, AnnVizError):
        return tr_core(str(err))
    reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
    return QApplication.translate("MainWindow", "%1 cannot be opened: %2").replace("%1", Path(path).name) \
        .replace("%2", reason)


class MainWindow(Retranslatable, QMainWindow):
    views_built = Signal()  # the plots, planes and neuron view have replaced their placeholders

    def __init__(self, project: Project | None = None, settings: QSettings | None = None,
                 recovery_dir: Path | None = None, autosave_ms: int = AUTOSAVE_INTERVAL_MS, staged: bool = False):
        """``recovery_dir``: where unsaved changes are autosaved (default: the app's data folder).
        ``staged``: paint first, build the views that need pyqtgraph once torch has loaded and the
        first trainer is ready (the app's start); otherwise everything is built here (tests, scripts)."""
        super().__init__()
        self._staged = staged
        gc_guard.install(QApplication.instance())  # before the training thread starts allocating
        self._bound_texts: list = []  # (setter, text function): set again when the language changes
        self.settings = settings or QSettings()
        self.document = Document(project or get_preset("xor-2-2-1").project(), self)
        self.autosaver = Autosaver(self.document, recovery_dir, autosave_ms, self)
        self.scene = GraphScene(self.document.graph, self.document.undo_stack, self)
        self.view = GraphView(self.scene, self)
        self.setCentralWidget(self.view)
        self.workspace = Workspace(self, self.settings)
        self._build_docks()
        self._build_status_bar()
        build_menus(self)
        corner = self.workspace.toolbar()  # Build | Watch, one click, and Compare...
        corner.addSeparator()
        corner.addAction(self.compare_action)
        self.menuBar().setCornerWidget(corner, Qt.TopRightCorner)
        self._wire()
        install_divergence_banner(self)
        self.tours = install_tours(self)
        self._restore_settings()
        self._on_replaced()
        self.views_ready = False
        if staged:
            self._early_history = EarlyHistory(self.controller, self)
            self.statusBar().showMessage(self.tr("Loading PyTorch..."))
            self.controller.settled.connect(self._build_views_soon)
            after_first_paint(self, self.controller.start)  # torch loads on the training thread from then on
        else:
            self._build_views()

    # ----- construction --------------------------------------------------------------
    def _dock(self, name: str, title, widget, area, scroll: bool = False) -> QDockWidget:
        """``title``: a function giving the translated title; ``scroll``: a form in a scroll area, so
        the dock may be smaller than the form."""
        dock = QDockWidget(self)
        self.bind_text(dock.setWindowTitle, title)
        dock.setObjectName(name)  # saveState() needs stable names
        if scroll:
            area_widget = QScrollArea()
            area_widget.setWidget(widget)
            area_widget.setWidgetResizable(True)
            area_widget.setFrameShape(QScrollArea.NoFrame)
            widget = area_widget
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        """Every dock, hidden: the workspace places them for Build or Watch (ui/workspace/places.py)."""
        for corner, area in ((Qt.TopLeftCorner, Qt.LeftDockWidgetArea), (Qt.BottomLeftCorner, Qt.LeftDockWidgetArea),
                             (Qt.TopRightCorner, Qt.RightDockWidgetArea),
                             (Qt.BottomRightCorner, Qt.RightDockWidgetArea)):
            self.setCorner(corner, area)  # the side columns run the full height
        
        self.palette = LayerPalette(self)
        self.inspector = Inspector(self)
        self.lesson_page = QTextBrowser(self)
        self.lesson_page.setOpenExternalLinks(False)
        self.palette_dock = self._dock("palette", lambda: self.tr("Layers"), self.palette, Qt.LeftDockWidgetArea)
        self.lesson_dock = self._dock("lesson", lambda: self.tr("Lesson"), self.lesson_page, Qt.LeftDockWidgetArea)
        self.controller = TrainingController(self, start=not self._staged)  # staged: once painted
        self.training_panel = TrainingPanel(self.controller, self)
        self.settings_form = SettingsForm(self, devices=[])  # listed by the training thread (torch)
        # In a scroll area: a long red message makes the panel taller, never the window.
        self.training_dock = self._dock("training", lambda: self.tr("Training"), self.training_panel,
                                        Qt.RightDockWidgetArea, scroll=True)  # a note never squashes the buttons
        self.training_dock.widget().setMinimumHeight(self.training_panel.minimumSizeHint().height())
        self.inspector_dock = self._dock("inspector", lambda: self.tr("Inspector"), self.inspector,
                                         Qt.RightDockWidgetArea)
        add_plane_docks(self, below=self.training_dock)  # input plane, neuron maps, hidden space
        add_landscape_dock(self)  # a fourth tab with them
        self.settings_dock = self._dock("settings", lambda: self.tr("Hyper-parameters"), self.settings_form,
                                        Qt.RightDockWidgetArea, scroll=True)
        # The plots and views need pyqtgraph: placeholders until _build_views.
        self.loss_dock = self._dock("loss", lambda: self.tr("Loss"), Placeholder(self._loading_plots),
                                    Qt.BottomDockWidgetArea)
        self.gradient_dock = self._dock("gradients", lambda: self.tr("Gradients"), Placeholder(self._loading_plots),
                                        Qt.BottomDockWidgetArea)
        self.metrics_panel = MetricsPanel(self)
        self.metrics_dock = self._dock("metrics", lambda: self.tr("Metrics"), self.metrics_panel,
                                       Qt.BottomDockWidgetArea, scroll=True)
        add_network_dock(self)  # neuron-level view above the graph editor (self.network_dock)
        add_data_dock(self)  # the data set and its split (self.data_dock)
        add_health_dock(self)  # per-layer histograms and update/weight ratios (self.health_dock)
        for dock in window_docks(self).values():
            dock.hide()  # until the workspace lays them out, once the window is shown (never larger than it)

    def _loading_plots(self) -> str:
        return self.tr("Loading the plots...")

    @Slot()
    def _build_views_soon(self) -> None:
        """After the first trainer is ready: let the event loop draw what it brought, then build."""
        self.controller.settled.disconnect(self._build_views_soon)
        if self.controller.thread.isRunning():  # not closed meanwhile
            QTimer.singleShot(0, self, self._build_views)

    @Slot()
    def _build_views(self) -> None:
        """The loss and gradient plots, the plane views and the neuron view (pyqtgraph), into their docks."""
        build_views(self)
        from .numbers import add_numbers_dock  # hidden until View > Numbers: not on the way to the first paint

        add_numbers_dock(self)  # every number at full precision
        self.views_ready = True
        self.controller.allow_prepay()  # the window is complete: the training thread may work ahead
        self.views_built.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.workspace.show_first)  # tabbing before the first show leaves a stray tab bar

    def _build_status_bar(self) -> None:
        self.device_label = QLabel()
        self._show_device("...")  # the training thread names it once torch is loaded
        self.validity_label = StatusLine(self.controller, self.training_panel)
        self.statusBar().addPermanentWidget(self.validity_label, 1)
        self.statusBar().addPermanentWidget(self.device_label)

    def bind_text(self, setter, text) -> None:
        """``setter(text())`` now and whenever the language changes (``text`` a function), or
        ``setter(text)`` once for a plain string."""
        if callable(text):
            self._bound_texts.append((setter, text))
            setter(text())
        else:
            setter(text)

    def _menu(self, parent, title) -> QMenu:
        return add_menu(self, parent, title)

    def _action(self, menu: QMenu, text, slot, shortcut=None) -> QAction:
        return add_action(self, menu, text, slot, shortcut)

    def _wire(self) -> None:
        self.palette.kind_activated.connect(self._add_kind_at_centre)
        self.view.kind_dropped.connect(self.add_kind)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.problems_changed.connect(self._problems_changed)
        self.scene.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.document.replaced.connect(self._on_replaced)
        self.workspace.mode_changed.connect(lambda _mode: QTimer.singleShot(0, self.view.fit))  # its new size
        self.document.modified_changed.connect(self._modified_changed)
        self.settings_form.config_edited.connect(self.training_panel.config_changed)
        self.settings_form.lr_edited.connect(self._lr_edited)
        self.training_panel.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.controller.evaluation_changed.connect(self.metrics_panel.show_evaluation)
        self.controller.history_cleared.connect(self.metrics_panel.clear)  # another trainer: not its results
        self.controller.state_changed.connect(self._training_state)
        self.controller.device_changed.connect(self._show_device)
        self.controller.devices_listed.connect(self.settings_form.set_devices)

    def _undo_text(self, text: str | None = None) -> str:
        """Edit > Undo, with what it undoes ("&Undo Add layer")."""
        text = self.document.undo_stack.undoText() if text is None else text
        return self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")

    def _redo_text(self, text: str | None = None) -> str:
        text = self.document.undo_stack.redoText() if text is None else text
        return self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")

    @Slot(str)
    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(self._undo_text(text))

    @Slot(str)
    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(self._redo_text(text))

    @Slot(str)
    def _show_device(self, device: str) -> None:
        self._device = device
        self.device_label.setText(self.tr("Device: %1").replace("%1", device))

    # ----- language --------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the interface language now (every open window) and remember it."""
        switch_language(language, self.settings)

    def retranslate(self) -> None:
        """Every text this window set, again in the current language (state, layout and data stay)."""
        retranslate_commands(self.document.undo_stack)  # Edit > Undo names the step
        for setter, text in self._bound_texts:
            setter(text())
        for language, action in self.language_actions.items():
            action.setChecked(language == manager().language)
        self._show_device(self._device)
        self._show_lesson_page()
        self._update_title()
        self.scene.retranslate()  # the validity message and the nodes' words follow from it
        self.validity_label.refresh()

    @Slot(bool)
    def _modified_changed(self, _modified: bool) -> None:
        self._update_title()

    @Slot(float)
    def _lr_edited(self, lr: float) -> None:
        self.controller.set_learning_rate(lr)  # reaches a running trainer at once (queued, cheap)

    @Slot(str)
    def _training_state(self, state: str) -> None:
        self.settings_form.set_running(state == "running")

    # ----- document ------------------------------------------------------------------
    def _on_replaced(self) -> None:
        self.scene.set_graph(self.document.graph)
        self.training_panel.set_document(self.document)  # first: the old trainer goes whatever follows
        self.inspector.set_target(self.document.graph, None, self.document.undo_stack)
        self.settings_form.set_config(self.document.project.config)
        self._show_lesson_page()
        self._update_title()
        self.workspace.open_project(self.document.path, self.document.project.preset)  # a lesson: Watch
        QTimer.singleShot(0, self.view.fit)

    def _show_lesson_page(self) -> None:
        preset = self._preset()
        if preset is None:
            self.lesson_page.setHtml("<p>" + self.tr("Build a network: drag layers from the palette, "
                                                     "then drag from an output port to an input port.") + "</p>")
            return
        changes = variant_changes(self.document.project.title, preset)
        self.lesson_page.setHtml((variant_note_html(changes) if changes else "") + lesson_html(preset))

    def _preset(self):
        """The lesson the open project came from, if any."""
        preset = self.document.project.preset
        return get_preset(preset) if preset in {p.id for p in PRESETS} else None

    def _update_title(self) -> None:
        self.setWindowModified(self.document.is_modified())
        name = self.document.display_name() if self.document.path else project_title(self.document.project.title,
                                                                                       self._preset())
        self.setWindowTitle(f"{name}[*] — ann-viz")

    def _problems_changed(self, problems: list) -> None:
        errors = [p for p in problems if p.severity == "error"]
        self.training_panel.set_blocked(tr_core(errors[0].message) if errors else "")
        self.validity_label.set_problems(problems)

    def problems(self) -> list:
        return [p for p in self.scene.problems if p.severity == "error"]

    def confirm_discard(self) -> bool:
        """True when the open project may be replaced (saved, discarded, or unchanged)."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 before closing it?").replace("%1", self.document.display_name()),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_project(self) -> None:
        if self.confirm_discard():
            from ..core.presets.starter import blank_project
            self.document.replace(blank_project(self.tr("Untitled")))

    def open_lesson(self, preset_id: str) -> None:
        if self.confirm_discard():
            self.document.replace(get_preset(preset_id).project())

    def open_lesson_dialog(self) -> None:
        dialog = LessonDialog(self, self.document.project.preset)
        if not dialog.exec():
            return
        if dialog.comparison_id():  # a lesson that is a comparison, or "Open as comparison"
            from .compare import open_comparison_lesson
            open_comparison_lesson(self, dialog.comparison_id())
        else:
            self.open_lesson(dialog.selected_id())
            if dialog.tour_requested():
                self.tours.start(dialog.selected_id())  # only if the lesson did open

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self._last_dir(),
                                              self.tr(PROJECT_FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        if not self.confirm_discard():
            return False
        try:
            self.document.open(path)
        except Exception as err:  # noqa: BLE001 - any failure is a message; the open project stays
            QMessageBox.warning(self, self.tr("Cannot open project"), open_failure_message(path, err))
            return False
        self._remember_recent(path)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = str(Path(self._last_dir()) / (self.document.display_name().removesuffix(".json") + ".annviz.json"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), suggested, self.tr(PROJECT_FILTER))
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            dropped = self.document.save(path)
        except Exception as err:  # noqa: BLE001 - a full disk, a bad title, anything: the old file stays
            reason = (err.strerror or str(err)) if isinstance(err, OSError) else tr_core(str(err)) \
                if isinstance(err, AnnVizError) else f"{type(err).__name__}: {err}"
            QMessageBox.warning(self, self.tr("Cannot save project"),
                                self.tr("%1 could not be written: %2").replace("%1", str(path)).replace("%2", reason))
            return False
        self._remember_recent(str(path))
        self.workspace.remember()  # the file opens again in this mode
        text = self.tr("Saved %1").replace("%1", str(path))
        if dropped:
            text += " " + self.tr("(without the trained weights: %1)").replace("%1", tr_core(dropped))
        self.statusBar().showMessage(text, 8000)
        return True

    def export_dialog(self) -> None:
        """File > Export...: the network picture, the model (ONNX, .pt2, ...), weights, a script, history."""
        from .export_dialog import ExportDialog  # the export formats import torch: only when asked

        dialog = ExportDialog(self, self._last_dir())
        dialog.exec()
        dialog.deleteLater()

    def export_film(self) -> None:
        """File > Export Film...: the run, trained again from its seed, as a GIF or MP4."""
        from .film.dialog import export_film

        export_film(self)

    def import_weights_dialog(self) -> None:
        from .export_dialog import import_weights_dialog

        import_weights_dialog(self, self._last_dir())

    # ----- recent files and settings -------------------------------------------------------
    def _last_dir(self) -> str:
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", files[:MAX_RECENT])
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            self._action(self.recent_menu, path, lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        dark = self.settings.value("dark_theme", False, type=bool)
        self.dark_action.setChecked(dark)
        apply_theme(QApplication.instance(), dark)
        self._fill_recent_menu()

    def _toggle_dark(self, checked: bool) -> None:
        apply_theme(QApplication.instance(), checked)
        self.settings.setValue("dark_theme", checked)
        self.scene.update()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.workspace.save()
        self.autosaver.stop()  # a clean exit leaves no recovery file
        self.controller.shutdown()
        event.accept()

    # ----- editing --------------------------------------------------------------------
    def add_kind(self, kind: str, scene_pos: QPointF) -> str:
        command = AddNodeCommand(self.document.graph, kind, (scene_pos.x(), scene_pos.y()))
        self.document.undo_stack.push(command)
        self.scene.select_nodes([command.node_id])
        return command.node_id

    def _add_kind_at_centre(self, kind: str) -> None:
        centre = self.view.visible_scene_rect().center()
        self.add_kind(kind, centre)

    def delete_selection(self) -> None:
        nodes, links = self.scene.selected_node_ids(), self.scene.selected_link_ids()
        if nodes or links:
            self.document.undo_stack.push(delete_command(self.document.graph, nodes, links))

    def copy(self) -> None:
        nodes = self.scene.selected_node_ids()
        if nodes:
            data = QMimeData()
            data.setData(FRAGMENT_MIME, QByteArray(json.dumps(copy_fragment(self.document.graph, nodes)).encode()))
            QApplication.clipboard().setMimeData(data)

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        data = QApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(FRAGMENT_MIME):
            return
        try:
            fragment = json.loads(bytes(data.data(FRAGMENT_MIME)).decode())
        except ValueError:
            return
        self._paste_fragment(fragment)

    def duplicate(self) -> None:
        nodes = self.scene.selected_node_ids()
        if nodes:
            self._paste_fragment(copy_fragment(self.document.graph, nodes))

    def _paste_fragment(self, fragment: dict) -> None:
        command = PasteCommand(self.document.graph, fragment, (40.0, 40.0))
        self.document.undo_stack.push(command)
        self.scene.select_nodes(command.new_node_ids)

    def select_all(self) -> None:
        for item in list(self.scene.nodes.values()) + list(self.scene.links.values()):
            item.setSelected(True)

    def auto_layout(self) -> None:
        graph = self.document.graph
        moves = {nid: (graph.nodes[nid].position, pos) for nid, pos in auto_layout(graph).items()
                 if tuple(graph.nodes[nid].position) != pos}
        if moves:
            self.document.undo_stack.push(MoveNodesCommand(graph, moves, lambda: self.tr("Auto-layout")))
        self.view.fit()

    def _selection_changed(self) -> None:
        nodes = self.scene.selected_node_ids()
        self.inspector.set_target(self.document.graph, nodes[0] if len(nodes) == 1 else None,
                                  self.document.undo_stack)

    def open_seed_sweep(self) -> None:
        """Tools > Seed Sweep...: train many seeds of this network (and lessons) at once."""
        from .sweep import open_sweep_dialog
        open_sweep_dialog(self)

    # ----- help --------------------------------------------------------------------------
    def show_lesson_help(self, preset_id: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Lesson"))
        box.setTextFormat(Qt.RichText)
        box.setText(lesson_html(get_preset(preset_id)))
        open_button = box.addButton(self.tr("Open this lesson"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Close)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_lesson(preset_id)

    def about(self) -> None:
        from .. import __version__
        QMessageBox.about(self, self.tr("About ann-viz"),
                          self.tr("<h3>ann-viz %1</h3><p>See how a neural network learns: build it layer by "
                                  "layer, train it, and watch every weight and gradient.</p>")
                          .replace("%1", __version__))
