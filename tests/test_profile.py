"""Label variants of the genre, and a profile of one's own."""
from pathlib import Path

from pipeline import extract

VARIANT = """\
UMEÅ KOMMUN

Antal invånare: 130 224

"Vi vill att alla ska kunna använda kommunens e-tjänster", säger Anna Lind, digitaliseringschef i Umeå kommun.

I Umeå har biblioteken öppnat digitala verkstäder där invånare får hjälp av volontärer.

LÄRDOMAR UMEÅ

• Börja i liten skala och bygg vidare på det som fungerar.

• Samarbeta med studieförbunden från början.

LÄS MER

Om digitala verkstäder på Umeå kommuns webbplats

KONTAKTPERSON

Anna Lind
Tel: 090-16 10 00
E-post: anna.lind@umea.se

http://www.umea.se/digitalaverkstader
mailto:anna.lind@umea.se

LANDSTINGET I VÄRMLAND

Invånare 282 414

Landstinget har utbildat vårdpersonal i att visa patienter hur e-tjänsterna fungerar.

VÅRA TIPS

• Låt personalen prova tjänsterna själva först.
"""


def test_label_variants(tmp_path):
    p = tmp_path / "variant.txt"
    p.write_text(VARIANT, encoding="utf-8")
    t = extract(p)
    orgs = t["organisations"]
    assert list(orgs.name) == ["Umeå kommun", "Landstinget i Värmland"]
    assert list(orgs.population) == [130224, 282414]
    assert list(orgs.municipality_code) == ["2480", "17"]
    assert list(orgs.org_type) == ["kommun", "landsting"]
    x = t["experiences"]
    umea = x[x.org_id == orgs.org_id[0]]
    assert list(umea.heading) == ["Lärdomar Umeå"] * 2 and set(umea.kind) == {"experience"}
    assert umea.text.tolist() == ["Börja i liten skala och bygg vidare på det som fungerar.",
                                  "Samarbeta med studieförbunden från början."]
    (c,) = t["contacts"].to_dict("records")
    assert (c["name"], c["phone"], c["email"]) == ("Anna Lind", "+4690161000", "anna.lind@umea.se")
    links = t["links"].set_index("url")
    assert links.loc["http://www.umea.se/digitalaverkstader", "kind"] == "read_more"
    assert links.loc["http://www.umea.se/digitalaverkstader", "label"] == \
        "Om digitala verkstäder på Umeå kommuns webbplats"
    (q,) = t["quotes"].to_dict("records")
    assert (q["speaker_name"], q["speaker_role"], q["speaker_org"]) == \
        ("Anna Lind", "digitaliseringschef", "Umeå kommun")
    # "VÅRA TIPS" is not in the default profile: its line is text, not a list.
    assert "Låt personalen prova tjänsterna själva först." not in set(x.text)


def test_own_profile_adds_a_label(tmp_path):

    import pipeline

    default = Path(pipeline.__file__).parent / "resources" / "profiles" / "default.toml"
    mine = tmp_path / "mine.toml"
    mine.write_text(default.read_text(encoding="utf-8").replace('tip = ["TIPS", "RÅD"]',
                                                                'tip = ["TIPS", "RÅD", "VÅRA TIPS"]'),
                    encoding="utf-8")
    p = tmp_path / "variant.txt"
    p.write_text(VARIANT, encoding="utf-8")
    t = extract(p, profile=str(mine))
    x = t["experiences"]
    tips = x[x.kind == "tip"]
    assert tips.text.tolist() == ["Låt personalen prova tjänsterna själva först."]
    assert tips.heading.tolist() == ["Våra tips"]


def test_form_feeds_give_pages(tmp_path):
    p = tmp_path / "paged.txt"
    p.write_text("Framsida\f" + VARIANT.replace("LANDSTINGET I VÄRMLAND", "\fLANDSTINGET I VÄRMLAND"),
                 encoding="utf-8")
    t = extract(p)
    assert t["publications"].n_pages[0] == 3
    orgs = t["organisations"]
    assert list(orgs.page_start) == [2, 3] and list(orgs.page_end) == [2, 3]
    assert list(t["contacts"].page) == [2]
    assert set(t["experiences"].page) == {2}
    assert t["paragraphs"].page.notna().all()


def test_headings_in_small_letters(tmp_path):
    """A text whose organisation headings are not in capitals still has its sections."""
    text = VARIANT.replace("UMEÅ KOMMUN", "Umeå kommun").replace("LANDSTINGET I VÄRMLAND", "Landstinget i Värmland")
    p = tmp_path / "small.txt"
    p.write_text(text, encoding="utf-8")
    t = extract(p)
    assert list(t["organisations"].name) == ["Umeå kommun", "Landstinget i Värmland"]
    assert list(t["organisations"].name_raw) == ["Umeå kommun", "Landstinget i Värmland"]
    # a sentence that merely names a kommun is no heading
    assert not t["paragraphs"].text.str.startswith("Umeå kommun").any()
