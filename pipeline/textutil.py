"""Small text helpers shared by the stages."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD_MAP = str.maketrans({"|": "i", "’": "'", "”": '"', "“": '"'})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Fold text for tolerant comparison: case, diacritics and OCR's ``|``.

    >>> fold("REGIONFÖRBUNDET | KALMAR LÄN")
    'regionforbundet i kalmar lan'
    >>> fold("  Läs   vidare ")
    'las vidare'
    """
    text = text.translate(_FOLD_MAP)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


URL_RE = re.compile(r"^(?:https?://|www\.|mailto:)\S+$", re.IGNORECASE)


def is_url_line(line: str) -> bool:
    return bool(URL_RE.match(line.strip()))


# What OCR engines and broken fonts make of å, ä and ö (seen in the seed:
# "sdger", "&r", "6ka", "férsta", "Strémberg").
_LOOSE = {
    "å": "[åaäd]", "ä": "[äaåd&3@é]", "ö": "[öoé6ó0]",
    "Å": "[ÅAÄ]", "Ä": "[ÄAÅ]", "Ö": "[ÖO0é6]",
}


def loose_pattern(word: str) -> str:
    """A regex for ``word`` that also matches it with damaged å/ä/ö.

    >>> import re
    >>> bool(re.fullmatch(loose_pattern("säger"), "sdger"))
    True
    """
    return "".join(_LOOSE.get(c, re.escape(c)) for c in word)
