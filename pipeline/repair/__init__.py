"""Swedish text repair: mojibake, OCR confusions, lost diacritics, hyphenation.

Public API::

    repair_line(text) -> (text, corrections)
    repair_lines(lines) -> (lines, corrections per line)
    join_hyphenated(left, right) -> (word, correction or None)
    repair_stream(lines) -> iterator of repaired lines

The hot modules may be compiled with mypyc at install time (``setup.py``);
:func:`native_modules` tells which are.
"""
import importlib.machinery
import warnings
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_STALE_AFTER = 2.0  # seconds: a wheel install writes both files within this


def native_modules(folder: Path = _HERE) -> dict[str, str]:
    """Each module in *folder* (this package) that has a compiled copy: "compiled" or "stale".

    "stale" means the source was edited after the compile, so the compiled
    copy, which Python imports first, no longer runs what the source says.
    """
    out: dict[str, str] = {}
    suffixes = sorted(importlib.machinery.EXTENSION_SUFFIXES, key=len, reverse=True)
    for so in folder.iterdir():
        suffix = next((x for x in suffixes if so.name.endswith(x)), None)
        if suffix is None:
            continue
        name = so.name[: -len(suffix)]
        src = folder / (name + ".py")
        stale = src.exists() and src.stat().st_mtime > so.stat().st_mtime + _STALE_AFTER
        out[name] = "stale" if stale else "compiled"
    return out


_stale = sorted(m for m, state in native_modules().items() if state == "stale")
if _stale:
    warnings.warn(
        f"pipeline.repair: compiled module(s) {', '.join(_stale)} older than the source, running "
        "old code; run `pip install -e .` again (or delete pipeline/repair/*.so to run the "
        "sources)", RuntimeWarning, stacklevel=2)

from pipeline.repair.core import join_hyphenated, repair_line, repair_lines, repair_stream

__all__ = ["join_hyphenated", "native_modules", "repair_line", "repair_lines", "repair_stream"]
