"""Classify single lines and clean page furniture off them.

Everything here works on the text as extracted (before repair) and compares
through :func:`pipeline.textutil.fold`, so OCR's lost diacritics do not
matter.  Cleaning returns the cleaned text and the corrections it made.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.profile import Profile
from pipeline.textutil import is_url_line
from pipeline.types import Correction

_LETTER = re.compile(r"[^\W\d_]")
_WORD3 = re.compile(r"[^\W\d_]{3,}")
_PHONE_CHARS = re.compile(r"^[\d\s\-–()+/.]+$")
_EMAIL = re.compile(r"^[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+$")
# Swedish one-letter words that may stand alone at a line's start or end.
_ONE_LETTER_WORDS = {"i", "I", "å", "Å", "ö", "Ö"}
_TERMINAL = (".", "!", "?", ":", "”", '"', "»")


@dataclass
class Frag:
    """A line, or the part of a line that belongs to one column."""

    raw: str  # as extracted
    text: str  # furniture removed, not yet repaired
    page: int | None
    index: int  # index of the source line in Document.lines
    corrections: list[Correction] = field(default_factory=list)
    repaired: str | None = None  # filled by the repair step

    @property
    def clean(self) -> str:
        return self.repaired if self.repaired is not None else self.text


def is_junk(text: str) -> bool:
    """A line with no word of three letters or more (``| |``, ``R e``, ``1``)."""
    t = text.strip()
    if not t:
        return False
    if is_url_line(t):
        return False
    return _WORD3.search(t) is None and sum(c.isdigit() for c in t) < 6


def _is_junk_token(tok: str) -> bool:
    if tok.endswith("-") and len(tok) > 1:
        return False  # a hyphenated word broken at the line end ("13-" for "lä-")
    if _LETTER.search(tok) is None:
        return not re.fullmatch(r"\d{1,4}[.,:]?\d*", tok) or len(tok) <= 1
    letters = _LETTER.findall(tok)
    return len(letters) == 1 and len(tok) <= 3 and tok not in _ONE_LETTER_WORDS and not tok.isdigit()


def clean_line(raw: str, profile: Profile | None = None) -> tuple[str, list[Correction]]:
    """Remove page furniture at the ends of a line and read ``|`` as ``I``.

    >>> clean_line("| Falun vill man vanda pa tanken")[0]
    'I Falun vill man vanda pa tanken'
    >>> clean_line("att det ar en demokrati- \\\\ |8")[0]
    'att det ar en demokrati-'
    >>> clean_line("B liksom samverkan med andra")[0]
    'liksom samverkan med andra'
    """
    corrections: list[Correction] = []
    text = raw.strip()
    toks = text.split()
    # Trailing furniture: stray bars, stray figures after a hyphen, lone letters.
    while len(toks) > 1 and (_is_junk_token(toks[-1]) or toks[-1] in {"|", "\\", "."}):
        if re.fullmatch(r"\d+", toks[-1]) and not toks[-2].endswith("-"):
            break
        corrections.append(Correction(toks[-1], "", "other", 0.7))
        toks.pop()
    # Leading furniture: a lone capital that is not a Swedish word.
    while len(toks) > 1 and len(toks[0]) == 1 and toks[0].isalpha() and toks[0].isupper() \
            and toks[0] not in _ONE_LETTER_WORDS and toks[1][:1].islower():
        corrections.append(Correction(toks[0], "", "other", 0.7))
        toks.pop(0)
    # Leading fragments of the neighbour column ("ynp 5 Det ska ..."): short
    # non-words before a capitalised word.
    from pipeline.profile import load_profile

    from .columns import is_word

    profile = profile or load_profile()
    markers = set(profile.bullet_markers) | set(profile.icon_chars) | {"|"}
    lead = 0
    while lead < len(toks) - 1 and len(toks[lead]) <= 3 and not is_word(toks[lead]) \
            and toks[lead] not in _ONE_LETTER_WORDS and not toks[lead].endswith("-") \
            and toks[lead] not in markers \
            and not toks[lead][:1] in "\"“”»«'":
        lead += 1
    if 0 < lead < len(toks) and toks[lead][:1].isupper() \
            and any(_LETTER.search(t) is None for t in toks[:lead]):
        for t in toks[:lead]:
            corrections.append(Correction(t, "", "other", 0.6))
        toks = toks[lead:]
    # "|" standing for a capital I (the OCR engine reads the serif I as a bar).
    out = []
    for k, tok in enumerate(toks):
        if tok == "|" and k + 1 < len(toks) and toks[k + 1][:1].isalpha():
            repl = "I" if k == 0 or toks[k - 1].endswith((".", "!", "?")) else "i"
            if toks[k + 1].isupper():
                repl = "I"
            corrections.append(Correction("|", repl, "ocr_confusion", 0.9))
            out.append(repl)
        elif tok.startswith("|") and len(tok) > 1 and tok[1:2].islower():
            corrections.append(Correction(tok, "I" + tok[1:], "ocr_confusion", 0.85))
            out.append("I" + tok[1:])
        else:
            out.append(tok)
    return " ".join(out), corrections


def bullet_rest(text: str, profile: Profile) -> str | None:
    """If ``text`` starts a list item, return the item's text without the bullet."""
    t = text.strip()
    for m in profile.bullet_markers:
        if t.startswith(m + " ") and len(t) > len(m) + 1:
            rest = t[len(m) + 1:].lstrip()
            if m.isalpha() or m in {"-", "–"}:
                # An OCR'd bullet ("e", "o") must be followed by a capital.
                if not (rest[:1].isupper() or rest[:1] == "|"):
                    continue
            return rest
    return None


def strip_icons(text: str, profile: Profile) -> str:
    """A contact value without the icon printed before it (as OCR read it)."""
    t = text.strip()
    changed = True
    while changed and t:
        changed = False
        for icon in profile.icon_chars:
            if t.startswith(icon):
                t = t[len(icon):].lstrip()
                changed = True
    # An icon OCR read as some other lone character ("7 0980-700 00"): a
    # Swedish number in national form starts with 0.
    m = re.match(r"^\S\s+(?=[0+]\d)", t)
    return t[m.end():] if m else t


def email_of(text: str, profile: Profile) -> str | None:
    """The e-mail address on a contact line, mending an @ that OCR misread."""
    t = strip_icons(text, profile)
    if _EMAIL.match(t):
        return t
    if "@" in t:
        return None
    found = []
    # Longest misreading first ("ÖQ" before "Q"); an address is ASCII in
    # practice, so one that leaves a stray "Ö" is the worse reading.
    for wrong in sorted(profile.email_at_ocr, key=len, reverse=True):
        if t.count(wrong) == 1:
            cand = t.replace(wrong, "@")
            if _EMAIL.match(cand):
                found.append(cand)
    return min(found, key=lambda c: (not c.isascii(), found.index(c))) if found else None


def is_phone_line(text: str, profile: Profile) -> bool:
    t = strip_icons(text, profile)
    if not t:
        return False
    parts = re.split(r"\s+(?:" + "|".join(re.escape(s) for s in profile.alt_separators) + r")\s+", t)
    return all(_PHONE_CHARS.match(p) and sum(c.isdigit() for c in p) >= 6 for p in parts)


def is_email_line(text: str, profile: Profile) -> bool:
    return email_of(text, profile) is not None


def ends_complete(text: str) -> bool:
    """Does a fragment end a sentence (so what follows may start a new one)?"""
    t = text.rstrip()
    if not t:
        return True
    if t.endswith(("”,", '",', ",")):
        return False
    return t.endswith(_TERMINAL) or t.endswith(".”") or t.endswith('."')


def ends_with_hyphen(text: str) -> bool:
    t = text.rstrip()
    return len(t) > 2 and t.endswith("-") and t[-2].isalpha()


def last_word(text: str) -> str:
    toks = text.split()
    return toks[-1] if toks else ""


def first_word(text: str) -> str:
    toks = text.split()
    return toks[0] if toks else ""


def is_name_like(text: str) -> bool:
    """Two to four capitalised words: a person's name (``Ann-Louise Torling``)."""
    t = text.strip().rstrip(",")
    words = t.split()
    if not 2 <= len(words) <= 4:
        return False
    return all(re.fullmatch(r"[A-ZÅÄÖÉ][^\W\d_]+(?:-[A-ZÅÄÖÉ][^\W\d_]+)?", w) for w in words) \
        and not t.isupper()


