"""The seed publication's remaining repair errors, and correct text kept as it is."""
from __future__ import annotations

import pytest

from pipeline.repair import join_hyphenated, repair_lines

# A line with OCR debris makes the document an OCR document (as the seed is).
OCR_LINE = "Regionférbundet i Kalmar lén arbetar med féretagsutbildning."


def ocr_doc(line: str) -> str:
    return repair_lines([OCR_LINE, line])[0][1]


@pytest.mark.parametrize("line, expected", [
    ("På sa satt fér Vi OCkSé uppdaterad kunskap", "På så sätt får vi också uppdaterad kunskap"),
    ("har man tagit ett grepp for att Oka den digitala", "har man tagit ett grepp för att öka den digitala"),
    ("och larcentra. Genom O6kad samverkan och", "och lärcentra. Genom ökad samverkan och"),
    ("enigheten ar mycket viktig. Okad samsyn och", "enigheten är mycket viktig. Ökad samsyn och"),
    ("och det blir en dyr Idardom”, avslutar", "och det blir en dyr lärdom”, avslutar"),
    ("Intervju med regionbibliotekets projektledarei Region", "Intervju med regionbibliotekets projektledare i Region"),
    ("Bruno Kaufmann, Ordférande, Val- och Demokratinamnden,",
     "Bruno Kaufmann, Ordförande, Val- och Demokratinämnden,"),
    ("patienter som kan vara delaktiga i sin egen vard", "patienter som kan vara delaktiga i sin egen vård"),
    ("Den digitala utvecklingen staller vart samhalle infor", "Den digitala utvecklingen ställer vårt samhälle inför"),
    ("Var forhoppning ar att dessa erfarenheter", "Vår förhoppning är att dessa erfarenheter"),
    ("men ocksa hos vara egna anstallda", "men också hos våra egna anställda"),
    ("FRAMGANGSFAKTORER", "FRAMGÅNGSFAKTORER"),
    ("en viktig framgangsfaktor.", "en viktig framgångsfaktor."),
])
def test_seed_errors(line, expected):
    assert ocr_doc(line) == expected


@pytest.mark.parametrize("line", [
    "”, säger Magnus Rudehall, IT-strateg på Region Västerbotten.",
    "Detta är ingen framtidsfråga! Det är en nutidsfråga och vi är lite på efterkälken.",
    "Om servicepunkter på kommunbibliotek på Faluns hemsida",
    "Vi har sett behovet hos kommuninvånare men också hos våra egna anställda.",
])
def test_correct_text_is_kept(line):
    doc = ["Den digitala utvecklingen ställer vårt samhälle inför möjligheter.", line]
    out, corr = repair_lines(doc)
    assert out == doc
    assert not any(corr)


def test_case_misreading_after_a_line_break_inside_a_sentence():
    out = repair_lines([OCR_LINE, "har man tagit ett grepp for att", "Oka den digitala"])[0]
    assert out[2] == "öka den digitala"


def test_line_after_a_heading_keeps_its_capital():
    out = repair_lines([OCR_LINE, "Digital delaktighet", "Om vi vill"])[0]
    assert out[2] == "Om vi vill"


def test_unknown_name_gets_no_diacritics_in_a_text_with_diacritics():
    doc = ["Det här är en text där å, ä och ö finns.", "Magnus Rudehall och Lena Fornhall talade."]
    assert repair_lines(doc)[0] == doc


def test_a_known_compound_is_not_split_at_a_line_end_hyphen():
    assert join_hyphenated("nu-", "tidsfråga")[0] == "nutidsfråga"
    assert join_hyphenated("nutids-", "fråga.")[0] == "nutidsfråga."


def test_clean_text_with_a_name_and_year_is_not_ocr():
    """A clean text keeps its capitals: "Digidel2013" is no sign of OCR damage."""
    from pipeline.repair import repair_lines

    lines = ["Sektionschef Center för eSamhället",
             "Beslutet att fortsätta efter kampanjen Digidel2013 var avgörande."] + \
        ["Kommunen har arbetat med digital delaktighet i flera år och ser nu resultat."] * 60
    out, corr = repair_lines(lines)
    assert out == lines and not any(corr)


def test_short_word_glued_by_ocr():
    """Tesseract runs "i" into its neighbour: "värdei sig", "prioritetikommunens"."""
    from pipeline.repair import repair_lines

    out, _ = repair_lines(["som ett värdei sig", "första prioritetikommunens arbete", "vi göri e-tjänster",
                           "ett parti", "en taxi"])
    assert out == ["som ett värde i sig", "första prioritet i kommunens arbete", "vi gör i e-tjänster",
                   "ett parti", "en taxi"]


def test_possessive_before_noun_and_finite_verb():
    """"hur var service fungerar" -> "vår"; "Om vara kommunanställda kan" -> "våra"; a genitive stays."""
    from pipeline.repair import repair_lines

    out, _ = repair_lines(["och hur var service fungerar.", "Om vara kommunanstallda kan anvanda dem",
                           "Byggnaden var stadens valdigaste", "Ska vara digitala entreprenorer."])
    assert out == ["och hur vår service fungerar.", "Om våra kommunanställda kan använda dem",
                   "Byggnaden var stadens väldigaste", "Ska vara digitala entreprenörer."]


def test_word_before_decides():
    """The word before: "två år", "på samma sätt", "han sa", "min far", "byn låg"."""
    from pipeline.repair import repair_lines

    out, _ = repair_lines(["om tva ar ska vi pa samma satt fraga dem", "Ja, sa han. Min far kom hem.",
                           "Byn lag overgiven.", "Det ar bra.", "som manga man far i dag",
                           "tre tusen man dog", "Vad har du gjort? Vi har."])
    assert out == ["om två år ska vi på samma sätt fråga dem", "Ja, sa han. Min far kom hem.",
                   "Byn låg övergiven.", "Det är bra.", "som många män får i dag",
                   "tre tusen man dog", "Vad har du gjort? Vi har."]


def test_said_after_a_quotation():
    from pipeline.repair import repair_lines

    out, _ = repair_lines(['"Nej, inte an", sa mor.', "Det ar mojligt, sa Auster.", "de bada mannen gick",
                           "Vi gick, sa att vi kom fram."])
    assert out == ['"Nej, inte än", sa mor.', "Det är möjligt, sa Auster.", "de båda männen gick",
                   "Vi gick, så att vi kom fram."]


def test_short_proper_spelling_in_small_letters_in_ocr_text():
    from pipeline.repair import repair_lines

    out, _ = repair_lines(["mer dn tva ar sedan", "det kan 6ka", "SD och DN skrev"])
    assert out == ["mer än två år sedan", "det kan öka", "SD och DN skrev"]


def test_word_class_context_decides_rare_words():
    """The word-class model: "att" and "ville" take an infinitive, "med" an adjective before a noun."""
    from pipeline.repair import repair_lines

    out, _ = repair_lines(["Hon satte punkt med att tomma sitt glas.",
                           "En man med vaga ideer.", "Han undrade om jag ville bada.",
                           "Det handlar har om lagar."])
    assert out == ["Hon satte punkt med att tömma sitt glas.",
                   "En man med vaga idéer.", "Han undrade om jag ville bada.",
                   "Det handlar här om lagar."]


def test_class_model_tables():
    """Apertium's and UD's classes of competing spellings, and a context that favours one."""
    from pipeline.repair.context import context_features, tokenize_for_context
    from pipeline.repair.resources import load_resources

    res = load_resources()
    cm = res.classes
    assert cm is not None
    assert {c for c, _ in cm.classes("tömma")} == {"V.inf"}
    assert "ADJ.a" in {c for c, _ in cm.classes("tomma")}
    assert "ADV" in {c for c, _ in cm.classes("här")}
    skels = [t.lower() for t in tokenize_for_context("att tomma glaset")]
    feats = context_features(skels, 1, res.tagger)
    assert cm.score("tömma", feats) > cm.score("tomma", feats)


def test_ocr_compound_with_a_misread_part():
    """A compound whose part has an OCR misreading ("bdtar" for "båtar") is not left as noise."""
    out, _ = repair_lines(["Det fanns manga overvakningsbdtar i hamnen.", "Dar lag ocksa manga fiskebatar."])
    assert out == ["Det fanns många övervakningsbåtar i hamnen.", "Där låg också många fiskebåtar."]


def test_dar_is_not_read_as_ar():
    assert ocr_doc("Hon bor dar sedan tva ar.") == "Hon bor där sedan två år."


def test_long_unknown_word_read_through_an_ocr_misreading():
    """A long word that parses only after undoing a misread 'd': the known reading wins,
    and of two compound readings the one from commoner parts."""
    out, _ = repair_lines([OCR_LINE, "De nya undantagsbestdmmelser gdller fran i dag.",
                           "Det ar en naturnddvandighet."])
    assert out[1:] == ["De nya undantagsbestämmelser gäller från i dag.", "Det är en naturnödvändighet."]


def test_a_misread_capital_says_nothing_of_the_case():
    """Skellefteå's page: 'U”gang“g' is 'tillgänglig' in the middle of a sentence, not 'Tillgänglig'."""
    assert ocr_doc("ut och om hur U”gang“g och anvéndarvén“g kom-") == \
        "ut och om hur tillgänglig och användarvänlig kom-"


def test_suspended_compound_broken_at_the_line_end():
    """'far- och morfo-' / 'räldrar': the suspended part joins the compound across the line end."""
    out, _ = repair_lines(["Traffarna har blivit populara och lockar aven far- och morfo-", "raldrar."])
    assert out == ["Träffarna har blivit populära och lockar även far- och morfö-", "räldrar."]  # "morföräldrar"


def test_ocr_text_keeps_a_capital_after_a_capitalised_word():
    """In the seed (an OCR text), "Sektionschef Center for eSamhallet" keeps "Center"; "får Vi" still goes small."""
    from pipeline.repair import repair_lines

    lines = ["Asa Zetterberg", "Sektionschef Center for eSamhallet", "Pa sa satt far Vi OCkSé uppdaterad kunskap."]
    out, _ = repair_lines(lines)
    assert out[1] == "Sektionschef Center för eSamhället"
    assert out[2] == "På så sätt får vi också uppdaterad kunskap."
