"""Lessons that are comparisons: a lesson preset as the base run and the variants the notes set against it.

Each entry names its base preset, every run's label (base first) and each variant's changes
(see :mod:`ann_viz.core.compare.changes`). The single presets still open on their own in the
main window; "Open as comparison" opens the lesson's comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _t


@dataclass(frozen=True)
class ComparisonLesson:
    id: str
    title: str
    base: str  # the preset the first run is
    labels: tuple[str, ...]  # base first
    variants: tuple[dict, ...]
    epochs: int | None = None  # None: the base preset's
    notice: str = ""

    def comparison(self):
        """The comparison, freshly built from the base preset."""
        from ..compare import build_comparison
        from .catalog import get_preset

        base = get_preset(self.base).project()
        return build_comparison(base, [dict(v) for v in self.variants], labels=list(self.labels),
                                epochs=self.epochs, title=self.title, lesson=self.id)


COMPARISON_LESSONS: list[ComparisonLesson] = [
    ComparisonLesson("compare-wide-deep", _t("Compare: wide (2-10-1) vs deep (2-10-10-10-1)"), "xor-wide-2-10-1",
                     (_t("wide 2-10-1"), _t("deep 2-10-10-10-1")), ({"depth": 3},), 3001,
                     _t("The wide network's loss falls at once; the deep sigmoid network sits on the 0.6931 plateau "
                        "while its first layers' gradients are tiny.")),
    ComparisonLesson("compare-sigmoid-relu", _t("Compare: sigmoid vs ReLU in a deep network"), "xor-deep-sigmoid",
                     (_t("Sigmoid"), _t("ReLU"), _t("tanh")),
                     ({"activation": "relu", "lr": 0.1}, {"activation": "tanh", "lr": 0.1}), 3001,
                     _t("With sigmoid the gradient shrinks layer by layer (log scale); ReLU and tanh pass it back "
                        "and learn XOR long before sigmoid leaves its plateau.")),
    ComparisonLesson("compare-optimizers-1", _t("Compare optimizers: SGD, Momentum, AdaGrad"), "optimizer-sgd",
                     (_t("SGD"), _t("Momentum"), _t("AdaGrad")),
                     ({"optimizer": "momentum"}, {"optimizer": "adagrad"}), None,
                     _t("Momentum speeds SGD up along steady directions; AdaGrad starts fast, then its steps shrink.")),
    ComparisonLesson("compare-optimizers-2", _t("Compare optimizers: SGD, RMSProp, Adam"), "optimizer-sgd",
                     (_t("SGD"), _t("RMSProp"), _t("Adam")),
                     ({"optimizer": "rmsprop", "lr": 0.01}, {"optimizer": "adam", "lr": 0.01}), None,
                     _t("RMSProp and Adam scale each weight's step by its recent gradients: both fall faster than SGD.")),
    ComparisonLesson("compare-dropout", _t("Compare: with and without dropout"), "xor-dropout",
                     (_t("Dropout 0.1"), _t("no dropout")), ({"regularizer": "none"},), 2001,
                     _t("Dropout makes the training loss noisy; without it the loss falls smoothly.")),
    ComparisonLesson("compare-l1-l2", _t("Compare: no regulariser, L1 and L2"), "regularization-none",
                     (_t("none"), _t("L1"), _t("L2")), ({"regularizer": "l1:0.001"}, {"regularizer": "l2:0.001"}), 501,
                     _t("The penalties keep the weights small: a smoother boundary than the unregularised network's.")),
    ComparisonLesson("compare-batchnorm", _t("Compare: with and without batch normalization"), "batchnorm",
                     (_t("BatchNorm"), _t("no BatchNorm")), ({"regularizer": "none"},), 101,
                     _t("With BatchNorm the loss drops fast in the first epochs.")),
    ComparisonLesson("compare-init", _t("Compare initializations on the deep sigmoid network"), "xor-deep-sigmoid",
                     (_t("default"), _t("Xavier"), _t("He")),
                     ({"init": "xavier_uniform"}, {"init": "he_normal"}), 3001,
                     _t("Xavier and He scale the starting weights by the layer sizes: the plateau is shorter.")),
]

_BY_ID = {c.id: c for c in COMPARISON_LESSONS}


def get_comparison_lesson(lesson_id: str) -> ComparisonLesson | None:
    return _BY_ID.get(lesson_id)


def comparisons_of(preset_id: str) -> list[ComparisonLesson]:
    """The comparison lessons whose base is ``preset_id`` or that compare it (e.g. the ReLU lesson)."""
    related = {"xor-deep-relu": "compare-sigmoid-relu", "activation-tanh": "compare-sigmoid-relu",
               "init-xavier": "compare-init", "init-he": "compare-init",
               "regularization-l1": "compare-l1-l2", "regularization-l2": "compare-l1-l2"}
    out = [c for c in COMPARISON_LESSONS if c.base == preset_id]
    if preset_id.startswith("optimizer-"):
        out = [c for c in COMPARISON_LESSONS if c.id.startswith("compare-optimizers")]
    if preset_id in related:
        out.append(_BY_ID[related[preset_id]])
    return out
