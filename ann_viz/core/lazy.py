"""Package attributes loaded on first use (PEP 562), so that importing a package stays cheap.

``core.train``, ``core.export`` and ``core.sweep`` re-export names whose modules import torch;
loading them on first use lets ``ann-viz presets``, the CLI's parser and the app's first paint
import the package (and its torch-free modules) without importing torch.
"""

from __future__ import annotations

import importlib
import sys
from typing import Callable, Mapping


def lazy_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: ``homes`` maps each name to its submodule."""

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(name)  # (hasattr() and `from package import submodule` rely on this)
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(sys.modules[package], name, value)  # later look-ups skip this function
        return value

    return __getattr__
