"""Convert scikit-learn's copy of the UCI 8x8 digits to ``ann_viz/assets/digits_8x8.npz``.

The source is ``sklearn/datasets/data/digits.csv.gz`` inside a scikit-learn
wheel (``pip download scikit-learn --no-deps -d /tmp/sk`` and unzip that one
member); scikit-learn is not a dependency of ann-viz. Each CSV row holds 64
pixel counts (0..16) and then the digit. The data are the UCI "Optical
Recognition of Handwritten Digits" test set by E. Alpaydin and C. Kaynak,
licensed CC BY 4.0 (https://doi.org/10.24432/C50P49).

Usage: python scripts/make_digits_asset.py PATH/TO/digits.csv.gz [OUT.npz]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "ann_viz" / "assets" / "digits_8x8.npz"


def convert(src: Path, out: Path) -> None:
    """Read ``src`` (digits.csv.gz) and write ``out`` with ``images`` and ``labels``."""
    table = np.loadtxt(src, delimiter=",", dtype=np.int64)  # loadtxt opens .gz itself
    if table.shape != (1797, 65) or table[:, :64].min() < 0 or table[:, :64].max() > 16:
        raise SystemExit(f"{src}: unexpected contents, shape {table.shape}")
    images = table[:, :64].astype(np.uint8)
    labels = table[:, 64].astype(np.int64)
    if sorted(set(labels.tolist())) != list(range(10)):
        raise SystemExit(f"{src}: labels are not the digits 0..9")
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, images=images, labels=labels)
    print(f"wrote {out}: images {images.shape}, labels {labels.shape}, {out.stat().st_size} bytes")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    convert(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else DEFAULT_OUT)
