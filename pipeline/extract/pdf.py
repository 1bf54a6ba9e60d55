"""PDF reader: text layer (pdfplumber) or OCR (pypdfium2 + Tesseract).

One pass per page over pdfplumber's words (``extract_words`` with font name
and size), the page's rectangles and its hyperlinks; the layout itself is
pure Python (:mod:`pipeline.extract.layout`).  Pages are processed as a
stream and closed at once, so memory stays flat.  Pages without a usable
text layer are rendered and OCR'd (:mod:`pipeline.extract.ocr`), in a process
pool when ``workers > 1``; so are page ranges of long text-layer PDFs.

What the Document carries (the contract with the segmenter):

- one Line per printed line, in reading order, with page, box, size,
  bold/italic, role and block;
- an empty Line between layout blocks and between paragraphs (a vertical
  gap wider than the line spacing, or a change of font size), except where
  a paragraph visibly runs on from one column or page into the next (no
  sentence end, next line in lower case, same font): there no blank line
  is put, so the paragraph stays whole;
- line-end hyphens as printed; running headers, footers and page numbers
  dropped; link annotations with the words under them and the index of the
  line they sit on.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError
from pipeline.types import Document, Line, LinkAnnotation

from . import ocr
from .layout import LayoutLine, layout_page

_HEADER_SNIFF = 1 << 20
_CID = re.compile(r"\(cid:\d+\)")
_LONE_NUMBER = re.compile(r"^(?:sid(?:a|an)?\s*)?\d{1,4}(?:\s*(?:\(\d{1,4}\)|/\s*\d{1,4}|av\s+\d{1,4}))?$", re.I)
_EDGE = 0.09  # fraction of the page height counted as header / footer band
OCR_SIZE_TOL = 0.25  # OCR'd font sizes are estimates (see ocr.words_from_data)
_QUOTES = "\"“”„«»'’"


@dataclass
class _Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[LayoutLine] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    ocr: bool = False


# --------------------------------------------------------------------------
# opening


def _check_bytes(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(_HEADER_SNIFF)
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read the file ({exc.strerror})") from None
    if size == 0 or not head.strip():
        raise InputError(f"{path.name}: the file is empty")
    if b"%PDF-" not in head:
        raise InputError(f"{path.name}: not a PDF (no %PDF header)")


def _open_error(path: Path, exc: BaseException, password: str | None) -> InputError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(inner, PDFPasswordIncorrect):
        if password:
            return InputError(f"{path.name}: the PDF is encrypted and the password given is wrong")
        return InputError(f"{path.name}: the PDF is encrypted; give its password with --password")
    if isinstance(inner, PDFEncryptionError):
        return InputError(f"{path.name}: the PDF is encrypted with an unsupported method ({inner})")
    reason = str(inner).strip().splitlines()[0] if str(inner).strip() else type(inner).__name__
    return InputError(f"{path.name}: malformed PDF, cannot be read ({reason[:120]})")


# --------------------------------------------------------------------------
# text layer tests


def _bad_char(t: str) -> bool:
    if _CID.fullmatch(t) or len(t) > 1 and t.startswith("(cid:"):
        return True
    o = ord(t[0]) if t else 0
    return 0xE000 <= o <= 0xF8FF or o == 0xFFFD or (o < 32 and t not in "\t\n\r")


def usable_text_layer(chars: list[dict], images: list[dict], page_w: float, page_h: float) -> bool:
    """True when the page's characters are real text worth reading as such."""
    n = len(chars)
    if n == 0:
        return False
    bad = sum(1 for c in chars if _bad_char(c["text"]))
    if bad > 0.3 * n:
        return False
    if n < 30:
        area = sum((im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) for im in images)
        if area > 0.5 * page_w * page_h:
            return False  # a scan with a few stray characters
    return True


def _is_blank(page) -> bool:
    return not (page.images or page.rects or page.curves or page.lines)


# --------------------------------------------------------------------------
# per-page work


def text_direction(chars: list[dict]) -> str:
    """Dominant writing direction on the page: ltr, ttb, btt or rtl."""
    votes: Counter = Counter()
    for c in chars[:: max(1, len(chars) // 200)]:
        a, b = c["matrix"][0], c["matrix"][1]
        if abs(a) >= abs(b):
            votes["ltr" if a > 0 else "rtl"] += 1
        else:  # PDF y points up; the page's ``top`` grows downwards
            votes["btt" if b > 0 else "ttb"] += 1
    return votes.most_common(1)[0][0] if votes else "ltr"


def upright_chars(chars: list[dict], direction: str, w: float, h: float) -> list[dict]:
    """Chars rotated into a frame where ``direction`` reads left to right."""
    out = []
    for c in chars:
        x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
        if direction == "ttb":
            nx0, nx1, ntop, nbot = top, bottom, w - x1, w - x0
        elif direction == "btt":
            nx0, nx1, ntop, nbot = h - bottom, h - top, x0, x1
        else:  # rtl: upside down
            nx0, nx1, ntop, nbot = w - x1, w - x0, h - bottom, h - top
        d = dict(c)
        d.update(x0=nx0, x1=nx1, top=ntop, bottom=nbot, doctop=ntop, upright=True)
        out.append(d)
    return out


def _text_page(page, number: int) -> _Page:
    w, h = float(page.width), float(page.height)
    chars = page.chars
    direction = text_direction(chars)
    if direction != "ltr":
        from pdfplumber.utils import extract_words

        chars = upright_chars(chars, direction, w, h)
        words = extract_words(chars, extra_attrs=["fontname", "size"])
        if direction in ("ttb", "btt"):
            w, h = h, w
        lines = layout_page([wd for wd in words if not _CID.search(wd["text"])], [], w, h)
        return _Page(number, w, h, lines, [])  # link rects stay in the unrotated frame: dropped
    words = page.extract_words(extra_attrs=["fontname", "size"])
    words = [wd for wd in words if not _CID.search(wd["text"])]
    lines = layout_page(words, page.rects, w, h)
    links = [hl for hl in page.hyperlinks if hl.get("uri")]
    return _Page(number, w, h, lines, links)


def _links_of(page) -> list[dict]:
    try:
        return [
            {k: hl[k] for k in ("uri", "x0", "x1", "top", "bottom")}
            for hl in page.hyperlinks
            if hl.get("uri")
        ]
    except Exception:  # noqa: BLE001 - a broken annotation must not stop the page
        return []


# --------------------------------------------------------------------------
# document-level passes


def _norm_key(text: str) -> str:
    """Running-line key: letters only, digits as one #, lower case."""
    return re.sub(r"[^\w#]+", "", re.sub(r"\d+", "#", text.strip().lower()))


def _similar_key(key: str, frequent: set[str]) -> bool:
    """An OCR misreading of a frequent running line ("deiaktighet")?"""
    from difflib import SequenceMatcher

    return len(key) >= 6 and any(SequenceMatcher(None, key, f).ratio() >= 0.85 for f in frequent)


def drop_running_lines(pages: list[_Page]) -> None:
    """Remove running headers/footers and page numbers, in place.

    A line in the top or bottom band of the page is furniture when its key
    (:func:`_norm_key`) recurs on at least half the pages, when it is an OCR
    misreading of such a key, or when it is a lone page number.  On OCR'd
    pages, band lines without a word or a number (specks read as "i;") go too.
    """
    counts: Counter = Counter()
    text_pages = [p for p in pages if p.lines]
    for p in text_pages:
        keys = set()
        for ln in p.lines:
            band = _band(ln, p)
            if band:
                keys.add((band, _norm_key(ln.text)))
        counts.update(keys)
    need = max(2, int(0.5 * len(text_pages) + 0.999))
    frequent = {band: {k for (b, k), n in counts.items() if b == band and n >= need} for band in ("top", "bottom")}
    for p in text_pages:
        kept = []
        for ln in p.lines:
            band = _band(ln, p)
            if band:
                key = _norm_key(ln.text)
                if key in frequent[band] or _LONE_NUMBER.match(ln.text.strip()):
                    continue
                if p.ocr and (_similar_key(key, frequent[band]) or not re.search(r"[^\W\d_]{3}|\d", ln.text)):
                    continue
            kept.append(ln)
        p.lines = kept


def _band(ln: LayoutLine, p: _Page) -> str | None:
    if ln.bottom <= p.height * _EDGE:
        return "top"
    if ln.top >= p.height * (1 - _EDGE):
        return "bottom"
    return None


def body_size(pages: list[_Page]) -> float:
    weight: Counter = Counter()
    for p in pages:
        for ln in p.lines:
            if not ln.in_box:
                weight[round(ln.size)] += len(ln.text)
    if not weight:
        return 10.0
    top = weight.most_common(1)[0][0]
    # the mean of exact sizes near the mode
    near = [(ln.size, len(ln.text)) for p in pages for ln in p.lines if round(ln.size) == top]
    return sum(s * n for s, n in near) / max(1, sum(n for _, n in near))


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def line_role(ln: LayoutLine, body: float, ocr_page: bool) -> str:
    text = ln.text.strip()
    rel = ln.size / body if body else 1.0
    if ln.in_box:
        return "box"
    quote = text[:1] in _QUOTES
    if ln.italic and rel >= 1.08 or quote and rel >= 1.15:
        return "pull_quote"
    if rel >= (1.3 if ocr_page else 1.2) and (_caps(text) or ln.bold or rel >= 1.5):
        return "heading"
    if ln.bold and _caps(text):
        return "heading"
    if rel <= 0.9:
        return "caption"
    return "body"


def _roles(pages: list[_Page], body: float) -> dict[int, str]:
    """Role of every line (by id); a pull quote's role runs on through the
    lines of its paragraph (OCR gives no italics to recognise them by)."""
    roles: dict[int, str] = {}
    for p in pages:
        prev = None
        for ln in p.lines:
            role = line_role(ln, body, p.ocr)
            if (prev is not None and roles[id(prev)] == "pull_quote" and role in ("body", "heading")
                    and ln.block == prev.block and not ln.para_break_before
                    and abs(ln.size - prev.size) <= OCR_SIZE_TOL * prev.size):
                role = "pull_quote"
            roles[id(ln)] = role
            prev = ln
    return roles


def _continues(prev: LayoutLine, nxt: LayoutLine) -> bool:
    """Does a paragraph run on from one column (or page) into the next?"""
    if prev.in_box or nxt.in_box or abs(prev.size - nxt.size) > 0.1 * prev.size:
        return False
    if prev.bold != nxt.bold or prev.italic != nxt.italic:
        return False
    a, b = prev.text.rstrip(), nxt.text.lstrip()
    if not a or not b:
        return False
    if a.endswith("-"):
        return True
    return a[-1] not in ".!?:;”\"’" and b[0].islower()


# --------------------------------------------------------------------------
# entry point


PARALLEL_MIN_PAGES = 8  # below this, starting processes costs more than it saves


def _open(path: Path, password: str | None):
    import pdfplumber

    try:
        return pdfplumber.open(path, password=password or "")
    except Exception as exc:  # noqa: BLE001 - every failure becomes one line
        raise _open_error(path, exc, password) from None


def read_pages(path: Path, password: str | None, start: int, stop: int, pdf=None) -> list[_Page]:
    """Pages ``start``..``stop - 1`` (0-based) read from the text layer.

    A page without a usable text layer comes back empty with ``ocr=True``;
    the caller OCRs it.  Runs in a worker process when pages are read in
    parallel, so it opens the PDF itself unless given ``pdf``.
    """
    own = pdf is None
    if own:
        pdf = _open(path, password)
    out: list[_Page] = []
    try:
        for i in range(start, stop):
            page = pdf.pages[i]
            try:
                w, h = float(page.width), float(page.height)
                if usable_text_layer(page.chars, page.images, w, h):
                    p = _text_page(page, i + 1)
                    _keep_words_under_links(p)
                    out.append(p)
                elif _is_blank(page):
                    out.append(_Page(i + 1, w, h))
                else:
                    out.append(_Page(i + 1, w, h, links=_links_of(page), ocr=True))
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001
                reason = str(exc)[:100] or type(exc).__name__
                raise InputError(f"{path.name}: malformed PDF, page {i + 1} cannot be read ({reason})") from None
            finally:
                page.close()
    finally:
        if own:
            pdf.close()
    return out


def _keep_words_under_links(p: _Page) -> None:
    """Drop the word boxes no link label needs (they would only be copied)."""
    for ln in p.lines:
        if not any(ln.top < hl["bottom"] + 1 and ln.bottom > hl["top"] - 1 for hl in p.links):
            ln.words = []


def read_pdf(path: Path, *, password: str | None = None, workers: int = 1) -> Document:
    """Read a PDF into a :class:`Document` (see the module docstring).

    With ``workers > 1`` the pages are split over that many processes (the
    text layer in contiguous ranges, then OCR page by page).
    """
    path = Path(path)
    _check_bytes(path)
    pdf = _open(path, password)
    executor = None
    try:
        try:
            n_pages = len(pdf.pages)
            meta_title = (pdf.metadata or {}).get("Title")
        except Exception as exc:  # noqa: BLE001
            raise _open_error(path, exc, password) from None
        if n_pages == 0:
            raise InputError(f"{path.name}: malformed PDF, no pages could be read (broken page tree)")
        if workers > 1 and n_pages >= PARALLEL_MIN_PAGES:
            pdf.close()
            executor = ocr.make_executor(workers)
            step = -(-n_pages // workers)
            futs = [executor.submit(read_pages, path, password, a, min(a + step, n_pages))
                    for a in range(0, n_pages, step)]
            pages = [p for f in futs for p in f.result()]
        else:
            pages = read_pages(path, password, 0, n_pages, pdf=pdf)
        ocr_pages = [p for p in pages if p.ocr]
        if ocr_pages:
            ocr.check_tesseract()
            if executor is None:
                executor = ocr.make_executor(workers)
            jobs = [(p, executor.submit(ocr.ocr_page, str(path), p.number - 1, password)) for p in ocr_pages]
            for p, fut in jobs:
                words, rects, w, h = fut.result()
                if abs(p.width - w) > 1 or abs(p.height - h) > 1:  # rotated page: keep OCR's frame
                    p.width, p.height = w, h
                p.lines = layout_page(words, rects, p.width, p.height, size_tol=OCR_SIZE_TOL)
    finally:
        if executor is not None:
            executor.shutdown(wait=True)
        pdf.close()

    return _assemble(path, pages, n_pages, meta_title)


def _assemble(path: Path, pages: list[_Page], n_pages: int, meta_title) -> Document:
    from . import sha256_file

    drop_running_lines(pages)
    body = body_size(pages)

    roles = _roles(pages, body)
    lines: list[Line] = []
    index_of: dict[int, int] = {}  # id(LayoutLine) -> index in lines
    block_base = 0
    prev: LayoutLine | None = None
    for p in pages:
        cur_block = None
        for ln in p.lines:
            new_block = ln.block != cur_block
            if lines and lines[-1].text != "":
                # a block's first kept line: its paragraph mark may refer to a
                # running header dropped above it, so only run-on counts
                brk = not (prev is not None and _continues(prev, ln)) if new_block else ln.para_break_before
                if brk:
                    lines.append(Line(text="", page=p.number))
            cur_block = ln.block
            index_of[id(ln)] = len(lines)
            lines.append(
                Line(
                    text=ln.text,
                    page=p.number,
                    x0=round(ln.x0, 2),
                    x1=round(ln.x1, 2),
                    top=round(ln.top, 2),
                    bottom=round(ln.bottom, 2),
                    size=round(ln.size, 2),
                    bold=ln.bold,
                    italic=ln.italic,
                    role=roles[id(ln)],
                    block=block_base + ln.block,
                )
            )
            prev = ln
        if p.lines:
            block_base += max(ln.block for ln in p.lines) + 1

    links = []
    for p in pages:
        for hl in p.links:
            links.append(_link(hl, p, index_of))

    kinds = {p.ocr for p in pages if p.lines or p.ocr}
    kind = "pdf_mixed" if len(kinds) > 1 else ("pdf_ocr" if kinds == {True} else "pdf_text")
    title = meta_title.strip() if isinstance(meta_title, str) and meta_title.strip() else None
    if title is None:
        title = next((ln.text for ln in lines if ln.role == "heading"), None)
    return Document(
        source_file=path.name,
        source_sha256=sha256_file(path),
        input_kind=kind,
        n_pages=n_pages,
        lines=lines,
        links=links,
        title=title,
    )


def _link(hl: dict, p: _Page, index_of: dict[int, int]) -> LinkAnnotation:
    x0, x1, top, bottom = hl["x0"], hl["x1"], hl["top"], hl["bottom"]
    tol = 1.0
    label_words = []
    covering: LayoutLine | None = None
    above: LayoutLine | None = None
    for ln in p.lines:
        overlaps_v = ln.top < bottom + tol and ln.bottom > top - tol
        overlaps_h = ln.x0 < x1 + tol and ln.x1 > x0 - tol
        if overlaps_v and overlaps_h:
            hit = [w for w in ln.words if _centre_in(w, x0 - tol, x1 + tol, top - tol, bottom + tol)]
            if hit:
                label_words.extend(hit)
                if covering is None:
                    covering = ln
        if ln.bottom <= top + tol and (above is None or ln.bottom > above.bottom):
            above = ln
    target = covering or above
    label = " ".join(w["text"] for w in label_words) or None
    return LinkAnnotation(
        url=hl["uri"],
        page=p.number,
        label=label,
        line_index=index_of.get(id(target)) if target is not None else None,
    )


def _centre_in(w: dict, x0: float, x1: float, top: float, bottom: float) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom
