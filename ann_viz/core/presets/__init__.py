"""Lesson presets: one ready-to-train project per lesson of the lecture notes."""

from .catalog import PRESETS, Preset, get_preset

__all__ = ["PRESETS", "Preset", "get_preset"]
