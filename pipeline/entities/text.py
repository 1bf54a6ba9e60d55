"""Running text as tokens that remember what the input said.

Repaired text and raw text are kept side by side, token by token, so that a
span found in the repaired text (a quote, a sentence) can give back exactly
the input it came from for the ``*_raw`` columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from pipeline.segment.lines import Frag
from pipeline.types import Correction


@dataclass
class Tok:
    text: str  # repaired
    raw: str  # as extracted ("" when a repaired token has no raw twin)
    page: int | None
    line: int  # index of the source line


Joiner = Callable[[str, str], "tuple[str, Correction | None]"]


def frag_tokens(frag: Frag) -> list[Tok]:
    rep = frag.clean.split()
    raw = frag.raw.split()
    text_toks = frag.text.split()
    # Cleaning may have dropped furniture at the ends of the raw line; align
    # on the cleaned text's token count when repair kept it.
    if len(rep) == len(text_toks):
        if len(raw) != len(text_toks):
            raw = _align_raw(raw, text_toks)
        if len(raw) == len(rep):
            return [Tok(t, r, frag.page, frag.index) for t, r in zip(rep, raw)]
    # Repair split or merged words: keep the raw line on the first token.
    out = [Tok(t, "", frag.page, frag.index) for t in rep]
    if out:
        out[0].raw = frag.raw
    return out


def _align_raw(raw: list[str], text: list[str]) -> list[str]:
    """Drop the raw furniture tokens so that raw and text align one to one."""
    if not text:
        return []
    n = len(text)
    for start in range(0, len(raw) - n + 1):
        window = raw[start:start + n]
        if sum(a == b for a, b in zip(window, text)) >= max(1, n - 2):
            return window
    return raw


def join_frags(frags: list[Frag], joiner: Joiner, corrections: list[Correction]) -> list[Tok]:
    """Tokens of consecutive lines, joining words hyphenated at a line end."""
    toks: list[Tok] = []
    for frag in frags:
        ft = frag_tokens(frag)
        if not ft:
            continue
        if toks and toks[-1].text.endswith("-") and len(toks[-1].text) > 1 and toks[-1].text[-2].isalnum() \
                and ft[0].text[:1].isalpha():
            left, right = toks[-1], ft[0]
            # Join what the input said ("an-" + "nat"), then repair the whole
            # word: line-level repair of the halves cannot see the word.
            if left.raw.endswith("-") and right.raw and "\n" not in left.raw:
                joined, corr = joiner(left.raw, right.raw)
            else:
                joined, corr = joiner(left.text, right.text)
            if corr is not None:
                corr.page = left.page
                corrections.append(corr)
            toks[-1] = Tok(joined, (left.raw + "\n" + right.raw).strip("\n"), left.page, right.line)
            ft = ft[1:]
        toks.extend(ft)
    return toks


# "IT-användning och - utveckling": a suspended compound whose hyphen OCR
# spaced off its word; Swedish writes "och -utveckling".
_SUSPENDED = re.compile(r"\b(och|eller|samt) - (?=[a-zåäö])")


def tokens_text(toks: list[Tok]) -> str:
    return _SUSPENDED.sub(r"\1 -", " ".join(t.text for t in toks))


def tokens_raw(toks: list[Tok]) -> str:
    """The raw text of tokens, with the input's line breaks between lines."""
    out: list[str] = []
    prev_line = None
    for t in toks:
        if not t.raw:
            prev_line = t.line
            continue
        if out:
            out.append("\n" if t.line != prev_line and "\n" not in t.raw else " ")
        out.append(t.raw)
        prev_line = t.line
    return "".join(out)


def char_span_tokens(toks: list[Tok], start: int, end: int) -> list[Tok]:
    """Tokens that overlap characters ``start:end`` of :func:`tokens_text`."""
    out = []
    pos = 0
    for t in toks:
        t_start, t_end = pos, pos + len(t.text)
        if t_end > start and t_start < end:
            out.append(t)
        pos = t_end + 1
    return out
