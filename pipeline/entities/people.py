"""Who said it: a speaker's name, role and organisation from an attribution.

Attributions come in many orders: ``Ulrika Westerberg, IT-chef, Katrineholms
kommun``; ``Eva Karlberg, IT-strateg i Skellefteå kommun``; ``Margareta
Fransson, 1:e vice ordförande i regionstyrelsen i Östergötland``.  The name is
the run of capitalised words it opens with; the organisation is found with a
spaCy PhraseMatcher over every kommun, region and län of the gazetteer; the
role is what stands between them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.textutil import fold

_NAME_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéüøæ]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüøæ]+)?"
# A person's name: two to four capitalised words ("Ann-Louise Torling").
NAME_PATTERN = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
NAME_RE = re.compile(rf"^({NAME_PATTERN})(?=$|[\s,.])")


@dataclass
class Speaker:
    name: str | None
    role: str | None
    org: str | None


@lru_cache(maxsize=1)
def _matcher():
    import spacy
    from spacy.matcher import PhraseMatcher

    from pipeline import gazetteer

    nlp = spacy.blank("sv")
    # Match on folded forms, so "Norsjo kommun" finds Norsjö kommun.
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    names: set[str] = set()
    for k in gazetteer.kommuner():
        names.update({k.kommun_name, k.kommun, f"{k.kommun} kommun", f"{k.kommun}s kommun", f"{k.kommun} stad",
                      f"{k.kommun}s stad"})
    for l in gazetteer.lan():
        names.update({l.lan, l.region_name, l.lan_short, f"Region {l.lan_short}",
                      f"Regionförbundet i {l.lan}", f"Landstinget i {l.lan_short}"})
    matcher.add("ORG", [_folded_doc(nlp, n) for n in sorted(names)])
    return nlp, matcher


def _folded_doc(nlp, text: str):
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.norm_ = fold(tok.text)
    return doc


def nlp():
    return _matcher()[0]


def find_org(text: str) -> tuple[int, int, str] | None:
    """The last (longest) organisation named in ``text``: (start, end, name)."""
    tokenizer, matcher = _matcher()
    doc = _folded_doc(tokenizer, text)
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    if not spans:
        return None
    # Prefer the longest of the matches that end last.
    spans.sort(key=lambda sp: (sp.end_char, sp.end_char - sp.start_char))
    best = spans[-1]
    longest = max((sp for sp in spans if sp.end_char == best.end_char), key=lambda sp: len(sp.text))
    return longest.start_char, longest.end_char, longest.text


def official_org(text: str, section_org: str | None = None) -> str:
    """``Norsjö`` -> ``Norsjö kommun``; a name of the section's place -> the section."""
    from pipeline import gazetteer

    if section_org and (fold(section_org) == fold(text) or fold(text) in fold(section_org).split()
                        or fold(text) in fold(section_org)):
        return section_org
    m = gazetteer.lookup_organisation(text)
    if m is not None:
        return m.name
    for k in gazetteer.kommuner():
        if fold(k.kommun) == fold(text):
            return k.kommun_name
    return text


def parse_attribution(text: str, section_org: str | None = None, prepositions: tuple[str, ...] = ()) -> Speaker:
    """Split an attribution into name, role and organisation.

    >>> s = parse_attribution("Ulrika Westerberg IT-chef i Katrineholms kommun")
    >>> (s.name, s.role, s.org)
    ('Ulrika Westerberg', 'IT-chef', 'Katrineholms kommun')
    >>> s = parse_attribution("Bruno Kaufmann, Ordförande, Val- och Demokratinämnden, Falu kommun")
    >>> (s.name, s.role, s.org)
    ('Bruno Kaufmann', 'Ordförande, Val- och Demokratinämnden', 'Falu kommun')
    """
    t = re.sub(r"\s+", " ", text).strip().strip(".")
    m = NAME_RE.match(t)
    if not m:
        return Speaker(None, None, None)
    name = m.group(1)
    rest = t[m.end():].strip().lstrip(",").strip()
    if not rest:
        return Speaker(name, None, None)
    # Drop a trailing relative clause: ", som är en av landets minsta kommuner".
    rest = re.split(r",\s+(?:som|vilket|där)\s", rest)[0]
    org_hit = find_org(rest)
    role, org = rest, None
    if org_hit is not None:
        start, end, _ = org_hit
        org_text = rest[start:end]
        # Extend to what the publication printed ("Region Östergötland").
        before = rest[:start]
        m_pre = re.search(r"(Region|Landstinget i|Regionförbundet i)\s*$", before)
        if m_pre:
            start -= len(m_pre.group(0))
            org_text = rest[start:end]
        org = official_org(org_text, section_org)
        role = rest[:start]
    # The preposition before the organisation ("IT-strateg på"), also as OCR left it.
    if not prepositions:
        from pipeline.profile import load_profile

        prepositions = load_profile().role_prepositions
    preps = "|".join(re.escape(p) for p in prepositions)
    role = re.sub(r"(?:,|\s+(?:" + preps + r"))\s*$", "", role.strip()).strip().strip(",").strip()
    return Speaker(name, role or None, org)
