"""OCR of PDF pages without a usable text layer: pypdfium2 + Tesseract (swe).

A page is rendered at ``DPI`` and read with ``pytesseract.image_to_data``; the
result is a list of word dicts in PDF points, the same shape as pdfplumber's
``extract_words``, so :mod:`pipeline.extract.layout` handles both.

Tesseract must run single-threaded (``OMP_THREAD_LIMIT=1``): its OpenMP
threads are pathological on small machines; pages are parallelised with
processes instead (see :func:`ocr_pages`).
"""
from __future__ import annotations

import os
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path

from pipeline.errors import InputError, MissingDependencyError

DPI = 300
LANG = "swe"
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-swe"

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def check_tesseract() -> None:
    """Raise MissingDependencyError unless Tesseract with Swedish data is usable."""
    try:
        import pytesseract
    except ImportError as exc:  # pragma: no cover - pytesseract is a dependency
        raise MissingDependencyError(f"OCR needs the Python package pytesseract: pip install pytesseract ({exc})") from None
    try:
        langs = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError):
        raise MissingDependencyError(
            f"this PDF has pages without a text layer and OCR needs Tesseract: {INSTALL_HINT}"
        ) from None
    if LANG not in langs:
        raise MissingDependencyError(
            f"OCR needs Tesseract's Swedish data ('{LANG}' not installed): {INSTALL_HINT}"
        )


# What Tesseract makes of a bullet (often with a low confidence): kept, the
# segmenter's profile knows these as list markers.
_BULLETISH = {"•", "«", "»", "*", "·", "●", "▪", "■", "◦", "-", "–", "e", "o"}
_DASHES = set("-‐–—")
_ASC = set("bdfhiklt0123456789åäöÅÄÖ!?/()[]{}|%&@#")
_DESC = set("gjpqyQ,;()[]{}|")


def _em_estimate(text: str, h: float) -> tuple[float, bool]:
    """(font size, whether the box bottom is the baseline) from a word box.

    Tesseract boxes are tight around the ink, so their height depends on the
    letters: x-height only ("en"), with ascenders or capitals ("det", "I"),
    with descenders ("jag").  The ratios are those of common sans-serif fonts.
    """
    asc = any(c in _ASC or c.isupper() for c in text)
    desc = any(c in _DESC for c in text)
    if asc and desc:
        return h / 0.96, False
    if asc:
        return h / 0.75, True
    if desc:
        return h / 0.76, False
    return h / 0.55, True


def _median_size(rs) -> float:
    ests = sorted(_em_estimate(r[1], r[6])[0] for r in rs)
    return ests[(len(ests) - 1) // 2]


def _split_at_gutters(groups):
    """Tesseract sometimes reads two columns' lines at one height as one
    line; split its words where the gap is wider than a column gutter."""
    for rs in groups:
        rs = sorted(rs, key=lambda r: r[3])
        size = _median_size(rs)
        piece = [rs[0]]
        for prev, r in zip(rs, rs[1:]):
            if r[3] - (prev[3] + prev[5]) > 1.1 * size:
                yield piece
                piece = [r]
            else:
                piece.append(r)
        yield piece


def _is_bullet_mark(rs, size: float) -> bool:
    """Is the line's first word a bullet that Tesseract misread ("«", '"', "e")?

    A bullet is a small blob, well below the cap height, standing apart from
    the text at the line's start; what Tesseract calls it varies.
    """
    if len(rs) < 2:
        return False
    _k, text, _c, x, _y, w, h = rs[0]
    nxt = rs[1]
    small = h < 0.45 * size and w < 0.5 * size
    apart = nxt[3] - (x + w) > 0.4 * size
    return small and apart and len(text) <= 2 and not text.isalnum() or (text in ("•", "●") and apart)


def words_from_data(data: dict, scale: float) -> list[dict]:
    """Word dicts (PDF points) from ``image_to_data(..., output_type=DICT)``.

    Every word of a Tesseract line gets the line's font size (the median of
    its words' estimates, :func:`_em_estimate`) and a box like a PDF text
    layer gives (baseline - 0.78 em to baseline + 0.22 em), so rows, line
    pitches and sizes are as stable as in a text layer.  Specks (flat or
    tiny boxes; a dash is flat but wide and kept) and low-confidence marks
    are dropped.
    """
    raw = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        raw.append((key, text, conf, data["left"][i], data["top"][i], data["width"][i], data["height"][i]))
    if not raw:
        return []
    heights = sorted(r[6] for r in raw)
    med_h = heights[len(heights) // 2]
    kept = []
    for r in raw:
        _key, text, conf, _x, _y, w, h = r
        alnum = any(ch.isalnum() for ch in text)
        # a dash is as flat as a speck, but wide
        speck = h < 0.3 * med_h and not (set(text) <= _DASHES and w >= 2 * h)
        if speck or (not alnum and conf < 60 and len(text) <= 2 and not set(text) <= _BULLETISH):
            continue
        kept.append(r)
    lines: dict = {}
    for r in kept:
        lines.setdefault(r[0], []).append(r)
    words = []
    for rs in _split_at_gutters(lines.values()):
        size = _median_size(rs)
        # each word's own guess at the baseline; the median outvotes boxes
        # stretched by a speck or a neighbour's descender
        bases = sorted(r[4] + r[6] - (0 if _em_estimate(r[1], r[6])[1] else 0.22 * size) for r in rs)
        baseline = bases[len(bases) // 2]
        top = (baseline - 0.78 * size) * scale
        size_pt = round(size * scale * 4) / 4
        rs = sorted(rs, key=lambda r: r[3])
        if _is_bullet_mark(rs, size):
            rs[0] = (rs[0][0], "•") + rs[0][2:]
        for _key, text, conf, x, _y, w, _h in rs:
            words.append(
                {
                    "text": text,
                    "x0": x * scale,
                    "x1": (x + w) * scale,
                    "top": top,
                    "bottom": top + size_pt,
                    "size": size_pt,
                    "fontname": "",
                    "conf": conf,
                }
            )
    return words


def estimate_skew(img, max_angle: float = 2.0, step: float = 0.1) -> float:
    """Skew angle in degrees of a page image (projection-profile search).

    Rotating the page by the returned angle makes its text lines horizontal:
    the angle whose row profile has the sharpest peaks wins.  Coarse (0.5°)
    then fine (``step``) search on a thumbnail: about 20 rotations.
    """
    import numpy as np
    from PIL import Image

    small = img.convert("L")
    small.thumbnail((800, 800))
    ink = small.point(lambda v: 255 if v < 140 else 0)

    def score(a: float) -> float:
        rows = np.asarray(ink.rotate(a, resample=Image.NEAREST, fillcolor=0), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    coarse = [k * 0.5 for k in range(-int(max_angle / 0.5), int(max_angle / 0.5) + 1)]
    best = max(coarse, key=score)
    fine = [best + k * step for k in range(-int(0.5 / step), int(0.5 / step) + 1)]
    return round(max(fine, key=score), 2)


def deskew(img):
    """The page image rotated so that its text lines are horizontal."""
    from PIL import Image

    angle = estimate_skew(img)
    if abs(angle) < 0.05:
        return img
    return img.rotate(angle, resample=Image.BILINEAR, fillcolor=255)  # bicubic: 2.5x the time, no better OCR


def despeckle(img, dark: int = 160, radius: int = 2, max_dark: int = 5, paper: int = 200, max_marked: int = 7):
    """Whiten isolated dark specks (dust, scanner noise) and their halos, keep text.

    A dark pixel (below ``dark``) is a speck when its (2 * ``radius`` + 1)²
    neighbourhood has at most about ``max_dark`` dark pixels (even a full
    stop at body size has a dozen) and at most about ``max_marked`` pixels
    darker than ``paper`` (so that grey text, whose darkest pixels can be as
    sparse, is kept).  ``dark`` is well above mid-grey and the speck's grey
    halo goes with it: a one-pixel speck of a lower-resolution scan, rendered
    larger, is a grey blur, and Tesseract reads that as a full stop
    ("utvecklingen.") or the upper dot of a colon ("ut:").  The counts are
    read off box blurs (PIL, linear time), far cheaper than a median filter.
    """
    import numpy as np
    from PIL import Image, ImageFilter

    grey = img.convert("L")
    arr = np.asarray(grey)
    ink = arr < dark
    window = (2 * radius + 1) ** 2
    blur = np.asarray(grey.point(lambda v: 255 if v < dark else 0).filter(ImageFilter.BoxBlur(radius)))
    speck = ink & (blur <= 255 * max_dark / window)
    if not speck.any():
        return grey
    # the marked pixels are counted around the few candidates only
    ys, xs = np.nonzero(speck)
    hh, ww = arr.shape
    marked = np.zeros(len(ys), dtype=np.int32)
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            marked += arr[np.clip(ys + dy, 0, hh - 1), np.clip(xs + dx, 0, ww - 1)] < paper
    alone = marked <= max_marked
    speck[ys[~alone], xs[~alone]] = False
    ys, xs = ys[alone], xs[alone]
    if not len(ys):
        return grey
    out = arr.copy()
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            y, x = np.clip(ys + dy, 0, hh - 1), np.clip(xs + dx, 0, ww - 1)
            halo = ~ink[y, x] | speck[y, x]  # not another mark's ink
            out[y[halo], x[halo]] = 255
    return Image.fromarray(out, "L")


def clean(img):
    """Grey page image without specks, deskewed.

    Tesseract draws a word's box around any speck that touches it, which
    inflates heights and so the font sizes the layout relies on.
    """
    return deskew(despeckle(img))


def render_page(path: str | Path, page_index: int, password: str | None = None, dpi: int = DPI):
    """Render one page with pypdfium2; returns (PIL image, width pt, height pt)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{Path(path).name}: cannot render page {page_index + 1} ({exc})") from None
    try:
        page = doc[page_index]
        w, h = page.get_size()
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        img = bitmap.to_pil()
        page.close()
        return img, w, h
    finally:
        doc.close()


def ocr_image(img, scale: float) -> list[dict]:
    """Tesseract word boxes of an image, in the units ``scale`` maps pixels to."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        data = pytesseract.image_to_data(img, lang=LANG, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError:
        raise MissingDependencyError(f"OCR needs Tesseract: {INSTALL_HINT}") from None
    return words_from_data(data, scale)


def tinted_regions(img, scale: float, cell: int = 16, level: int = 244, min_w: float = 60,
                   min_h: float = 30) -> list[dict]:
    """Filled areas of a page image (side boxes), as pdfplumber-like rects.

    The median of each ``cell`` x ``cell`` block is its background (text
    covers far less than half of a block); blocks darker than ``level`` are
    flood-filled into regions, returned in the units ``scale`` maps pixels to.
    The medians are taken over 4 x 4 averages (``Image.reduce``): the same
    answer for a fraction of the work.
    """
    import numpy as np

    red = 4
    sub = cell // red
    arr = np.asarray(img.convert("L").reduce(red))
    h, w = (arr.shape[0] // sub) * sub, (arr.shape[1] // sub) * sub
    blocks = arr[:h, :w].reshape(h // sub, sub, w // sub, sub).transpose(0, 2, 1, 3).reshape(h // sub, w // sub, -1)
    mask = np.median(blocks, axis=2) < level
    rows, cols = mask.shape
    seen = np.zeros_like(mask)
    out = []
    for r0, c0 in zip(*np.nonzero(mask)):
        if seen[r0, c0]:
            continue
        stack = [(r0, c0)]
        seen[r0, c0] = True
        rmin = rmax = r0
        cmin = cmax = c0
        n = 0
        while stack:
            r, c = stack.pop()
            n += 1
            rmin, rmax, cmin, cmax = min(rmin, r), max(rmax, r), min(cmin, c), max(cmax, c)
            for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= rr < rows and 0 <= cc < cols and mask[rr, cc] and not seen[rr, cc]:
                    seen[rr, cc] = True
                    stack.append((rr, cc))
        area = (rmax - rmin + 1) * (cmax - cmin + 1)
        if n < 0.6 * area:  # not a filled rectangle
            continue
        if (cmax - cmin + 1) * cell * scale < min_w or (rmax - rmin + 1) * cell * scale < min_h:
            continue  # a dark word or a bold heading, not a box
        out.append({
            "x0": float(cmin * cell * scale), "x1": float((cmax + 1) * cell * scale),
            "top": float(rmin * cell * scale), "bottom": float((rmax + 1) * cell * scale),
            "fill": True, "stroke": False,
        })
    return out


def ocr_page(path: str, page_index: int, password: str | None = None,
             dpi: int = DPI) -> tuple[list[dict], list[dict], float, float]:
    """Render and OCR one page: (words, filled rects, page width, page height), in PDF points."""
    img, w, h = render_page(path, page_index, password, dpi)
    img = clean(img)
    scale = 72.0 / dpi
    return ocr_image(img, scale), tinted_regions(img, scale), w, h


class _Inline:
    """A stand-in executor that runs jobs when submitted (workers=1)."""

    def submit(self, fn, *args) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - re-raised by result()
            fut.set_exception(exc)
        return fut

    def shutdown(self, wait: bool = True) -> None:
        pass


def make_executor(workers: int) -> Executor | _Inline:
    """A process pool for ``workers > 1``, else an inline runner."""
    if workers > 1:
        return ProcessPoolExecutor(max_workers=workers)
    return _Inline()
