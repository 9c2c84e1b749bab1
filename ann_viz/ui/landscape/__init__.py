"""The loss-landscape dock."""

from .install import install_landscape_view

__all__ = ["install_landscape_view"]
