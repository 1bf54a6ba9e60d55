"""Quotes: displayed pull quotes and statements inside body text.

Statement styles the profile describes:

* ``"...", säger X, IT-chef i Y.`` (a speech verb after the closing mark);
* ``"... att arbeta på, poängterar X."`` (the closing mark after the verb);
* ``X beskriver det så här: "..."`` (an introducing phrase);
* ``..., säger X.`` without quotation marks (reported speech);
* a quoted sentence with no attribution carries on the last speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.profile import Profile
from pipeline.textutil import fold, loose_pattern

from .people import NAME_PATTERN, NAME_RE, Speaker, parse_attribution
from .text import Tok, char_span_tokens, tokens_raw, tokens_text


@dataclass
class QuoteRow:
    text: str
    text_raw: str
    speaker: Speaker
    kind: str
    page: int | None
    line: int = -1  # index of the first source line, for reading order


def _marks(profile: Profile) -> tuple[str, str]:
    opens = "".join(sorted({m for m in profile.quote_open if len(m) == 1}))
    closes = "".join(sorted({m for m in profile.quote_close if len(m) == 1}))
    return opens, closes


def _verbs_re(profile: Profile) -> str:
    return "|".join(loose_pattern(v) for v in sorted(profile.speech_verbs, key=len, reverse=True))


def strip_marks(text: str, profile: Profile) -> str:
    opens, closes = _marks(profile)
    t = text.strip()
    t = t.lstrip(opens + " ")
    t = t.rstrip(" " + closes)
    t = re.sub(r"[" + re.escape(closes) + r"]+([.,]?)$", r"\1", t)
    return t.strip().rstrip(",").strip()


def pull_quote(quote_toks: list[Tok], attribution: str, section_org: str | None, profile: Profile) -> QuoteRow:
    text = strip_marks(tokens_text(quote_toks), profile)
    speaker = parse_attribution(attribution, section_org, profile.role_prepositions)
    page = next((t.page for t in quote_toks if t.page is not None), None)
    line = quote_toks[0].line if quote_toks else -1
    return QuoteRow(text, tokens_raw(quote_toks), speaker, "pull_quote", page, line)


def statements(toks: list[Tok], section_org: str | None, profile: Profile,
               last_speaker: Speaker | None = None) -> tuple[list[QuoteRow], Speaker | None]:
    """Statements in a run of body text (one or more paragraphs)."""
    text = tokens_text(toks)
    opens, closes = _marks(profile)
    verbs = _verbs_re(profile)
    out: list[QuoteRow] = []
    # 1. Quoted spans: an opening mark at a word start to a closing mark at a word end.
    spans: list[tuple[int, int]] = []
    i = 0
    open_re = re.compile(r"(?:(?<=\s)|^)[" + re.escape(opens) + r"](?=\S)")
    close_re = re.compile(r"(?<=\S)[" + re.escape(closes) + r"](?=[\s,.;:!?]|$)")
    while True:
        mo = open_re.search(text, i)
        if not mo:
            break
        mc = close_re.search(text, mo.end())
        if not mc or mc.start() - mo.end() > 1500:
            break
        spans.append((mo.start(), mc.end()))
        i = mc.end()
    covered: list[tuple[int, int]] = []
    for start, end in spans:
        inner = text[start + 1:end - 1]
        after = text[end:end + 200]
        before = text[max(0, start - 120):start]
        speaker: Speaker | None = None
        q_end = end
        # "...", säger X, role i org.
        m = re.match(r"^\s*[,.]?\s*(?:" + verbs + r")\s+([^.!?]*(?:\d:e[^.!?]*)?)[.!?]?", after, re.IGNORECASE)
        if m and NAME_RE.match(m.group(1).strip()):
            speaker = parse_attribution(m.group(1), section_org, profile.role_prepositions)
            q_end = end + m.end()
        # "... på, poängterar X." with the closing mark after the attribution.
        if speaker is None:
            m2 = re.search(r",\s*(?:" + verbs + r")\s+(" + NAME_PATTERN + r")[^.!?]*[.!?]?\s*$", inner)
            if m2:
                speaker = parse_attribution(m2.group(1), section_org, profile.role_prepositions)
                inner = inner[:m2.start()]
        # X beskriver det så här: "..."
        if speaker is None:
            intro = "|".join(loose_pattern(p) for p in profile.intro_phrases)
            m3 = re.search(r"(" + NAME_PATTERN + r")\s+(?:" + intro + r")\s*:\s*$", before)
            if m3:
                speaker = parse_attribution(m3.group(1), section_org, profile.role_prepositions)
        words = inner.split()
        if speaker is None:
            if len(words) < profile.min_words_unattributed:
                continue  # a scare quote ("en väg in")
            speaker = last_speaker
        q_toks = char_span_tokens(toks, start, end)
        out.append(QuoteRow(strip_marks(inner, profile), tokens_raw(q_toks), speaker or Speaker(None, None, None),
                            "statement", q_toks[0].page if q_toks else None, q_toks[0].line if q_toks else -1))
        covered.append((start, q_end))
        if speaker is not None and speaker.name:
            last_speaker = speaker
    # 2. Reported speech without marks: "Tydliga mötesplatser ..., säger X."
    for m in re.finditer(r"(?:(?<=[.!?]\s)|^)([A-ZÅÄÖ][^.!?\"“”]{20,}?),\s+(?:" + verbs + r")\s+("
                         + NAME_PATTERN + r")([^.!?]*)[.!?]", text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in covered):
            continue
        if any(c in m.group(1) for c in opens + closes):
            continue
        speaker = parse_attribution(m.group(2) + m.group(3), section_org, profile.role_prepositions)
        q_toks = char_span_tokens(toks, m.start(1), m.end(1))
        out.append(QuoteRow(m.group(1).strip(), tokens_raw(q_toks), speaker, "statement",
                            q_toks[0].page if q_toks else None, q_toks[0].line if q_toks else -1))
    out.sort(key=lambda q: q.line)
    return out, last_speaker


def fill_speakers(rows: list[QuoteRow], section_org: str | None) -> None:
    """Give a speaker's role and organisation where one mention lacks them."""
    known: dict[str, Speaker] = {}
    for r in rows:
        s = r.speaker
        if s.name:
            k = known.setdefault(fold(s.name), Speaker(s.name, s.role, s.org))
            k.role = k.role or s.role
            k.org = k.org or s.org
    for r in rows:
        s = r.speaker
        if s.name and fold(s.name) in known:
            k = known[fold(s.name)]
            if s.role and k.role and fold(s.role) == fold(k.role):
                s.role = k.role  # one spelling per speaker ("IT-Chef" / "IT-chef")
            s.role = s.role or k.role
            s.org = s.org or k.org
        if s.name and not s.org:
            s.org = section_org
