"""Read weights from a .pt/.pth (``torch.load(weights_only=True)``) or .safetensors file, safely.

Only tensors are accepted: a pickle that would build other objects (and so could run
code) is refused before anything runs. Names and shapes are checked against the graph
and every mismatch is listed; nothing is changed on failure.
"""

from __future__ import annotations

import os
import pickle
import zipfile
from pathlib import Path
from typing import Any, BinaryIO, Mapping

import numpy as np
import torch

from ..torch_module.module import GraphModule
from ..errors import ProjectFileError
from ..graph import Graph
from ..i18n import _t
from ..safe_open import open_regular, read_capped
from ..weights_fit import weight_mismatches

WEIGHT_SUFFIXES = (".pt", ".pth", ".safetensors")
MAX_WEIGHTS_BYTES = 2 * 2**30
_IGNORED = (".num_batches_tracked",)  # BatchNorm's step counter: not a weight (the app keeps float values)


def import_weights(path: str | os.PathLike, graph: Graph) -> dict[str, np.ndarray]:
    """The file's weights, checked to fit ``graph``: {"linear1.weight": float32 array, ...} in network order."""
    arrays = read_weight_file(path)
    try:
        return check_weights(arrays, graph)
    except ProjectFileError as err:
        raise ProjectFileError(_t("{file}: {reason}").format(file=Path(path).name, reason=err)) from None


def read_weight_file(path: str | os.PathLike) -> dict[str, np.ndarray]:
    """Every tensor in the file as a float32 array; ProjectFileError (naming the file) on any problem."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in WEIGHT_SUFFIXES:
        raise ProjectFileError(_t("{file}: not a weights file; choose a {suffixes} file.").format(
            file=p.name, suffixes=", ".join(WEIGHT_SUFFIXES)))
    too_large = _t("{file}: the file is too large to hold this app's weights.")
    try:
        with open_regular(p, ProjectFileError, MAX_WEIGHTS_BYTES, too_large) as handle:
            if suffix == ".safetensors":
                tensors = _read_safetensors(bytes(read_capped(handle, MAX_WEIGHTS_BYTES, ProjectFileError,
                                                              too_large, p.name)), p.name)
            else:  # torch reads the zip's parts as it needs them: no copy of the whole file
                tensors = _read_torch(handle, p.name)
    except FileNotFoundError:
        raise ProjectFileError(_t("{file}: no such file.").format(file=p)) from None
    except IsADirectoryError:
        raise ProjectFileError(_t("{file}: is a folder, not a weights file.").format(file=p)) from None
    except OSError as err:
        raise ProjectFileError(_t("{file}: cannot be read ({error}).").format(
            file=p, error=err.strerror or err)) from None
    return _as_arrays(tensors, p.name)


def _check_torch_zip(handle: BinaryIO, name: str) -> None:
    """torch.save writes a zip of stored (uncompressed) records: refuse deflated records and
    records claiming more than the cap before torch allocates what the headers say. (A
    non-zip file goes to torch's own legacy reader, which refuses code and short files.)"""
    magic = handle.read(4)
    handle.seek(0)
    if magic != b"PK\x03\x04":
        return
    try:
        with zipfile.ZipFile(handle) as archive:
            records = archive.infolist()
    except Exception:  # BadZipFile, NotImplementedError ("zip file version 6.4"), struct.error, ...
        raise ProjectFileError(_t("{file}: damaged or truncated (not a readable PyTorch file).").format(
            file=name)) from None
    handle.seek(0)
    if any(r.compress_type != zipfile.ZIP_STORED for r in records) or sum(
            r.file_size for r in records) > MAX_WEIGHTS_BYTES:
        raise ProjectFileError(_t("{file}: its records are compressed or claim more than {size} GiB; "
                                  "torch.save never writes that.").format(file=name, size=MAX_WEIGHTS_BYTES >> 30))


def _read_torch(handle: BinaryIO, name: str) -> Any:
    _check_torch_zip(handle, name)
    try:
        return torch.load(handle, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as err:
        # weights_only=True stopped before building anything: say whether code was asked for.
        if "global" in str(err).lower():
            raise ProjectFileError(
                _t("{file}: refused: the file holds Python objects other than tensors, and loading them "
                   "could run code. Export plain weights (a state_dict of tensors) or use safetensors.").format(
                    file=name)) from None
        raise ProjectFileError(_t("{file}: damaged or truncated, or not a plain weights file "
                                  "(the safe loader refused it).").format(file=name)) from None
    except Exception:  # weights_only runs no code: whatever else it raises means a bad file
        raise ProjectFileError(_t("{file}: damaged or truncated (not a readable PyTorch file).").format(
            file=name)) from None


def _read_safetensors(data: bytes, name: str) -> dict:
    try:
        from safetensors.torch import load
    except ImportError:
        raise ProjectFileError(_t("{file}: reading safetensors needs the package 'safetensors': "
                                  "pip install 'ann-viz[export]'.").format(file=name)) from None
    try:
        return load(data)
    except Exception:  # SafetensorError (a Rust panic becomes another type): all mean a bad file
        raise ProjectFileError(_t("{file}: damaged or truncated (not a readable safetensors file).").format(
            file=name)) from None


def _as_arrays(content: Any, name: str) -> dict[str, np.ndarray]:
    if isinstance(content, Mapping) and set(content) == {"state_dict"}:
        content = content["state_dict"]
    if not isinstance(content, Mapping):
        raise ProjectFileError(_t("{file}: holds a {type}, not named weights (a state_dict).").format(
            file=name, type=type(content).__name__))
    keys = [str(k) for k in content]
    # A GraphModule's own state_dict names layers "layers.<name>": read those as the graph's names.
    strip = "layers." if keys and all(k.startswith("layers.") for k in keys) else ""
    out, problems = {}, []
    for key, value in content.items():
        key = str(key).removeprefix(strip)
        if key.endswith(_IGNORED):
            continue
        if not isinstance(value, torch.Tensor):
            problems.append(_t("'{name}' is a {type}, not a tensor").format(name=key, type=type(value).__name__))
        elif not value.dtype.is_floating_point:
            problems.append(_t("'{name}' holds {dtype} values, not floating point").format(name=key, dtype=value.dtype))
        elif (reason := tensor_refusal(value)) is not None:
            problems.append(reason.format(name=key))
        else:
            array = value.detach().to(torch.float32).numpy().copy()
            if not np.isfinite(array).all():
                problems.append(_t("'{name}' holds NaN or infinite values").format(name=key))
            out[key] = array
    if problems:
        raise ProjectFileError(_t("{file}: {reasons}.").format(file=name, reasons="; ".join(problems)))
    return out


def tensor_refusal(value: torch.Tensor) -> str | None:
    """Why a tensor is not plain weights (a template with {name}), or None if it is.

    Sparse and meta tensors cannot become arrays; a tensor claiming more elements than its
    storage holds (``expand``: 4 bytes stored, 10 GB when copied) would fill the memory."""
    if value.layout != torch.strided:
        return _t("'{name}' is a sparse tensor; save dense weights (tensor.to_dense())")
    if value.is_meta:
        return _t("'{name}' is a meta tensor: it has a shape but no values")
    if value.numel() > MAX_WEIGHTS_BYTES // 4:
        return _t("'{name}' has too many values for this app's networks")
    if value.numel() and value.numel() * value.element_size() > value.untyped_storage().nbytes():
        return _t("'{name}' repeats its stored values (an expanded view) instead of holding them all")
    return None


def expected_shapes(graph: Graph) -> dict[str, tuple[int, ...]]:
    """Every float parameter and buffer the graph's network has, with its shape, in network order."""
    with torch.device("meta"):  # shapes only: no memory, and no draws from the seeded generator
        module = GraphModule(graph, generator=torch.Generator())  # weights come later: leave the global generator alone
    return {name.removeprefix("layers."): tuple(value.shape) for name, value in module.state_dict().items()
            if value.dtype.is_floating_point}


def check_weights(arrays: Mapping[str, np.ndarray], graph: Graph) -> dict[str, np.ndarray]:
    """``arrays`` in the network's order if names and shapes fit ``graph``; else every mismatch, listed."""
    shapes = expected_shapes(graph)
    problems = weight_mismatches(arrays, shapes)
    if problems:
        raise ProjectFileError(_t("The weights do not fit this network: {reasons}.").format(
            reasons="; ".join(problems)))
    return {n: np.asarray(arrays[n], dtype=np.float32) for n in shapes}
