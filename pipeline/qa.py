"""QA views: see what the segmenter found, as an outline or drawn on the page.

``pipeline inspect FILE`` prints every section and its blocks (body text,
pull quotes, boxes, read-more titles, contacts, captions, links) with the
lines they came from; ``--png OUT --page N`` draws the extracted lines of a
PDF page, coloured by the role the reader gave them, and its link
annotations.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.extract import read_document
from pipeline.profile import load_profile
from pipeline.segment import segment

ROLE_COLOURS = {"heading": "red", "pull_quote": "purple", "box": "green", "caption": "orange",
                "body": "blue", None: "gray"}


def outline(path: str | Path, *, password: str | None = None, profile: str = "default") -> str:
    """A text outline of the sections and blocks of one input (before repair)."""
    doc = read_document(path, password=password)
    out: list[str] = [f"{doc.source_file}: {doc.input_kind}, {doc.n_pages or '-'} pages, {len(doc.lines)} lines"]
    for ss in segment(doc, load_profile(profile)):
        s = ss.section
        head = f"{s.name} ({s.org_type}, {s.municipality_code}, {s.county}, invånare {s.population})" \
            if s.kind == "organisation" else s.kind
        out.append(f"\n== {head}  [lines {s.start}-{s.end - 1}]")
        for b in ss.blocks:
            if b.kind in ("box", "read_more"):
                label = " ".join(f.text for f in b.heading)
                out.append(f"  {b.kind.upper()} {b.label_kind or ''} {label}".rstrip())
                out.extend(f"    * {' / '.join(f.text for f in item)}" for item in b.items)
            elif b.kind == "pull_quote":
                out.append(f"  PULL QUOTE {' / '.join(f.text for f in b.frags)}")
                out.append(f"    — {' / '.join(f.text for f in b.attribution)}")
            else:
                kind = "BODY" if b.kind == "body_run" else b.kind.upper()
                out.append(f"  {kind}")
                out.extend(f"    | {f.text}" for f in b.frags)
    if doc.links:
        out.append("\n== link annotations")
        out.extend(f"  p{a.page} line {a.line_index}: {a.url}  [{a.label or ''}]" for a in doc.links)
    return "\n".join(out)


def draw_page(path: str | Path, page: int, out: str | Path, *, password: str | None = None,
              resolution: int = 100) -> Path:
    """Draw a PDF page's extracted lines (by role) and link annotations to a PNG."""
    import pdfplumber

    doc = read_document(path, password=password)
    out = Path(out)
    with pdfplumber.open(path, password=password or "") as pdf:
        if not 1 <= page <= len(pdf.pages):
            raise ValueError(f"page {page} is not in 1..{len(pdf.pages)}")
        p = pdf.pages[page - 1]
        im = p.to_image(resolution=resolution)
        for line in doc.lines:
            if line.page == page and line.x0 is not None and line.text.strip():
                colour = ROLE_COLOURS.get(line.role, "gray")
                im.draw_rect((line.x0, line.top, line.x1, line.bottom), stroke=colour, fill=None, stroke_width=1)
        for link in p.hyperlinks:
            im.draw_rect(link, stroke="magenta", fill=None, stroke_width=2)
        im.save(out)
    return out
