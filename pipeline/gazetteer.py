"""Gazetteer of Swedish kommuner and län/regioner with their SCB codes.

The data live in ``pipeline/resources/kommuner.csv`` (290 rows) and
``pipeline/resources/lan.csv`` (21 rows); see ``resources/SOURCES.md`` for
where they come from.  Everything is read from package data, never from the
network, and cached after the first call.

Besides plain access (:func:`kommuner`, :func:`lan`, :func:`place_names`) the
module recognises names of public organisations (kommuner, regioner and the
former landsting and regionförbund) as they come out of OCR: in any case, with
å/ä/ö lost or garbled, and with ``|`` for a capital I
(:func:`lookup_organisation`).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

__all__ = [
    "Kommun",
    "Lan",
    "OrgMatch",
    "OrgType",
    "fold",
    "kommuner",
    "lan",
    "lookup_organisation",
    "place_names",
]

OrgType = Literal["kommun", "region", "regionförbund", "landsting", "other"]

# Gotland is a kommun with regional responsibilities (Region Gotland); it has
# never had a landsting or regionförbund of its own.
_GOTLAND_LAN = "09"


@dataclass(frozen=True)
class Kommun:
    """One row of ``kommuner.csv``."""

    kommun_code: str  # 4 digits, e.g. "0483"
    kommun: str  # short place name, e.g. "Katrineholm"
    kommun_name: str  # organisation name, e.g. "Katrineholms kommun"
    lan_code: str  # 2 digits, e.g. "04"
    lan: str  # e.g. "Södermanlands län"


@dataclass(frozen=True)
class Lan:
    """One row of ``lan.csv``."""

    lan_code: str  # 2 digits, e.g. "04"
    lan: str  # e.g. "Södermanlands län"
    region_name: str  # e.g. "Region Sörmland"
    lan_short: str  # e.g. "Södermanland"


@dataclass(frozen=True)
class OrgMatch:
    """A recognised organisation name.

    ``name`` is the name in correct Swedish, ``code`` the 4-digit kommun code
    (for a kommun) or the 2-digit län code (otherwise), ``county`` the län.
    """

    name: str
    org_type: OrgType
    code: str
    county: str


# --------------------------------------------------------------------------
# Folding


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252/Latin-1 ("VÃ¤xjÃ¶")."""
    if "Ã" not in text:
        return text
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return text


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Reduce a name to a key that survives OCR damage.

    Case-folds, repairs UTF-8 mojibake, maps ``|`` (an OCR'd capital I) to
    ``i``, strips diacritics (å/ä -> a, ö -> o, é -> e), turns punctuation
    and hyphens into spaces and collapses whitespace.

    >>> fold("KATRINEHOLMS  KOMMUN")
    'katrineholms kommun'
    >>> fold("Skellefteå kommun") == fold("SKELLEFTEA KOMMUN")
    True
    >>> fold("REGIONFORBUNDET | KALMAR LAN")
    'regionforbundet i kalmar lan'
    >>> fold("Regionförbundet i Kalmar län")
    'regionforbundet i kalmar lan'
    >>> fold("Upplands-Bro")
    'upplands bro'
    >>> fold("VÃ¤xjÃ¶ kommun")
    'vaxjo kommun'
    >>> fold("  Malmö stad. ")
    'malmo stad'
    """
    return _normalise(text, strip_diacritics=True)


def _normalise(text: str, *, strip_diacritics: bool) -> str:
    """The work behind :func:`fold`; with diacritics kept it tells Habo from Håbo."""
    text = _repair_mojibake(text).replace("|", "i").casefold()
    if strip_diacritics:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        return _NON_ALNUM.sub(" ", text).strip()
    text = unicodedata.normalize("NFC", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


# --------------------------------------------------------------------------
# Data


def _read_rows(filename: str) -> list[dict[str, str]]:
    data = resources.files("pipeline").joinpath("resources").joinpath(filename)
    with io.StringIO(data.read_text(encoding="utf-8")) as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def _kommuner() -> tuple[Kommun, ...]:
    return tuple(Kommun(**row) for row in _read_rows("kommuner.csv"))


@lru_cache(maxsize=1)
def _lan() -> tuple[Lan, ...]:
    return tuple(Lan(**row) for row in _read_rows("lan.csv"))


def kommuner() -> list[Kommun]:
    """All 290 kommuner, ordered by kommun code."""
    return list(_kommuner())


def lan() -> list[Lan]:
    """All 21 län, ordered by län code."""
    return list(_lan())


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    names: set[str] = set()
    for k in _kommuner():
        names.update((k.kommun, k.kommun_name))
    for county in _lan():
        names.update((county.lan, county.lan_short, county.region_name))
    return frozenset(names)


def place_names() -> set[str]:
    """Every kommun, kommun_name, län, lan_short and region_name, in correct Swedish."""
    return set(_place_names())


# --------------------------------------------------------------------------
# Organisation lookup


def _kommun_variants(k: Kommun) -> list[tuple[str, OrgMatch]]:
    """Spellings of a kommun organisation and the match each one yields."""
    match = OrgMatch(k.kommun_name, "kommun", k.kommun_code, k.lan)
    if not k.kommun_name.endswith(" kommun"):
        # Region Gotland: its region form is covered by the län; here only
        # the old "Gotlands kommun" forms, displayed under today's name.
        return [(f"{k.kommun}s kommun", match), (f"{k.kommun} kommun", match)]
    genitive = k.kommun_name.removesuffix(" kommun")
    stad = OrgMatch(f"{genitive} stad", "kommun", k.kommun_code, k.lan)
    return [
        (k.kommun_name, match),  # Falu kommun
        (f"{k.kommun} kommun", match),  # Falun kommun (common misspelling)
        (f"{genitive} stad", stad),  # Malmö stad, Stockholms stad
    ]


def _lan_variants(county: Lan) -> list[tuple[str, OrgMatch]]:
    """Spellings of the county-level organisations of one län.

    A region is always displayed under its official name; a landsting,
    regionförbund or länsstyrelse (no single official form over the years)
    under the form that was written, in correct Swedish.
    """
    code, lan_name = county.lan_code, county.lan
    areas = [lan_name, county.lan_short]  # Kalmar län, Kalmar
    if county.region_name.startswith("Region "):
        areas.append(county.region_name.removeprefix("Region "))  # Sörmland

    region = OrgMatch(county.region_name, "region", code, lan_name)
    variants = [(county.region_name, region)]
    variants += [(f"Region {area}", region) for area in areas]

    templates: list[tuple[str, OrgType]] = [
        ("Länsstyrelsen i {}", "other"),
        ("Länsstyrelsen {}", "other"),
    ]
    if code != _GOTLAND_LAN:
        templates += [
            ("Regionförbundet i {}", "regionförbund"),
            ("Regionförbundet {}", "regionförbund"),
            ("Landstinget i {}", "landsting"),
            ("Landstinget {}", "landsting"),
        ]
        name = f"{lan_name}s landsting"  # Stockholms läns landsting
        variants.append((name, OrgMatch(name, "landsting", code, lan_name)))
    for template, org_type in templates:
        for area in areas:
            name = template.format(area)
            variants.append((name, OrgMatch(name, org_type, code, lan_name)))
    return variants


@lru_cache(maxsize=1)
def _org_index() -> dict[str, dict[str, OrgMatch]]:
    """fold(spelling) -> {spelling with diacritics kept, normalised: match}."""
    index: dict[str, dict[str, OrgMatch]] = {}
    variants = [v for k in _kommuner() for v in _kommun_variants(k)]
    variants += [v for county in _lan() for v in _lan_variants(county)]
    for spelling, match in variants:
        exact = _normalise(spelling, strip_diacritics=False)
        entries = index.setdefault(fold(spelling), {})
        if entries.setdefault(exact, match) != match:
            raise ValueError(f"ambiguous organisation name {spelling!r}")
    return index


def lookup_organisation(name: str) -> OrgMatch | None:
    """Recognise the name of a kommun, region, landsting or regionförbund.

    The whole string must be such a name (after :func:`fold`); anything else,
    a bare place name included, gives ``None``.  When two organisations fold
    to the same key (only Habo and Håbo do), the spelling that matches with
    its diacritics wins, so "HABO KOMMUN" is Habo and "HÅBO KOMMUN" Håbo.
    Länsstyrelser are recognised too, as ``org_type="other"``.

    >>> lookup_organisation("SKELLEFTEA KOMMUN")
    OrgMatch(name='Skellefteå kommun', org_type='kommun', code='2482', county='Västerbottens län')
    >>> lookup_organisation("REGIONFORBUNDET | KALMAR LAN").name
    'Regionförbundet i Kalmar län'
    >>> lookup_organisation("ERFARENHETER FALUN") is None
    True
    """
    entries = _org_index().get(fold(name))
    if not entries:
        return None
    matches = set(entries.values())
    if len(matches) == 1:
        return matches.pop()
    return entries.get(_normalise(name, strip_diacritics=False))
