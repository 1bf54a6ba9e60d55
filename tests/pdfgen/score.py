"""Per-table F1 of extracted tables against a spec's expected rows.

Rows are compared on normalised key fields (exact match after NFC, case
folding, unified quotation marks and dashes, collapsed white space); the
organisation is compared by name.  Duplicates count: a multiset match.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

KEYS = {
    "organisations": ("name", "population"),
    "quotes": ("org", "text", "speaker_name", "kind"),
    "experiences": ("org", "kind", "position", "text"),
    "contacts": ("org", "name", "phone", "email"),
    "links": ("org", "url", "kind", "label"),
    "paragraphs": ("org", "text"),
}
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "»": '"', "«": '"', "’": "'", "‘": "'", "–": "-", "—": "-"})


def norm(value) -> str:
    """Normalised form of one key field.

    >>> norm("  “Vi har  sett”, ")
    'vi har sett'
    """
    if value is None or value != value:  # None or NaN
        return ""
    s = unicodedata.normalize("NFC", str(value)).translate(_QUOTES)
    s = re.sub(r"\s+", " ", s).strip()
    s = s.strip(" \"',.;:")
    return s.casefold()


def key(row: dict, fields) -> tuple:
    return tuple(norm(row.get(f)) for f in fields)


def f1(expected: list[dict], predicted: list[dict], fields) -> float:
    """F1 of two row lists matched on ``fields`` (1.0 when both are empty)."""
    e = Counter(key(r, fields) for r in expected)
    p = Counter(key(r, fields) for r in predicted)
    if not e and not p:
        return 1.0
    hit = sum((e & p).values())
    if hit == 0:
        return 0.0
    prec, rec = hit / sum(p.values()), hit / sum(e.values())
    return 2 * prec * rec / (prec + rec)


def rows_from_tables(tables: dict) -> dict[str, list[dict]]:
    """Pipeline output (dict of DataFrames) into row dicts with ``org`` as name."""
    orgs = tables.get("organisations")
    names = {}
    if orgs is not None and len(orgs):
        names = dict(zip(orgs["org_id"], orgs["name"]))
    out = {}
    for table in KEYS:
        df = tables.get(table)
        rows = [] if df is None else df.to_dict("records")
        for r in rows:
            r["org"] = names.get(r.get("org_id"))
        out[table] = rows
    return out


def table_f1(expected: dict[str, list[dict]], tables: dict) -> dict[str, float]:
    pred = rows_from_tables(tables)
    return {t: f1(expected[t], pred[t], KEYS[t]) for t in KEYS}


# --------------------------------------------------------------------------
# reader-level scores (Document only, before the spine)


def chunks(doc) -> list[str]:
    """The document's text split at blank lines, each chunk's lines joined by spaces."""
    out, cur = [], []
    for ln in doc.lines:
        if ln.text.strip():
            cur.append(ln.text.strip())
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def squash(text: str) -> str:
    """Normalised text without white space and hyphens: the reader keeps
    line-end hyphens as printed ("kommu-" / "ninvånare"), joining is later."""
    return re.sub(r"[\s\-]", "", norm(text))


def paragraph_recall(expected: list[str], doc, min_ratio: float = 1.0) -> float:
    """Share of expected paragraphs found as one chunk (exactly, or with a
    similarity of at least ``min_ratio`` for OCR), compared squashed."""
    if not expected:
        return 1.0
    got = [squash(c) for c in chunks(doc)]
    exact = set(got)
    found = 0
    for p in expected:
        n = squash(p)
        if n in exact or min_ratio < 1.0 and any(SequenceMatcher(None, n, g).ratio() >= min_ratio for g in got):
            found += 1
    return found / len(expected)
