"""One document through the stages: segment, repair, entities, rows.

:func:`document_tables` is a pure function from a :class:`Document` to the
rows of every table; file reading and writing stay in :mod:`pipeline.api`
and :mod:`pipeline.export`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline import __version__
from pipeline import gazetteer
from pipeline.entities import contacts as E_contacts
from pipeline.entities import links as E_links
from pipeline.entities import quotes as E_quotes
from pipeline.entities.text import Tok, join_frags, tokens_raw, tokens_text
from pipeline.profile import Profile, load_profile
from pipeline.repair import join_hyphenated, repair_lines
from pipeline.segment import SegmentedSection, segment
from pipeline.segment.blocks import column_width
from pipeline.segment.lines import Frag, ends_complete
from pipeline.textutil import fold, nfc
from pipeline.types import Correction, Document

Rows = dict[str, list[dict[str, Any]]]


def _all_frags(sections: list[SegmentedSection]) -> tuple[list[Frag], set[int], set[int]]:
    """Every fragment in reading order, the indices of those that start a unit, and of those that start advice.

    A unit is a heading, a list item, an attribution, or a block other than
    running text: its words do not continue the sentence before it.
    Consecutive paragraph blocks are not cut apart (a paragraph may run on
    across a column or page).  Advice is an item of a box (experiences,
    success factors, tips), often in the imperative.
    """
    out: list[Frag] = []
    starts: set[int] = set()
    advice: set[int] = set()
    for ss in sections:
        prev_kind = None  # a section starts with its heading
        for b in ss.blocks:
            if b.heading:
                starts.add(len(out))
            out.extend(b.heading)
            if b.kind != "paragraph" or prev_kind != "paragraph" or b.heading:
                starts.add(len(out))
            out.extend(b.frags)
            for it in b.items:
                starts.add(len(out))
                if b.kind == "box":
                    advice.add(len(out))
                out.extend(it)
            if b.attribution:
                starts.add(len(out))
            out.extend(b.attribution)
            prev_kind = b.kind
    return out, {i for i in starts if 0 < i < len(out)}, advice


def _repair(frags: list[Frag], starts: set[int] = frozenset(),
            advice: set[int] = frozenset(), scanned: bool = False) -> list[list[Correction]]:
    fixed, corr = repair_lines([f.text for f in frags], breaks=starts, advice=advice, scanned=scanned)
    for f, t in zip(frags, fixed):
        f.repaired = nfc(t)
    return corr


@lru_cache(maxsize=1)
def _places_by_fold() -> dict[str, str]:
    return {fold(p): p for p in gazetteer.place_names()}


def sentence_case(text: str) -> str:
    """``FÖR DIGITAL DELAKTIGHET`` -> ``För digital delaktighet``; place names keep capitals."""
    if any(c.islower() for c in text):
        return text
    words = text.split()
    places = _places_by_fold()
    out: list[str] = []
    k = 0
    while k < len(words):
        for n in (3, 2, 1):
            chunk = " ".join(words[k:k + n])
            place = places.get(fold(chunk)) if len(words[k:k + n]) == n else None
            # A place matches exactly, or by its folded form when the chunk
            # has lost its diacritics ("VASTERBOTTEN"); "VÅRA" is not "Vara".
            if place and (chunk.lower() == place.lower() or fold(chunk) == chunk.lower()):
                out.append(place)
                k += n
                break
        else:
            w = words[k].lower()
            out.append(w.capitalize() if k == 0 else w)
            k += 1
    return " ".join(out)


def _is_signature(para: list[Frag], after_name: bool) -> bool:
    """The name, role and organisation under a foreword: short lines, a name first."""
    from pipeline.segment.lines import is_name_like

    return all(len(f.text) < 50 for f in para) and (after_name or is_name_like(para[0].clean))


def _paragraphs(frags: list[Frag], width: float | None) -> list[list[Frag]]:
    """Split a run of body lines where a short line ends a sentence.

    Only for text without geometry (``width`` known): a PDF reader has
    already separated paragraphs by their spacing.
    """
    if width is None:
        return [frags] if frags else []
    paras: list[list[Frag]] = [[]]
    for f in frags:
        paras[-1].append(f)
        t = f.text.rstrip()
        if ends_complete(t) and len(t) < 0.8 * width and not t.endswith(","):
            paras.append([])
    return [p for p in paras if p]


TABLES = ("organisations", "quotes", "experiences", "contacts", "links", "paragraphs", "corrections")


def document_tables(doc: Document, profile: Profile | None = None) -> Rows:
    """Rows of every table for one document."""
    return _Builder(doc, profile or load_profile()).build()


class _Builder:
    """Turns one document's segmented blocks into rows, one method per block kind."""

    def __init__(self, doc: Document, profile: Profile):
        self.doc, self.p = doc, profile
        self.pid = doc.publication_id
        self.rows: Rows = {k: [] for k in TABLES}
        self._n = {k: 0 for k in TABLES}
        self._paragraphs_in: dict[str | None, int] = {}
        self.width = column_width(doc.lines)

    def new_id(self, table: str, prefix: str) -> str:
        self._n[table] += 1
        return f"{self.pid}-{prefix}{self._n[table]:04d}"

    def correction(self, c: Correction, org_id: str | None, page: int | None) -> None:
        self.rows["corrections"].append({
            "publication_id": self.pid, "org_id": org_id, "page": c.page if c.page is not None else page,
            "original": c.original, "corrected": c.corrected, "kind": c.kind, "confidence": float(c.confidence)})

    def build(self) -> Rows:
        sections = segment(self.doc, self.p)
        frags, starts, advice = _all_frags(sections)
        # pages read by OCR from their images (Tesseract's own misreadings)
        line_corr = _repair(frags, starts, advice, scanned=self.doc.input_kind in ("pdf_ocr", "pdf_mixed"))
        # Link annotations' labels, repaired together (one call: document context).
        label_texts = sorted({a.label for a in self.doc.links if a.label})
        fixed, _ = repair_lines([re.sub(r"\s+", " ", t).strip() for t in label_texts])
        self.labels = {t: nfc(f) for t, f in zip(label_texts, fixed)}
        frag_org: dict[int, str | None] = {}
        org_pos = 0
        for ss in sections:
            org_id = None
            if ss.section.kind == "organisation":
                org_pos += 1
                org_id = self.organisation(ss, org_pos)
            for b in ss.blocks:
                for f in b.heading + b.frags + [x for it in b.items for x in it] + b.attribution:
                    frag_org[id(f)] = org_id
            self.section(ss, org_id)
        for f, corr in zip(frags, line_corr):
            for c in f.corrections + corr:
                self.correction(c, frag_org.get(id(f)), f.page)
        self.rows["publications"] = [self.publication()]
        return self.rows

    def organisation(self, ss: SegmentedSection, position: int) -> str:
        sec = ss.section
        org_id = f"{self.pid}-org{position:02d}"
        pages = [self.doc.lines[i].page for i in range(sec.start, sec.end) if self.doc.lines[i].page is not None]
        self.rows["organisations"].append({
            "publication_id": self.pid, "org_id": org_id, "name": sec.name, "name_raw": sec.heading_raw,
            "org_type": sec.org_type, "population": sec.population, "municipality_code": sec.municipality_code,
            "county": sec.county, "position": position,
            "page_start": min(pages) if pages else None, "page_end": max(pages) if pages else None})
        return org_id

    def section(self, ss: SegmentedSection, org_id: str | None) -> None:
        sec = ss.section
        org_name = sec.name if sec.kind == "organisation" else None
        corr: list[Correction] = []
        join = lambda frags: join_frags(frags, join_hyphenated, corr)  # noqa: E731
        body: list[Tok] = []  # the section's body text, for statements
        quotes: list[E_quotes.QuoteRow] = []
        read_more: list[str] = []
        captions: list[str] = []
        urls: list[tuple[str, int | None]] = []
        in_signature = False
        for b in ss.blocks:
            if b.kind == "body_run":
                for para in _paragraphs(b.frags, self.width):
                    toks = join(para)
                    text = tokens_text(toks)
                    if sec.kind == "front" and text and _is_signature(para, in_signature):
                        in_signature = True  # the foreword's signature is not body text
                        continue
                    if not text or (sec.kind == "front" and text.isupper() and len(text.split()) < 8):
                        continue  # the title
                    self.paragraph(toks, org_id)
                    body.extend(toks)
            elif b.kind == "pull_quote":
                attribution = ", ".join(f.clean.strip().rstrip(",") for f in b.attribution)
                quotes.append(E_quotes.pull_quote(join(b.frags), attribution, org_name, self.p))
            elif b.kind == "box":
                self.box(b, org_id, join)
            elif b.kind == "read_more":
                read_more.extend(tokens_text(join(item)) for item in b.items)
            elif b.kind == "caption":
                captions.append(tokens_text(join(b.frags)))
            elif b.kind == "contact":
                self.contact(b, org_id)
            elif b.kind == "url":
                urls.append((b.frags[0].text.strip(), b.frags[0].page))
        # Statements in the section's body text (a quote may span paragraphs).
        statements, _ = E_quotes.statements(body, org_name, self.p)
        quotes.extend(statements)
        quotes.sort(key=lambda q: q.line)
        E_quotes.fill_speakers(quotes, org_name)
        for q in quotes:
            self.quote(q, org_id)
        self.links(sec, org_id, urls, read_more, captions)
        for c in corr:
            self.correction(c, org_id, None)

    def paragraph(self, toks: list[Tok], org_id: str | None) -> None:
        position = self._paragraphs_in[org_id] = self._paragraphs_in.get(org_id, 0) + 1
        self.rows["paragraphs"].append({
            "publication_id": self.pid, "paragraph_id": self.new_id("paragraphs", "p"), "org_id": org_id,
            "position": position, "text": tokens_text(toks), "text_raw": tokens_raw(toks), "page": toks[0].page})

    def box(self, b, org_id: str | None, join) -> None:
        heading = sentence_case(" ".join(f.clean for f in b.heading))
        position = 0
        for item in b.items:
            toks = join(item)
            text = tokens_text(toks)
            if not text:
                continue
            position += 1
            self.rows["experiences"].append({
                "publication_id": self.pid, "item_id": self.new_id("experiences", "x"), "org_id": org_id,
                "heading": heading, "kind": b.label_kind, "position": position, "text": text,
                "text_raw": tokens_raw(toks), "page": toks[0].page})

    def contact(self, b, org_id: str | None) -> None:
        c = E_contacts.contact(b.frags, self.p)
        self.rows["contacts"].append({
            "publication_id": self.pid, "contact_id": self.new_id("contacts", "c"), "org_id": org_id,
            "name": c.name, "phone": c.phone, "phone_alt": c.phone_alt, "phone_raw": c.phone_raw,
            "email": c.email, "page": c.page})

    def quote(self, q: E_quotes.QuoteRow, org_id: str | None) -> None:
        s = q.speaker
        self.rows["quotes"].append({
            "publication_id": self.pid, "quote_id": self.new_id("quotes", "q"), "org_id": org_id,
            "text": q.text, "text_raw": q.text_raw, "speaker_name": s.name, "speaker_role": s.role,
            "speaker_org": s.org, "kind": q.kind, "page": q.page})

    def link(self, org_id: str | None, url: str, kind: str, label: str | None, page: int | None) -> None:
        self.rows["links"].append({"publication_id": self.pid, "link_id": self.new_id("links", "l"),
                                   "org_id": org_id, "url": url, "kind": kind, "label": label, "page": page})

    def links(self, sec, org_id, urls, read_more, captions) -> None:
        """Listed URLs (text input), link annotations (PDF) and printed e-mail addresses."""
        contacts = [c for c in self.rows["contacts"] if c["org_id"] == org_id]
        emails = [c["email"] for c in contacts if c["email"]]
        for lr in E_links.section_links(urls, read_more, captions, emails, self.p.video_hosts):
            self.link(org_id, lr.url, lr.kind, lr.label, lr.page)
        annots = [(a.url, a.page, a.label) for a in self.doc.links
                  if a.line_index is not None and sec.start <= a.line_index < sec.end]
        for url, kind, label, page in _annotation_links(annots, read_more, captions, self.labels,
                                                         self.p.video_hosts):
            self.link(org_id, url, kind, label, page)
        # A printed address is an e-mail link even where none was listed or
        # annotated (a scan has no annotations).
        have = {r["url"].lower() for r in self.rows["links"] if r["org_id"] == org_id}
        for c in contacts:
            if c["email"] and f"mailto:{c['email']}" not in have:
                self.link(org_id, f"mailto:{c['email']}", "email", c["email"], c["page"])

    def publication(self) -> dict[str, Any]:
        doc = self.doc
        title = doc.title
        if title:
            title = sentence_case(nfc(repair_lines([title])[0][0]))
        return {"publication_id": self.pid, "source_file": doc.source_file, "source_sha256": doc.source_sha256,
                "title": title, "n_pages": doc.n_pages, "input_kind": doc.input_kind,
                "language": self.p.language, "pipeline_version": __version__}


def _annotation_links(annots, read_more: list[str], captions: list[str], repaired: dict[str, str],
                      video_hosts: tuple[str, ...]):
    """(url, kind, label, page) of a section's link annotations, one per url and label."""
    seen = set()
    unused_captions = list(captions)
    for url, page, label in annots:
        if (url, label) in seen:
            continue
        seen.add((url, label))
        kind = E_links.link_kind(url, video_hosts)
        fixed = repaired.get(label) if label else None
        if kind == "video":
            if fixed in unused_captions:
                unused_captions.remove(fixed)
            elif not fixed and unused_captions:
                fixed = unused_captions.pop(0)  # a thumbnail's link: the caption beside it
        elif kind == "web" and fixed:
            title = next((t for t in read_more if fold(fixed) in fold(t) or fold(t) in fold(fixed)), None)
            if title is not None:
                kind, fixed = "read_more", title
        elif kind == "email" and label:
            fixed = re.sub(r"\s+", "", label).strip().lower()  # the printed address
        yield url, kind, fixed, page
