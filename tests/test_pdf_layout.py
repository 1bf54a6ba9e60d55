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


def test_three_columns_left_to_right():
    words = _line_words("THREE COLUMN HEADING SPANNING ALL OF THEM", 50, 40, size=18, font="DejaVuSans-Bold")
    for k, x in enumerate((50, 220, 390)):
        words += _column([f"c{k}a", f"c{k}b", f"c{k}c"], x, 80)
    texts = [ln.text for ln in layout_page(words, [], 595, 842)]
    assert texts == ["THREE COLUMN HEADING SPANNING ALL OF THEM",
                     "c0a", "c0b", "c0c", "c1a", "c1b", "c1c", "c2a", "c2b", "c2c"]


def test_narrow_side_column_without_rectangle_comes_after_body():
    body = _column(["body text line one of the main column", "body text line two of the main column",
                    "body text line three of the main column", "body text line four of the main column"], 50, 80)
    side = _column(["TIPS", "• short", "• items"], 430, 93)
    lines = layout_page(side + body, [], 595, 842)
    texts = [ln.text for ln in lines]
    assert texts[:4] == [f"body text line {n} of the main column" for n in ("one", "two", "three", "four")]
    assert texts[4:] == ["TIPS", "• short", "• items"]
    assert lines[4].block != lines[0].block


def test_word_split_by_font_change_joins_without_space():
    words = _line_words("Ulrika Westerberg", 50, 80, font="DejaVuSans-Bold")
    last = words[-1]
    words.append({"text": ", IT-chef", "x0": last["x1"], "x1": last["x1"] + 40, "top": 80, "bottom": 90,
                  "size": 10.0, "fontname": "DejaVuSans"})
    assert [ln.text for ln in layout_page(words, [], 595, 842)] == ["Ulrika Westerberg, IT-chef"]


def test_usable_text_layer():
    from pipeline.extract.pdf import usable_text_layer

    text = [{"text": c} for c in "Invånare 33 268 i Katrineholms kommun och mer text här"]
    assert usable_text_layer(text, [], 595, 842)
    assert not usable_text_layer([], [], 595, 842)
    assert not usable_text_layer([{"text": "(cid:12)"}] * 40 + text[:5], [], 595, 842)
    assert not usable_text_layer([{"text": "\ue001"}] * 40, [], 595, 842)
    scan = [{"x0": 0, "x1": 595, "top": 0, "bottom": 842}]
    assert not usable_text_layer(text[:7], scan, 595, 842)  # a scan with stray characters


def test_ocr_words_get_line_size_and_baseline():
    from pipeline.extract.ocr import words_from_data

    # one line at 300 dpi: "Det" (cap + ascender), "en" (x-height), "jag" (descender)
    data = {
        "text": ["Det", "en", "jag"], "conf": [96, 95, 96],
        "block_num": [1, 1, 1], "par_num": [1, 1, 1], "line_num": [1, 1, 1],
        "left": [100, 160, 210], "top": [100, 110, 110], "width": [50, 40, 55], "height": [31, 23, 31],
    }
    words = words_from_data(data, 72 / 300)
    assert len({w["top"] for w in words}) == 1 and len({w["size"] for w in words}) == 1
    assert 9 < words[0]["size"] < 11.5  # about 10 pt


def test_paragraph_running_on_into_the_next_column_has_no_blank_line(tmp_path):
    from pipeline.extract.layout import LayoutLine
    from pipeline.extract.pdf import _assemble, _Page

    def ln(text, block, top, x0=50.0, in_box=False):
        return LayoutLine(text=text, x0=x0, x1=x0 + 200, top=top, bottom=top + 10, size=10.0, bold=False,
                          italic=False, in_box=in_box, block=block)

    page = _Page(1, 595, 842, lines=[
        ln("Den digitala utvecklingen ställer vårt samhälle inför", 0, 100),
        ln("stora utmaningar och", 0, 113),
        ln("möjligheter som kräver insatser.", 1, 100, x0=320),  # runs on: no sentence end, lower case
        ln("Nästa stycke börjar här.", 1, 119, x0=320),
        ln("ERFARENHETER", 2, 300, in_box=True),
    ])
    page.lines[3].para_break_before = True
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.4\n")
    doc = _assemble(f, [page], 1, None)
    assert [x.text for x in doc.lines] == [
        "Den digitala utvecklingen ställer vårt samhälle inför", "stora utmaningar och",
        "möjligheter som kräver insatser.", "", "Nästa stycke börjar här.", "", "ERFARENHETER",
    ]
    assert [x.role for x in doc.lines if x.text] == ["body", "body", "body", "body", "box"]
