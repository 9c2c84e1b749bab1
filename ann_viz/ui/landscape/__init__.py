"""The loss-landscape dock."""

from .install import add_landscape_dock, install_landscape_view

__all__ = ["add_landscape_dock", "install_landscape_view"]
