"""Load the libraries that bring their own LLVM before the first OpenGL context exists.

Mesa's software OpenGL (llvmpipe, the usual GL under Xvfb, in VMs and on machines without a
GPU driver) loads the system's LLVM when a context is made. Triton (installed with the CUDA
build of PyTorch; ``torch.optim`` imports it through ``torch._dynamo``) and numba's llvmlite
carry an LLVM of their own, and loading one of them *after* Mesa's crashed the process
(segfault in ``triton._C.libtriton``, Python 3.13, Debian 13). Loaded first, both work. Each
takes a fraction of a second, paid only when a GL view is about to be made.
"""

from __future__ import annotations

import importlib
import importlib.util

# Module whose import loads the bundled LLVM, by the top-level package that must be installed.
LLVM_BUNDLES = (("triton", "triton"), ("llvmlite", "llvmlite.binding"))

_loaded = False


def load_before_opengl() -> list[str]:
    """Import every installed LLVM-bundling library (once); returns the modules imported."""
    global _loaded
    if _loaded:
        return []
    _loaded = True
    imported = []
    for package, module in LLVM_BUNDLES:
        if importlib.util.find_spec(package) is None:
            continue
        try:
            importlib.import_module(module)
        except Exception:  # a broken optional install: whoever needs it reports it
            continue
        imported.append(module)
    return imported
