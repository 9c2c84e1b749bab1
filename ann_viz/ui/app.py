"""Start the desktop app: `ann-viz [PRESET|PROJECT]` or `ann-viz --screenshot OUT.png [PRESET|PROJECT]`."""

from __future__ import annotations

import argparse
import os
import sys


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ann-viz", description="See how a neural network learns.")
    parser.add_argument("source", nargs="?", metavar="PRESET|PROJECT", help="a lesson preset id or a project file")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--layout", choices=("build", "watch"),
                        help="open in this layout (default: the project's own; Watch for a lesson)")
    return parser.parse_args(argv)


def run_app(argv: list[str]) -> int:
    args = _parse(argv)
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed to render a screenshot
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    QCoreApplication.setOrganizationName("ann-viz")
    QCoreApplication.setApplicationName("ann-viz")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from .language import install_language
    from .main_window import MainWindow
    from .tr import tr_core
    from ..cli.source import open_source
    from ..core.errors import AnnVizError

    install_language(QSettings())  # View > Language's choice, else the system locale's
    sys.setswitchinterval(0.001)  # the GUI thread wakes promptly while a worker trains (PERF.md)
    project, problem = None, None
    if args.source:
        try:
            project = open_source(args.source)
        except Exception as err:  # noqa: BLE001 - any failure is a message, the app still starts
            problem = str(err) if isinstance(err, AnnVizError) else f"{args.source}: {type(err).__name__}: {err}"
            if args.screenshot:
                print(f"ann-viz: {problem}", file=sys.stderr)
                return 2
    # Qt frees the clipboard's data in a C++ exit handler, after Python is gone: data we
    # copied from Python would crash the exit. Drop it while Python still runs.
    # (A function, not the bound `clipboard().clear`: that wrapper is gone by then and PySide warns.)
    app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())
    # The app paints first and loads torch and the plots after (ui.staging); a screenshot needs them all now.
    window = MainWindow(project, staged=not args.screenshot)
    if args.layout:
        window.workspace.set_mode(args.layout)
    if args.screenshot:
        return _screenshot(app, window, args.screenshot)
    window.show()
    from . import gc_guard
    window.views_built.connect(gc_guard.freeze_start_up)  # once: the views are the last of the start-up
    from .recovery import offer_recovery
    QTimer.singleShot(0, window, lambda: offer_recovery(window))  # after a crash: restore or discard
    if problem:
        QTimer.singleShot(0, lambda: QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Cannot open"), tr_core(problem)))
    return app.exec()


def _screenshot(app, window, out: str) -> int:
    window.resize(1400, 860)
    window.show()
    for _ in range(5):  # let layouts settle and the deferred fit run
        app.processEvents()
    window.view.fit()
    app.processEvents()
    image = window.grab()
    if not image.save(out, "PNG"):
        print(f"ann-viz: cannot write {out}", file=sys.stderr)
        return 2
    window.document.undo_stack.setClean()
    window.close()
    return 0
