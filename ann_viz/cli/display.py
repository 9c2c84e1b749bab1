"""Can the app open a window here? Asked before Qt starts, which would abort the process.

Without a display, or with a system library of Qt's X11 plugin missing, Qt prints a warning
and aborts (status 134); this says why in one line instead. Qt-free and cheap: the X11 check
only asks the dynamic loader for the plugin's libraries.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

from ..core.i18n import _t

NO_DISPLAY = _t("ann-viz: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                "Start it from a desktop session, or render the window to a file: "
                "ann-viz --screenshot out.png [PRESET|PROJECT]")
MISSING_LIBRARY = _t("ann-viz: Qt cannot open an X11 window: the system library {library} is missing. "
                     "Install the packages named under Set-up in the README (one apt-get line), then start again.")


def display_problem(argv: list[str], environ=os.environ) -> tuple[str, dict] | None:
    """Why no window can be opened, as (message template, fields), or None when one can (or may)."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None  # other systems always have a screen; a chosen Qt platform is the user's call
    if any(arg == "--screenshot" or arg.startswith("--screenshot=") for arg in argv):
        return None  # rendered offscreen
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return NO_DISPLAY, {}
    if environ.get("WAYLAND_DISPLAY"):
        return None  # Qt tries Wayland first and falls back to X11 by itself
    library = missing_library(xcb_plugin())
    return (MISSING_LIBRARY, {"library": library}) if library else None


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, found without importing Qt (None when not found)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder, "Qt", "plugins", "platforms", "libqxcb.so")
        if plugin.is_file():
            return plugin
    return None


def missing_library(plugin: Path | None) -> str | None:
    """The first shared library the loader cannot find for ``plugin``; None when it loads."""
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as err:  # "libxkbcommon-x11.so.0: cannot open shared object file: ..."
        found = re.match(r"([^:\s]+\.so[.\d]*): cannot open shared object file", str(err))
        return found.group(1) if found else None  # another loader error: let Qt try and say
    return None
