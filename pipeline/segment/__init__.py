"""Segment stage: a Document's lines into sections, and sections into blocks."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.profile import Profile
from pipeline.types import Document

from .blocks import Block, column_width, parse_section
from .sections import Section, find_sections

__all__ = ["SegmentedSection", "segment", "Block", "Section"]


@dataclass
class SegmentedSection:
    section: Section
    blocks: list[Block]


def segment(doc: Document, profile: Profile) -> list[SegmentedSection]:
    out = []
    width = column_width(doc.lines)
    for sec in find_sections(doc.lines, profile):
        skip = {sec.heading_index, sec.population_index} - {None}
        if sec.kind == "publication_list":
            skip = set()  # the heading is the list's label
        lines = [(i, doc.lines[i]) for i in range(sec.start, sec.end) if i not in skip]
        out.append(SegmentedSection(sec, parse_section(lines, profile, width)))
    return out
