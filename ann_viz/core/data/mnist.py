"""Read IDX files (the MNIST / Fashion-MNIST format), raw or gzip-compressed.

Format (big-endian): two zero bytes, a type byte, a byte with the number of
dimensions, one 4-byte size per dimension, then the values row-major.
See http://yann.lecun.com/exdb/mnist/.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

import numpy as np

from ann_viz.core.data._params import check_int
from ann_viz.core.data.dataset import Dataset
from ann_viz.core.errors import DataError

#: IDX type byte -> big-endian numpy dtype.
IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
MAX_BYTES = 2 * 1024**3  # refuse headers that promise more (a broken or hostile file)


def _read(stream, size: int, fname: str) -> bytes:
    try:
        return stream.read(size)
    except (OSError, EOFError, zlib.error) as err:  # gzip reports damage with these
        raise DataError(f"{fname} is a damaged or truncated gzip file ({err}).") from None


def _read_exact(stream, size: int, fname: str, what: str) -> bytes:
    data = _read(stream, size, fname)
    if len(data) != size:
        raise DataError(f"{fname} is truncated: the {what} needs {size} bytes, found {len(data)}.")
    return data


def load_idx(path) -> np.ndarray:
    """Read one IDX file.

    Parameters
    ----------
    path : str or os.PathLike
        The file; gzip compression is detected from its first bytes, not its name.

    Returns
    -------
    numpy.ndarray
        Array of the header's shape, in native byte order (uint8 for MNIST).

    Raises
    ------
    DataError
        Missing or unreadable file, wrong magic number, unknown type byte,
        or a size that does not match the header (truncated or extra bytes).
    """
    path = Path(path)
    fname = path.name
    try:
        with open(path, "rb") as f:
            raw = f.read(2)
            f.seek(0)
            # a non-gzip file's first read would raise BadGzipFile, so sniff instead
            stream = gzip.GzipFile(fileobj=f) if raw == b"\x1f\x8b" else f
            return _parse(stream, fname)
    except FileNotFoundError:
        raise DataError(f"IDX file '{path}' does not exist.") from None
    except IsADirectoryError:
        raise DataError(f"'{path}' is a folder, not an IDX file.") from None
    except PermissionError:
        raise DataError(f"IDX file '{path}' cannot be read: permission denied.") from None


def _parse(stream, fname: str) -> np.ndarray:
    head = _read_exact(stream, 4, fname, "header")
    if head[:2] != b"\x00\x00" or head[2] not in IDX_TYPES or head[3] == 0:
        raise DataError(
            f"{fname} is not an IDX file: its magic number is 0x{head.hex()} "
            "(expected 0x0000, a type byte such as 08 and a dimension count)."
        )
    dtype, ndim = np.dtype(IDX_TYPES[head[2]]), head[3]
    dims = struct.unpack(f">{ndim}I", _read_exact(stream, 4 * ndim, fname, "dimension list"))
    size = int(np.prod(dims, dtype=np.float64)) * dtype.itemsize
    if size > MAX_BYTES:
        raise DataError(f"{fname}: its header promises {size} bytes of data, more than can be loaded.")
    data = _read_exact(stream, size, fname, f"data of shape {dims}")
    if _read(stream, 1, fname):  # also makes gzip verify its checksum at the end
        raise DataError(f"{fname} has more data than its header {dims} says; the file is damaged.")
    return np.frombuffer(data, dtype=dtype).reshape(dims).astype(dtype.newbyteorder("="))


def _find(directory: Path, stem: str, what: str) -> Path:
    """Find an IDX file by its official name, gzipped or not, or the dotted variant."""
    names = [stem, stem + ".gz", stem.replace("-idx", ".idx"), stem.replace("-idx", ".idx") + ".gz"]
    for candidate in names:
        if (directory / candidate).is_file():
            return directory / candidate
    raise DataError(f"No MNIST {what} found in folder '{directory}' (looked for {', '.join(names)}).")


def load_mnist(directory, split: str = "train", limit: int | None = None) -> Dataset:
    """Load MNIST (or Fashion-MNIST) images and labels from a folder of IDX files.

    Parameters
    ----------
    directory : str or os.PathLike
        Folder holding ``train-images-idx3-ubyte[.gz]`` and
        ``train-labels-idx1-ubyte[.gz]`` (``t10k-`` for the test split).
    split : str
        ``"train"`` or ``"test"``.
    limit : int or None
        Keep only the first ``limit`` samples.

    Returns
    -------
    Dataset
        x float32 (n, 784) scaled to [0, 1]; y int64 (n,); multiclass, 10 classes.
    """
    if split not in ("train", "test"):
        raise DataError(f"MNIST split must be 'train' or 'test', not {split!r}.")
    if limit is not None:
        limit = check_int("limit", limit, 1, 10**9, "MNIST")
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError(f"MNIST folder '{directory}' does not exist or is not a folder.")
    prefix = "train" if split == "train" else "t10k"
    images_path = _find(directory, f"{prefix}-images-idx3-ubyte", f"{split} images")
    labels_path = _find(directory, f"{prefix}-labels-idx1-ubyte", f"{split} labels")
    images, labels = load_idx(images_path), load_idx(labels_path)
    if images.ndim != 3 or images.dtype != np.uint8:
        raise DataError(
            f"{images_path.name} should hold uint8 images (n, rows, cols), found {images.dtype} {images.shape}."
        )
    if labels.ndim != 1 or len(labels) != len(images):
        raise DataError(
            f"{labels_path.name} should hold one label per image ({len(images)}), found shape {labels.shape}."
        )
    if labels.size and labels.max() > 9:
        raise DataError(f"{labels_path.name} has label {int(labels.max())}; MNIST labels are 0..9.")
    if limit is not None:
        images, labels = images[:limit], labels[:limit]
    x = images.reshape(len(images), -1).astype(np.float32) / np.float32(255.0)
    x.setflags(write=False)  # fresh array: lets Dataset skip its defensive copy
    return Dataset(name=f"MNIST {split}", x=x, y=labels.astype(np.int64), task="multiclass",
                   n_classes=10, feature_names=tuple(f"px{i}" for i in range(x.shape[1])))
