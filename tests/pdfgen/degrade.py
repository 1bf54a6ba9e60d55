"""Degraded variants of a rendered publication.

- :func:`strip_diacritics`: the text filter of a font that lost å ä ö (the
  glyphs print as a, a, o in the text layer), used at render time.
- :func:`scan`: an image-only PDF of the pages, as a scanner makes it:
  rendered with pypdfium2, slightly rotated, with noise.
"""
from __future__ import annotations

import random
from pathlib import Path

STRIP = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})


def strip_diacritics(text: str) -> str:
    """Swedish letters as a font without them prints them.

    >>> strip_diacritics("Skellefteå, Östergötland")
    'Skelleftea, Ostergotland'
    """
    return text.translate(STRIP)


def scan(src: Path, out: Path, *, dpi: int = 200, angle: float = 0.7, noise: float = 10.0,
         pages: list[int] | None = None, seed: int = 4) -> Path:
    """Write an image-only copy of ``src`` (optionally only ``pages``, 0-based)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(str(src))
    images = []
    try:
        indices = pages if pages is not None else range(len(doc))
        for i in indices:
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            a = angle * (1 if rng.random() < 0.5 else -1) * (0.7 + 0.6 * rng.random())
            img = img.rotate(a, resample=Image.BICUBIC, fillcolor=255)
            arr = np.asarray(img, dtype=np.float32)
            arr += nrng.normal(0.0, noise, arr.shape)
            speckle = nrng.random(arr.shape) < 0.0004
            arr[speckle] = 40
            images.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L"))
    finally:
        doc.close()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    return Path(out)
