"""Publication-like PDF fixtures rendered from specs (:mod:`.spec`).

``build(pub, out, variant)`` renders one variant of a publication:

- ``text``: a normal text layer (DejaVu fonts, å ä ö in the text layer);
- ``stripped``: the same with å ä ö drawn as a a o, as a font that lost them;
- ``scan``: an image-only PDF of the text variant (200 dpi, rotated, noisy).
"""
from __future__ import annotations

import copy
import tempfile
from pathlib import Path

from .degrade import scan, strip_diacritics
from .invented import INVENTED
from .render import render
from .seed_spec import SEED
from .spec import Publication, expected_tables

PUBLICATIONS: dict[str, Publication] = {"seed": SEED, **INVENTED}
VARIANTS = ("text", "stripped", "scan")

__all__ = ["PUBLICATIONS", "VARIANTS", "build", "big_publication", "expected_tables", "strip_diacritics"]


def build(pub: Publication, out: Path, variant: str = "text", *, scan_pages: list[int] | None = None) -> Path:
    out = Path(out)
    if variant == "text":
        return render(pub, out)
    if variant == "stripped":
        return render(pub, out, text_filter=strip_diacritics)
    if variant == "scan":
        with tempfile.TemporaryDirectory() as tmp:
            src = render(pub, Path(tmp) / "text.pdf")
            return scan(src, out, pages=scan_pages)
    raise ValueError(f"unknown variant {variant!r}; expected one of {VARIANTS}")


def big_publication(n_sections: int = 60) -> Publication:
    """A long publication (about two pages per section) for benchmarks."""
    pools = [s for p in PUBLICATIONS.values() for s in p.sections]
    sections = []
    for i in range(n_sections):
        s = copy.deepcopy(pools[i % len(pools)])
        sections.append(s)
    big = copy.deepcopy(SEED)
    big.sections = sections
    return big
