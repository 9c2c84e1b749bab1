"""The UCI 8x8 handwritten digits: a small, real image set that works offline.

1797 images of 8x8 pixel counts (0..16) of the digits 0-9, from "Optical
Recognition of Handwritten Digits" by E. Alpaydin and C. Kaynak (1998), UCI
Machine Learning Repository, https://doi.org/10.24432/C50P49, licensed under
CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). The copy shipped in
``ann_viz/assets/digits_8x8.npz`` is the test part of that set as distributed
with scikit-learn, converted by ``scripts/make_digits_asset.py``.
"""

from __future__ import annotations

import io
import zipfile
from importlib.resources import files

import numpy as np

from ann_viz.core.data.dataset import Dataset
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

ASSET = "digits_8x8.npz"


def load_digits(size: int = 8) -> Dataset:
    """Load the bundled 8x8 digits, optionally scaled up to ``size`` x ``size`` pixels.

    ``size=28`` gives MNIST-shaped inputs (784 features) from real handwriting, so
    an MNIST-sized network can be trained offline.

    Returns
    -------
    Dataset
        x float32 (1797, 64) scaled to [0, 1] (pixel count / 16), y int64
        (1797,), multiclass with 10 classes, features ``px0 .. px63`` (row-major).
    """
    resource = files("ann_viz") / "assets" / ASSET
    try:
        # read into memory first: a resource inside a zip has no real file name
        with np.load(io.BytesIO(resource.read_bytes())) as npz:
            images, labels = npz["images"], npz["labels"]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise DataError(
            _t("The built-in digits data (ann_viz/assets/{asset}) is missing or damaged; "
               "reinstall ann-viz ({error}).").format(asset=ASSET, error=err)
        ) from None
    if not isinstance(size, int) or isinstance(size, bool) or not 8 <= size <= 64:
        raise DataError(_t("The digits size must be a whole number of pixels from 8 to 64."))
    x = images.reshape(len(images), 8, 8).astype(np.float32) / np.float32(16.0)
    if size != 8:
        x = _resize(x, size)
    x = x.reshape(len(images), size * size)
    x.setflags(write=False)
    return Dataset(name=_t("Digits {size}x{size}").format(size=size), x=x, y=labels.astype(np.int64), task="multiclass",
                   n_classes=10, feature_names=tuple(f"px{i}" for i in range(size * size)))


def _resize(images: np.ndarray, size: int) -> np.ndarray:
    """Bilinear resampling of (n, 8, 8) images to (n, size, size), pixel centres aligned."""
    src = (np.arange(size) + 0.5) * 8 / size - 0.5
    lo = np.clip(np.floor(src).astype(int), 0, 7)
    hi = np.clip(lo + 1, 0, 7)
    t = np.clip(src - lo, 0.0, 1.0).astype(np.float32)
    rows = images[:, lo, :] * (1 - t)[None, :, None] + images[:, hi, :] * t[None, :, None]
    return rows[:, :, lo] * (1 - t)[None, None, :] + rows[:, :, hi] * t[None, None, :]
