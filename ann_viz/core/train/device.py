"""Pick the compute device: CUDA when available (as the notes do), else the CPU."""

from __future__ import annotations

import torch

from ..errors import AnnVizError
from ..i18n import _t


_UNKNOWN = _t("Unknown device '{device}': use auto, cpu, cuda or cuda:N.")


def resolve_device(name: str = "auto") -> torch.device:
    """Map "auto" | "cpu" | "cuda" | "cuda:N" to a usable device, or raise with the reason."""
    if not isinstance(name, str):  # None, 5, a list from a hand-edited project
        raise AnnVizError(_UNKNOWN.format(device=name))
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cpu":
        return torch.device("cpu")
    if name == "cuda" or name.startswith("cuda:"):
        if not torch.cuda.is_available():
            raise AnnVizError(_t("Device '{device}' was asked for, but CUDA is not available on this machine.").format(
                device=name))
        index = 0 if name == "cuda" else _index(name)
        if index >= torch.cuda.device_count():
            raise AnnVizError(_t("There is no CUDA device {index}; this machine has {count}.").format(
                index=index, count=torch.cuda.device_count()))
        return torch.device("cuda", index)
    raise AnnVizError(_UNKNOWN.format(device=name))


def _index(name: str) -> int:
    try:
        digits = name.split(":", 1)[1]
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 6:  # int() takes "٣", " 1", "1_0"
            raise ValueError(digits)
        index = int(digits)
    except ValueError:
        raise AnnVizError(_UNKNOWN.format(device=name)) from None
    if index < 0:
        raise AnnVizError(_UNKNOWN.format(device=name))
    return index


def list_devices() -> list[tuple[str, str]]:
    """(device name, human description) for the CPU and every CUDA device."""
    found = [("cpu", _t("CPU"))]
    if torch.cuda.is_available():
        for i in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(i)
            found.append((f"cuda:{i}", _t("{name} ({memory:.0f} GiB)").format(name=props.name,
                                                                            memory=props.total_memory / 2**30)))
    return found
