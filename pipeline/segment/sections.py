"""Find the organisation sections of a publication.

A section starts at an organisation heading printed in capitals
(``KATRINEHOLMS KOMMUN``, ``REGION VASTERBOTTEN``), normally followed by a
population line (``Invånare 33 268``), and runs to the next heading.  What
comes before the first heading is front matter (title, foreword); a
publication-level list (``AVSLUTANDE TIPS``) ends the last section.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.profile import Profile
from pipeline.textutil import fold
from pipeline.types import Line

# How many non-blank lines after a heading may come before its population line.
_POPULATION_WINDOW = 3


@dataclass
class Section:
    kind: str  # "front" | "organisation" | "publication_list"
    start: int  # index of the first line (the heading for organisations)
    end: int  # exclusive
    heading_raw: str | None = None
    heading_index: int | None = None
    population: int | None = None
    population_index: int | None = None
    # Filled from the gazetteer (or the fallback rules) for organisations.
    name: str | None = None
    org_type: str | None = None
    municipality_code: str | None = None
    county: str | None = None
    extra: dict = field(default_factory=dict)


def _is_caps_heading(text: str) -> bool:
    s = text.strip()
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 4 or len(s.split()) > 7:
        return False
    return all(not c.islower() for c in letters)


def match_organisation(text: str, profile: Profile):
    """Look a heading up in the gazetteer; fall back on the profile's heading words."""
    from pipeline import gazetteer

    m = gazetteer.lookup_organisation(text)
    if m is not None:
        return m.name, m.org_type, m.code, m.county
    words = fold(text).split()
    for w in words:
        if w in profile.org_heading_words:
            return _title_case_name(text), profile.org_heading_words[w], None, None
    return None


def _title_case_name(text: str) -> str:
    """``NYA KOMMUNEN`` -> ``Nya kommunen`` (used only when the gazetteer fails)."""
    s = re.sub(r"\s+", " ", text.replace("|", "I")).strip().lower()
    return s[:1].upper() + s[1:]


def _population_after(lines: list[Line], i: int, profile: Profile) -> tuple[int | None, int | None]:
    seen = 0
    j = i + 1
    while j < len(lines) and seen < _POPULATION_WINDOW:
        t = lines[j].text.strip()
        if t:
            seen += 1
            pop = profile.population_of(t)
            if pop is not None:
                return pop, j
        j += 1
    return None, None


def find_sections(lines: list[Line], profile: Profile) -> list[Section]:
    """Split the document's lines into front matter, organisations and lists."""
    marks: list[Section] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        label = profile.label_of(text)
        if label is not None and label[0] == "publication_tips":
            marks.append(Section(kind="publication_list", start=i, end=-1, heading_raw=text, heading_index=i))
            continue
        if label is not None or len(text.split()) > 7:
            continue
        # A heading is printed in capitals or marked as one by the PDF reader;
        # in plain text a line in small letters ("Katrineholms kommun") counts
        # when the gazetteer knows it and a population line follows.
        caps = _is_caps_heading(text) or line.role == "heading"
        if not caps and not (text[:1].isupper() and len(text.split()) <= 5 and not text.endswith((".", ","))):
            continue
        pop, pop_i = _population_after(lines, i, profile)
        if line.role not in (None, "heading") and pop is None:
            continue
        org = match_organisation(text, profile)
        if org is None or (not caps and (pop is None or org[2] is None)):
            continue
        # Without a population line a heading counts only if the gazetteer
        # knows it as an organisation (not merely by its words).
        if pop is None and org[2] is None:
            continue
        name, org_type, code, county = org
        marks.append(
            Section(
                kind="organisation", start=i, end=-1, heading_raw=text, heading_index=i,
                population=pop, population_index=pop_i, name=name, org_type=org_type,
                municipality_code=code, county=county,
            )
        )
    sections: list[Section] = []
    first = marks[0].start if marks else len(lines)
    if first > 0:
        sections.append(Section(kind="front", start=0, end=first))
    for k, sec in enumerate(marks):
        sec.end = marks[k + 1].start if k + 1 < len(marks) else len(lines)
        sections.append(sec)
    return sections
