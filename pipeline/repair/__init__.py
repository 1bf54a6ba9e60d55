"""Swedish text repair: mojibake, OCR confusions, lost diacritics, hyphenation.

Public API::

    repair_line(text) -> (text, corrections)
    repair_lines(lines) -> (lines, corrections per line)
    join_hyphenated(left, right) -> (word, correction or None)
    repair_stream(lines) -> iterator of repaired lines
"""
from pipeline.repair.core import join_hyphenated, repair_line, repair_lines, repair_stream

__all__ = ["join_hyphenated", "repair_line", "repair_lines", "repair_stream"]
