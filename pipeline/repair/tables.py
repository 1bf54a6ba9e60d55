"""Data tables of the repair stage, kept apart from the logic.

Every table here is plain data: the code that uses it lives in the other
modules of :mod:`pipeline.repair`.
"""
from __future__ import annotations

# Letters a broken font or a careless conversion turns into their base
# letter.  The *skeleton* of a word maps each of them to its base, so that
# all spellings of a word that differ only in these marks share one key.
SKELETON_MAP: dict[str, str] = {
    "å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "à": "a",
    "Å": "A", "Ä": "A", "Ö": "O", "É": "E", "È": "E", "Ü": "U", "À": "A",
}

# Letters that carry a diacritic in Swedish words (what "accuracy on å/ä/ö
# words" counts).
SWEDISH_DIACRITICS = frozenset("åäöÅÄÖ")

# OCR confusions: what a non-Swedish OCR engine wrote -> what the page had,
# with the probability of that reading given the observed string.  The
# observed side may be longer than one character ("éo" for "ö").  Strings
# here are matched in lower case; "I" is matched before lowering (capital
# I read for a small l).
OCR_CONFUSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "6": (("ö", 0.9),),
    "é": (("ö", 0.5), ("ä", 0.4), ("å", 0.05), ("é", 0.3)),
    "è": (("ä", 0.4), ("ö", 0.3), ("è", 0.3)),
    "éo": (("ö", 0.5),),
    "ó": (("ö", 0.6),),
    "ò": (("ö", 0.4),),
    "á": (("å", 0.4), ("ä", 0.4)),
    "à": (("å", 0.4), ("ä", 0.3)),
    "d": (("ä", 0.05), ("å", 0.04), ("ö", 0.02)),
    "ad": (("å", 0.03),),
    "da": (("ä", 0.02),),  # "Idardom" for "lärdom" (never word-initially: OCR_NOT_INITIAL)
    "3": (("ä", 0.5),),
    "@": (("ä", 0.5),),
    "&": (("ä", 0.4),),
    "1": (("l", 0.4), ("i", 0.1)),
    "|": (("i", 0.4), ("l", 0.3)),
    "l": (("i", 0.05),),
    "ll": (("li", 0.02),),
    "”": (("ll", 0.3), ("li", 0.2)),
    "“": (("li", 0.3), ("ll", 0.2)),
    "o6": (("ö", 0.6),),
    "0": (("o", 0.3), ("ö", 0.2)),
    "u": (("ti", 0.005),),
    "ij": (("j", 0.05),),
    "ia": (("ä", 0.05),),
    "i": (("ä", 0.02),),
}

# OCR confusions that are never undone at the start of a word: "dar" is
# "där" (lost marks), not "är" with a stray "d".
OCR_NOT_INITIAL = frozenset(["da"])

# Capital letters at the start of a word the OCR read without the mark.
OCR_CAPITALS: dict[str, tuple[tuple[str, float], ...]] = {
    "I": (("l", 0.05),),
}

# Characters that make a token suspicious: an OCR confusion is only looked
# for in a token that is not a known word, or that holds one of these.
OCR_SUSPECT_CHARS = frozenset("6é3@&|”“èóòáà01")

# Swedish words that never begin a compound, so that "Allaled" can be read
# as "Alla led" (a lost space) rather than as one unknown compound.
NON_COMPOUNDING_WORDS = frozenset(
    """alla och att det den dem som är vad vem vilka vilken vilket jag
    hon vi ni inte också bara många inga ingen inget hans hennes deras vår
    vårt våra ska kan vill måste har hade blir blev""".split()
)

# Words after a line-end hyphen that show the hyphen is a suspended
# compound ("förvaltnings- och organisationsgränserna"), not a break.
SUSPENDED_COMPOUND_CONJUNCTIONS = frozenset(
    ["och", "eller", "samt", "respektive", "resp", "som", "till", "men"]
)

# Unicode spaces that become a plain space, and invisible characters that go.
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Typographic ligatures and their letters.
LIGATURES: dict[str, str] = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
    "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}

# Combining marks and the letters they make on a/o/e/u (re-attachment).
COMBINING_MARKS = {"\u0308": "diaeresis", "\u030a": "ring", "\u0301": "acute"}
SPACING_MARKS: dict[str, str] = {"¨": "\u0308", "˚": "\u030a", "´": "\u0301"}

# Top-level domains that mark a token as a web address even without "www.".
WEB_TLDS = frozenset(
    "se nu com org net eu fi no dk de uk io info gov edu int".split()
)

# Number words, counted as numbers by the context model ("tretton år").
NUMBER_WORDS = frozenset(
    """två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton
    sexton sjutton arton nitton tjugo trettio fyrtio femtio sextio sjuttio
    åttio nittio hundra tusen miljon miljoner miljard miljarder""".split()
    + """tva atta attio""".split()
)

# Capital letters whose shape is that of their small letter: an OCR engine
# often reads "vi" as "Vi" or "ö" as "O" inside a sentence ("får Vi
# OCkSé", "för att Oka den").
OCR_CASE_LOOKALIKES = frozenset("COSVWXZÖ")

# Word-class evidence for a few very frequent confusions: a spelling
# (key) gains this many nats when the next word's class is one of the
# listed ones ("har jobbar" is no Swedish, "här jobbar" is; "var service"
# -> "vår service").  The classes are those of the context tagger.
NEXT_CLASS_BONUS: dict[str, tuple[frozenset[str], float]] = {
    "här": (frozenset(["VERB.Fin"]), 3.0),
    "vår": (frozenset(["NOUN"]), 3.0),
    "vårt": (frozenset(["NOUN"]), 3.0),
    "våra": (frozenset(["NOUN"]), 3.0),
}

# The two next words' classes: a possessive, then its noun (or a noun-like
# adjective), then the finite verb of the clause ("hur var service
# fungerar" -> "vår service", "Om vara kommunanställda kan" -> "våra"); an
# infinitive "vara" is not followed by a noun and then a finite verb.
NEXT2_CLASS_BONUS: dict[str, tuple[frozenset[str], frozenset[str], float]] = {
    form: (frozenset(["NOUN", "ADJ"]), frozenset(["VERB.Fin", "AUX.Fin"]), 2.0)
    for form in ("vår", "vårt", "våra")
}

# The same for a few next words: a subject pronoun after the verb of a
# sentence that starts with an adverbial ("På så sätt får vi").
NEXT_WORD_BONUS: dict[str, tuple[frozenset[str], float]] = {
    "får": (frozenset("vi jag du han hon ni".split()), 2.5),
    "vår": (frozenset(["egen"]), 3.0),
    "vårt": (frozenset(["eget"]), 3.0),
    "våra": (frozenset(["egna"]), 3.0),
    # "sa han", "sa hon" (said); "så han" / "så hon" do not occur in the
    # statistics' text.
    "sa": (frozenset(["han", "hon"]), 3.0),
    # "så småningom", "så kallade", "så länge", "så snart", "så pass"
    "så": (frozenset("smaningom kallad kallade kallat lange snart pass".split()), 4.0),
    "år": (frozenset(["<num>"]), 3.0),  # "år 1970"
    "å": (frozenset(["andra"]), 3.0),  # "å andra sidan"
    "våg": (frozenset(["av"]), 2.0),  # "en våg av protester"
}

# The same for the word before (its skeleton: lower case, no diacritics):
# "två år", "i år"; "på samma sätt"; "han satt"; "unga män"; "han låg".
_NUMERALS = "<num> en ett tva tre fyra fem sex sju atta nio tio elva tolv tjugo trettio hundra tusen"
PREV_WORD_BONUS: dict[str, tuple[frozenset[str], float]] = {
    "år": (frozenset((_NUMERALS + " i forra varje per flera manga nagra fa par hela samma sista forsta"
                      " halvt dessa senaste kommande foljande vart").split()), 3.0),
    "sätt": (frozenset("pa ett samma detta vilket annat nytt basta olika sitt mitt".split()), 3.0),
    "satt": (frozenset("han hon jag vi de du ni som den det".split()), 2.0),
    # (not after numerals: "tre tusen man" counts soldiers)
    "män": (frozenset("unga gamla manga nagra flera andra alla fler vuxna vita svarta".split()), 4.5),
    "låg": (frozenset("han hon det den som dar jag vi de".split()), 2.0),
    "sa": (frozenset("han hon jag vi ni du".split()), 2.5),
    "far": (frozenset("min din hans hennes sin var deras er sa sade".split()), 3.0),  # "sa far" (said father)
    "ändra": (frozenset("kan ska vill maste att bor kunna far".split()), 2.5),
    "männen": (frozenset("bada unga gamla alla nya tva tre de dessa".split()), 3.0),
    "hår": (frozenset("svart svarta langt langa kort korta blont blonda gratt gra vitt vita morkt morka ljust "
                      "ljusa rott roda hennes hans sitt mitt ditt".split()), 3.0),
    "fört": (frozenset("har hade ha".split()), 3.0),
}

# Modal verbs, finite or not (as skeletons), which take a bare infinitive
# ("kan ändra", "att kunna värdera"); not "har" (a supine) nor "får" ("får
# svåra problem").
MODAL_VERBS = frozenset(("kan kunde kunna kunnat ska skall skulle maste vill ville vilja velat bor borde lar torde "
                         "brukar bruka behover behovde behova hinner hann hinna hunnit").split())

# "sa" after the closing mark of a quotation and before who said it:
# '"Nej", sa mor.', '..., sa Auster.'
SAID_AFTER = frozenset([",", "\"", "”", "?", "!"])
SAID_BEFORE = frozenset("han hon jag vi ni du mor far farmor farfar mormor morfar min mamma pappa".split())

# The class of the word before: a noun subject before the past tense of
# "ligga" and "sitta" ("byn låg", "Dorothy satt"); a plural adjective
# before "män" ("vita män").
PREV_CLASS_BONUS: dict[str, tuple[frozenset[str], float]] = {
    "låg": (frozenset(["NOUN", "PROPN"]), 1.5),
    "satt": (frozenset(["NOUN", "PROPN"]), 1.5),
}

# Next words that keep "var" the pronoun of "each" ("var dag", "var tredje").
NEXT_CLASS_EXCEPT = frozenset(
    "dag gang vecka manad ar timme minut natt kvall morgon och annan annat en ett".split()
)

# Short words that a lost space glues to the end of the word before
# ("projektledarei" -> "projektledare i").
GLUED_TAIL_WORDS = ("i",)
