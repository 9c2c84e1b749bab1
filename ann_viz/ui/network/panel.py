"""The neuron view: every neuron and weight, animated forward and backward, with a chain-rule inspector.

It mirrors the document's graph and shows the training controller's snapshots; the
numbers come from ``core.inspect``, the drawing from :class:`NetworkCanvas`, typed
weights go through :class:`WeightEditing`. Nothing is drawn while the view is hidden.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QSplitter, QToolTip, QVBoxLayout, QWidget

from ...core.errors import AnnVizError
from ...core.inspect import NeuronNet
from ...core.inspect import quantities as q
from ...core.inspect.forward import ForwardFill
from ...core.inspect.neuron_health import network_health
from ...core.tours import targets
from ...core.train import Snapshot
from ..language import Retranslatable
from ..tr import tr_core
from .animation import Animation, play_for
from .canvas import NetworkCanvas, Target
from .controls import Controls
from .describe import describe
from .editing import WeightEditing
from .frame import Frame, FrameBuilder
from .graph_mirror import GraphMirror
from .inspector_tabs import InspectorTabs, drawn_states, health_notes
from .legend import Legend
from .playback import Playback
from .timeline_bar import TimelineBar

TICK_MS = 30
INFO_REFRESH_S = 0.25
RUN_REDRAW_S = 0.066  # while training runs, new numbers ~15 times a second (pulses move every tick)
TIMELINE_REFRESH_S = 0.1
WIDE_PX = 760
PHASE_NAMES = {"idle": QT_TRANSLATE_NOOP("NetworkPanel", "idle"),
               "forward": QT_TRANSLATE_NOOP("NetworkPanel", "forward"),
               "loss": QT_TRANSLATE_NOOP("NetworkPanel", "loss"),
               "backward": QT_TRANSLATE_NOOP("NetworkPanel", "backward"),
               "update": QT_TRANSLATE_NOOP("NetworkPanel", "update")}


class NetworkPanel(Retranslatable, QWidget):
    message = Signal(str)  # for the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mirror = GraphMirror(self)
        self.net: NeuronNet | None = None
        self.builder: FrameBuilder | None = None
        self.frame: Frame | None = None
        self.playback = Playback()
        self.animation = Animation()
        self.running = False
        self._dirty = False
        self._redrawn_at = 0.0
        self._timeline_at = 0.0
        self._morphing = False
        self._info_target: Target | None = None
        self._info_at = 0.0
        self._hover: Target | None = None
        self._forward: ForwardFill | None = None
        self._applied: tuple | None = None  # (snapshot, overrides version, the snapshot with them)
        self.health: dict = {}  # column -> core LayerHealth of the shown snapshot
        self._build_widgets()
        self.editing = WeightEditing(self)
        self.editor = self.editing.editor
        self.editing.refused.connect(self._refused)
        self.canvas.double_clicked.connect(self.editing.request)
        self.mirror.replaced.connect(self._document_replaced)
        self.mirror.changed.connect(self._rebuild)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _build_widgets(self) -> None:
        self.controls = Controls(self)
        self.canvas = NetworkCanvas(self.tr, self)
        self.legend = Legend(self)
        self.timeline = TimelineBar(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.info = QLabel(self._hint())
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.RichText)
        self.info.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.info.setMargin(6)
        self.canvas.setObjectName(targets.NETWORK_CANVAS)  # guided tours point at them
        self.info.setObjectName(targets.CHAIN_RULE_TEXT)
        self.tabs = InspectorTabs(self, self.info)  # the chain rule, its gradient check, f(z); check all
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.legend)
        side_layout.addWidget(self.tabs, 1)
        left = QWidget()
        column = self._column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(self.canvas, 1)
        self.split = QSplitter(Qt.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([780, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.timeline)
        self.controls.changed.connect(self._mark_dirty)
        self.canvas.hovered.connect(self._hovered)
        self.canvas.clicked.connect(self._clicked)
        self.canvas.resized.connect(self._canvas_resized)
        self.timeline.scrubbed.connect(self._scrubbed)
        self.timeline.live_requested.connect(self._go_live)
        self.timeline.replay_toggled.connect(self._replay_toggled)

    def _hint(self) -> str:
        return self.tr("Hover an edge to see its chain rule; click a neuron for z, a, δ and its "
                       "bias. Double-click an edge or a bias square to type a value.")

    def retranslate(self) -> None:
        """The inspector text, the notice, the timeline and the drawing's words, in the new language."""
        self.info.setText(self.describe(self._info_target) if self._info_target is not None else self._hint())
        self.tabs.retranslate()
        if self.net is None:
            self._rebuild()  # the notice says why the network cannot be drawn
        self._update_timeline()
        self._mark_dirty()

    # ----- document and graph -------------------------------------------------------------------
    def set_document(self, document) -> None:
        self.mirror.set_document(document)

    @Slot()
    def _document_replaced(self) -> None:
        self.playback.clear()
        self._rebuild()

    @Slot()
    def _rebuild(self) -> None:
        self._forward = None
        try:
            net = NeuronNet.from_graph(self.mirror.graph)
        except AnnVizError as err:
            net = None
            self._notice(self.tr("The network cannot be drawn neuron by neuron yet: %1").replace("%1",
                                                                                              tr_core(str(err))))
        builder = FrameBuilder(net) if net is not None else None
        if builder is not None:
            builder.set_summary_neurons(self._summary_size())
            if self.builder is not None and _same_shape(net, self.net):
                builder.visible = self.builder.visible  # the same neurons: keep what a summary shows
        self.net, self.builder = net, builder
        self.canvas.set_net(net, [builder.summarised(c) for c in range(len(net.columns))] if net else [])
        self._mark_dirty()

    # ----- snapshots ------------------------------------------------------------------------------
    @Slot(object)
    def add_snapshot(self, snapshot: Snapshot) -> None:
        snapshot = self._with_values(snapshot)
        now = time.monotonic()
        if self.playback.offer(snapshot, self.running, now):
            self._start_animation(now, speed=1.0)
            self._mark_dirty()
        # Each new text of the timeline re-lays out the main window: while training runs, ~10 a second.
        if not self.running or now - self._timeline_at >= TIMELINE_REFRESH_S:
            self._timeline_at = now
            self._update_timeline()

    def _with_values(self, snapshot: Snapshot) -> Snapshot:
        """A weights-only snapshot (after a reset or a run; Step-layer lessons) gets a forward pass."""
        document = self.mirror.document
        if snapshot.values or self.net is None or not self.net.matches(snapshot) or document is None:
            return snapshot
        try:
            if self._forward is None:
                self._forward = ForwardFill(self.mirror.graph, document.project.data, document.project.config)
            return self._forward.fill(snapshot)
        except (AnnVizError, RuntimeError, ValueError, KeyError):
            return snapshot  # data that do not fit (yet): the weights alone are shown

    @Slot()
    def clear_history(self) -> None:
        """A new trainer (configure/reset): forget recorded steps and typed-weight overrides."""
        self._forward = None  # the data or the settings may have changed too
        self.playback.clear()
        self.mirror.clear_overrides()
        self.tabs.clear_results()
        self._update_timeline()

    @Slot()
    def weights_loaded(self) -> None:
        """The trainer took the typed weights: its snapshots show them from now on."""
        self.mirror.clear_overrides()
        self._mark_dirty()

    @Slot(str)
    def set_training_state(self, state: str) -> None:
        self.running = state == "running"
        self.canvas.set_fast(self.running)
        self.tabs.set_running(self.running)
        self._update_timeline()  # the last snapshots of a run may have come between refreshes
        if not self.running and self.animation.looping:
            self.animation.stop()
            self._mark_dirty()
        elif self.running and self.playback.live and self.playback.current is not None:
            self._start_animation(time.monotonic(), 1.0)
            self._ensure_timer()

    def _start_animation(self, now: float, speed: float) -> None:
        current = self.playback.current
        if current is None or (self.running and self.animation.looping):
            return
        play = play_for(current.phase, self.playback.previous_phase, self.running and self.playback.live)
        if play is None or not current.values:
            self.animation.stop()
            return
        self.animation.speed = speed
        self.animation.play(play, now)

    def display_snapshot(self, newest: bool = False) -> Snapshot | None:
        """The shown (or the trainer's newest) snapshot with typed weights applied; None when it does
        not fit the network."""
        s = self.playback.newest if newest else self.playback.current
        if s is None or self.net is None or not self.net.matches(s):
            return None
        if not self.mirror.overrides:
            return s
        if self._applied is None or self._applied[0] is not s or self._applied[1] != self.mirror.version:
            applied = self.mirror.apply(s)
            if s.phase == "idle" and self._forward is not None:
                # Between steps the values are this view's own forward pass: redo it with the typed
                # weights, so a lesson's hand-set gate shows its new z and a at once.
                applied = self._forward.fill(dataclasses.replace(applied, values={}))
            self._applied = (s, self.mirror.version, applied)
        return self._applied[2]

    # ----- drawing --------------------------------------------------------------------------------------
    @Slot()
    def _mark_dirty(self) -> None:
        self._dirty = True
        self._ensure_timer()

    def _ensure_timer(self) -> None:
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _tick(self) -> None:
        now = time.monotonic()
        if self.playback.replay_due(now) is not None:
            self._start_animation(now, speed=2.0)
            self._dirty = True
            self._update_timeline()
        elif self.playback.live and self.timeline.replay.isChecked():
            self.timeline.replay.setChecked(False)
        state = self.animation.at(now)
        morph = 1.0
        if state is not None and state[0] == "update":
            morph = state[1] * state[1] * (3 - 2 * state[1])  # ease in and out
            self._dirty = self._morphing = True
        elif self._morphing:
            self._morphing, self._dirty = False, True
        if self._dirty and (not self.running or now - self._redrawn_at >= RUN_REDRAW_S or self._morphing):
            self.redraw(morph)
        self.canvas.animate(None if state is None else state[0], 0.0 if state is None else state[1])
        if state is None and not self._dirty and not self.playback.replaying:
            self._timer.stop()

    def redraw(self, morph: float = 1.0) -> None:
        """Draw the shown snapshot now (``morph`` < 1: weights partway through their update)."""
        self._dirty = False
        self._redrawn_at = time.monotonic()
        if self.builder is None:
            self.frame = None
            return
        snapshot = self.display_snapshot()
        options = self.controls.options()
        self._notice(self._missing(snapshot, options.quantity, options.sample))
        if snapshot is not None:
            rows = q.batch_size(snapshot)
            if max(1, rows) != self.controls.sample.maximum():  # a new range re-lays out the window
                self.controls.set_batch_size(rows)
            if options.sample is not None and options.sample >= max(1, rows):
                options = dataclasses.replace(options, sample=0)
        self.frame = self.builder.build(snapshot, options, morph)
        self.canvas.draw(self.frame, self.controls.numbers.isChecked(), options.quantity,
                         None if snapshot is None else snapshot.loss)
        known = np.isfinite(self.frame.edges.value) & ~self.frame.edges.identity
        scale = float(self.frame.edges.scale[known].max()) if known.any() else None
        self.legend.set_quantity(self.controls.quantity_label(), None if options.per_layer_scale else scale,
                                 options.per_layer_scale)
        self._show_health(snapshot)
        if self._info_target is not None and (not self.running or self._redrawn_at - self._info_at >= INFO_REFRESH_S):
            self._info_at = self._redrawn_at
            self._show_info(self._info_target)

    def _show_health(self, snapshot: Snapshot | None) -> None:
        """Saturated and dead neurons: a mark on each, counts after each layer's title."""
        health = network_health(self.net, snapshot) if snapshot is not None and self.net is not None else {}
        n = self.frame.neurons
        self.canvas.neurons.show_flags(drawn_states(health, n.column, n.j))
        self.canvas.labels.set_notes(health_notes(health))
        self.health = health

    def _missing(self, snapshot: Snapshot | None, quantity: str, sample: int | None = None) -> str:
        """Why the drawing lacks numbers, in a sentence ("" when nothing is missing)."""
        if self.net is None:
            return self.notice.text()  # why the graph cannot be drawn, set by _rebuild
        if self.playback.current is not None and snapshot is None:
            return self.tr("Step or train to see the numbers of the edited network.")
        if snapshot is None:
            return ""
        # The whole batch's dE/dw is kept after a run (param_grads); one sample's share needs the traced batch.
        if quantity == "gradient" and not snapshot.grads and (sample is not None or not snapshot.param_grads):
            return self.tr("Gradients dE/dw come from a backward pass: use Step phase (up to backward), "
                           "Step batch, or Play. Grey edges are not known yet.")
        if quantity == "update" and not snapshot.updates:
            return self.tr("The update −lr·dE/dw is known after the update phase. Grey edges are not known yet.")
        return ""

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _summary_size(self) -> int:
        """Neurons a wide column can show legibly in the drawing's height (about 14 pixels each)."""
        return int((self.canvas.height() - 90) / 14)

    @Slot()
    def _canvas_resized(self) -> None:
        if self.builder is not None and self.builder.set_summary_neurons(self._summary_size()):
            self._mark_dirty()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Wide: the legend and the inspector text beside the drawing; narrow: below it.
        wide = self.width() >= WIDE_PX
        orientation = Qt.Horizontal if wide else Qt.Vertical
        turned = self.split.orientation() != orientation
        self.split.setOrientation(orientation)
        total = self.width() if wide else self.split.height()
        self.legend.setMinimumHeight(0 if wide else self.legend.heightForWidth(self.width()))  # never cut
        if turned or not wide:  # below the drawing: every row of the legend, whatever the height
            share = 0.72 if wide else 0.8  # below the drawing, the words need less room than beside it
            side = int(total * (1 - share))
            if not wide:
                side = min(max(side, self.legend.heightForWidth(self.width()) + 28), int(total * 0.45))
            self.split.setSizes([total - side, side])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._mark_dirty()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._timer.stop()  # nothing to draw while hidden (and no timer outlives the window)
        self.editing.hide()

    def shutdown(self) -> None:
        self._timer.stop()
        self.animation.stop()
        self.tabs.shutdown()

    # ----- timeline ------------------------------------------------------------------------------------
    def _update_timeline(self) -> None:
        pb = self.playback
        self.timeline.set_count(len(pb.ring), pb.position())
        s = pb.current
        if s is None:
            self.timeline.set_text("")
            return
        phase = self.tr(PHASE_NAMES[s.phase]) if s.phase in PHASE_NAMES else s.phase
        text = self.tr("epoch %1 · %2").replace("%1", str(s.epoch)).replace("%2", phase)
        self.timeline.set_text(text if pb.live else text + self.tr(" (replay)"))

    @Slot(int)
    def _scrubbed(self, index: int) -> None:
        self.timeline.replay.setChecked(False)
        if self.playback.scrub(index) is not None:
            self.animation.stop()
            self._update_timeline()
            self._mark_dirty()

    @Slot()
    def _go_live(self) -> None:
        self.timeline.replay.setChecked(False)
        self.playback.go_live()
        self.animation.stop()
        self._update_timeline()
        self._mark_dirty()

    @Slot(bool)
    def _replay_toggled(self, on: bool) -> None:
        if on:
            self.playback.start_replay(time.monotonic())
            self._ensure_timer()
        else:
            self.playback.replaying = False

    # ----- inspector --------------------------------------------------------------------------------------
    def describe(self, target: Target) -> str:
        """The inspector's rich text for an edge, an identity path, a neuron or a bias."""
        snapshot = self.display_snapshot()
        if snapshot is None or self.net is None:
            return self.tr("Step or train to see the numbers.")
        sample = self.controls.options().sample
        if sample is not None and sample >= q.batch_size(snapshot):
            sample = 0
        return describe(self.net, snapshot, target, sample)

    @Slot(object, QPoint)
    def _hovered(self, target: Target | None, global_pos: QPoint) -> None:
        if target == self._hover:
            return
        self._hover = target
        if target is None:
            QToolTip.hideText()
            return
        text = self.describe(target)
        if target.kind in ("edge", "path"):
            self._info_target = target
            self.info.setText(text)
            self.tabs.show_target(target)
        QToolTip.showText(global_pos, text, self.canvas)

    def _show_info(self, target: Target) -> None:
        self.info.setText(self.describe(target))
        self.tabs.show_target(target)

    @Slot(object)
    def _clicked(self, target: Target) -> None:
        self._info_target = target
        self._show_info(target)
        if target.kind in ("neuron", "bias"):
            self.canvas.select_neuron(target.column, target.j)

    def add_banner(self, widget) -> None:
        """A note over the drawing (a divergence's explanation): it shows and hides itself."""
        self._column.insertWidget(0, widget)

    def mark(self, neuron: Target, edge: Target) -> None:
        """Select ``neuron``, keep ``edge`` highlighted and explain it (a divergence's culprits), on the
        newest snapshot: a replay in progress goes back to live."""
        if not self.playback.live:
            self._go_live()
        self.redraw()
        self.canvas.select_neuron(neuron.column, neuron.j)
        self.canvas.mark_edge(edge)
        self._info_target = edge
        self._show_info(edge)

    def edit_value(self, target: Target, value: float) -> bool:
        """Set a weight or a bias as one undo step (what a double-click and Enter do)."""
        return self.editing.apply(target, value)

    @Slot(str)
    def _refused(self, text: str) -> None:
        self.message.emit(text)
        self.info.setText(text)


def _same_shape(a: NeuronNet, b: NeuronNet) -> bool:
    return ([(c.head, c.width, c.depth) for c in a.columns] == [(c.head, c.width, c.depth) for c in b.columns]
            and [(c.source, c.target, c.kind, c.source_value) for c in a.connections]
            == [(c.source, c.target, c.kind, c.source_value) for c in b.connections])
