"""Render a :class:`~tests.pdfgen.spec.Publication` with reportlab.

Layout of the genre: a title page with the foreword; one page (or more) per
organisation with a full-width heading and population line, body text in one
or two columns, pull quotes with attributions, video thumbnails with a
caption carrying a youtu.be link, a side box (filled rectangle) with a label
and bullets, a read-more list whose titles carry URI link annotations, and a
contact block (phone, e-mail as mailto link); running header and page number
on every page but the first; a closing tips section in two columns.

``text_filter`` is applied to every drawn string (never to link targets):
the degraders use it to imitate a font that lost å ä ö.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .spec import Box, Contact, Publication, PullQuote, Section, Video

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVu": "DejaVuSans.ttf",
    "DejaVu-Bold": "DejaVuSans-Bold.ttf",
    "DejaVu-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVu-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56, 72, 64
GUTTER = 20
TOP_BAND = 80  # height of the heading frame above two columns
BOX_FILL = colors.Color(0.88, 0.93, 0.97)
LINK_BLUE = colors.Color(0.05, 0.3, 0.6)

TextFilter = Callable[[str], str]


def register_fonts() -> None:
    if "DejaVu" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                                  italic="DejaVu-Oblique", boldItalic="DejaVu-BoldOblique")


_VOWELS = set("aeiouyåäöAEIOUYÅÄÖ")
_SHY = "\xad"


def soft_hyphens(text: str, min_len: int = 9) -> str:
    """Soft hyphens in long words, before a consonant that starts a syllable
    ("fan·tas·tis·ka"), so reportlab can break them at line ends the way
    the publications of the genre are set.

    >>> soft_hyphens("fantastiska") == "fan\xadtas\xadtis\xadka"
    True
    """
    def word(w: str) -> str:
        if len(w) < min_len or not w.isalpha():
            return w
        out, last = [], 0
        for i in range(3, len(w) - 3):
            if w[i] not in _VOWELS and w[i + 1] in _VOWELS and w[i - 1] in _VOWELS and i - last >= 3:
                out.append(w[last:i])
                last = i
        out.append(w[last:])
        return _SHY.join(out)

    return " ".join(
        "".join(word(part) if part.isalpha() else part for part in _split_keep(tok)) for tok in text.split(" ")
    )


def _split_keep(tok: str) -> list[str]:
    """A token split into runs of letters and runs of anything else."""
    import re

    return re.findall(r"[^\W\d_]+|[\W\d_]+", tok)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13, spaceAfter=6,
                          embeddedHyphenation=1, uriWasteReduce=0.3)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName="DejaVu-Bold", fontSize=26, leading=32, spaceAfter=30),
        "heading": ParagraphStyle("heading", parent=base, fontName="DejaVu-Bold", fontSize=20, leading=24, spaceAfter=8),
        "population": ParagraphStyle("population", parent=base, fontName="DejaVu-Bold", fontSize=11, leading=14, spaceAfter=14),
        "signature": ParagraphStyle("signature", parent=base, spaceAfter=0),
        "pull": ParagraphStyle("pull", parent=base, fontName="DejaVu-Oblique", fontSize=14, leading=18,
                               spaceBefore=10, spaceAfter=4, textColor=colors.Color(0.1, 0.25, 0.5)),
        "attrib_name": ParagraphStyle("attrib_name", parent=base, fontName="DejaVu-Bold", fontSize=8.5, leading=11, spaceAfter=0),
        "attrib": ParagraphStyle("attrib", parent=base, fontSize=8.5, leading=11, spaceAfter=12),
        "caption": ParagraphStyle("caption", parent=base, fontName="DejaVu-Oblique", fontSize=8.5, leading=11, spaceAfter=12),
        "label": ParagraphStyle("label", parent=base, fontName="DejaVu-Bold", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4),
        "link": ParagraphStyle("link", parent=base, textColor=LINK_BLUE, spaceAfter=4),
        "contact": ParagraphStyle("contact", parent=base, spaceAfter=0),
        "box_label": ParagraphStyle("box_label", parent=base, fontName="DejaVu-Bold", fontSize=10.5, leading=14, spaceAfter=6),
        "bullet": ParagraphStyle("bullet", parent=base, fontSize=9.5, leading=12.5, leftIndent=12, bulletIndent=0, bulletFontName="DejaVu",
                                 spaceAfter=5),
    }


class LinkedPara(Paragraph):
    """A paragraph with one URI annotation over its text (from ``link_x0``)."""

    def __init__(self, text, style, url: str, link_x0: float = 0.0):
        super().__init__(text, style)
        self.url = url
        self.link_x0 = link_x0

    def draw(self):
        super().draw()
        lines = getattr(self.blPara, "lines", [])
        # the widest line bounds the rectangle, so it covers words only
        width = self.width
        try:
            width = max(self.width - ln[0] for ln in lines) if lines else self.width
        except Exception:  # noqa: BLE001 - FragLine objects in rich paragraphs
            width = self.width
        self.canv.linkURL(self.url, (self.link_x0, 0, min(self.width, width), self.height), relative=1, thickness=0)


class VideoThumb(Flowable):
    """A grey video still with a play triangle."""

    def __init__(self, width: float = 200, height: float = 90):
        super().__init__()
        self.w, self.h = width, height

    def wrap(self, aw, ah):
        self.w = min(self.w, aw)
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(colors.Color(0.35, 0.35, 0.38))
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.white)
        cx, cy = self.w / 2, self.h / 2
        p = c.beginPath()
        p.moveTo(cx - 10, cy - 12)
        p.lineTo(cx - 10, cy + 12)
        p.lineTo(cx + 12, cy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)


class Boxed(Flowable):
    """Flowables drawn on one filled rectangle (a side box)."""

    def __init__(self, content: list[Flowable], pad: float = 8):
        super().__init__()
        self.content, self.pad = content, pad

    def wrap(self, aw, ah):
        self.width = aw
        self.sizes = [f.wrap(aw - 2 * self.pad, ah) for f in self.content]
        self.height = sum(h for _, h in self.sizes) + 2 * self.pad + sum(
            f.getSpaceAfter() for f in self.content[:-1])
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(BOX_FILL)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        y = self.height - self.pad
        for f, (_, h) in zip(self.content, self.sizes):
            y -= h
            f.drawOn(c, self.pad, y)
            y -= f.getSpaceAfter()


# --------------------------------------------------------------------------


class _Builder:
    def __init__(self, pub: Publication, text_filter: TextFilter | None):
        self.pub = pub
        self.f = text_filter or (lambda s: s)
        self.st = _styles()

    def p(self, text: str, style: str, *, hyphenate: bool = False, **kw) -> Paragraph:
        text = escape(self.f(text))
        return Paragraph(soft_hyphens(text) if hyphenate else text, self.st[style], **kw)

    def story(self) -> list:
        pub, s = self.pub, []
        s.append(self.p(pub.title, "title"))
        for para in pub.foreword:
            s.append(self.p(para.text, "body", hyphenate=True))
        s.append(Spacer(1, 12))
        for i, line in enumerate(pub.signature):
            s.append(self.p(line, "attrib_name" if i == 0 else "signature"))
        for sec in pub.sections:
            s.extend(self.section(sec))
        if pub.closing:
            s.extend([NextPageTemplate("twotop"), PageBreak(), NextPageTemplate("two"),
                      self.p(pub.closing.label, "heading"), FrameBreak()])
            s.extend(self.bullets(pub.closing.items))
        return s

    def section(self, sec: Section) -> list:
        s: list = []
        if sec.columns == 2:
            s += [NextPageTemplate("twotop"), PageBreak(), NextPageTemplate("two")]
        else:
            s += [NextPageTemplate("one"), PageBreak()]
        s.append(self.p(sec.heading, "heading"))
        sep = " " if not sec.population_label.endswith(":") else " "
        s.append(self.p(f"{sec.population_label}{sep}{_thousands(sec.population)}", "population"))
        if sec.columns == 2:
            s.append(FrameBreak())
        for i, para in enumerate(sec.paragraphs, 1):
            s.append(self.p(para.text, "body", hyphenate=True))
            for q in sec.pull_quotes:
                if q.after == i:
                    s.append(self.pull_quote(q))
            for v in sec.videos:
                if v.after == i:
                    s.append(self.video(v))
        if sec.box:
            s.append(Spacer(1, 6))
            s.append(self.box(sec.box))
        if sec.read_more:
            block = [self.p(sec.read_more_label, "label")]
            block += [LinkedPara(escape(self.f(r.title)), self.st["link"], r.url) for r in sec.read_more]
            s.append(KeepTogether(block))
        if sec.contacts:
            block = [self.p(sec.contact_label, "label")]
            for c in sec.contacts:
                block += self.contact(c, sec.phone_style)
            s.append(KeepTogether(block))
        return s

    def pull_quote(self, q: PullQuote) -> Flowable:
        parts = [self.p(f"“{q.text}”", "pull")]
        if q.role:
            tail = ", ".join(x for x in (q.role, q.org) if x)
            parts.append(Paragraph(f"<b>{escape(self.f(q.name))}</b>, {escape(self.f(tail))}", self.st["attrib"]))
        else:
            parts.append(self.p(q.name, "attrib_name"))
            if q.org:
                parts.append(self.p(q.org, "attrib"))
        return KeepTogether(parts)

    def video(self, v: Video) -> Flowable:
        return KeepTogether([VideoThumb(), Spacer(1, 4),
                             LinkedPara(escape(self.f(v.caption)), self.st["caption"], v.url)])

    def bullets(self, items: list[str]) -> list[Flowable]:
        return [Paragraph(soft_hyphens(escape(self.f(t))), self.st["bullet"], bulletText="•") for t in items]

    def box(self, box: Box) -> Flowable:
        return Boxed([self.p(box.label, "box_label")] + self.bullets(box.items))

    def contact(self, c: Contact, style: str) -> list[Flowable]:
        out = [self.p(c.name, "contact")]
        phone_prefix, mail_prefix = ("☎ ", "✉ ") if style == "icon" else ("Tel: ", "E-post: ")
        if c.phones:
            out.append(self.p(phone_prefix + " eller ".join(c.phones), "contact"))
        if c.email:
            st = self.st["contact"]
            x0 = pdfmetrics.stringWidth(self.f(mail_prefix), st.fontName, st.fontSize)
            out.append(LinkedPara(escape(self.f(mail_prefix + c.email)), st, f"mailto:{c.email}", link_x0=x0))
        return out


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def render(pub: Publication, out: Path, text_filter: TextFilter | None = None) -> Path:
    """Write ``pub`` as a PDF to ``out``."""
    register_fonts()
    out = Path(out)
    f = text_filter or (lambda s: s)
    body_w = PAGE_W - 2 * MARGIN_X
    col_w = (body_w - GUTTER) / 2
    body_h = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

    def frame(x, y, w, h, fid):
        return Frame(x, y, w, h, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def cols(h):
        return [frame(MARGIN_X, MARGIN_BOTTOM, col_w, h, "left"),
                frame(MARGIN_X + col_w + GUTTER, MARGIN_BOTTOM, col_w, h, "right")]

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
        canvas.drawString(MARGIN_X, PAGE_H - 40, f(pub.running_header))
        canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 40, f(pub.publisher))
        canvas.setFont("DejaVu", 9)
        canvas.drawCentredString(PAGE_W / 2, 32, str(doc.page))
        canvas.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, title=f(pub.running_header),
                          author=pub.publisher, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    doc.addPageTemplates([
        PageTemplate("title", [frame(MARGIN_X, MARGIN_BOTTOM, body_w, body_h, "main")]),
        PageTemplate("one", [frame(MARGIN_X, MARGIN_BOTTOM, body_w, body_h, "main")], onPage=furniture),
        PageTemplate("twotop", [frame(MARGIN_X, PAGE_H - MARGIN_TOP - TOP_BAND, body_w, TOP_BAND, "top")]
                     + cols(body_h - TOP_BAND), onPage=furniture),
        PageTemplate("two", cols(body_h), onPage=furniture),
    ])
    doc.build(_Builder(pub, text_filter).story())
    return out
