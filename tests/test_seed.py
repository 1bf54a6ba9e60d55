"""The seed publication end to end: every table against rows written by hand.

The expected rows (tests/data/seed_expected.json) come from a careful reading
of the OCR text; the tests compare values, not only counts.
"""
import json
import re

import pandas as pd
import pytest

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

EXPECTED = json.loads((DATA / "seed_expected.json").read_text(encoding="utf-8"))




def _none(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def rows(df: pd.DataFrame, cols: list[str], org_ids: list[str] | None = None) -> list[dict]:
    out = []
    for rec in df.to_dict("records"):
        r = {c: _none(rec[c]) for c in cols if c != "org"}
        if "org" in cols:
            oid = _none(rec["org_id"])
            r["org"] = org_ids.index(oid) + 1 if oid is not None else None
        if "population" in r and r["population"] is not None:
            r["population"] = int(r["population"])
        if "position" in r and r["position"] is not None:
            r["position"] = int(r["position"])
        out.append(r)
    return out


@pytest.fixture(scope="module")
def t(seed_tables):
    return seed_tables


@pytest.fixture(scope="module")
def org_ids(t):
    return list(t["organisations"].org_id)


def test_publication_row(t, seed_path):
    (pub,) = t["publications"].to_dict("records")
    assert pub["title"] == "För digital delaktighet"
    assert pub["input_kind"] == "text" and pub["language"] == "sv"
    assert pub["source_file"] == "for-digital-delaktighet.ocr.txt"
    import hashlib

    sha = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert pub["source_sha256"] == sha and pub["publication_id"] == sha[:16]
    for name, df in t.items():
        assert list(df.columns)[0] == "publication_id"
        assert set(df.publication_id) <= {sha[:16]}, name


def test_organisations(t):
    cols = list(EXPECTED["organisations"][0])
    assert rows(t["organisations"], cols) == EXPECTED["organisations"]
    assert t["organisations"]["page_start"].isna().all()  # a text without page breaks


def test_contacts(t, org_ids):
    cols = list(EXPECTED["contacts"][0])
    assert rows(t["contacts"], cols, org_ids) == EXPECTED["contacts"]


def test_no_icon_in_any_contact_value(t):
    for col in ("name", "phone", "phone_alt", "phone_raw", "email"):
        for v in t["contacts"][col].dropna():
            assert not re.search(r"[¢&@©]\s", v), (col, v)


def test_links(t, org_ids):
    cols = list(EXPECTED["links"][0])
    assert rows(t["links"], cols, org_ids) == EXPECTED["links"]


def _split(expected, got, org):
    return [r for r in expected if r["org"] != org], [r for r in got if r["org"] != org], \
        [r for r in expected if r["org"] == org], [r for r in got if r["org"] == org]


@pytest.mark.parametrize("section", ["others", "norsjo"])  # Norsjö: columns read straight across
def test_quotes(t, org_ids, section):
    cols = list(EXPECTED["quotes"][0])
    exp_o, got_o, exp_n, got_n = _split(EXPECTED["quotes"], rows(t["quotes"], cols, org_ids), 4)
    expected, got = (exp_o, got_o) if section == "others" else (exp_n, got_n)
    assert [(q["org"], q["kind"], q["speaker_name"]) for q in got] == \
        [(q["org"], q["kind"], q["speaker_name"]) for q in expected]
    for g, e in zip(got, expected):
        assert g == e


def test_foreword_is_not_a_quote(t):
    assert t["quotes"].org_id.notna().all()
    assert not t["quotes"].text.str.contains("Den digitala utvecklingen").any()


@pytest.mark.parametrize("table", ["quotes", "experiences", "paragraphs"])
def test_raw_columns_hold_the_input_text(t, seed_path, table):
    seed = seed_path.read_text(encoding="utf-8")
    for raw in t[table].text_raw:
        assert raw
        for line in raw.split("\n"):
            assert line in seed, line


@pytest.mark.parametrize("section", ["others", "norsjo"])  # Norsjö: columns read straight across
def test_experiences(t, org_ids, section):
    cols = list(EXPECTED["experiences"][0])
    exp_o, got_o, exp_n, got_n = _split(EXPECTED["experiences"], rows(t["experiences"], cols, org_ids), 4)
    expected, got = (exp_o, got_o) if section == "others" else (exp_n, got_n)
    assert [(x["org"], x["heading"], x["kind"], x["position"]) for x in got] == \
        [(x["org"], x["heading"], x["kind"], x["position"]) for x in expected]
    for g, e in zip(got, expected):
        assert g == e


def test_skelleftea_columns_come_apart(t, org_ids):
    """The box's bullets and the body text are interleaved line by line in the OCR."""
    sk = org_ids[2]
    paras = " ".join(t["paragraphs"].query("org_id == @sk").text)
    for bullet in ("Innan en e-tjänst", "Det ska göras i dialog", "Vi behöver tydligt", "ingår i ägarskapet",
                   "Arbetssättet", "Om kvalitetsarbetet", "Eva Karlberg 0910"):
        assert bullet not in paras
    assert "Alla frågor registreras och ger kunskap om hur delaktigheten ser ut" in paras
    assert "I Skellefteå kommun används erfarenheterna från Kundtjänst systematiskt för att utveckla" in paras
    assert "på så sätt får vi också uppdaterad kunskap om hur medborgarnas behov ser ut".lower() in paras.lower()


def test_paragraphs(t, org_ids):
    p = t["paragraphs"]
    fore = p[p.org_id.isna()].text.iloc[0]
    assert fore.startswith("Den digitala utvecklingen ställer vårt samhälle inför fantastiska möjligheter")
    assert "bland annat infrastruktur och e-tjänster krävs insatser" in fore
    assert "I den här publikationen lyfter vi fram" in fore
    text = " ".join(p.text)
    assert "|" not in text
    assert "fantas-" not in text and "e-tjänster" in text
    assert "demokratifråga" in text and "2014-2016" in text
    assert not re.search(r"(^|\s)[A-HJ-Z](\s|$)", text)  # no lone letters (page furniture)
    # positions are 1-based within each section, in reading order
    for _, grp in p.groupby(p.org_id.fillna("-")):
        assert list(grp.position) == list(range(1, len(grp) + 1))
    # text_raw holds what the input said
    assert "fantas-\ntiska" in p[p.org_id.isna()].text_raw.iloc[0]


def test_every_change_is_recorded(t):
    c = t["corrections"]
    assert set(c.kind) <= {"mojibake", "ocr_confusion", "diacritic", "dehyphenation", "other"}
    assert c.confidence.between(0, 1).all()
    pairs = set(zip(c.original, c.corrected))
    assert ("Vasterbotten", "Västerbotten") in pairs or ("VASTERBOTTEN", "VÄSTERBOTTEN") in pairs
    assert any(k == "dehyphenation" and "fantastiska" in cor for k, cor in zip(c.kind, c.corrected))


def test_ids_are_unique_and_stable(t):
    from pipeline import extract
    SEED = DATA / "for-digital-delaktighet.ocr.txt"

    again = extract(SEED)
    for table, idcol in (("organisations", "org_id"), ("quotes", "quote_id"), ("experiences", "item_id"),
                         ("contacts", "contact_id"), ("links", "link_id"), ("paragraphs", "paragraph_id")):
        assert t[table][idcol].is_unique
        assert list(t[table][idcol]) == list(again[table][idcol])
