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


def words_from_data(data: dict, scale: float, min_conf: float = 0.0) -> list[dict]:
    """Word dicts (PDF points) from ``image_to_data(..., output_type=DICT)``."""
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if conf < min_conf:
            continue
        x0 = data["left"][i] * scale
        top = data["top"][i] * scale
        w = data["width"][i] * scale
        h = data["height"][i] * scale
        words.append(
            {
                "text": text,
                "x0": x0,
                "x1": x0 + w,
                "top": top,
                "bottom": top + h,
                # word boxes span ascender to descender at best: about 0.9 em
                "size": h / 0.9,
                "fontname": "",
                "conf": conf,
            }
        )
    return words


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


def ocr_page(path: str, page_index: int, password: str | None = None, dpi: int = DPI) -> tuple[list[dict], float, float]:
    """Render and OCR one page: (words in PDF points, page width, page height)."""
    img, w, h = render_page(path, page_index, password, dpi)
    return ocr_image(img, 72.0 / dpi), w, h


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
