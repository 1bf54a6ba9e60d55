"""Small pure helpers on words: skeletons, letter case, diacritic tests."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.repair.tables import SKELETON_MAP, SWEDISH_DIACRITICS

_SKELETON_TABLE = str.maketrans(SKELETON_MAP)
_URL_RE = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)|[\w.+-]+@[\w-]+\.[\w.-]+", re.I
)


def skeleton(word: str) -> str:
    """Lower-case *word* and drop the diacritics a broken font loses.

    >>> skeleton("Västerbotten")
    'vasterbotten'
    """
    if word.isascii():  # most words: no mark to drop (isascii reads a flag, translate walks a dict)
        return word.lower()
    return word.lower().translate(_SKELETON_TABLE)


def strip_diacritics(text: str) -> str:
    """Remove å/ä/ö (and é, ü, à, è) marks, keeping case: what a broken font does."""
    if text.isascii():
        return text
    return text.translate(_SKELETON_TABLE)


def has_swedish_diacritic(word: str) -> bool:
    """True when *word* holds å, ä or ö in either case."""
    return not SWEDISH_DIACRITICS.isdisjoint(word)


@lru_cache(maxsize=65536)
def case_pattern(word: str) -> str:
    """Classify the letter case of *word*: 'lower', 'title', 'upper' or 'mixed'."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return "lower"
    if all(ch.islower() for ch in letters):
        return "lower"
    if all(ch.isupper() for ch in letters):
        return "upper" if len(letters) > 1 else "title"
    if letters[0].isupper() and all(ch.islower() for ch in letters[1:]):
        return "title"
    return "mixed"


def apply_case(word: str, pattern: str) -> str:
    """Give the lower-case *word* the case *pattern* of the word it replaces."""
    if pattern == "upper":
        return word.upper()
    if pattern == "title":
        return word[:1].upper() + word[1:]
    return word


def transfer_case(source: str, target: str) -> str:
    """Copy the letter case of *source* onto *target* letter by letter.

    Used for mixed-case words of the same length ("eSamhallet" ->
    "eSamhället"); falls back on :func:`apply_case` when lengths differ.
    """
    pattern = case_pattern(source)
    if pattern != "mixed":
        return apply_case(target, pattern)
    if len(source) != len(target):
        return apply_case(target, "title" if source[:1].isupper() else "lower")
    return "".join(
        t.upper() if s.isupper() else t for s, t in zip(source, target)
    )


def looks_like_address(chunk: str) -> bool:
    """True for URLs, e-mail addresses and bare domains ("katrineholm.se")."""
    from pipeline.repair.tables import WEB_TLDS

    if _URL_RE.search(chunk):
        return True
    core = chunk.strip(".,;:!?()[]\"'”“")
    if "." in core and "/" in core:
        return True
    parts = core.lower().split(".")
    return len(parts) >= 2 and parts[-1] in WEB_TLDS and all(parts)
