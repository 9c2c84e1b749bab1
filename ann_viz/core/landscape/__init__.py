"""The loss landscape: the training objective on a plane (or line) through weight space, and
the optimizer's path drawn on it (Li et al. 2018; Goodfellow et al. 2015). Qt-free."""

from .between import LineBetween, loss_between
from .planes import Plane, line_between, pca_plane, random_plane, weight_pair_plane
from .surface import LossSurface
from .path import project_path

__all__ = ["LineBetween", "LossSurface", "loss_between", "Plane", "line_between", "pca_plane", "project_path", "random_plane", "weight_pair_plane"]
