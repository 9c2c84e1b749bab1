"""`ann-viz film`: the run of a preset or project, trained again from its seed, as a GIF or MP4.

The frames are drawn by the app's own views, offscreen (Qt's offscreen platform: no display
needed); only this command of the headless ones loads Qt.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from ..core.i18n import _t
from .source import open_source
from .sweep_command import _non_negative
from .text import say, tr

MAX_FRAMES = 2000


def _frame_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(_t("must be a whole number, not {value!r}"), value=text)) from None
    if not 1 <= value <= MAX_FRAMES:
        raise argparse.ArgumentTypeError(tr(_t("must be from 1 to {most}, not {value}"), most=MAX_FRAMES,
                                            value=text))
    return value


def _fps(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(_t("must be a number, not {value!r}"), value=text)) from None
    if not 1 <= value <= 60:
        raise argparse.ArgumentTypeError(tr(_t("must be from 1 to 60, not {value}"), value=text))
    return value


def add_film_parser(sub) -> None:
    film = sub.add_parser("film", help=tr(_t("record a run as an animated GIF or MP4")))
    film.add_argument("source", metavar="PRESET|PROJECT.json")
    film.add_argument("-o", "--output", required=True, metavar="FILM.gif|FILM.mp4",
                      help=tr(_t("the file to write (.gif or .mp4)")))
    film.add_argument("--frames", type=_frame_count, default=200, metavar="N",
                      help=tr(_t("frames, spread evenly over the run (default 200)")))
    film.add_argument("--epochs", type=_non_negative, help=tr(_t("epochs to train (default: the project's)")))
    film.add_argument("--fps", type=_fps, default=20.0, help=tr(_t("frames per second (default 20)")))
    film.add_argument("--json", action="store_true", help=tr(_t("print one JSON object")))


def run_film(args: Any) -> int:
    project = open_source(args.source)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..ui.film.cli import record_headless  # Qt: only now

    result = record_headless(project, args.output, args.frames, args.fps, args.epochs)
    if args.json:
        print(json.dumps({"path": str(result.path), "frames": result.frames, "epochs": result.epochs,
                          "seconds": round(result.seconds, 3)}))
    else:
        say(_t("Wrote {path}: {frames} frames up to epoch {epochs} in {seconds:.1f} s."), path=result.path,
            frames=result.frames, epochs=result.epochs, seconds=result.seconds)
    return 0
