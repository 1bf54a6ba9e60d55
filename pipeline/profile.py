"""Publication profiles: the labels and styles that vary between publications.

A profile is a TOML file in ``pipeline/resources/profiles``; the default one
covers the genre of the seed publication.  Code asks the profile, never a
string literal, whether a line is a box heading, a contact label, etc.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pipeline.textutil import fold


@dataclass(frozen=True)
class Profile:
    name: str
    language: str
    labels: dict[str, tuple[str, ...]]
    bullet_markers: tuple[str, ...]
    quote_open: tuple[str, ...]
    quote_close: tuple[str, ...]
    quote_close_ocr: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    intro_phrases: tuple[str, ...]
    min_words_unattributed: int
    default_region: str
    icon_chars: tuple[str, ...]
    alt_separators: tuple[str, ...]
    email_at_ocr: tuple[str, ...]
    continuation_words: frozenset[str]
    suspended_hyphen_followers: frozenset[str]
    org_heading_words: dict[str, str]
    video_hosts: tuple[str, ...]
    role_prepositions: tuple[str, ...]
    _folded: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, compare=False, repr=False)

    def label_of(self, line: str) -> tuple[str, str] | None:
        """Return ``(kind, rest)`` if ``line`` starts with a label of the profile.

        ``kind`` is the key in ``[labels]`` (``experience``, ``contact``...),
        ``rest`` the words after the label as printed.  The whole line must be
        upper case (a label is printed in capitals), except for the population
        label, which is handled by :meth:`population_of`.
        """
        text = line.strip()
        if not text or any(c.islower() for c in text):
            return None
        f = fold(text)
        best: tuple[int, str, str] | None = None
        for kind, labels in self._folded.items():
            if kind == "population" or kind == "video_caption":
                continue
            for folded_label, _label in labels:
                if f == folded_label or f.startswith(folded_label + " "):
                    if best is None or len(folded_label) > best[0]:
                        rest = text.split(None, len(folded_label.split()))
                        rest_text = rest[-1] if len(rest) > len(folded_label.split()) else ""
                        best = (len(folded_label), kind, rest_text)
        if best is None:
            return None
        return best[1], best[2]

    def population_of(self, line: str) -> int | None:
        """Return the population figure of a line such as ``Invånare 33 268``.

        Also ``Antal invånare: 4 180``, ``Invånare (2014): 33 268``,
        ``Invånare 33 268 (31 dec 2014)`` and ``33 268 invånare``.

        >>> load_profile().population_of("Invånare (2014): 33 268")
        33268
        >>> load_profile().population_of("72 024 invånare")
        72024
        """
        f = fold(line.strip())
        number = r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)"
        year_note = r"(?:\s*\([^)]*\))?"
        for folded_label, _ in self._folded["population"]:
            m = None
            if f.startswith(folded_label):
                m = re.match(rf"^{year_note}[:\s]*{number}{year_note}\s*$", f[len(folded_label):])
            elif f.endswith(folded_label):
                m = re.match(rf"^{number}\s*$", f[: -len(folded_label)])
            if m:
                return int(re.sub(r"\D", "", m.group(1)))
        return None

    def is_video_caption(self, line: str) -> bool:
        f = fold(line.strip())
        return any(f.startswith(lbl) for lbl, _ in self._folded["video_caption"])


def _tup(v) -> tuple[str, ...]:
    return tuple(v)


def profile_from_dict(d: dict) -> Profile:
    labels = {k: _tup(v) for k, v in d["labels"].items()}
    q = d["quotes"]
    c = d["contacts"]
    t = d["text"]
    p = Profile(
        name=d["name"],
        language=d.get("language", "sv"),
        labels=labels,
        bullet_markers=_tup(d["bullets"]["markers"]),
        quote_open=_tup(q["open"]),
        quote_close=_tup(q["close"]),
        quote_close_ocr=_tup(q.get("close_ocr", [])),
        speech_verbs=_tup(q["speech_verbs"]),
        intro_phrases=_tup(q["intro_phrases"]),
        min_words_unattributed=int(q.get("min_words_unattributed", 5)),
        default_region=c.get("default_region", "SE"),
        icon_chars=_tup(c["icon_chars"]),
        alt_separators=_tup(c["alt_separator"]),
        email_at_ocr=_tup(c.get("email_at_ocr", [])),
        continuation_words=frozenset(t["continuation_words"]),
        suspended_hyphen_followers=frozenset(t["suspended_hyphen_followers"]),
        org_heading_words=dict(d.get("organisations", {}).get("heading_words", {})),
        role_prepositions=_tup(d.get("organisations", {}).get("role_prepositions", [])),
        video_hosts=_tup(d.get("links", {}).get("video_hosts", [])),
    )
    for kind, lbls in labels.items():
        p._folded[kind] = tuple(sorted(((fold(x), x) for x in lbls), key=lambda x: -len(x[0])))
    return p


@lru_cache(maxsize=8)
def load_profile(name_or_path: str = "default") -> Profile:
    """Load a profile by name (shipped with the package) or from a TOML path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" and path.exists():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    else:
        res = resources.files("pipeline") / "resources" / "profiles" / f"{name_or_path}.toml"
        data = tomllib.loads(res.read_text(encoding="utf-8"))
    return profile_from_dict(data)
