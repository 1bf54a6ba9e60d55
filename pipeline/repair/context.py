"""Context features shared by the build script and the repair scorer.

A token's context is described by the *skeletons* of its neighbours (lower
case, diacritics dropped), so that the features read the same in a text
whose diacritics are all lost as in the clean text they were counted on.
"""
from __future__ import annotations

import re

from pipeline.repair.tables import NUMBER_WORDS
from pipeline.repair.text import strip_diacritics

NUMBER_SKELETONS = frozenset(strip_diacritics(w) for w in NUMBER_WORDS)

_TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|[^\w\s]")
NUMBER = "<num>"
START = "<s>"
END = "</s>"
NAME = "<name>"  # a name no counted text knows (tagged PROPN)


def tokenize_for_context(text: str) -> list[str]:
    """Split *text* into word, number and punctuation tokens.

    Digits and number words both become :data:`NUMBER`.
    """
    return [NUMBER if t[0].isdigit() or t.lower() in NUMBER_WORDS or t.lower() in NUMBER_SKELETONS else t
            for t in _TOKEN_RE.findall(text)]


def context_token(skel: str) -> str:
    """The context token of a word skeleton (number words -> :data:`NUMBER`)."""
    return NUMBER if skel in NUMBER_SKELETONS else skel


COMPOUND_HEAD_MIN, COMPOUND_TAIL_MIN = 3, 4
LONG_ENDING_MIN, LONG_ENDING_MAX = 5, 7
COMPOUND_TAIL_TAGS = frozenset(["NOUN", "ADJ", "VERB.Inf", "VERB.Fin", "VERB.Sup", "VERB.Part"])


class Tagger:
    """Most frequent word class of a skeleton, guessed from its ending if unknown.

    An unknown skeleton takes the tag of its longest known tail (a compound
    is of its last part's class), else the class of the known words that
    share its longest ending of 5-7 letters when they all agree
    ("lärcentra": "nervcentra"), else the tag of its 3- or 2-letter ending.

    Built from the gold tags of the UD ``stats`` part; the same guesses are
    used when counting and when repairing, so the features agree.
    """

    def __init__(self, words: dict[str, str], suffixes: dict[str, str]) -> None:
        self.words = words
        self.suffixes = suffixes
        self._cache: dict[str, str] = {}
        # endings of LONG_ENDING_MIN..LONG_ENDING_MAX letters shared by known
        # words of one class only ("centra" of "nervcentra": NOUN)
        seen: dict[str, set[str]] = {}
        for w, tag in words.items():
            if w.isalpha():
                for k in range(LONG_ENDING_MIN, min(LONG_ENDING_MAX, len(w) - 1) + 1):
                    seen.setdefault(w[-k:], set()).add(tag)
        self.long_endings = {e: next(iter(tags)) for e, tags in seen.items() if len(tags) == 1}

    def clear_cache(self) -> None:
        """Forget the tags looked up so far."""
        self._cache.clear()

    def compound_tail(self, skel: str) -> str | None:
        """The tag of the longest known tail of a compound ("larcentra": "centra")."""
        for i in range(COMPOUND_HEAD_MIN, len(skel) - COMPOUND_TAIL_MIN + 1):
            tag = self.words.get(skel[i:])
            if tag is not None and tag in COMPOUND_TAIL_TAGS:
                return tag
        return None

    def long_ending(self, skel: str) -> str | None:
        """The class of the known words that share the longest ending of *skel*, if they agree."""
        for k in range(min(LONG_ENDING_MAX, len(skel) - 2), LONG_ENDING_MIN - 1, -1):
            tag = self.long_endings.get(skel[-k:])
            if tag is not None:
                return tag
        return None

    def __call__(self, skel: str) -> str:
        hit = self._cache.get(skel)
        if hit is not None:
            return hit
        tag = self.words.get(skel)
        if tag is None:
            if skel in (START, END, NUMBER, "<url>"):
                tag = skel
            elif skel == NAME:
                tag = "PROPN"
            elif not skel[:1].isalpha():
                tag = "PUNCT"
            else:
                tag = self.compound_tail(skel) or self.long_ending(skel) or self.suffixes.get(skel[-3:]) \
                    or self.suffixes.get(skel[-2:]) or "X"
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[skel] = tag
        return tag


def context_features(skels: list[str], i: int, tagger: Tagger | None = None) -> list[str]:
    """The context features (``KIND:value``) of position *i* among token skeletons."""
    prev1 = skels[i - 1] if i >= 1 else START
    prev2 = skels[i - 2] if i >= 2 else START
    next1 = skels[i + 1] if i + 1 < len(skels) else END
    next2 = skels[i + 2] if i + 2 < len(skels) else END
    feats = [
        "L:" + prev1,
        "R:" + next1,
        "LL:" + prev2 + " " + prev1,
        "RR:" + next1 + " " + next2,
        "LR:" + prev1 + " " + next1,
        "LS:" + suffix(prev1),
        "RS:" + suffix(next1),
    ]
    opener = clause_opener(skels, i)
    if opener:
        feats.append("SUB:" + opener)
    if tagger is not None:
        feats.append("LP:" + tagger(prev1))
        feats.append("RP:" + tagger(next1))
        feats.append("PP:" + tagger(prev1) + " " + tagger(next1))
    return feats


# Words that open a subordinate clause, whose finite verb comes late
# ("hur tillgänglig kommunens service är."), as skeletons.
CLAUSE_OPENERS = frozenset("hur om att som nar vad dar eftersom medan innan vilken vilket vilka ifall".split())
CLAUSE_WINDOW = 6


def clause_opener(skels: list[str], i: int) -> str:
    """The nearest clause opener among the words before position *i* in its clause ('' if none).

    The word right before *i* does not count (the L feature says it); the
    search stops at punctuation and after :data:`CLAUSE_WINDOW` words.
    """
    for k in range(i - 2, max(-1, i - 2 - CLAUSE_WINDOW), -1):
        t = skels[k]
        if not t[:1].isalpha():
            return ""
        if t in CLAUSE_OPENERS:
            return t
    return ""


CLAUSE_END = frozenset(list(".!?;:,") + [END, "”", '"'])
SUBJECT_END_TAGS = frozenset(["NOUN", "PROPN", "PRON"])
SUBJECT_START_TAGS = frozenset(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"])


def verbless_opener(skels: list[str], i: int, tagger: Tagger) -> int:
    """The position of the opener of the subordinate clause that runs verbless up to *i* (-1 if none).

    The clause has a word between its opener and *i*, no verb and no
    punctuation; a hyphen between words (a word broken at a line end,
    "kommu-" / "nens") is no boundary.
    """
    for k in range(i - 1, max(-1, i - 3 - CLAUSE_WINDOW), -1):
        t = skels[k]
        if t == "-" and k > i - 1 - CLAUSE_WINDOW:
            continue
        if not t[:1].isalpha():
            return -1
        if t in CLAUSE_OPENERS:
            return k if k < i - 1 else -1
        if tagger(t).startswith(("VERB", "AUX")):
            return -1
    return -1


def verbless_clause_end(skels: list[str], i: int, tagger: Tagger) -> bool:
    """Does position *i* end a subordinate clause that has no finite verb yet?

    "hur tillgänglig kommunens service ar." -- a clause opened by "hur",
    "att", "som" ... needs a finite verb, and a clause of its own words
    only ends with one: the word before the full stop is that verb ("är",
    not "år").
    """
    nxt = skels[i + 1] if i + 1 < len(skels) else END
    return nxt in CLAUSE_END and verbless_opener(skels, i, tagger) >= 0


def verb_slot(skels: list[str], i: int, tagger: Tagger) -> bool:
    """Is position *i* where a verbless subordinate clause's finite verb goes?

    "hur bibliotek och folkbildning nar invanare": after the opener and a
    subject that ends in a noun or pronoun, with no verb yet, comes the
    finite verb ("når", not "när").
    """
    prev = skels[i - 1] if i >= 1 else START
    if i < 2 or tagger(prev) not in SUBJECT_END_TAGS or tagger(prev) == "NOUN" and prev.endswith("s"):
        return False  # (a genitive is no subject's end: "kommissionens sätt")
    k = verbless_opener(skels, i, tagger)
    # a subject follows the opener ("att tjana" is an infinitive)
    return k >= 0 and tagger(skels[k + 1]) in SUBJECT_START_TAGS


# Openers of a clause that needs a finite verb of its own, as skeletons
# (not "att", also the infinitive marker; not "om", also a preposition).
VERB_NEEDING_OPENERS = frozenset("som nar eftersom medan innan ifall hur vilken vilket vilka".split())
# a supine stands for a finite verb in a subordinate clause ("när det gällt")
CLAUSE_VERB_TAGS = frozenset(["VERB.Fin", "AUX.Fin", "VERB.Sup", "AUX.Sup"])
SENTENCE_END_TOKENS = frozenset(list(".!?;:") + [END])


RELATIVE_NEXT_TAGS = frozenset(["VERB.Fin", "AUX.Fin", "PRON"])
RELATIVE_NEXT_ADVERBS = frozenset("inte aldrig ofta alltid redan ocksa bara".split())


def _relative_som(skels: list[str], k: int, tagger: Tagger) -> bool:
    """Does the "som" at *k* open a relative clause ("som står", "som inte", "som vi")?

    "som sändebud", "som Mare Nostrum" compare and need no verb.
    """
    nxt = skels[k + 1] if k + 1 < len(skels) else END
    return tagger(nxt) in RELATIVE_NEXT_TAGS or nxt in RELATIVE_NEXT_ADVERBS


def verbless_after(skels: list[str], i: int, tagger: Tagger) -> bool:
    """Would a subordinator at *i* open a clause that finds no finite verb of its own?

    "helger nar fler." and "folkbildning nar invanare som star utanfor.":
    up to the sentence's end there are fewer finite verbs than clauses
    opened from *i* on (the subordinator itself, a relative "som", "hur", ...), so "när"
    leaves a clause without its verb and "når" is the verb.  A subordinator
    with nothing after it ("Men när?"), one coordinated with the next ("när och
    hur ... ska ske") and "när som helst" need none.
    """
    if i + 1 < len(skels) and skels[i + 1] in ("och", "eller", ","):
        return False  # "när och hur bebyggelse ska ske": the openers share a verb
    opened, verbs, words = 1, 0, 0
    for k in range(i + 1, len(skels)):
        t = skels[k]
        if t in SENTENCE_END_TOKENS:
            break
        if not t[:1].isalpha():
            continue
        words += 1
        if k == i + 2 and t == "helst" and skels[i + 1] == "som":
            return False
        if t in VERB_NEEDING_OPENERS and (t != "som" or _relative_som(skels, k, tagger)):
            opened += 1
        elif tagger(t) in CLAUSE_VERB_TAGS:
            verbs += 1
    return words > 0 and verbs < opened


def feature_kind(feat: str) -> str:
    """The kind of a feature ("L", "RR", "LS", ...)."""
    return feat.split(":", 1)[0]


def suffix(skel: str) -> str:
    """The word-class clue of a neighbour: its last two letters (or itself if short)."""
    return skel if len(skel) <= 3 or not skel.isalpha() else skel[-2:]
