"""Loading the built resources once per process (lazy singleton).

The files are built by ``scripts/build_repair_resources.py``; see that
script for their layout.
"""
from __future__ import annotations

import gzip
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path

import marisa_trie

from pipeline.repair.classes import ClassModel
from pipeline.repair.context import Tagger
from pipeline.repair.text import skeleton

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "repair"
LN10 = math.log(10.0)
PROPER_FLAG = 1
ATTESTED_FLAG = 2
# A spelling only wordfreq lists (not hunspell-sv, not the clean text) is
# often a misspelling or OCR debris ("pä", "fär"): beside an attested
# spelling of the same skeleton it loses this much.
UNATTESTED_PENALTY = 2.0 * LN10


@dataclass(frozen=True)
class Entry:
    """One known spelling: lower-case *form*, its log probability, flags."""

    form: str
    logp: float
    proper: bool
    attested: bool = True


@dataclass
class Resources:
    """The lexicon, the context counts and the place names, loaded."""

    lexicon: marisa_trie.BytesTrie
    context: marisa_trie.RecordTrie
    places: dict[str, str]
    tagger: Tagger | None = None
    classes: ClassModel | None = None
    _cache: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)
    _begins: dict[str, bool] = field(default_factory=dict)

    def entries(self, skel: str) -> tuple[Entry, ...]:
        """All spellings whose skeleton is *skel* (cached)."""
        hit = self._cache.get(skel)
        if hit is not None:
            return hit
        raw = self.lexicon.get(skel)
        if raw:
            any_attested = any(v[1] & ATTESTED_FLAG for v in raw)
            out = tuple(
                Entry(v[2:].decode("utf-8"),
                      (v[0] / 10.0 - 9.0) * LN10
                      - (UNATTESTED_PENALTY if any_attested and not v[1] & ATTESTED_FLAG else 0.0),
                      bool(v[1] & PROPER_FLAG), bool(v[1] & ATTESTED_FLAG))
                for v in raw
            )
        else:
            out = ()
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[skel] = out
        return out

    def clear_caches(self) -> None:
        """Forget every cached lexicon entry, count, tag and class score."""
        self._cache.clear()
        self._counts.clear()
        self._begins.clear()
        if self.tagger is not None:
            self.tagger.clear_cache()
        if self.classes is not None:
            self.classes.clear_cache()

    def is_word(self, form: str) -> bool:
        """True when the lower-case *form* is a known spelling."""
        return any(e.form == form for e in self.entries(skeleton(form)))

    def has_skeleton(self, skel: str) -> bool:
        """True when some known spelling has skeleton *skel*."""
        return skel in self.lexicon

    def begins_a_word(self, skel: str) -> bool:
        """True when some known spelling's skeleton begins with *skel* (cached)."""
        hit = self._begins.get(skel)
        if hit is None:
            hit = next(self.lexicon.iterkeys(skel), None) is not None
            if len(self._begins) > 500_000:
                self._begins.clear()
            self._begins[skel] = hit
        return hit

    def count(self, key: str) -> int:
        """A context count (0 when absent; cached)."""
        hit = self._counts.get(key)
        if hit is None:
            got = self.context.get(key)
            hit = got[0][0] if got else 0
            if len(self._counts) > 1_000_000:
                self._counts.clear()
            self._counts[key] = hit
        return hit


def _load_places() -> dict[str, str]:
    """Place names by skeleton, from :mod:`pipeline.gazetteer` when present."""
    try:
        from pipeline.gazetteer import place_names  # type: ignore[import-not-found]

        names = set(place_names())
    except Exception:  # noqa: BLE001 - the gazetteer is optional
        names = set()
    out: dict[str, str] = {}
    for name in names:
        for word in name.replace("-", " ").split():
            if any(ch.isalpha() for ch in word) and word[:1].isupper():
                out.setdefault(skeleton(word), word)
    return out


def _load_tagger(path: Path) -> Tagger | None:
    """The word-class tables written by the build script (None if absent)."""
    if not path.exists():
        return None
    words: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    for row in gzip.decompress(path.read_bytes()).decode("utf-8").split("\n"):
        parts = row.split("\t")
        if len(parts) == 3:
            (words if parts[0] == "W" else suffixes)[parts[1]] = parts[2]
    return Tagger(words, suffixes)


_LOCK = threading.Lock()
_RESOURCES: Resources | None = None


def load_resources() -> Resources:
    """Return the process-wide :class:`Resources`, loading them on first use."""
    global _RESOURCES
    if _RESOURCES is None:
        with _LOCK:
            if _RESOURCES is None:
                lexicon = marisa_trie.BytesTrie()
                lexicon.load(str(RESOURCE_DIR / "lexicon.marisa"))
                context = marisa_trie.RecordTrie("<I")
                context.load(str(RESOURCE_DIR / "context.marisa"))
                _RESOURCES = Resources(lexicon, context, _load_places(),
                                       _load_tagger(RESOURCE_DIR / "tags.tsv.gz"),
                                       ClassModel.load(RESOURCE_DIR / "classes.tsv.gz"))
    return _RESOURCES
