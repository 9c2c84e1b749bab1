"""One frame of a training film, as a PNG (the README's picture of File > Export Film / `ann-viz film`).

Usage: .venv/bin/python scripts/film_frame.py OUT.png [PRESET] [FRAME] [FRAMES] [en|ko]
Replays the run exactly as the film does (``film_frames``: trained again from its seed, FRAMES frames
spread over the epochs, default 40) and draws every frame up to FRAME (default: the last; negative
counts from the end) on the film's own ``FilmStage`` (the loss curve builds up frame by frame, as in
the film), then saves that one frame quantised to 256 colours with Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's ann_viz, not an installed one

from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "film-frame.png")
    preset = sys.argv[2] if len(sys.argv) > 2 else "xor-2-2-1"
    wanted = int(sys.argv[3]) if len(sys.argv) > 3 else -1
    frames = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    language = sys.argv[5] if len(sys.argv) > 5 else "en"
    app = QApplication([])
    from PIL import Image

    from ann_viz.core.film import film_frames
    from ann_viz.core.presets import get_preset
    from ann_viz.ui.film.stage import FilmStage
    from ann_viz.ui.language import manager

    manager().set_language(language)
    project = get_preset(preset).project()
    stage = FilmStage(project)
    index = wanted if wanted >= 0 else frames + wanted
    picture, epoch = None, 0
    for frame in film_frames(project, frames):
        picture, epoch = stage.render(frame), frame.epoch  # every frame: the loss curve grows as in the film
        if frame.index == index:
            break
    stage.deleteLater()
    app.processEvents()
    image = Image.fromarray(picture).quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(out, optimize=True)
    print(f"{out}: frame {index} of {frames}, epoch {epoch}, {image.width}x{image.height}, "
          f"{out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
