"""Start-up figures of the app and the CLI, beside bare baselines measured in the same run.

(a) main window first painted, in-process from the first import (``ann-viz`` as launched,
    through ``run_app``), vs a bare PySide6 ``QMainWindow`` shown: target <= 5x.
(b) trainer ready (the first snapshot reaches the GUI thread), vs a bare window shown and
    then ``import torch`` in the same process: target <= 1.3x. Also shown: when the plots
    and views replaced their placeholders (the window complete).
(c) ``ann-viz presets``, the whole process, vs ``python -c "import torch"``: target <= 0.5x.

Every figure is a fresh process (offscreen Qt, a fresh settings folder), rounds interleaved,
the median reported; one untimed round first (file cache, byte-code). The load average is
printed: on a busy machine absolute times grow, the ratios less so.

Usage: python bench/bench_startup.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Marks the end of the first paint: the first Paint event, then a zero timer (it fires once the
# whole window has been painted and flushed).
_WATCH = """
import time, sys
T0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
marks = {}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and "painting" not in marks:
            marks["painting"] = True
            QTimer.singleShot(0, lambda: marks.setdefault("paint", time.perf_counter() - T0))
        return False
watch = Watch()
app.installEventFilter(watch)
"""

BARE = _WATCH + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.resize(1280, 800)
window.show()
while "paint" not in marks:
    app.processEvents()
if WITH_TORCH:
    import torch
    marks["torch"] = time.perf_counter() - T0
print(json.dumps(marks))
"""

APP = _WATCH + """
from PySide6.QtWidgets import QApplication
from ann_viz.ui.app import run_app

def hook():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "controller"))
    controller = window.controller

    def ready(*_):
        marks.setdefault("ready", time.perf_counter() - T0)
        done()

    def views():
        marks.setdefault("views", time.perf_counter() - T0)
        done()

    def done():
        if "ready" in marks and "views" in marks:
            window.document.undo_stack.setClean()
            window.close()
            app.quit()

    controller.snapshot_changed.connect(ready)
    window.views_built.connect(views)
    if controller.latest is not None:
        ready()
    if window.views_ready:
        views()

QTimer.singleShot(0, hook)  # the first turn of run_app's event loop: the window exists
QTimer.singleShot(120_000, app.quit)
run_app([])
marks.pop("painting", None)
print(json.dumps(marks))
"""


def _run(code: str, env: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", "import json\n" + code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def _wall(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def _env(config_dir: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config_dir, LANG="C.UTF-8",
               PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its byte-code: let the first round write it
    return env


def one_round(base: str, index: int) -> dict:
    env = _env(tempfile.mkdtemp(prefix=f"round{index}-", dir=base))  # fresh settings: the default layout
    figures = {}
    bare = _run("WITH_TORCH = False\n" + BARE, env)
    figures["bare window"] = bare["paint"]
    figures["bare window + torch"] = _run("WITH_TORCH = True\n" + BARE, env)["torch"]
    app = _run(APP, env)
    figures["app painted"], figures["app trainer ready"], figures["app complete"] = (app["paint"], app["ready"],
                                                                                    app["views"])
    figures["presets"] = _wall(["-m", "ann_viz", "presets"], env)
    figures["import torch"] = _wall(["-c", "import torch"], env)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as base:
        one_round(base, 0)  # untimed: byte-code written, files cached
        rounds = [one_round(base, i + 1) for i in range(args.rounds)]
    load_after = os.getloadavg()
    med = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    print(f"cores: {os.cpu_count()}, load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after; "
          f"{args.rounds} rounds, medians in seconds")
    for name, value in med.items():
        spread = [r[name] for r in rounds]
        print(f"  {name:22s} {value:7.3f}   (min {min(spread):.3f}, max {max(spread):.3f})")
    rows = [("main window first painted", med["app painted"], "bare QMainWindow shown", med["bare window"], 5.0),
            ("trainer ready (first snapshot)", med["app trainer ready"], "bare window + import torch",
             med["bare window + torch"], 1.3),
            ("`ann-viz presets` (process)", med["presets"], "python -c 'import torch'", med["import torch"], 0.5)]
    print()
    for name, value, baseline, base_value, target in rows:
        ratio = value / base_value
        verdict = "ok" if ratio <= target else "MISSED"
        print(f"  {name:32s} {value:6.3f} s = {ratio:5.2f}x {baseline} ({base_value:.3f} s); "
              f"target <= {target}x: {verdict}")
    print(f"  (window complete, plots and views in place: {med['app complete']:.3f} s)")


if __name__ == "__main__":
    main()
