"""Page layout in pure Python: words with boxes into lines in reading order.

Input is a list of word dicts as pdfplumber's ``extract_words`` gives them
(``text``, ``x0``, ``x1``, ``top``, ``bottom`` and optionally ``fontname`` and
``size``); the OCR reader builds the same dicts from Tesseract's word boxes,
with a ``conf`` (a word's confidence) that marks them as OCR'd words.
Nothing here opens a file.

Algorithm, per page:

1. Words inside a side box (a filled or stroked rectangle) form their own
   region; the other words are the main region.
2. In a region, words are grouped into rows by vertical overlap and each row
   is split into fragments at gaps wider than a column gutter.
3. Fragments are grouped into horizontal bands (vertically overlapping
   fragments); consecutive bands are merged into groups as long as the
   group's column structure survives (a whitespace gap in the x projection).
   A group with such gaps is split into columns (left to right, recursively);
   a group without is one block read top to bottom.  Full-width lines
   therefore end a column group and come in their vertical order.
4. Box regions are emitted as blocks after the main group their vertical
   centre falls in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_ITALIC = re.compile(r"italic|oblique", re.I)


@dataclass
class Frag:
    """A line fragment: words on one row, without a gutter-wide gap."""

    words: list[dict]
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class LayoutLine:
    """One printed line of a page, before it becomes a ``pipeline.types.Line``."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    in_box: bool
    block: int  # block number within the page
    para_break_before: bool = False  # a paragraph starts here (not the block's first line)
    words: list[dict] = field(default_factory=list, repr=False)


def font_flags(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) from a PDF font name such as ``ABCDEF+DejaVuSans-BoldOblique``."""
    name = fontname.split("+", 1)[-1]
    return bool(_BOLD.search(name)), bool(_ITALIC.search(name))


def _wsize(w: dict) -> float:
    s = w.get("size")
    return float(s) if s else float(w["bottom"] - w["top"])


# --------------------------------------------------------------------------
# regions


def find_boxes(rects: list[dict], page_w: float, page_h: float) -> list[tuple[float, float, float, float]]:
    """Side-box candidates (x0, top, x1, bottom) from a page's rectangles.

    Thin rules, tiny marks and page-sized backgrounds are ignored; nested
    boxes collapse into the outermost one.
    """
    boxes = []
    for r in rects:
        if not (r.get("fill") or r.get("stroke")):
            continue
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if w < 40 or h < 20:
            continue
        if w * h > 0.8 * page_w * page_h:
            continue
        boxes.append((r["x0"], r["top"], r["x1"], r["bottom"]))
    boxes.sort(key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    outer: list[tuple[float, float, float, float]] = []
    for b in boxes:
        if not any(_inside(b, o) for o in outer):
            outer.append(b)
    return outer


def _inside(b, o, tol: float = 1.0) -> bool:
    return b[0] >= o[0] - tol and b[1] >= o[1] - tol and b[2] <= o[2] + tol and b[3] <= o[3] + tol


def _word_in_box(w: dict, b) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return b[0] <= cx <= b[2] and b[1] <= cy <= b[3]


# --------------------------------------------------------------------------
# rows and fragments


def make_fragments(words: list[dict]) -> list[Frag]:
    """Group words into rows by vertical overlap, split rows at wide gaps."""
    if not words:
        return []
    ws = sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"]))
    rows: list[list[dict]] = []
    cur: list[dict] = []
    cur_mid = cur_h = 0.0
    for w in ws:
        mid = (w["top"] + w["bottom"]) / 2
        h = max(w["bottom"] - w["top"], 1.0)
        if cur and abs(mid - cur_mid) <= 0.35 * min(h, cur_h):
            cur.append(w)
            n = len(cur)
            cur_mid += (mid - cur_mid) / n
        else:
            if cur:
                rows.append(cur)
            cur, cur_mid, cur_h = [w], mid, h
    if cur:
        rows.append(cur)

    frags: list[Frag] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        piece = [row[0]]
        for prev, w in zip(row, row[1:]):
            gap = w["x0"] - prev["x1"]
            size = max(_wsize(prev), _wsize(w))
            if gap > max(1.1 * size, 7.0):
                frags.append(_frag(piece))
                piece = [w]
            else:
                piece.append(w)
        frags.append(_frag(piece))
    return frags


def _frag(words: list[dict]) -> Frag:
    return Frag(
        words=words,
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
    )


# --------------------------------------------------------------------------
# columns


def _gaps(frags: list[Frag], min_gap: float) -> list[tuple[float, float]]:
    """Whitespace intervals of the x projection of ``frags``."""
    iv = sorted((f.x0, f.x1) for f in frags)
    out = []
    end = iv[0][1]
    for a, b in iv[1:]:
        if a - end >= min_gap:
            out.append((end, a))
        end = max(end, b)
    return out


def _bands(frags: list[Frag]) -> list[list[Frag]]:
    frags = sorted(frags, key=lambda f: f.top)
    bands: list[list[Frag]] = []
    bottom = None
    for f in frags:
        # a small tolerance: rows of one column never overlap vertically
        if bottom is not None and f.top < bottom - 0.5:
            bands[-1].append(f)
            bottom = max(bottom, f.bottom)
        else:
            bands.append([f])
            bottom = f.bottom
    return bands


def order_blocks(frags: list[Frag], min_gap: float, depth: int = 0) -> list[list[Frag]]:
    """Split a region's fragments into blocks in reading order.

    Returns a list of blocks, each a list of fragments (rows, top to bottom).
    """
    if not frags:
        return []
    groups: list[list[Frag]] = []
    group_has_cut = False
    for band in _bands(frags):
        band_cut = bool(_gaps(band, min_gap))
        if groups:
            if group_has_cut:
                if _gaps(groups[-1] + band, min_gap):
                    groups[-1].extend(band)
                    continue
            elif not band_cut:
                groups[-1].extend(band)
                group_has_cut = bool(_gaps(groups[-1], min_gap))
                continue
        groups.append(list(band))
        group_has_cut = band_cut

    blocks: list[list[Frag]] = []
    for g in groups:
        cuts = _gaps(g, min_gap)
        if not cuts or depth >= 3:
            blocks.append(sorted(g, key=lambda f: (f.top, f.x0)))
            continue
        edges = [(a + b) / 2 for a, b in cuts]
        cols: list[list[Frag]] = [[] for _ in range(len(edges) + 1)]
        for f in g:
            cx = (f.x0 + f.x1) / 2
            cols[sum(1 for e in edges if cx > e)].append(f)
        for col in cols:
            if len(col) == len(g):  # no progress; avoid looping
                blocks.append(sorted(col, key=lambda f: (f.top, f.x0)))
            elif col:
                blocks.extend(order_blocks(col, min_gap, depth + 1))
    return blocks


# --------------------------------------------------------------------------
# lines


def _rows_of_block(block: list[Frag]) -> list[list[Frag]]:
    """Fragments of one block on the same row (no cut between them) join."""
    rows: list[list[Frag]] = []
    for f in block:
        if rows and abs(f.mid - rows[-1][0].mid) <= 0.35 * (f.bottom - f.top):
            rows[-1].append(f)
        else:
            rows.append([f])
    return rows


def _line_from(frags: list[Frag], in_box: bool, block: int) -> LayoutLine:
    words = [w for f in sorted(frags, key=lambda f: f.x0) for w in f.words]
    weight: dict[float, int] = {}
    nbold = nital = total = 0
    for w in words:
        n = len(w["text"])
        total += n
        s = round(_wsize(w), 1)
        weight[s] = weight.get(s, 0) + n
        fn = w.get("fontname") or ""
        if fn:
            b, i = font_flags(fn)
            nbold += n * b
            nital += n * i
    size = max(weight, key=weight.get)
    # words split only by a change of font (no gap) join without a space;
    # OCR'd words are words (Tesseract placed a space between them), whatever
    # their boxes say: its LSTM boxes can overlap ("har" over "i")
    parts = [words[0]["text"]]
    for prev, w in zip(words, words[1:]):
        if "conf" in w or w["x0"] - prev["x1"] > 0.12 * min(_wsize(prev), _wsize(w)):
            parts.append(" ")
        parts.append(w["text"])
    return LayoutLine(
        text="".join(parts),
        x0=min(f.x0 for f in frags),
        x1=max(f.x1 for f in frags),
        top=min(f.top for f in frags),
        bottom=max(f.bottom for f in frags),
        size=size,
        bold=nbold * 2 > total,
        italic=nital * 2 > total,
        in_box=in_box,
        block=block,
        words=words,
    )


def _mark_paragraphs(lines: list[LayoutLine], size_tol: float = 0.12) -> None:
    """Set ``para_break_before`` where the vertical gap exceeds the line spacing.

    The line spacing of a font size is the smallest pitch between two lines
    of that size in the block (a low percentile for OCR's jitter); when even
    that is wider than 1.5 em (a block of one-line paragraphs), a typical
    leading of 1.25 em stands in.
    """
    if len(lines) < 2:
        return
    pairs = [
        (a.size, b.top - a.top)
        for a, b in zip(lines, lines[1:])
        if abs(a.size - b.size) < size_tol * a.size and 0.8 * a.size < b.top - a.top < 2.5 * a.size
    ]
    for a, b in zip(lines, lines[1:]):
        pitch = b.top - a.top
        size = max(a.size, b.size)
        if abs(a.size - b.size) > size_tol * size:
            brk = True
        else:
            similar = sorted(p for s, p in pairs if abs(s - a.size) <= 0.12 * a.size)
            # a low percentile, not the minimum: OCR'd baselines jitter
            lead = similar[len(similar) // 5] if similar else 1.25 * size
            if lead > 1.5 * size:  # no line of that size sits at plain leading
                lead = 1.25 * size
            brk = pitch > lead * 1.2 + 0.5
        if a.bold != b.bold and (_caps(a.text) or _caps(b.text)):
            brk = True
        b.para_break_before = brk


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def layout_page(words: list[dict], rects: list[dict], page_w: float, page_h: float,
                *, size_tol: float = 0.12) -> list[LayoutLine]:
    """Lines of one page in reading order, with block numbers and paragraph marks.

    ``size_tol``: relative size difference that counts as a change of font
    size (a paragraph break); OCR'd sizes are estimates and need more.
    """
    words = [w for w in words if w["text"].strip()]
    if not words:
        return []
    sizes = sorted(_wsize(w) for w in words)
    min_gap = max(0.6 * sizes[len(sizes) // 2], 4.0)

    boxes = find_boxes(rects, page_w, page_h)
    box_words: list[list[dict]] = [[] for _ in boxes]
    main: list[dict] = []
    for w in words:
        for i, b in enumerate(boxes):
            if _word_in_box(w, b):
                box_words[i].append(w)
                break
        else:
            main.append(w)

    main_blocks = order_blocks(make_fragments(main), min_gap)
    box_items = []
    for b, bw in zip(boxes, box_words):
        if bw:
            box_items.append((b, order_blocks(make_fragments(bw), min_gap)))
    box_items.sort(key=lambda it: (it[0][1], it[0][0]))

    # Where does each box go?  After the last main block whose top lies above
    # the box's vertical centre.
    sequence: list[tuple[list[Frag], bool]] = [(blk, False) for blk in main_blocks]
    for b, blks in box_items:
        centre = (b[1] + b[3]) / 2
        pos = 0
        for i, (blk, is_box) in enumerate(sequence):
            if blk[0].top <= centre or is_box and blk[0].top <= b[1]:
                pos = i + 1
        for j, blk in enumerate(blks):
            sequence.insert(pos + j, (blk, True))

    out: list[LayoutLine] = []
    for bno, (blk, in_box) in enumerate(sequence):
        lines = [_line_from(row, in_box, bno) for row in _rows_of_block(blk)]
        _mark_paragraphs(lines, size_tol)
        out.extend(lines)
    return out
