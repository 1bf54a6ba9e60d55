"""Decoding and Unicode clean-up of one line (before any word repair).

Each fix is a small pure function ``str -> str``; :func:`fix_unicode`
chains them and reports what changed.
"""
from __future__ import annotations

import re
import unicodedata

import ftfy

from pipeline.repair.tables import INVISIBLE_CHARS, LIGATURES, ODD_SPACES, SPACING_MARKS

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization=None,
    max_decode_length=1_000_000,
    explain=False,
)
_SPACE_TABLE = {ord(ch): " " for ch in ODD_SPACES}
_SPACE_TABLE.update({ord(ch): None for ch in INVISIBLE_CHARS})
_SPACE_TABLE.update({ord(k): v for k, v in LIGATURES.items()})
# A base letter, optional space, then a spacing or combining mark that a PDF
# placed after the letter it belongs to ("a¨" / "a \u0308" -> "ä").
_DETACHED_MARK_RE = re.compile(r"([AOUEaoue]) ?([¨˚´])")
_SPACE_BEFORE_COMBINING_RE = re.compile(r"([AOUEaoue]) ([\u0308\u030a\u0301])")


# Text made only of these characters has nothing for ftfy to fix: every
# wrong decoding it undoes leaves a character outside this set (Ã, Â, â,
# √, ├, control characters, U+FFFD), except a lead Ä or Å before a
# Windows-1252 punctuation mark ("Ä…" for "ą"), checked apart.
_PLAIN_RE = re.compile("[\t\x20-\x7e\xa0åäöÅÄÖéÉèÈüÜ\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*")
_LEAD_BEFORE_CP1252 = re.compile("[ÄÅ][\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]")


def fix_mojibake(text: str) -> str:
    """Undo wrong decodings ("fÃ¶r" -> "för") with ftfy, nothing else.

    Plain Swedish text (:data:`_PLAIN_RE`) is returned as it is without
    calling ftfy, which is the slowest step of repair.
    """
    if _PLAIN_RE.fullmatch(text) and not _LEAD_BEFORE_CP1252.search(text):
        return text
    return ftfy.fix_text(text, _FTFY_CONFIG)


def normalize_spaces(text: str) -> str:
    """Odd spaces -> plain space; drop zero-width chars and soft hyphens; expand ligatures."""
    return text.translate(_SPACE_TABLE)


def reattach_marks(text: str) -> str:
    """Join spacing diacritics and stray combining marks to their letter."""
    text = _DETACHED_MARK_RE.sub(lambda m: m.group(1) + SPACING_MARKS[m.group(2)], text)
    return _SPACE_BEFORE_COMBINING_RE.sub(r"\1\2", text)


def compose(text: str) -> str:
    """Unicode NFC, so that 'a' + U+0308 becomes one 'ä'."""
    return unicodedata.normalize("NFC", text)


def fix_unicode(text: str) -> tuple[str, str | None]:
    """Apply every fix; return the text and the kind of change (or None).

    The kind is ``"mojibake"`` when ftfy changed the decoding, ``"other"``
    for the remaining normalisations.
    """
    fixed = fix_mojibake(text)
    kind = "mojibake" if fixed != text else None
    out = compose(reattach_marks(normalize_spaces(fixed)))
    if kind is None and out != text:
        kind = "other"
    return out, kind
