"""join_hyphenated: join words broken at a line end, keep real hyphens."""
from __future__ import annotations

import pytest

from pipeline.repair import join_hyphenated


@pytest.mark.parametrize("left, right, joined", [
    ("fantas-", "tiska", "fantastiska"),
    ("del-", "aktighet", "delaktighet"),
    ("demokrati-", "fråga", "demokratifråga"),
    ("Frans-", "son", "Fransson"),
    ("13-", "rande", "lärande"),
    ("an-", "nat", "annat"),
    ("publika-", "tionen", "publikationen"),
    ("kom-", "mun.", "kommun."),
    ("medar-", "betares", "medarbetares"),
    ("larcen-", "tra.", "lärcentra."),
])
def test_joined(left, right, joined):
    word, corr = join_hyphenated(left, right)
    assert word == joined
    assert corr is not None and corr.kind == "dehyphenation"
    assert corr.corrected == joined


@pytest.mark.parametrize("left, right, kept", [
    ("e-", "tjänster", "e-tjänster"),
    ("e-", "tjanster", "e-tjänster"),
    ("IT-", "chef", "IT-chef"),
    ("2014-", "2016", "2014-2016"),
    ("förvaltnings-", "och", "förvaltnings- och"),
])
def test_kept(left, right, kept):
    word, corr = join_hyphenated(left, right)
    assert word == kept
    assert corr is None
