"""The repair stage as the rest of the pipeline calls it.

:mod:`pipeline.repair` does the real work; when it is not importable (a
partial checkout) a minimal repair keeps the pipeline running: ftfy and NFC
only, every change still recorded.
"""
from __future__ import annotations

import ftfy

from pipeline.segment.columns import is_word
from pipeline.textutil import nfc
from pipeline.types import Correction

try:  # pragma: no cover - exercised whichever way the package is built
    from pipeline.repair import join_hyphenated as _join
    from pipeline.repair import repair_lines as _repair_lines

    HAVE_REPAIR = True
except ImportError:  # pragma: no cover
    HAVE_REPAIR = False


def repair_lines(lines: list[str]) -> tuple[list[str], list[list[Correction]]]:
    if HAVE_REPAIR:
        return _repair_lines(lines)
    out, corr = [], []
    for line in lines:
        fixed = nfc(ftfy.fix_text(line))
        out.append(fixed)
        corr.append([Correction(line, fixed, "mojibake", 0.9)] if fixed != line else [])
    return out, corr


def join_hyphenated(left: str, right: str) -> tuple[str, Correction | None]:
    if HAVE_REPAIR:
        return _join(left, right)
    stem = left[:-1]
    if right[:1].islower() and is_word(stem + right.rstrip(".,;:!?”\"")):
        joined = stem + right
        return joined, Correction(f"{left} {right}", joined, "dehyphenation", 0.8)
    return left + right, None


def repair_stream(lines):
    """One repaired line for each input line (for ``pipeline repair``)."""
    if HAVE_REPAIR:
        from pipeline.repair import repair_stream as _stream

        yield from _stream(lines)
        return
    for line in lines:
        yield repair_lines([line])[0][0]
