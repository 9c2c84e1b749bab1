"""Read IDX files (the MNIST / Fashion-MNIST format), raw or gzip-compressed.

Format (big-endian): two zero bytes, a type byte, a byte with the number of
dimensions, one 4-byte size per dimension, then the values row-major.
See http://yann.lecun.com/exdb/mnist/.
"""

from __future__ import annotations

import gzip
import math
import os
import struct
import zlib
from pathlib import Path

import numpy as np

from ann_viz.core.data._params import check_int
from ann_viz.core.data.dataset import Dataset
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t
from ann_viz.core.safe_open import open_regular

#: IDX type byte -> big-endian numpy dtype.
IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
MAX_BYTES = 2 * 1024**3  # refuse headers that promise more (a broken or hostile file)
MAX_DIMS = 16  # IDX allows 255; MNIST uses 1 (labels) and 3 (images)
GZIP_RATIO = 200  # MNIST's gzip ratio is about 5 (images) to 2 (labels); 1000+ is a gzip bomb
_CHUNK = 1 << 20


def _read(stream, size: int, fname: str) -> bytes:
    try:
        return stream.read(size)
    except (OSError, EOFError, zlib.error) as err:  # gzip reports damage with these
        raise DataError(_t("{file} is a damaged or truncated gzip file ({error}).").format(
            file=fname, error=err)) from None


def _read_exact(stream, size: int, fname: str, truncated: str, **fields) -> bytearray:
    """``size`` bytes, or DataError with ``truncated`` ({file}, {size}, {found} and ``fields``).

    Read in chunks into one buffer: a header that lies about the size costs only what the
    file really holds."""
    data = bytearray()
    while len(data) < size:
        chunk = _read(stream, min(_CHUNK, size - len(data)), fname)
        if not chunk:
            break
        data += chunk
    if len(data) != size:
        raise DataError(truncated.format(file=fname, size=size, found=len(data), **fields))
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
    too_large = _t("{file} is too large to be an IDX file this app can load.")
    try:
        with open_regular(path, DataError, MAX_BYTES, too_large) as f:
            raw = f.read(2)
            f.seek(0)
            # a non-gzip file's first read would raise BadGzipFile, so sniff instead
            if raw == b"\x1f\x8b":
                packed = os.fstat(f.fileno()).st_size
                return _parse(gzip.GzipFile(fileobj=f), fname, min(MAX_BYTES, GZIP_RATIO * packed + _CHUNK))
            return _parse(f, fname, MAX_BYTES)
    except FileNotFoundError:
        raise DataError(_t("IDX file '{path}' does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise DataError(_t("'{path}' is a folder, not an IDX file.").format(path=path)) from None
    except PermissionError:
        raise DataError(_t("IDX file '{path}' cannot be read: permission denied.").format(path=path)) from None
    except OSError as err:
        raise DataError(_t("IDX file '{path}' cannot be read: {error}.").format(
            path=path, error=err.strerror or err)) from None


def _parse(stream, fname: str, limit: int) -> np.ndarray:
    head = _read_exact(stream, 4, fname, _t("{file} is truncated: the header needs {size} bytes, found {found}."))
    if head[:2] != b"\x00\x00" or head[2] not in IDX_TYPES or head[3] == 0:
        raise DataError(
            _t("{file} is not an IDX file: its magic number is 0x{magic} "
               "(expected 0x0000, a type byte such as 08 and a dimension count).").format(file=fname, magic=head.hex())
        )
    dtype, ndim = np.dtype(IDX_TYPES[head[2]]), head[3]
    if ndim > MAX_DIMS:
        raise DataError(_t("{file}: its header gives {count} dimensions; an IDX data set has at most {most}.").format(
            file=fname, count=ndim, most=MAX_DIMS))
    dims = struct.unpack(f">{ndim}I", _read_exact(
        stream, 4 * ndim, fname, _t("{file} is truncated: the dimension list needs {size} bytes, found {found}.")))
    size = math.prod(dims) * dtype.itemsize  # Python ints: 16 sizes of 2^32 cannot overflow
    # the sizes other than 0 must fit too: numpy refuses a (0, 2^31, 2^31) shape as "too big"
    nominal = math.prod(max(d, 1) for d in dims) * dtype.itemsize
    if max(size, nominal) > limit:
        raise DataError(_t("{file}: its header promises {size} bytes of data, more than can be loaded.").format(
            file=fname, size=max(size, nominal)))
    data = _read_exact(stream, size, fname,
                       _t("{file} is truncated: the data of shape {dims} needs {size} bytes, found {found}."),
                       dims=dims)
    if _read(stream, 1, fname):  # also makes gzip verify its checksum at the end
        raise DataError(_t("{file} has more data than its header {dims} says; the file is damaged.").format(
            file=fname, dims=dims))
    values = np.frombuffer(data, dtype=dtype).reshape(dims)
    return values if dtype.isnative else values.astype(dtype.newbyteorder("="))


def _find(directory: Path, stem: str, not_found: str, split: str) -> Path:
    """Find an IDX file by its official name, gzipped or not, or the dotted variant.

    ``not_found`` is the message when there is none ({split}, {folder}, {names})."""
    names = [stem, stem + ".gz", stem.replace("-idx", ".idx"), stem.replace("-idx", ".idx") + ".gz"]
    for candidate in names:
        if (directory / candidate).is_file():
            return directory / candidate
    raise DataError(not_found.format(split=split, folder=directory, names=", ".join(names)))


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
        raise DataError(_t("MNIST split must be 'train' or 'test', not {split!r}.").format(split=split))
    if limit is not None:
        limit = check_int("limit", limit, 1, 10**9, "MNIST")
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError(_t("MNIST folder '{folder}' does not exist or is not a folder.").format(folder=directory))
    prefix = "train" if split == "train" else "t10k"
    images_path = _find(directory, f"{prefix}-images-idx3-ubyte",
                        _t("No MNIST {split} images found in folder '{folder}' (looked for {names})."), split)
    labels_path = _find(directory, f"{prefix}-labels-idx1-ubyte",
                        _t("No MNIST {split} labels found in folder '{folder}' (looked for {names})."), split)
    return _images_and_labels(images_path, labels_path, limit, _t("MNIST {split}").format(split=split))


def load_idx_pair(images, labels, limit: int | None = None) -> Dataset:
    """Load images and labels from two IDX files chosen one by one (any names, gzip or not).

    Parameters
    ----------
    images, labels : str or os.PathLike
        The images file (uint8, shape (n, rows, cols)) and the labels file (n whole numbers 0..9).
    limit : int or None
        Keep only the first ``limit`` samples.

    Returns
    -------
    Dataset
        As :func:`load_mnist`, named after the images file.
    """
    if limit is not None:
        limit = check_int("limit", limit, 1, 10**9, "IDX")
    images_path, labels_path = Path(images), Path(labels)
    return _images_and_labels(images_path, labels_path, limit, images_path.name)


def _images_and_labels(images_path: Path, labels_path: Path, limit: int | None, name: str) -> Dataset:
    """The checked pair as a 10-class data set of pixels scaled to [0, 1]."""
    images, labels = load_idx(images_path), load_idx(labels_path)
    if images.ndim != 3 or images.dtype != np.uint8:
        raise DataError(
            _t("{file} should hold uint8 images (n, rows, cols), found {dtype} {shape}.").format(
                file=images_path.name, dtype=images.dtype, shape=images.shape)
        )
    if len(images) == 0 or images.shape[1] == 0 or images.shape[2] == 0:
        raise DataError(_t("{file} holds no images (its header gives shape {shape}).").format(
            file=images_path.name, shape=images.shape))
    if labels.dtype.kind not in "iu":
        raise DataError(_t("{file} should hold whole-number labels, found {dtype} values.").format(
            file=labels_path.name, dtype=labels.dtype))
    if labels.ndim != 1 or len(labels) != len(images):
        raise DataError(
            _t("{file} should hold one label per image ({count}), found shape {shape}.").format(
                file=labels_path.name, count=len(images), shape=labels.shape)
        )
    if labels.size and (labels.max() > 9 or labels.min() < 0):
        bad = int(labels.max()) if labels.max() > 9 else int(labels.min())
        raise DataError(_t("{file} has label {label}; MNIST labels are 0..9.").format(
            file=labels_path.name, label=bad))
    if limit is not None:
        images, labels = images[:limit], labels[:limit]
    x = images.reshape(len(images), -1).astype(np.float32) / np.float32(255.0)
    x.setflags(write=False)  # fresh array: lets Dataset skip its defensive copy
    return Dataset(name=name, x=x, y=labels.astype(np.int64), task="multiclass",
                   n_classes=10, feature_names=tuple(f"px{i}" for i in range(x.shape[1])))
