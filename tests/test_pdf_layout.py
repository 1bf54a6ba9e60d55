"""Pure layout functions on synthetic word boxes."""
from __future__ import annotations

from pipeline.extract.layout import find_boxes, font_flags, layout_page


def _line_words(text, x0, top, size=10.0, font="DejaVuSans"):
    words, x = [], x0
    for t in text.split():
        w = len(t) * size * 0.55
        words.append({"text": t, "x0": x, "x1": x + w, "top": top, "bottom": top + size, "size": size, "fontname": font})
        x += w + size * 0.3
    return words


def _column(lines, x0, top, pitch=13.0, **kw):
    out = []
    for i, t in enumerate(lines):
        if t:
            out += _line_words(t, x0, top + i * pitch, **kw)
    return out


def test_font_flags():
    assert font_flags("ABCDEF+DejaVuSans-BoldOblique") == (True, True)
    assert font_flags("DejaVuSans-Oblique") == (False, True)
    assert font_flags("Helvetica") == (False, False)


def test_two_columns_with_full_width_heading_and_paragraphs():
    words = _line_words("KATRINEHOLMS KOMMUN", 50, 40, size=18, font="DejaVuSans-Bold")
    words += _column(["left one", "left two", "", "left three"], 50, 80)
    words += _column(["right one", "right two", "right three"], 320, 80)
    words += _line_words("full width line after the columns spanning the gutter here", 50, 150)
    lines = layout_page(words, [], 595, 842)
    texts = [ln.text for ln in lines]
    assert texts == [
        "KATRINEHOLMS KOMMUN", "left one", "left two", "left three",
        "right one", "right two", "right three",
        "full width line after the columns spanning the gutter here",
    ]
    by = {ln.text: ln for ln in lines}
    assert by["left three"].para_break_before and not by["left two"].para_break_before
    assert by["left one"].block != by["right one"].block
    assert by["KATRINEHOLMS KOMMUN"].bold and by["KATRINEHOLMS KOMMUN"].size == 18


def test_side_box_comes_after_body_text():
    body = _column(["body a", "body b", "body c", "body d"], 50, 80)
    box = _column(["ERFARENHETER", "• one", "• two"], 400, 90)
    rect = {"x0": 390, "x1": 560, "top": 85, "bottom": 140, "fill": True, "stroke": False}
    lines = layout_page(box + body, [rect], 595, 842)
    assert [ln.text for ln in lines] == ["body a", "body b", "body c", "body d", "ERFARENHETER", "• one", "• two"]
    assert [ln.in_box for ln in lines] == [False] * 4 + [True] * 3


def test_find_boxes_ignores_rules_and_background():
    rects = [
        {"x0": 0, "x1": 595, "top": 0, "bottom": 842, "fill": True},  # page background
        {"x0": 50, "x1": 500, "top": 100, "bottom": 101, "fill": True},  # a rule
        {"x0": 50, "x1": 300, "top": 200, "bottom": 400, "fill": True},
        {"x0": 60, "x1": 200, "top": 210, "bottom": 240, "fill": True},  # nested
    ]
    assert find_boxes(rects, 595, 842) == [(50, 200, 300, 400)]


def test_longer_left_column_tail_stays_in_left_column():
    words = _column(["l1", "l2", "l3", "l4", "l5"], 50, 80)
    words += _column(["r1", "r2"], 320, 80)
    assert [ln.text for ln in layout_page(words, [], 595, 842)] == ["l1", "l2", "l3", "l4", "l5", "r1", "r2"]
