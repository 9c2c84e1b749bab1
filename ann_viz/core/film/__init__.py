"""A training film: the run replayed from its seed, one frame every few epochs (Qt-free part)."""

from .run import FilmFrame, film_frames, frame_epochs
from .writer import FILM_SUFFIXES, FilmWriter

__all__ = ["FILM_SUFFIXES", "FilmFrame", "FilmWriter", "film_frames", "frame_epochs"]
