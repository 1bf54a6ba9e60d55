"""Tests for pipeline.gazetteer: the kommun/län data and organisation lookup."""

from __future__ import annotations

import doctest
import re

import pytest

from pipeline import gazetteer
from pipeline.gazetteer import OrgMatch, fold, kommuner, lan, lookup_organisation, place_names


# --- data -----------------------------------------------------------------


def test_counts():
    assert len(kommuner()) == 290
    assert len(lan()) == 21


def test_codes_are_unique_and_well_formed():
    kommun_codes = [k.kommun_code for k in kommuner()]
    lan_codes = [county.lan_code for county in lan()]
    assert len(set(kommun_codes)) == 290
    assert len(set(lan_codes)) == 21
    assert all(re.fullmatch(r"\d{4}", code) for code in kommun_codes)
    assert all(re.fullmatch(r"\d{2}", code) for code in lan_codes)
    assert set(lan_codes) == {
        "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
        "14", "17", "18", "19", "20", "21", "22", "23", "24", "25",
    }


def test_kommuner_are_consistent_with_lan():
    by_code = {county.lan_code: county for county in lan()}
    for k in kommuner():
        assert k.lan_code in by_code, k
        assert k.kommun_code.startswith(k.lan_code), k
        assert k.lan == by_code[k.lan_code].lan, k
    # every län has at least one kommun
    assert {k.lan_code for k in kommuner()} == set(by_code)


def test_names_are_unique():
    assert len({k.kommun for k in kommuner()}) == 290
    assert len({k.kommun_name for k in kommuner()}) == 290


def test_kommun_names_have_the_usual_form():
    for k in kommuner():
        if k.kommun_code == "0980":
            assert k.kommun_name == "Region Gotland"
        else:
            assert k.kommun_name.endswith(" kommun"), k
            assert k.kommun_name.startswith(k.kommun[:-1]), k


@pytest.mark.parametrize(
    "row",
    [
        ("0114", "Upplands Väsby", "Upplands Väsby kommun", "01", "Stockholms län"),
        ("0180", "Stockholm", "Stockholms kommun", "01", "Stockholms län"),
        ("0483", "Katrineholm", "Katrineholms kommun", "04", "Södermanlands län"),
        ("0880", "Kalmar", "Kalmar kommun", "08", "Kalmar län"),
        ("0980", "Gotland", "Region Gotland", "09", "Gotlands län"),
        ("1421", "Orust", "Orust kommun", "14", "Västra Götalands län"),
        ("1480", "Göteborg", "Göteborgs kommun", "14", "Västra Götalands län"),
        ("1490", "Borås", "Borås kommun", "14", "Västra Götalands län"),
        ("2080", "Falun", "Falu kommun", "20", "Dalarnas län"),
        ("2084", "Avesta", "Avesta kommun", "20", "Dalarnas län"),
        ("2417", "Norsjö", "Norsjö kommun", "24", "Västerbottens län"),
        ("2480", "Umeå", "Umeå kommun", "24", "Västerbottens län"),
        ("2482", "Skellefteå", "Skellefteå kommun", "24", "Västerbottens län"),
        ("2514", "Kalix", "Kalix kommun", "25", "Norrbottens län"),
    ],
)
def test_kommun_rows(row):
    by_code = {k.kommun_code: k for k in kommuner()}
    k = by_code[row[0]]
    assert (k.kommun_code, k.kommun, k.kommun_name, k.lan_code, k.lan) == row


@pytest.mark.parametrize(
    "row",
    [
        ("01", "Stockholms län", "Region Stockholm", "Stockholm"),
        ("04", "Södermanlands län", "Region Sörmland", "Södermanland"),
        ("05", "Östergötlands län", "Region Östergötland", "Östergötland"),
        ("08", "Kalmar län", "Region Kalmar län", "Kalmar"),
        ("09", "Gotlands län", "Region Gotland", "Gotland"),
        ("12", "Skåne län", "Region Skåne", "Skåne"),
        ("14", "Västra Götalands län", "Västra Götalandsregionen", "Västra Götaland"),
        ("24", "Västerbottens län", "Region Västerbotten", "Västerbotten"),
    ],
)
def test_lan_rows(row):
    by_code = {county.lan_code: county for county in lan()}
    county = by_code[row[0]]
    assert (county.lan_code, county.lan, county.region_name, county.lan_short) == row


def test_loaders_are_cached_and_return_copies():
    assert kommuner() == kommuner()
    assert kommuner() is not kommuner()  # callers may mutate their list
    assert gazetteer._kommuner() is gazetteer._kommuner()


def test_place_names():
    names = place_names()
    for name in [
        "Katrineholm", "Katrineholms kommun", "Falu kommun", "Skellefteå",
        "Södermanlands län", "Södermanland", "Region Sörmland",
        "Västra Götalandsregionen", "Region Gotland", "Upplands Väsby",
    ]:
        assert name in names
    assert "Skelleftea" not in names
    assert len(names) > 290 + 21


# --- lookup ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KATRINEHOLMS KOMMUN", ("Katrineholms kommun", "kommun", "0483", "Södermanlands län")),
        ("SKELLEFTEA KOMMUN", ("Skellefteå kommun", "kommun", "2482", "Västerbottens län")),
        ("NORSJO KOMMUN", ("Norsjö kommun", "kommun", "2417", "Västerbottens län")),
        ("FALU KOMMUN", ("Falu kommun", "kommun", "2080", "Dalarnas län")),
        ("Falun kommun", ("Falu kommun", "kommun", "2080", "Dalarnas län")),
        ("REGION VASTERBOTTEN", ("Region Västerbotten", "region", "24", "Västerbottens län")),
        ("REGION OSTERGOTLAND", ("Region Östergötland", "region", "05", "Östergötlands län")),
        ("Region Kalmar", ("Region Kalmar län", "region", "08", "Kalmar län")),
        (
            "REGIONFORBUNDET | KALMAR LAN",
            ("Regionförbundet i Kalmar län", "regionförbund", "08", "Kalmar län"),
        ),
        (
            "Regionförbundet i Kalmar län",
            ("Regionförbundet i Kalmar län", "regionförbund", "08", "Kalmar län"),
        ),
        (
            "Landstinget i Östergötland",
            ("Landstinget i Östergötland", "landsting", "05", "Östergötlands län"),
        ),
        (
            "LANDSTINGET | OSTERGOTLAND",
            ("Landstinget i Östergötland", "landsting", "05", "Östergötlands län"),
        ),
        (
            "Västra Götalandsregionen",
            ("Västra Götalandsregionen", "region", "14", "Västra Götalands län"),
        ),
        ("Stockholms stad", ("Stockholms stad", "kommun", "0180", "Stockholms län")),
        ("Malmö stad", ("Malmö stad", "kommun", "1280", "Skåne län")),
        ("MALMO STAD", ("Malmö stad", "kommun", "1280", "Skåne län")),
        ("Göteborgs Stad", ("Göteborgs stad", "kommun", "1480", "Västra Götalands län")),
        ("Region Gotland", ("Region Gotland", "region", "09", "Gotlands län")),
        ("Gotlands kommun", ("Region Gotland", "kommun", "0980", "Gotlands län")),
        ("UPPLANDS BRO KOMMUN", ("Upplands-Bro kommun", "kommun", "0139", "Stockholms län")),
        ("  umeå   kommun ", ("Umeå kommun", "kommun", "2480", "Västerbottens län")),
        ("VÃ¤xjÃ¶ kommun", ("Växjö kommun", "kommun", "0780", "Kronobergs län")),
    ],
)
def test_lookup_organisation(text, expected):
    assert lookup_organisation(text) == OrgMatch(*expected)


def test_habo_and_habo_are_told_apart():
    assert lookup_organisation("Håbo kommun").code == "0305"
    assert lookup_organisation("HÅBO KOMMUN").code == "0305"
    assert lookup_organisation("Habo kommun").code == "0643"
    assert lookup_organisation("HABO KOMMUN").code == "0643"


@pytest.mark.parametrize(
    "text",
    [
        "AVSLUTANDE TIPS",
        "APPAR",
        "ERFARENHETER FALUN",
        "FALUN",
        "Södermanlands län",
        "KOMMUN",
        "",
        "Katrineholms kommuns erfarenheter",
    ],
)
def test_lookup_rejects_non_organisations(text):
    assert lookup_organisation(text) is None


def test_every_kommun_and_region_is_found():
    for k in kommuner():
        match = lookup_organisation(k.kommun_name.upper())
        assert match is not None and match.name == k.kommun_name, k
        assert match.code == (k.kommun_code if k.kommun_code != "0980" else "09")
    for county in lan():
        match = lookup_organisation(fold(county.region_name))
        assert match == OrgMatch(county.region_name, "region", county.lan_code, county.lan)


def test_fold():
    assert fold("Skellefteå") == fold("SKELLEFTEA") == "skelleftea"
    assert fold("Ödeshög") == "odeshog"
    assert fold("Regionförbundet | Kalmar län") == "regionforbundet i kalmar lan"


def test_doctests():
    result = doctest.testmod(gazetteer)
    assert result.attempted > 0
    assert result.failed == 0
