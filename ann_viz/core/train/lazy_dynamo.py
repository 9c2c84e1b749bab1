"""Construct torch optimizers without importing ``torch._dynamo`` (about 800 modules, 1-2 s).

``torch.optim.Optimizer`` wraps ``add_param_group``, ``zero_grad``, ``state_dict`` and
``load_state_dict`` in ``torch._disable_dynamo``, whose first call imports ``torch._dynamo`` only
to mark them "do not compile". Nothing can be compiling before ``torch._dynamo`` exists, so
until then calling the plain function is exactly the same; once it is imported (by
``torch.export``, ONNX, or an optimizer's ``step``), the real wrapper takes over. The app's
first trainer is then ready as soon as torch is imported, and ``ann-viz train`` with plain
SGD never imports the compiler stack at all.

Relies on a private detail of ``torch._disable_dynamo`` (it caches the disabled function as
``fn.__dynamo_disable``); where that detail differs, nothing is changed and torch behaves as
it always does.
"""

from __future__ import annotations

import sys
import threading

import torch

_WRAPPED = ("add_param_group", "zero_grad", "state_dict", "load_state_dict")
_CACHE = "__dynamo_disable"  # the attribute torch._compile._disable_dynamo caches its wrapper in
_lock = threading.Lock()
_installed = False


def install() -> list[str]:
    """Defer ``torch._dynamo`` in the optimizer methods above (once); returns the methods changed."""
    global _installed
    with _lock:
        if _installed:
            return []
        _installed = True
        return [name for name in _WRAPPED if _defer(getattr(torch.optim.Optimizer, name, None))]


def _defer(method) -> bool:
    plain = getattr(method, "__wrapped__", None)
    if plain is None or getattr(plain, _CACHE, None) is not None:
        return False  # not the wrapper we know, or already resolved: leave torch's own behaviour
    setattr(plain, _CACHE, _until_dynamo(plain))
    return True


def _until_dynamo(plain):
    def call(*args, **kwargs):
        dynamo = sys.modules.get("torch._dynamo")
        if dynamo is None or getattr(dynamo.__spec__, "_initializing", False):
            return plain(*args, **kwargs)  # no compiler loaded (yet): nothing can be tracing this call
        disabled = dynamo.disable(plain, recursive=True, wrapping=False)
        setattr(plain, _CACHE, disabled)  # from now on, torch's own wrapper
        return disabled(*args, **kwargs)

    return call


def prepay() -> None:
    """Import ``torch._dynamo`` now (an optimizer's ``step`` needs it), off the GUI thread's path."""
    import torch._dynamo  # noqa: F401
