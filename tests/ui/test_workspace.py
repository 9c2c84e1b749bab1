

def test_a_dock_added_later_slots_into_both_layouts(qtbot, window, monkeypatch):
    """A new panel (a data dock, say) names its places with assign_dock; one that names none joins
    each layout's spare group, so no dock is ever lost."""
    import copy

    from PySide6.QtWidgets import QDockWidget

    from ann_viz.ui.workspace import assign_dock, places

    monkeypatch.setattr(places, "LAYOUTS", copy.deepcopy(places.LAYOUTS))
    monkeypatch.setattr(places, "_HIDDEN", {mode: set() for mode in places.MODES})
    arranged(qtbot, window, WATCH)
    docks = {}
    for name in ("data", "extra"):
        docks[name] = QDockWidget(name, window)
        docks[name].setObjectName(name)
        docks[name].setWidget(QLabel(name))
        window.addDockWidget(Qt.RightDockWidgetArea, docks[name])
    assign_dock("data", build="inspector", watch=None)
    window.workspace.reset()
    qtbot.wait(50)
    assert not docks["data"].isVisible()  # hidden in Watch
    assert docks["extra"] in window.tabifiedDockWidgets(window.lesson_dock)  # Watch's spare group
    window.workspace.set_mode(BUILD)
    arranged(qtbot, window, BUILD)
    window.workspace.reset()
    qtbot.wait(50)
    assert docks["data"] in window.tabifiedDockWidgets(window.inspector_dock)
    assert docks["extra"] in window.tabifiedDockWidgets(window.inspector_dock)  # Build's spare group
