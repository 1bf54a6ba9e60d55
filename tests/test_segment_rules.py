"""Rules of the segment stage on real lines of the seed."""
import pytest

from pipeline.profile import load_profile
from pipeline.segment.lines import bullet_rest, clean_line, is_email_line, is_junk, is_phone_line

P = load_profile()


@pytest.mark.parametrize("line,rest", [
    ("e Beslutet att fortsatta efter kampanjen Digidel2013 var", "Beslutet att fortsatta efter kampanjen Digidel2013 var"),
    ("o Ge tydligt uppdrag, mal och mandat for de utférare som", "Ge tydligt uppdrag, mal och mandat for de utférare som"),
    ("* |nnan en e-tjanst byggs ska en analys goras.", "|nnan en e-tjanst byggs ska en analys goras."),
    ("« Samarbeta med studieförbunden.", "Samarbeta med studieförbunden."),
    ("• Politisk enighet är en viktig framgångsfaktor.", "Politisk enighet är en viktig framgångsfaktor."),
])
def test_ocr_bullets(line, rest):
    assert bullet_rest(line, P) == rest


@pytest.mark.parametrize("line", ["e-tjänster kräver insatser", "o och a", "och barn tillratta med systemet"])
def test_not_bullets(line):
    assert bullet_rest(line, P) is None


@pytest.mark.parametrize("line", ["| |", "R e", "\\eo", "L", "A 4T o e", "1"])
def test_page_furniture_lines(line):
    assert is_junk(line)


@pytest.mark.parametrize("line", ["APPAR", "0150-576 25", "Eva Karlberg", "https://youtu.be/3zl8bKEdFvY"])
def test_lines_that_are_not_furniture(line):
    assert not is_junk(line)


def test_contact_lines_with_ocr_icons():
    assert is_phone_line("¢ 0150-576 25", P)
    assert is_phone_line("& 0918 - 141 18 eller 072-732 73 71", P)
    assert is_phone_line("Tel: 090-16 10 00", P)
    assert is_email_line("@ ann-louise.torling@katrineholm.se", P)
    assert not is_phone_line("Invanare 33 268", P)


@pytest.mark.parametrize("raw,clean", [
    ("| Katrineholm har man tagit ett langsiktigt helhetsgrepp for att", "I Katrineholm har man tagit ett langsiktigt helhetsgrepp for att"),
    ("Katrineholms kommun, star det bland annat att det ar en demokrati- \\\\ |8", "Katrineholms kommun, star det bland annat att det ar en demokrati-"),
    ("fraga att vara digitalt delaktig. Ett delmal for 2014-2016 ar att fler kom- 3%", "fraga att vara digitalt delaktig. Ett delmal for 2014-2016 ar att fler kom-"),
    ("B liksom samverkan med andra aktdrer, sager Bruno Kaufmann.", "liksom samverkan med andra aktdrer, sager Bruno Kaufmann."),
    ("ynp 5 Det ska goras i dialog med medborgarna.", "Det ska goras i dialog med medborgarna."),
    ("arbetet prioriterades av arbetsgruppen Kompetens, 13-", "arbetet prioriterades av arbetsgruppen Kompetens, 13-"),
    ("fér Vi OCkSé uppdaterad kunskap om hur med-", "fér Vi OCkSé uppdaterad kunskap om hur med-"),
])
def test_clean_line(raw, clean):
    assert clean_line(raw)[0] == clean


def test_cleaning_is_recorded():
    _, corr = clean_line("| Falun vill man vanda pa tanken")
    assert [(c.original, c.corrected, c.kind) for c in corr] == [("|", "I", "ocr_confusion")]


def test_ocr_misread_icons_and_at_sign():
    from pipeline.entities.contacts import contact
    from pipeline.segment.lines import Frag, email_of, strip_icons

    assert strip_icons("7 0980-700 00", P) == "0980-700 00"  # the phone icon read as "7"
    assert email_of("& lars.isakssonQkiruna.se", P) == "lars.isaksson@kiruna.se"
    assert email_of("& maria.obergÖQgotland.se", P) == "maria.oberg@gotland.se"
    # Tesseract (Swedish) on a scan: "@" read as "Ö&"
    assert email_of("E-post: karin.sjobergÖ&lund.se", P) == "karin.sjoberg@lund.se"
    assert email_of("& christer.bergqvistEÖrfkl.se", P) == "christer.bergqvist@rfkl.se"
    assert email_of("@ ann-louise.torling@katrineholm.se", P) == "ann-louise.torling@katrineholm.se"
    frags = [Frag(t, t, 2, i) for i, t in enumerate(["Lars Isaksson", "7 0980-700 00", "& lars.isakssonQkiruna.se"])]
    c = contact(frags, P)
    assert (c.name, c.phone, c.email) == ("Lars Isaksson", "+4698070000", "lars.isaksson@kiruna.se")


def test_contact_name_with_role_and_labelled_values():
    from pipeline.entities.contacts import contact
    from pipeline.segment.lines import Frag

    lines = ["Anna Lind, utvecklingsledare", "Tel: 090-16 10 00", "E-post: Anna.Lind@umea.se"]
    c = contact([Frag(t, t, 4, i) for i, t in enumerate(lines)], P)
    assert (c.name, c.phone, c.phone_raw, c.email, c.page) == \
        ("Anna Lind", "+4690161000", "090-16 10 00", "anna.lind@umea.se", 4)


def _stream(name, state, texts):
    from pipeline.segment.columns import Stream
    from pipeline.segment.lines import Frag

    s = Stream(name)
    s.state = state
    for i, t in enumerate(texts):
        s.push(Frag(raw=t, text=t, page=1, index=i))
    return s


def test_an_imperative_goes_to_the_box_of_advice():
    """Norsjö's page: 'Packa deras ...' follows the box's unfinished line, not the finished body."""
    from pipeline.segment.columns import choose, is_imperative
    from pipeline.segment.lines import Frag

    assert is_imperative("Packa") and not is_imperative("Personalen") and not is_imperative("Det")
    body = _stream("body", "body", ["na en viss malgrupp ar det relativt enkelt ordnat."])
    side = _stream("side", "box", ["pa sma orter. Eftersom vi inte vet hur framtida",
                                   "jobb kan se ut, maste vi ge barnen mycket i skolan"])
    line = "Packa deras mentala ryggsack med kunskap och"
    assert choose(Frag(raw=line, text=line, page=1, index=9), body, side, P, 57.0) == [
        ("side", Frag(raw=line, text=line, page=1, index=9))]
    # a sentence that is no order stays in the body
    line2 = "Personalen visar alla foraldrar och barn hur det gar till"
    assert choose(Frag(raw=line2, text=line2, page=1, index=9), body, side, P, 57.0)[0][0] == "body"


def test_a_split_line_gives_each_column_its_width():
    """The left half fills its column; the split is not one word too early."""
    from pipeline.segment.columns import choose
    from pipeline.segment.lines import Frag

    body = _stream("body", "body", ["| forskola och fritids har man infort narvarosystemet",
                                    "Nuddis. \"Personalen hjalper och visar alla foraldrar",
                                    "och barn tillratta med systemet”, berattar Katarzyna"])
    side = _stream("side", "box", ["pa sma orter. Eftersom vi inte vet hur framtida",
                                   "jobb kan se ut, maste vi ge barnen mycket i skolan",
                                   "Packa deras mentala ryggsack med kunskap och"])
    line = "Wikstrom. \"Och bade modersmalslarare och vart kompetens om hur tekniken kan anvandas, att"
    parts = choose(Frag(raw=line, text=line, page=1, index=20), body, side, P, 57.0)
    assert [(n, f.text) for n, f in parts] == [
        ("body", "Wikstrom. \"Och bade modersmalslarare och vart"),
        ("side", "kompetens om hur tekniken kan anvandas, att")]


def test_a_split_word_with_two_spellings_goes_where_its_neighbours_take_it():
    """Norsjö's "... till vara invandrade | vara digitala entreprenörer.": both cuts fit the widths;
    "föräldrar" on the next line follows "invandrade", and "kritiskt och" takes the infinitive "vara"."""
    from pipeline.segment.columns import _junction_say, choose
    from pipeline.segment.lines import Frag

    body = _stream("body", "body", ["och barn tillratta med systemet”, berattar Katarzyna",
                                    "Wikstrom. \"Och bade modersmalslarare och vart",
                                    "larcentra som driver sfi-undervisningen hjalper till"])
    side = _stream("side", "box", ["Packa deras mentala ryggsack med kunskap och",
                                   "kompetens om hur tekniken kan anvandas, att",
                                   "kunna s6ka information, férhalla sig kritiskt och"])
    line = "att visa och lara ut Nuddis till vara invandrade vara digitala entreprendrer."
    nxt = "foraldrar. Det arbetssattet kan vi vidareutveckla"
    toks = line.split()
    assert _junction_say(toks, 9, side, nxt) > _junction_say(toks, 10, side, nxt) + 2.0
    parts = choose(Frag(raw=line, text=line, page=1, index=30), body, side, P, 57.0, nxt)
    assert [(n, f.text) for n, f in parts] == [
        ("body", "att visa och lara ut Nuddis till vara invandrade"),
        ("side", "vara digitala entreprendrer.")]
    # without the next line the cue has nothing to weigh for the left half
    assert _junction_say(["och", "nu", "hem"], 1, _stream("side", "box", []), "") == 0.0


def test_repair_units_start_at_headings_items_and_boxes():
    """The document pipeline tells repair where a unit starts (a paragraph running on is none) and where advice does."""
    from pipeline.process import _all_frags
    from pipeline.segment import SegmentedSection
    from pipeline.segment.blocks import Block
    from pipeline.segment.lines import Frag

    def f(t, i):
        return Frag(raw=t, text=t, page=1, index=i)

    blocks = [Block("paragraph", frags=[f("Vi har arbetat med", 0), f("detta i flera år", 1)]),
              Block("paragraph", frags=[f("och ser nu resultat.", 2)]),
              Block("box", heading=[f("ERFARENHETER", 3)], items=[[f("Bjud in", 4), f("alla.", 5)],
                                                                   [f("Lat dem", 6)]]),
              Block("paragraph", frags=[f("Efter kampanjen", 7)])]
    frags, starts, advice = _all_frags([SegmentedSection(section=None, blocks=blocks)])
    assert [x.index for x in frags] == list(range(8))
    assert starts == {3, 4, 6, 7}
    assert advice == {4, 6}  # a box's items: advice, often in the imperative
