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


def _all_frags(sections: list[SegmentedSection]) -> list[Frag]:
    out: list[Frag] = []
    for ss in sections:
        for b in ss.blocks:
            out.extend(b.heading)
            out.extend(b.frags)
            for it in b.items:
                out.extend(it)
            out.extend(b.attribution)
    return out


def _repair(frags: list[Frag]) -> list[list[Correction]]:
    fixed, corr = repair_lines([f.text for f in frags])
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


def document_tables(doc: Document, profile: Profile | None = None) -> Rows:
    profile = profile or load_profile()
    pid = doc.publication_id
    sections = segment(doc, profile)
    frags = _all_frags(sections)
    line_corr = _repair(frags)
    rows: Rows = {k: [] for k in
                  ("organisations", "quotes", "experiences", "contacts", "links", "paragraphs", "corrections")}
    n = {k: 0 for k in rows}

    def new_id(table: str, prefix: str) -> str:
        n[table] += 1
        return f"{pid}-{prefix}{n[table]:04d}"

    def correction(c: Correction, org_id: str | None, page: int | None) -> None:
        rows["corrections"].append({
            "publication_id": pid, "org_id": org_id, "page": c.page if c.page is not None else page,
            "original": c.original, "corrected": c.corrected, "kind": c.kind,
            "confidence": float(c.confidence)})

    # Link annotations' labels, repaired together (one call: document context).
    label_texts = sorted({a.label for a in doc.links if a.label})
    fixed_labels, _ = repair_lines([re.sub(r"\s+", " ", t).strip() for t in label_texts])
    labels = {t: nfc(f) for t, f in zip(label_texts, fixed_labels)}
    frag_org: dict[int, str | None] = {}
    width = column_width(doc.lines)
    org_pos = 0
    all_quotes: list[tuple[str | None, str | None, E_quotes.QuoteRow]] = []
    for ss in sections:
        sec = ss.section
        org_id = None
        org_name = None
        if sec.kind == "organisation":
            org_pos += 1
            org_id = f"{pid}-org{org_pos:02d}"
            org_name = sec.name
            pages = [doc.lines[i].page for i in range(sec.start, sec.end) if doc.lines[i].page is not None]
            rows["organisations"].append({
                "publication_id": pid, "org_id": org_id, "name": sec.name,
                "name_raw": sec.heading_raw, "org_type": sec.org_type, "population": sec.population,
                "municipality_code": sec.municipality_code, "county": sec.county, "position": org_pos,
                "page_start": min(pages) if pages else None, "page_end": max(pages) if pages else None})
        for b in ss.blocks:
            for f in b.heading + b.frags + [x for it in b.items for x in it] + b.attribution:
                frag_org[id(f)] = org_id
        sec_corr: list[Correction] = []
        body_toks: list[Tok] = []
        last_speaker = None
        read_more: list[str] = []
        captions: list[str] = []
        urls: list[tuple[str, int | None]] = []
        section_quotes: list[E_quotes.QuoteRow] = []
        in_signature = False
        for b in ss.blocks:
            if b.kind == "body_run":
                for para in _paragraphs(b.frags, width):
                    toks = join_frags(para, join_hyphenated, sec_corr)
                    text = tokens_text(toks)
                    if sec.kind == "front" and text and _is_signature(para, in_signature):
                        in_signature = True  # the foreword's signature is not body text
                        continue
                    if not text or (sec.kind == "front" and text.isupper() and len(text.split()) < 8):
                        continue
                    rows["paragraphs"].append({
                        "publication_id": pid, "paragraph_id": new_id("paragraphs", "p"), "org_id": org_id,
                        "position": None, "text": text, "text_raw": tokens_raw(toks),
                        "page": toks[0].page if toks else None})
                    body_toks.extend(toks)
                    body_toks.append(Tok("¶", "", None, -1))
            elif b.kind == "pull_quote":
                q_toks = join_frags(b.frags, join_hyphenated, sec_corr)
                attr = ", ".join(f.clean.strip().rstrip(",") for f in b.attribution)
                section_quotes.append(E_quotes.pull_quote(q_toks, attr, org_name, profile))
            elif b.kind == "box":
                heading = sentence_case(" ".join(f.clean for f in b.heading))
                pos = 0
                for item in b.items:
                    toks = join_frags(item, join_hyphenated, sec_corr)
                    text = tokens_text(toks)
                    if not text:
                        continue
                    pos += 1
                    rows["experiences"].append({
                        "publication_id": pid, "item_id": new_id("experiences", "x"),
                        "org_id": org_id, "heading": heading, "kind": b.label_kind, "position": pos,
                        "text": text, "text_raw": tokens_raw(toks), "page": toks[0].page})
            elif b.kind == "read_more":
                for item in b.items:
                    toks = join_frags(item, join_hyphenated, sec_corr)
                    read_more.append(tokens_text(toks))
            elif b.kind == "caption":
                toks = join_frags(b.frags, join_hyphenated, sec_corr)
                captions.append(tokens_text(toks))
            elif b.kind == "contact":
                c = E_contacts.contact(b.frags, profile)
                rows["contacts"].append({
                    "publication_id": pid, "contact_id": new_id("contacts", "c"), "org_id": org_id,
                    "name": c.name, "phone": c.phone, "phone_alt": c.phone_alt, "phone_raw": c.phone_raw,
                    "email": c.email, "page": c.page})
            elif b.kind == "url":
                urls.append((b.frags[0].text.strip(), b.frags[0].page))
        # Statements in the section's body text (a quote may span paragraphs).
        runs: list[list[Tok]] = [[]]
        for t in body_toks:
            if t.text == "¶":
                runs.append([])
            else:
                runs[-1].append(t)
        flat = [t for t in body_toks if t.text != "¶"]
        stmts, last_speaker = E_quotes.statements(flat, org_name, profile, last_speaker)
        section_quotes.extend(stmts)
        section_quotes.sort(key=lambda q: q.line)
        E_quotes.fill_speakers(section_quotes, org_name)
        for q in section_quotes:
            all_quotes.append((org_id, org_name, q))
        # Links: listed URLs (text input) and link annotations (PDF input).
        annots = [(a.url, a.page, a.label) for a in doc.links
                  if a.line_index is not None and sec.start <= a.line_index < sec.end]
        printed_emails = [c["email"] for c in rows["contacts"] if c["org_id"] == org_id and c["email"]]
        for lr in E_links.section_links(urls, read_more, captions, printed_emails):
            rows["links"].append({"publication_id": pid, "link_id": new_id("links", "l"), "org_id": org_id,
                                  "url": lr.url, "kind": lr.kind, "label": lr.label, "page": lr.page})
        if annots:
            _annotation_links(rows, annots, read_more, captions, org_id, pid, new_id, labels)
        # A printed address is an e-mail link even where no link was listed
        # or annotated (a scan has no annotations).
        have = {r["url"].lower() for r in rows["links"] if r["org_id"] == org_id}
        for c in rows["contacts"]:
            addr = c["email"]
            if c["org_id"] == org_id and addr and f"mailto:{addr}" not in have:
                rows["links"].append({"publication_id": pid, "link_id": new_id("links", "l"), "org_id": org_id,
                                      "url": f"mailto:{addr}", "kind": "email", "label": addr, "page": c["page"]})
        for c in sec_corr:
            correction(c, org_id, None)
    # Quotes in reading order per section.
    for org_id, _org_name, q in all_quotes:
        s = q.speaker
        rows["quotes"].append({
            "publication_id": pid, "quote_id": new_id("quotes", "q"), "org_id": org_id, "text": q.text,
            "text_raw": q.text_raw, "speaker_name": s.name, "speaker_role": s.role, "speaker_org": s.org,
            "kind": q.kind, "page": q.page})
    for f, corr in zip(frags, line_corr):
        for c in f.corrections + corr:
            correction(c, frag_org.get(id(f)), f.page)
    # Paragraph positions: 1-based within the organisation (or front matter).
    counters: dict[str | None, int] = {}
    for r in rows["paragraphs"]:
        counters[r["org_id"]] = counters.get(r["org_id"], 0) + 1
        r["position"] = counters[r["org_id"]]
    title = doc.title
    if title:
        t, _ = repair_lines([title])
        title = sentence_case(nfc(t[0]))
    rows["publications"] = [{
        "publication_id": pid, "source_file": doc.source_file, "source_sha256": doc.source_sha256,
        "title": title, "n_pages": doc.n_pages, "input_kind": doc.input_kind,
        "language": profile.language, "pipeline_version": __version__}]
    return rows


def _annotation_links(rows: Rows, annots, read_more, captions, org_id, pid, new_id,
                      repaired: dict[str, str]) -> None:
    seen = set()
    unused_captions = list(captions)
    for url, page, label in annots:
        key = (url, label)
        if key in seen:
            continue
        seen.add(key)
        kind = E_links.link_kind(url)
        fixed_label = repaired.get(label) if label else None
        if kind == "video":
            if fixed_label in unused_captions:
                unused_captions.remove(fixed_label)
            elif not fixed_label and unused_captions:
                fixed_label = unused_captions.pop(0)  # a thumbnail's link: the caption beside it
        if kind == "web" and fixed_label and any(fold(fixed_label) in fold(t) or fold(t) in fold(fixed_label)
                                                 for t in read_more):
            kind = "read_more"
            fixed_label = next(t for t in read_more if fold(fixed_label) in fold(t) or fold(t) in fold(fixed_label))
        if kind == "email" and label:
            fixed_label = re.sub(r"\s+", "", label).strip().lower()  # the printed address
        rows["links"].append({"publication_id": pid, "link_id": new_id("links", "l"), "org_id": org_id,
                              "url": url, "kind": kind, "label": fixed_label, "page": page})
