"""Child processes for export tests: Python source that blocks imports there."""

from __future__ import annotations


def block_imports(*names: str) -> str:
    """Python source that makes importing any of ``names`` (or ann_viz) fail in a child process."""
    # A spec whose loader fails (not a failing find_spec: torch probes optional packages with find_spec).
    return f"""
import importlib.machinery, sys
class _Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {tuple(names) + ("ann_viz",)!r}:
            return importlib.machinery.ModuleSpec(name, self)
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        raise ImportError("blocked in this test: " + module.__name__)
sys.meta_path.insert(0, _Blocked())
"""
