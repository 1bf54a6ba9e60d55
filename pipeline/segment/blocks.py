"""Turn the lines of one section into blocks in reading order.

A section's lines hold body text and, beside it, "side" content: a box of
experiences, read-more titles, a contact block.  In a simple layout they
come one after the other.  Where the extractor interleaved two columns line
by line (a two-column page read straight across), each line is given to the
body stream or to the side stream, or split between them, by
:mod:`pipeline.segment.columns`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.profile import Profile
from pipeline.textutil import is_url_line
from pipeline.types import Line

from .columns import Stream, choose
from .lines import (
    Frag,
    bullet_rest,
    clean_line,
    ends_complete,
    is_email_line,
    is_junk,
    is_phone_line,
)

BOX_KINDS = ("experience", "success_factor", "tip", "publication_tips")


@dataclass
class Block:
    kind: str  # paragraph | pull_quote | box | read_more | contact | caption | url | subheading
    frags: list[Frag] = field(default_factory=list)
    heading: list[Frag] = field(default_factory=list)  # box heading lines
    label_kind: str | None = None  # experience | success_factor | tip
    items: list[list[Frag]] = field(default_factory=list)  # bullets / titles
    attribution: list[Frag] = field(default_factory=list)  # pull quotes

    @property
    def page(self) -> int | None:
        for f in self.heading + self.frags + [x for it in self.items for x in it]:
            if f.page is not None:
                return f.page
        return None


def _frag(line: Line, index: int, profile: Profile | None = None) -> Frag:
    text, corr = clean_line(line.text, profile)
    return Frag(raw=line.text.strip(), text=text, page=line.page, index=index, corrections=corr)


class SectionParser:
    """A small state machine over one section's lines."""

    def __init__(self, profile: Profile, *, width: float | None = None):
        self.p = profile
        self.blocks: list[Block] = []
        self.body = Stream("body")
        self.side = Stream("side")
        self.body.state = "body"
        self.side_block: Block | None = None
        self.zone = False  # two columns interleaved
        self.width = width
        self.gap = False  # a blank line came before the current line
        self.left_box: Block | None = None  # left column of a two-column box

    # -- body -------------------------------------------------------------
    def _flush_body(self) -> None:
        if self.body.frags:
            self.blocks.append(Block("body_run", frags=list(self.body.frags)))
            self.body.frags.clear()

    def _open_side(self, kind: str, frag: Frag) -> None:
        label_kind = "tip" if kind == "publication_tips" else kind
        block_kind = "box" if kind in BOX_KINDS else kind
        blk = Block(block_kind, label_kind=label_kind if block_kind == "box" else None)
        if block_kind == "box":
            blk.heading.append(frag)
        self.blocks.append(blk)
        self.side_block = blk
        self.side.reset(block_kind)

    # -- side -------------------------------------------------------------
    def _side_add(self, frag: Frag) -> None:
        blk = self.side_block
        assert blk is not None
        text = frag.text
        if blk.kind == "box":
            rest = bullet_rest(text, self.p)
            if rest is not None:
                frag.text = rest
                blk.items.append([frag])
            elif not blk.items and self._heading_continuation(blk, text):
                blk.heading.append(frag)
                return
            elif blk.items:
                blk.items[-1].append(frag)
            else:
                blk.items.append([frag])
        elif blk.kind == "read_more":
            if blk.items and not self.side.open_title_closed(blk.items[-1], text, self.p):
                blk.items[-1].append(frag)
            else:
                blk.items.append([frag])
        else:  # contact
            blk.frags.append(frag)
        self.side.push(frag)

    def _heading_continuation(self, blk: Block, text: str) -> bool:
        t = text.strip()
        return bool(t) and t.isupper() and len(t.split()) <= 3 and self.p.label_of(t) is None \
            and bullet_rest(t, self.p) is None

    # -- main loop --------------------------------------------------------
    def feed(self, lines: list[tuple[int, Line]]) -> list[Block]:
        k = 0
        n = len(lines)
        while k < n:
            idx, line = lines[k]
            raw = line.text.strip()
            if not raw:
                self.gap = True
                k += 1
                continue
            frag = _frag(line, idx)
            text = frag.text
            if is_url_line(text):
                self.blocks.append(Block("url", frags=[frag]))
            elif self.p.is_video_caption(text):
                k = self._caption(lines, k, frag)
                self.gap = False
                continue
            elif self.side_block is not None and self.side_block.kind == "contact" and (
                    is_phone_line(text, self.p) or is_email_line(text, self.p)):
                self._side_add(frag)
            elif is_junk(text) and text not in self.p.quote_close_ocr:
                pass
            elif text.strip() in self.p.quote_close_ocr and len(text.strip()) > 1:
                pass  # a closing mark on a line of its own ("77")
            elif (lab := self.p.label_of(text)) is not None:
                if not self.zone and self.width is not None and lab[0] in BOX_KINDS and self.body.frags \
                        and not ends_complete(self.body.frags[-1].text) and self.side_block is None \
                        and self._body_resumes(lines, k):
                    self.zone = True
                if not self.zone:
                    self._flush_body()
                self._open_side(lab[0], frag)
            elif self._caps_subheading(text):
                self._flush_body()
                self.blocks.append(Block("subheading", frags=[frag]))
            elif self.gap and text[:1] in self.p.quote_open and (
                    self.side_block is None or self.zone) and (
                    not self.body.frags or ends_complete(self.body.frags[-1].text)) \
                    and (pq := self._try_pull_quote(lines, k)) is not None:
                self.blocks.append(pq[0])
                k = pq[1]
                self.gap = False
                continue
            elif self.side_block is None:
                k = self._body_line(lines, k, frag)
                self.gap = False
                continue
            elif self.zone or self.left_box is not None or self._mixed(text):
                nxt = next((_frag(lines[j][1], lines[j][0]).text for j in range(k + 1, n)
                            if lines[j][1].text.strip()), "")
                self._zone_line(frag, nxt)
            elif self.side_block.kind == "contact" and not (
                    is_phone_line(text, self.p) or is_email_line(text, self.p)) and self.side_block.frags \
                    and any(is_email_line(f.text, self.p) for f in self.side_block.frags):
                # Text after a finished contact block is body text again.
                self.side_block = None
                self.side.reset("none")
                k = self._body_line(lines, k, frag)
                self.gap = False
                continue
            else:
                self._side_add(frag)
            self.gap = False
            k += 1
        return self.finish()

    def _body_resumes(self, lines, k: int) -> bool:
        """After a box heading, does the next line carry on the body text?"""
        j = k + 1
        while j < len(lines) and not lines[j][1].text.strip():
            j += 1
        if j >= len(lines):
            return False
        nxt = clean_line(lines[j][1].text, self.p)[0]
        return nxt[:1].islower() and bullet_rest(nxt, self.p) is None

    def _caps_subheading(self, text: str) -> bool:
        t = text.strip()
        letters = [c for c in t if c.isalpha()]
        return len(letters) >= 3 and len(t.split()) <= 6 and all(c.isupper() for c in letters) \
            and not (self.side_block is not None and self.side_block.kind == "box" and not self.side_block.items)

    def _mixed(self, text: str) -> bool:
        """A line far longer than a column holds two columns."""
        return self.width is not None and len(text) > 1.45 * self.width

    def _caption(self, lines, k: int, frag: Frag) -> int:
        """A video caption runs to the next blank line."""
        blk = Block("caption", frags=[frag])
        k += 1
        while k < len(lines) and lines[k][1].text.strip():
            nxt = _frag(lines[k][1], lines[k][0])
            if is_junk(nxt.text) or is_url_line(nxt.text) or self.p.label_of(nxt.text):
                break
            blk.frags.append(nxt)
            k += 1
        self.blocks.append(blk)
        return k

    def _body_line(self, lines, k: int, frag: Frag) -> int:
        """Body text, or a pull quote when a quoted block stands on its own."""
        text = frag.text
        starts_quote = text[:1] in self.p.quote_open
        if starts_quote and (self.gap or not self.body.frags or ends_complete(self.body.frags[-1].text)):
            pq = self._try_pull_quote(lines, k)
            if pq is not None:
                blk, k2 = pq
                self._flush_body()
                self.blocks.append(blk)
                return k2
        if self.gap and self.body.frags and ends_complete(self.body.frags[-1].text):
            self._flush_body()
        elif self.gap and self.body.frags and text[:1].isupper() and not self._continues(text):
            self._flush_body()
        self.body.push(frag)
        return k + 1

    def _continues(self, text: str) -> bool:
        """After a blank line, does ``text`` carry on the body's last sentence?"""
        last = self.body.frags[-1].text
        return last.rstrip().endswith((",", "-")) or last.split()[-1].lower() in self.p.continuation_words \
            if last.split() else False

    def _try_pull_quote(self, lines, k: int):
        """A quoted block (to its closing mark) followed by attribution lines."""
        from .lines import is_name_like

        p = self.p
        frags: list[Frag] = []
        j = k
        closed = False
        while j < len(lines):
            if not lines[j][1].text.strip():
                # OCR may leave a blank line inside a quote: go on when the
                # next line carries on an unclosed sentence in lower case.
                nxt = lines[j + 1][1].text.strip() if j + 1 < len(lines) else ""
                if frags and nxt[:1].islower() and not ends_complete(frags[-1].text):
                    j += 1
                    continue
                break
            f = _frag(lines[j][1], lines[j][0])
            frags.append(f)
            j += 1
            t = f.text.rstrip()
            if t[-1:] in p.quote_close and len(t) > 1 and (len(frags) > 1 or t[:1] in p.quote_open):
                closed = True
                break
        body_text = " ".join(f.text for f in frags)
        # A speech verb after the quote makes it a statement in body text.
        tail = body_text.rstrip()[-80:]
        from pipeline.textutil import fold

        if any(f" {fold(v)} " in f" {fold(tail)} " for v in p.speech_verbs):
            return None
        # Attribution: the next non-blank lines, starting with a name.
        m = j
        while m < len(lines) and not lines[m][1].text.strip():
            m += 1
        if m - j > 2 or m >= len(lines):
            return None
        first = _frag(lines[m][1], lines[m][0])
        name_part = first.text.split(",")[0]
        if not is_name_like(name_part):
            return None
        attribution = []
        while m < len(lines) and lines[m][1].text.strip():
            f = _frag(lines[m][1], lines[m][0])
            if is_url_line(f.text) or p.label_of(f.text) or is_junk(f.text) or p.is_video_caption(f.text):
                break
            attribution.append(f)
            m += 1
        if not closed:
            # The closing mark may stand on its own after the attribution ("77").
            q = m
            while q < len(lines) and not lines[q][1].text.strip():
                q += 1
            if q < len(lines) and lines[q][1].text.strip() in p.quote_close_ocr:
                m = q + 1
        return Block("pull_quote", frags=frags, attribution=attribution), m

    # -- two interleaved columns -------------------------------------------
    def _zone_line(self, frag: Frag, nxt: str = "") -> None:
        if not self.zone and self.left_box is None and self.side_block is not None \
                and self.side_block.kind == "box":
            # A box printed in two columns: both halves are list items.
            self._flush_body()
            self.left_box = Block("box", label_kind=self.side_block.label_kind)
            self.body.reset("box")
            self.body.frags = []
        parts = choose(frag, self.body, self.side, self.p, self.width or 50.0, nxt)
        for stream_name, part in parts:
            if stream_name == "body" and self.left_box is not None:
                rest = bullet_rest(part.text, self.p)
                if rest is not None:
                    part.text = rest
                    self.left_box.items.append([part])
                elif self.left_box.items:
                    self.left_box.items[-1].append(part)
                else:
                    self.left_box.items.append([part])
                self.body.push(part)
            elif stream_name == "body":
                self.body.push(part)
            else:
                self._side_add(part)

    def finish(self) -> list[Block]:
        if self.left_box is not None:
            # Reading order: the left column's items come first.
            for blk in self.blocks:
                if blk.kind == "box" and blk.label_kind == self.left_box.label_kind:
                    blk.items = self.left_box.items + blk.items
                    break
            self.body.frags = []
        self._flush_body()
        return self.blocks


def column_width(lines: list[Line]) -> float | None:
    """The usual width of a column in characters, for text without geometry.

    Where the extractor knew the geometry (PDF), it has already put the
    columns in reading order, and None turns the untangling off.
    """
    if any(l.x0 is not None for l in lines):
        return None
    lengths = sorted(len(l.text.strip()) for l in lines if len(l.text.strip()) > 25)
    return float(lengths[len(lengths) // 2]) if lengths else None


def parse_section(lines: list[tuple[int, Line]], profile: Profile, width: float | None) -> list[Block]:
    """Blocks of one section, in reading order; ``width`` from :func:`column_width`."""
    parser = SectionParser(profile, width=width)
    return parser.feed(lines)
