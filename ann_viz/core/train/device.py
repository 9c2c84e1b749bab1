"""Pick the compute device: CUDA when available (as the notes do), else the CPU."""

from __future__ import annotations

import torch

from ..errors import AnnVizError


def resolve_device(name: str = "auto") -> torch.device:
    """Map "auto" | "cpu" | "cuda" | "cuda:N" to a usable device, or raise with the reason."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cpu":
        return torch.device("cpu")
    if name == "cuda" or name.startswith("cuda:"):
        if not torch.cuda.is_available():
            raise AnnVizError(f"Device '{name}' was asked for, but CUDA is not available on this machine.")
        index = 0 if name == "cuda" else _index(name)
        if index >= torch.cuda.device_count():
            raise AnnVizError(f"There is no CUDA device {index}; this machine has "
                              f"{torch.cuda.device_count()}.")
        return torch.device("cuda", index)
    raise AnnVizError(f"Unknown device '{name}': use auto, cpu, cuda or cuda:N.")


def _index(name: str) -> int:
    try:
        index = int(name.split(":", 1)[1])
    except ValueError:
        raise AnnVizError(f"Unknown device '{name}': use auto, cpu, cuda or cuda:N.") from None
    if index < 0:
        raise AnnVizError(f"Unknown device '{name}': use auto, cpu, cuda or cuda:N.")
    return index


def list_devices() -> list[tuple[str, str]]:
    """(device name, human description) for the CPU and every CUDA device."""
    found = [("cpu", "CPU")]
    if torch.cuda.is_available():
        for i in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(i)
            found.append((f"cuda:{i}", f"{props.name} ({props.total_memory / 2**30:.0f} GiB)"))
    return found
