"""Tests of the scripts in scripts/, each loaded as a module by `script`."""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def script(name: str) -> Iterator[ModuleType]:
    """scripts/NAME.py as the module NAME while the block runs (its dataclasses look their module up
    while being made, so it is in sys.modules)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)
