"""Spec of a publication of the genre, and the table rows it should give.

A :class:`Publication` says both what to print (the renderer reads it) and
what the pipeline should find (:func:`expected_tables`): the spec is the
ground truth of the round-trip tests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Statement:
    """A quote inside a body paragraph ("...", säger X)."""

    text: str  # without the quotation marks
    speaker: str


@dataclass
class Para:
    text: str  # as printed, quotation marks included
    statements: list[Statement] = field(default_factory=list)


@dataclass
class PullQuote:
    text: str  # without the quotation marks
    name: str
    role: str | None = None  # printed after the name: "Ulrika Westerberg, IT-chef, ..."
    org: str | None = None  # printed on a line of its own, or after the role
    after: int = 1  # placed after this many body paragraphs


@dataclass
class Video:
    caption: str  # "Intervju med ..."
    url: str
    after: int = 2


@dataclass
class ReadMore:
    title: str
    url: str


@dataclass
class Contact:
    name: str
    phones: list[str]  # as printed: "0150-576 25"
    email: str | None = None


@dataclass
class Box:
    label: str  # as printed: "ERFARENHETER KATRINEHOLM"
    heading: str  # as the experiences table gives it: "Erfarenheter Katrineholm"
    kind: str  # experience | success_factor | tip
    items: list[str]


@dataclass
class Section:
    heading: str  # as printed, in capitals: "KATRINEHOLMS KOMMUN"
    name: str  # organisations.name: "Katrineholms kommun"
    population: int
    paragraphs: list[Para]
    population_label: str = "Invånare"  # or "Antal invånare:"
    pull_quotes: list[PullQuote] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    box: Box | None = None
    read_more_label: str = "LÄS VIDARE"
    read_more: list[ReadMore] = field(default_factory=list)
    contact_label: str = "KONTAKT"
    contacts: list[Contact] = field(default_factory=list)
    columns: int = 1
    phone_style: str = "icon"  # icon (☎ / ✉) or label (Tel: / E-post:)


@dataclass
class Publication:
    title: str
    running_header: str
    foreword: list[Para]
    signature: list[str]  # name, role, organisation under the foreword
    sections: list[Section]
    closing: Box | None = None  # AVSLUTANDE TIPS, publication level
    publisher: str = "Sveriges Kommuner och Landsting"


# --------------------------------------------------------------------------
# expected rows


def phone_e164(printed: str) -> str:
    """Swedish phone number as printed into E.164 ("0150-576 25" -> "+4615057625")."""
    digits = re.sub(r"\D", "", printed)
    return "+46" + digits[1:] if digits.startswith("0") else "+" + digits


def expected_tables(pub: Publication) -> dict[str, list[dict]]:
    """Rows the pipeline should produce, with ``org`` as the organisation name
    (None outside any section) instead of an id."""
    t: dict[str, list[dict]] = {k: [] for k in ("organisations", "quotes", "experiences", "contacts", "links", "paragraphs")}
    for p in pub.foreword:
        t["paragraphs"].append({"org": None, "text": p.text})
        for s in p.statements:
            t["quotes"].append({"org": None, "text": s.text, "speaker_name": s.speaker, "kind": "statement"})
    for sec in pub.sections:
        org = sec.name
        t["organisations"].append({"name": sec.name, "population": sec.population})
        for p in sec.paragraphs:
            t["paragraphs"].append({"org": org, "text": p.text})
            for s in p.statements:
                t["quotes"].append({"org": org, "text": s.text, "speaker_name": s.speaker, "kind": "statement"})
        for q in sec.pull_quotes:
            t["quotes"].append({"org": org, "text": q.text, "speaker_name": q.name, "kind": "pull_quote"})
        if sec.box:
            for i, item in enumerate(sec.box.items, 1):
                t["experiences"].append({"org": org, "kind": sec.box.kind, "position": i, "text": item})
        for v in sec.videos:
            t["links"].append({"org": org, "url": v.url, "kind": "video", "label": v.caption})
        for r in sec.read_more:
            t["links"].append({"org": org, "url": r.url, "kind": "read_more", "label": r.title})
        for c in sec.contacts:
            phones = [phone_e164(p) for p in c.phones]
            t["contacts"].append({"org": org, "name": c.name, "phone": phones[0] if phones else None, "email": c.email})
            if c.email:
                # the label is the words under the annotation: the address itself
                t["links"].append({"org": org, "url": f"mailto:{c.email}", "kind": "email", "label": c.email})
    if pub.closing:
        for i, item in enumerate(pub.closing.items, 1):
            t["experiences"].append({"org": None, "kind": pub.closing.kind, "position": i, "text": item})
    return t


def person_names(pub: Publication) -> list[str]:
    """Every person's name in the spec: speakers, pull-quote names, contacts."""
    names = [s.speaker for p in pub.foreword for s in p.statements]
    for sec in pub.sections:
        names += [s.speaker for p in sec.paragraphs for s in p.statements]
        names += [q.name for q in sec.pull_quotes] + [c.name for c in sec.contacts]
    return [n for n in names if n]


def as_printed_names(tables: dict[str, list[dict]], pub: Publication, is_known, strip) -> dict[str, list[dict]]:
    """Expected rows for a text layer that lost its diacritics.

    A word of a person's name that no lexicon knows ("Rudehäll") cannot be
    restored by anyone, and repair must leave it alone: such words are
    expected as printed (``strip``-ped) wherever they occur.
    """
    lost = {}
    for name in person_names(pub):
        for word in re.findall(r"[^\W\d_]+", name):
            if strip(word) != word and not is_known(word.lower()):
                lost[word] = strip(word)
    if not lost:
        return tables
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(lost, key=len, reverse=True))) + r")\b")
    out = {}
    for table, rows in tables.items():
        out[table] = [{k: pattern.sub(lambda m: lost[m.group(1)], v) if isinstance(v, str) else v
                       for k, v in row.items()} for row in rows]
    return out


def body_text_lines(pub: Publication) -> list[str]:
    """Every body paragraph's text, for checks on the reader alone."""
    return [p.text for p in pub.foreword] + [p.text for s in pub.sections for p in s.paragraphs]
