"""Types shared by every stage.

The extract stage turns any input (text or PDF) into a :class:`Document`: a
sequence of :class:`Line` objects in reading order plus the
:class:`LinkAnnotation` objects found in the input.  Later stages only ever
see a ``Document``; they never open files.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    """One line of text in reading order.

    ``text`` is exactly what the input said (it feeds the ``*_raw`` columns).
    Layout fields are filled by the PDF reader and left ``None`` for text
    inputs; the segmenter uses them when present and falls back on the text
    alone when not.
    """

    text: str
    page: int | None = None  # 1-based; None for text without page breaks
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    bottom: float | None = None
    size: float | None = None  # dominant font size in points
    bold: bool = False
    italic: bool = False
    # Layout role suggested by the PDF reader: "heading", "pull_quote",
    # "box", "body", "caption" or None when unknown (text inputs).
    role: str | None = None
    # Identifier of the layout block (column / side box) the line belongs to;
    # lines of one block are contiguous in reading order.
    block: int | None = None


@dataclass
class LinkAnnotation:
    """A link annotation of a PDF page (URI or mailto)."""

    url: str
    page: int | None
    label: str | None = None  # the words the annotation covers
    # Index into Document.lines of the first line the annotation overlaps,
    # or of the last line above it; used to assign the link to a section.
    line_index: int | None = None


@dataclass
class Correction:
    """One change the repair stage made to extracted text."""

    original: str
    corrected: str
    kind: str  # mojibake | ocr_confusion | diacritic | dehyphenation | other
    confidence: float
    page: int | None = None
    org_id: str | None = None


@dataclass
class Document:
    """An input document after extraction, before any repair."""

    source_file: str
    source_sha256: str
    input_kind: str  # pdf_text | pdf_ocr | pdf_mixed | text
    n_pages: int | None
    lines: list[Line] = field(default_factory=list)
    links: list[LinkAnnotation] = field(default_factory=list)
    title: str | None = None

    @property
    def publication_id(self) -> str:
        return self.source_sha256[:16]
