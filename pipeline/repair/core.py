"""The repair stage: choose, for each word of a document, its best spelling.

Outline (see :func:`repair_lines`):

1. Unicode clean-up of each line (:mod:`pipeline.repair.unicode`).
2. Each line is cut into chunks (runs of non-space); URLs, e-mail
   addresses and numbers are left alone, the other chunks into word pieces.
3. Each piece gets its candidates (:mod:`pipeline.repair.candidates`).
4. The document's *strip rate* -- how often its words lost their
   diacritics -- is estimated from the pieces themselves.
5. Each piece takes the candidate with the best prior x channel score; where
   several candidates are close, the neighbours' skeletons decide
   (:mod:`pipeline.repair.context`).
6. Names seen in their right form are used for the same name elsewhere.
"""
from __future__ import annotations

import gc
import math
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace

from pipeline.repair.candidates import (
    COMPOUND_LOGP_FLOOR,
    Candidate,
    compound_form,
    compound_parse,
    diacritic_relation,
    diacritic_candidates,
    edit_candidates,
    ocr_compound_candidates,
    is_suspect,
    ocr_candidates,
    split_candidate,
)
from pipeline.repair.context import (
    END,
    NAME,
    NUMBER,
    START,
    context_features,
    context_token,
    feature_kind,
    verb_slot,
    verbless_after,
    verbless_clause_end,
    tokenize_for_context,
)
from pipeline.repair.ngram import group_distribution
from pipeline.repair.resources import Resources, load_resources
from pipeline.repair.tables import (
    GLUED_TAIL_WORDS,
    MODAL_VERBS,
    NEXT_CLASS_BONUS,
    NEXT_CLASS_EXCEPT,
    NEXT_WORD_BONUS,
    NEXT2_CLASS_BONUS,
    PREV_WORD_BONUS,
    PREV_CLASS_BONUS,
    SAID_AFTER,
    SAID_BEFORE,
    OCR_CASE_LOOKALIKES,
    SUSPENDED_COMPOUND_CONJUNCTIONS,
)
from pipeline.repair.text import (
    case_pattern,
    has_swedish_diacritic,
    looks_like_address,
    skeleton,
    transfer_case,
)
from pipeline.repair.unicode import fix_unicode
from pipeline.types import Correction

LN10 = math.log(10.0)
OOV_LOGP = (0.0 - 9.0) * LN10
# A spelling only wordfreq knows, rarer than this, may itself be OCR debris.
WEAK_WORD_LOGP = (2.5 - 9.0) * LN10
SUSPECT_OOV_PENALTY = 6.0
UNPARSED_BONUS = 2.0  # nats for an OCR reading of a long word that is no compound of known parts
UNPARSED_MIN_LENGTH = 8
CAPITAL_I_LOGP = math.log(0.05)  # "Idardom" for "lärdom"
NO_OCR_PENALTY = 5.0  # OCR reading of a known word in a document without OCR debris
CHANGE_MARGIN = 1.0  # nats by which a new spelling must beat the word as it is
CONTEXT_WINDOW = 8.0  # candidates within this many nats of the best get context
CONTEXT_BETA = 5.0
CONTEXT_CLIP = 2.0  # nats: bound on one feature's say
CONTEXT_SUPPORT = 3.0  # a feature seen this often gets half its say
FEATURE_WEIGHTS = {"L": 1.0, "R": 1.0, "LL": 0.5, "RR": 0.5, "LR": 0.5, "LS": 0.5, "RS": 0.5,
                   "SUB": 0.0,  # the clause opener: counted by the class model only
                   "LP": 0.35, "RP": 0.35, "PP": 0.25}
NGRAM = False  # the n-gram model (pipeline.repair.ngram) instead of the feature log-ratios: not better on held-out text with the present counts (benchmarks/RESULTS.md)
NGRAM_WEIGHT = 0.5
NGRAM_UNIGRAM_WEIGHT = 0.0
NGRAM_CLIP = 6.0  # nats: bound on the context's say
CLASS_WEIGHT = 0.5  # say of the word-class model (pipeline.repair.classes) (0: off)
CLASS_CLIP = 2.0  # nats: bound on the class model's say
CLASS_MIN_STRIP_RATE = 0.05  # documents that lost fewer of their marks get no class say
PLACE_LOGP = (4.5 - 9.0) * LN10
DEFAULT_STRIP_RATE = 0.5
STRIP_PRIOR_WEIGHT = 0.3  # pseudo-count of the default strip rate
MIN_STRIP_RATE, MAX_STRIP_RATE = 0.001, 0.98
EVIDENCE_MARGIN = 3.0
NAME_MIN_CONFIDENCE = 0.8
MAX_CHECKS = 3  # re-readings of the whole repaired document, until it gives itself back
COMPOUND_ALT_CLIP = 4.0  # nats: bound on a marked compound reading's lead over the reading as written
COMPOUND_NEIGHBOUR_BONUS = 1.5  # "sin egen vård": "egenvård" is a word
VERB_FINAL_BONUS = 3.0  # a finite verb ends a verbless subordinate clause ("hur ... service är.")
VERB_SLOT_BONUS = 2.0  # a finite verb after a verbless subordinate clause's subject
INFINITIVE_AFTER_PREPOSITION_PENALTY = 2.0
NAME_TOKENS = True  # unknown capitalised words inside a sentence read as names by the context
ADVICE_IMPERATIVE_BONUS = 5.0  # a spelling that may be an imperative, first in a piece of advice
SAID_BONUS = 5.0  # "sa" (said) after a quotation and before its speaker
INFINITIVE_SLOT_BONUS = 3.0  # an infinitive after a modal verb
MODAL_GAP = 2  # words (a subject, an adverb) between a modal verb and its infinitive
MODAL_GAP_TAGS = frozenset(["PRON", "ADV"])
MODAL_FORMS = frozenset(["får"])  # marked spellings of modal verbs whose skeleton is also another word
VERBLESS_SUBORDINATOR_PENALTY = 6.0  # a subordinator whose clause finds no finite verb ("helger när fler.")
SUBORDINATOR_CLASSES = frozenset(["SCONJ"])
COMPARISON_SKELETONS = frozenset(["an"])  # "än" compares: "mer än tio." needs no verb
FINITE_CLASSES = frozenset(["V.pres", "V.past"])
# Neighbours that make no split compound: "till vara" is not "tillvara".
FUNCTION_TAGS = frozenset("ADP ADV CCONJ SCONJ PRON DET PART AUX.Fin AUX.Inf AUX.Sup".split())
LEXICON_OVER_COMPOUND = 3.0  # OCR doc: a known word beats a guessed compound
SUSPENDED_PREFIX_BONUS = 3.0  # "Val- och Demokratinämnden": "valnämnden" is a word
NAME_COMPOUND_PART_MIN = 5  # a capitalised compound: parts this long only
GLUED_HEAD_MIN = 4
GLUED_INNER_MIN = 5  # both words around a glued-in short word
GLUED_SHORT_HEAD_LOGP = -8.0  # a head shorter than GLUED_HEAD_MIN must be this common
SHORT_ABBREVIATION_PENALTY = 2.0  # nats against a short proper-only spelling in an OCR text
CASE_MIN_LOGP = (3.5 - 9.0) * LN10  # lower-casing mid-sentence: common words only

# Words after which a sentence always goes on, even across a line break.
SENTENCE_GOES_ON = frozenset(
    "att och eller som för av på i till med om från den det de en ett vi ni du jag man kan ska "
    "skall vill måste bör har är var blir blev inte också samt utan men när där hur vad vilka "
    "vilket vilken sin sitt sina vår vårt våra deras dess hans hennes mer mest mycket".split())

_CHUNK_RE = re.compile(r"\S+")
_TRAILING_PUNCT = ".,;:!?"
_ADDRESS_HEADS = frozenset(["www", "mailto"])  # "www." and "mailto:" begin web addresses
_PIECE_RE = re.compile(r"[|@&]?[^\W_]+(?:[”“'’][^\W_]+)*")
_SENTENCE_END = tuple(".!?:;\"”“")


UNCHOSEN = Candidate("", 0.0, 0.0, False, None)  # the choice of a piece not scored (yet)


class Piece:
    """A word piece of a line: its span, text and, once scored, its choice.

    A plain class, not a dataclass: compiled (``setup.py``), its
    constructor is native code, which a dataclass's generated one is not.
    """

    def __init__(self, line: int, start: int, end: int, text: str, low: str, pattern: str,
                 name_like: bool = False) -> None:
        self.line = line
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.pattern = pattern
        self.candidates: list[Candidate] = []
        self.choice: Candidate = UNCHOSEN  # until scored
        self.confidence = 1.0
        self.slot = -1
        self.name_like = name_like
        self.lower_case = False  # render in lower case (an OCR case misreading)
        self.advice = False  # the first word of a piece of advice (a box's list item)

    def __repr__(self) -> str:
        return (f"Piece(line={self.line}, start={self.start}, end={self.end}, text={self.text!r}, "
                f"choice={self.choice.form!r})")


# --------------------------------------------------------------------------
# Candidates for one piece


def _observed_low(text: str) -> str:
    """Lower-case a piece, reading a leading '|' as the letter it stands for."""
    return text.lower()


def _piece_pattern(text: str) -> str:
    """Case pattern of a piece; a leading '|' counts as a capital I."""
    if text.startswith("|"):
        text = "I" + text[1:]
    return case_pattern(text)


SHORT_WORDS = frozenset("aA")  # one-letter pieces that may be a word lacking its mark ("a andra sidan": "å")


def is_repairable(text: str) -> bool:
    """True when a piece is a word the stage may change (not a number, not one letter but "a")."""
    if len(text) < 2:
        return text in SHORT_WORDS
    letters = sum(1 for ch in text if ch.isalpha())
    if letters == 0:
        return False
    if letters == 1 and not is_suspect(text.lower()):
        return False
    return True


_CAND_CACHE: dict[tuple[str, bool, bool], tuple[Candidate, ...]] = {}


def candidates_for(res: Resources, low: str, capitalised: bool,
                   name_like: bool = False) -> tuple[Candidate, ...]:
    """All candidates for an observed lower-case piece, the piece itself first.

    The piece itself is a candidate with its own prior when known, with
    :data:`OOV_LOGP` otherwise.  A *name_like* piece (capitalised inside a
    sentence) is not read as a compound or as two words.
    """
    key = (low, capitalised, name_like)
    hit = _CAND_CACHE.get(key)
    if hit is not None:
        return hit
    by_form: dict[str, Candidate] = {}
    for c in diacritic_candidates(res, low):
        if c.proper and not capitalised and c.form != low:
            continue
        by_form[c.form] = c
    known = low in by_form
    weak = known and by_form[low].logp < WEAK_WORD_LOGP and not _attested(res, low)
    compound_asis = None
    if not known:
        parsed = None if name_like else compound_parse(res, low, plain=True)
        compound_asis = parsed[0] if parsed is not None else None
        if parsed is not None and compound_asis == low:
            prior = COMPOUND_LOGP_FLOOR  # an unknown compound of known parts
            alt = compound_marked_reading(res, low, parsed[1])
            old = by_form.get(alt.form) if alt is not None else None
            if alt is not None and (old is None or old.logp < alt.logp):
                by_form[alt.form] = alt if old is None else replace(old, logp=alt.logp)
        else:
            prior = OOV_LOGP - (SUSPECT_OOV_PENALTY if is_suspect(low) else 0.0)
        by_form[low] = Candidate(low, prior, 0.0, False, None)
    # a long word that is no compound of known parts, but is a known word or
    # compound after an OCR misreading ("undantagsbestdmmelser",
    # "overvakningsbdtar"): the misreading is the likelier story
    unparsed = not known and compound_asis is None and not name_like and len(low) >= UNPARSED_MIN_LENGTH
    bonus = UNPARSED_BONUS if unparsed else 0.0
    if is_suspect(low) or not known or weak or (len(low) <= 3 and "d" in low):
        for c in ocr_candidates(res, low):
            if c.proper and not capitalised:
                continue
            if bonus:
                c = replace(c, logp=c.logp + bonus)
            old = by_form.get(c.form)
            if old is None or old.ocr_logp + (0 if not old.stripped else -1) < c.ocr_logp:
                if old is None or old.kind is not None:
                    by_form[c.form] = c
    if capitalised and res.places:
        place = res.places.get(skeleton(low))
        if place:
            pl = place.lower()
            old = by_form.get(pl)
            if old is None or old.logp < PLACE_LOGP:
                added = pl != low
                by_form[pl] = Candidate(pl, max(PLACE_LOGP, old.logp if old else PLACE_LOGP),
                                        old.ocr_logp if old else 0.0,
                                        added and (old.stripped if old else True),
                                        "diacritic" if added else None, True)
    if capitalised and low.startswith("i") and not known:
        for c in ocr_candidates(res, "l" + low[1:]):
            if c.form not in by_form:
                by_form[c.form] = Candidate(c.form, c.logp, c.ocr_logp + CAPITAL_I_LOGP,
                                            c.stripped, "ocr_confusion", c.proper)
    if not known and len(by_form) == 1 and name_like:
        # "Val- och Demokratinamnden": a capitalised compound of long parts
        long_form = compound_form(res, low, NAME_COMPOUND_PART_MIN)
        if long_form is not None and long_form != low:
            added, changed = diacritic_relation(low, long_form)
            if added and not changed:
                by_form[long_form] = Candidate(long_form, COMPOUND_LOGP_FLOOR, 0.0,
                                               True, "diacritic")
    if not known and not name_like:
        glued = glued_tail_candidate(res, low)
        if glued is not None:
            by_form[glued.form] = glued
    if not known and len(by_form) == 1 and not name_like:
        split = split_candidate(res, low)
        if split is not None:
            by_form[split.form] = split
        elif compound_asis is not None and compound_asis != low:
            added, changed = diacritic_relation(low, compound_asis)
            if added and not changed:
                by_form[compound_asis] = Candidate(compound_asis, COMPOUND_LOGP_FLOOR, 0.0,
                                                   True, "diacritic")
        if len(by_form) == 1 and compound_asis is None:
            for c in ocr_compound_candidates(res, low):
                by_form.setdefault(c.form, replace(c, logp=c.logp + bonus))
    asis_c = by_form.pop(low)
    out = (asis_c,) + tuple(by_form.values())
    if len(_CAND_CACHE) > 300_000:
        _CAND_CACHE.clear()
    _CAND_CACHE[key] = out
    return out


def compound_marked_reading(res: Resources, low: str, written_score: float) -> Candidate | None:
    """An unknown compound read as written ("kockmossa") may have lost its marks ("kockmössa").

    The reading with each part's commoner spelling, as a candidate whose
    prior exceeds the as-written reading's (*written_score*, the plain
    score of :func:`compound_parse`) by how much commoner its parts are (at
    most :data:`COMPOUND_ALT_CLIP` nats); the document's strip rate and the
    context then decide.
    """
    got = compound_parse(res, low, as_written=False)
    if got is None or got[0] == low:
        return None
    added, changed = diacritic_relation(low, got[0])
    if not added or changed:
        return None
    delta = got[1] - written_score
    if delta <= 0:
        return None
    return Candidate(got[0], COMPOUND_LOGP_FLOOR + min(COMPOUND_ALT_CLIP, delta), 0.0, True, "diacritic")


def glued_tail_candidate(res: Resources, low: str) -> Candidate | None:
    """"projektledarei" -> "projektledare i": a lost space before a short word.

    Only for a word that is not known whose head (without the short word)
    is a known word of at least :data:`GLUED_HEAD_MIN` letters.
    """
    for tail in GLUED_TAIL_WORDS:
        head = low[: -len(tail)]
        if low.endswith(tail) and len(head) >= 3:
            entry = _attested_entry(res, head)
            # A short head only when it is a common word ("göri" -> "gör i").
            if entry is not None and not entry.proper and (len(head) >= GLUED_HEAD_MIN
                                                           or entry.logp > GLUED_SHORT_HEAD_LOGP):
                return Candidate(head + " " + tail, entry.logp - 2.0, math.log(0.05), False, "other")
        # The short word glued inside: "prioritetikommunens" -> "prioritet i kommunens".
        for k in range(GLUED_INNER_MIN, len(low) - GLUED_INNER_MIN - len(tail) + 1):
            if low[k:k + len(tail)] != tail:
                continue
            left, right = _attested_entry(res, low[:k]), _attested_entry(res, low[k + len(tail):])
            if left is not None and right is not None and not left.proper and not right.proper:
                return Candidate(f"{left.form} {tail} {right.form}", min(left.logp, right.logp) - 2.0,
                                 math.log(0.05), False, "other")
    return None


def _attested_entry(res: Resources, form: str):
    return next((e for e in res.entries(skeleton(form)) if e.form == form and e.attested), None)


def _attested(res: Resources, low: str) -> bool:
    """True when *low* is a spelling of hunspell-sv or of the clean text."""
    return any(e.form == low and e.attested for e in res.entries(skeleton(low)))


def channel_score(c: Candidate, log_strip: float, log_keep: float) -> float:
    """Prior plus channel log probability of a candidate in a document."""
    s = c.logp + c.ocr_logp
    if c.stripped:
        s += log_strip
    elif c.kind is None and has_swedish_diacritic(c.form):
        s += log_keep
    return s


# --------------------------------------------------------------------------
# Cutting lines into pieces


def split_line(line_no: int, text: str) -> tuple[list[Piece], list[str | int]]:
    """Cut one line into word pieces and context tokens.

    Returns the pieces and the line's token sequence, where an ``int`` is
    the index of a piece in the returned list and a ``str`` a fixed token
    (punctuation, number, web address).
    """
    pieces: list[Piece] = []
    tokens: list[str | int] = []
    for m in _CHUNK_RE.finditer(text):
        chunk = m.group()
        word = chunk.rstrip(_TRAILING_PUNCT)
        if len(word) > 1 and word.isalpha() and (word.islower() or word[1:].islower()) \
                and (word == chunk or word.lower() not in _ADDRESS_HEADS):
            # fast path: a plain word, maybe with punctuation after it
            pat = "lower" if word[0].islower() else "title"
            prev = tokens[-1] if tokens else None
            tokens.append(len(pieces))
            pieces.append(Piece(line_no, m.start(), m.start() + len(word), word, word.lower(), pat,
                                name_like=pat == "title" and isinstance(prev, int)))
            tokens.extend(chunk[len(word):])
            continue
        if looks_like_address(chunk):
            tokens.append("<url>")
            continue
        pos = 0
        for pm in _PIECE_RE.finditer(chunk):
            tokens.extend(tokenize_for_context(chunk[pos:pm.start()]))
            for off, ptext in camel_segments(pm.group()):
                start = m.start() + pm.start() + off
                if any(ch.isdigit() for ch in ptext) and not any(ch.isalpha() for ch in ptext):
                    tokens.append(NUMBER)
                elif not is_repairable(ptext):
                    tokens.append(ptext.lower())
                else:
                    prev = tokens[-1] if tokens else None
                    pat = _piece_pattern(ptext)
                    name_like = pat == "title" and isinstance(prev, int) and off == 0
                    tokens.append(len(pieces))
                    pieces.append(Piece(line_no, start, start + len(ptext), ptext,
                                        _observed_low(ptext), pat, name_like=name_like))
            pos = pm.end()
        tokens.extend(tokenize_for_context(chunk[pos:]))
    return pieces, tokens


_SPLIT_CACHE: dict[str, tuple[list[tuple[int, int, str, str, str, bool]], list[str | int]]] = {}


def split_line_cached(line_no: int, text: str) -> tuple[list[Piece], list[str | int]]:
    """:func:`split_line` with a cache keyed by the text (of the pieces' fields, not the pieces)."""
    hit = _SPLIT_CACHE.get(text)
    if hit is None:
        if len(_SPLIT_CACHE) > 50_000:
            _SPLIT_CACHE.clear()
        pieces, tokens = split_line(line_no, text)
        _SPLIT_CACHE[text] = ([(p.start, p.end, p.text, p.low, p.pattern, p.name_like) for p in pieces],
                              tokens)
        return pieces, tokens
    fields, tokens = hit
    return [Piece(line_no, start, end, ptext, low, pattern, name_like)
            for start, end, ptext, low, pattern, name_like in fields], tokens


def camel_segments(text: str) -> list[tuple[int, str]]:
    """Cut "eSamhallet" into ("e", "Samhallet") at each lower-to-upper step.

    Returns ``(offset, segment)`` pairs; a word without such a step is one
    segment.
    """
    cuts = [i for i in range(1, len(text))
            if text[i].isupper() and text[i - 1].islower()
            and (i + 1 < len(text) and text[i + 1].islower())]
    if not cuts or any(ch.isupper() for ch in text[1:cuts[0]]):
        # "OCkSé" is OCR case noise, not two words
        return [(0, text)]
    bounds = [0] + cuts + [len(text)]
    return [(a, text[a:b]) for a, b in zip(bounds, bounds[1:])]


def pipe_as_capital_i(text: str) -> str:
    """Read a lone '|' before a word as the word "I" (or "i" inside a sentence).

    "| den här" -> "I den här"; "REGIONFÖRBUNDET | KALMAR" -> "... I ...".
    A '|' not followed by a letter is left alone.
    """
    if "|" not in text:
        return text
    chunks = list(_CHUNK_RE.finditer(text))
    out = text
    for k in range(len(chunks) - 1, -1, -1):
        if chunks[k].group() != "|":
            continue
        nxt = chunks[k + 1].group() if k + 1 < len(chunks) else ""
        if not nxt[:1].isalpha():
            continue
        prev = chunks[k - 1].group() if k > 0 else ""
        if not prev or prev.endswith(_SENTENCE_END) or nxt[:1].isupper() and (
                not prev[:1].isalpha() or prev.isupper()):
            repl = "I"
        else:
            repl = "i"
        out = out[:chunks[k].start()] + repl + out[chunks[k].end():]
    return out


# --------------------------------------------------------------------------
# Choosing


def estimate_strip_rate(res: Resources, pieces: list[Piece]) -> float:
    """How often the document's words lost their diacritics (0..1).

    Evidence for loss: a piece without marks whose marked spelling is far
    more frequent ("for" / "för").  Evidence against: a piece that is a
    known spelling with å/ä/ö.
    """
    present = missing = 0
    for p in pieces:
        if has_swedish_diacritic(p.low):
            if p.candidates and p.candidates[0].kind is None and p.candidates[0].logp > OOV_LOGP:
                present += 1
            continue
        asis = p.candidates[0] if p.candidates else None
        if asis is None:
            continue
        for c in p.candidates[1:]:
            if c.kind == "diacritic" and c.stripped and c.logp - asis.logp > EVIDENCE_MARGIN:
                missing += 1
                break
    rate = ((missing + STRIP_PRIOR_WEIGHT * DEFAULT_STRIP_RATE)
            / (present + missing + STRIP_PRIOR_WEIGHT))
    return min(MAX_STRIP_RATE, max(MIN_STRIP_RATE, rate))


_NAME_WITH_NUMBER = re.compile(r"^[^\W\d_]+\d{2,4}$")  # "Digidel2013", "Agenda2030"


def has_ocr_debris(pieces: list[Piece]) -> bool:
    """True when the text shows OCR damage: unknown words holding OCR suspect characters.

    In a long text one such word is not enough (a clean report has its odd
    token), and a name followed by a year ("Digidel2013") never counts.
    """
    debris = 0
    for p in pieces:
        if is_suspect(p.low) and p.candidates and p.candidates[0].logp <= OOV_LOGP \
                and not _NAME_WITH_NUMBER.match(p.text):
            debris += 1
            if debris >= 2:
                return True
    return debris == 1 and len(pieces) < 500


def choose(res: Resources, pieces: list[Piece], seq: list[str | int], strip_rate: float,
           ocr_doc: bool = True) -> None:
    """Pick a candidate for every piece: channel score first, then context."""
    log_strip, log_keep = math.log(strip_rate), math.log(1.0 - strip_rate)
    scores: list[list[float]] = []
    for p in pieces:
        sc = [channel_score(c, log_strip, log_keep) for c in p.candidates]
        if ocr_doc and len(p.low) <= 3 and p.pattern == "lower" and p.candidates[0].proper \
                and len(sc) > 1 and (is_suspect(p.low) or "d" in p.low):
            # "sd", "dn" in small letters in an OCR text: "så", "än", not SD or DN.
            sc[0] -= SHORT_ABBREVIATION_PENALTY
        if not ocr_doc and p.candidates[0].logp > WEAK_WORD_LOGP:
            sc = [s - NO_OCR_PENALTY if c.kind == "ocr_confusion" else s
                  for s, c in zip(sc, p.candidates)]
        scores.append(sc)
        best = max(range(len(sc)), key=sc.__getitem__)
        p.choice = p.candidates[best]
    skels = [
        context_token(skeleton(pieces[t].choice.form)) if isinstance(t, int) else t for t in seq
    ]
    if NAME_TOKENS and res.tagger is not None:
        # a capitalised word inside a sentence that no counted text knows is a
        # name ("hade Quinn fört"): its neighbours see a proper noun
        for k, t in enumerate(seq):
            if isinstance(t, int) and pieces[t].name_like and skels[k] not in res.tagger.words:
                skels[k] = NAME
    for idx, t in enumerate(seq):
        if not isinstance(t, int):
            continue
        p = pieces[t]
        sc = scores[t]
        if len(sc) < 2:
            p.confidence = 1.0
            continue
        top = max(sc)
        close = [i for i, s in enumerate(sc) if s >= top - CONTEXT_WINDOW]
        if len(close) > 1:
            if NGRAM:
                _ngram_scores(res, p, close, skels, idx, sc)
            else:
                feats = informative_features(context_features(skels, idx, res.tagger))
                forms = [p.candidates[i].form for i in close]
                for i, x in zip(close, context_scores(res, forms, feats, strip_rate >= CLASS_MIN_STRIP_RATE)):
                    sc[i] += x
            _neighbour_evidence(res, pieces, seq, skels, idx, p, close, sc)
        if ocr_doc and p.candidates[0].logp <= COMPOUND_LOGP_FLOOR and p.candidates[0].kind is None:
            for i in close:
                c = p.candidates[i]
                if i and c.kind == "ocr_confusion" and c.logp > COMPOUND_LOGP_FLOOR \
                        and len(c.form) == len(p.low) - sum(1 for ch in p.low if ch in "6"):
                    sc[i] += LEXICON_OVER_COMPOUND
        sc = [s if i in close else -1e9 for i, s in enumerate(sc)]
        best = max(range(len(sc)), key=sc.__getitem__)
        if best != 0 and 0 in close and sc[best] - sc[0] < CHANGE_MARGIN:
            best = 0
        p.choice = p.candidates[best]
        z = max(sc)
        denom = sum(math.exp(s - z) for s in sc)
        p.confidence = math.exp(sc[best] - z) / denom


_NGRAM_CACHE: dict[tuple[object, ...], dict[str, float]] = {}


def _ngram_scores(res: Resources, p: Piece, close: list[int], skels: list[str], idx: int,
                  sc: list[float]) -> None:
    """Add the n-gram model's say (:mod:`pipeline.repair.ngram`) to the scores *sc*.

    Candidates are grouped by skeleton; within a group the wordfreq prior
    of the channel score is replaced, in part, by the corpus unigram
    (:data:`NGRAM_UNIGRAM_WEIGHT`) and by the context (:data:`NGRAM_WEIGHT`).
    """
    members = [i for i in close if " " not in p.candidates[i].form]
    group = tuple(sorted({skeleton(p.candidates[i].form) for i in members}))
    key = (group, skels[idx - 2] if idx >= 2 else START, skels[idx - 1] if idx >= 1 else START,
           skels[idx + 1] if idx + 1 < len(skels) else END,
           skels[idx + 2] if idx + 2 < len(skels) else END)
    bonus = _NGRAM_CACHE.get(key)
    if bonus is None:
        bonus = {}
        entries = [e for skel in group for e in res.entries(skel)]
        forms = [e.form for e in entries]
        if len(forms) > 1 and any(res.count(f + "\x01") for f in forms):
            prior = [e.logp for e in entries]
            log_p0, comb = group_distribution(res, forms, prior, skels, idx)
            z = max(prior)
            lq = math.log(sum(math.exp(x - z) for x in prior)) + z
            for k, f in enumerate(forms):
                if not res.count(f + "\x01"):
                    continue  # a spelling the corpus never saw: no evidence either way
                lift = max(-NGRAM_CLIP, min(NGRAM_CLIP, comb[k] - log_p0[k]))
                bonus[f] = (NGRAM_UNIGRAM_WEIGHT * (log_p0[k] - (prior[k] - lq))
                            + NGRAM_WEIGHT * lift)
        if len(_NGRAM_CACHE) > 200_000:
            _NGRAM_CACHE.clear()
        _NGRAM_CACHE[key] = bonus
    for i in members:
        sc[i] += bonus.get(p.candidates[i].form, 0.0)


_INFINITIVE = frozenset(["V.inf"])
_IMPERATIVE = frozenset(["V.imp"])
COMPOUND_NEIGHBOUR_MIN_LOGP = COMPOUND_LOGP_FLOOR  # above the floor: wordfreq knows the compound


def _used_compound(res: Resources, form: str) -> bool:
    """Is *form* a known word that is in use ("egenvård"), not only one the dictionary can build ("gängmannen")?"""
    return any(e.form == form and e.logp > COMPOUND_NEIGHBOUR_MIN_LOGP for e in res.entries(skeleton(form)))


def _after_modal(res: Resources, pieces: list[Piece], skels: list[str], seq: list[str | int],
                 idx: int) -> bool:
    """Does a modal verb stand before *idx*, maybe with its subject or an adverb between?

    "kan du ändra", "måste också förstå", "inte får utsätta" (:data:`MODAL_FORMS`).
    """
    tagger = res.tagger
    k, between = idx - 1, 0
    while k >= 0:
        t = seq[k]
        if not isinstance(t, int):
            break
        if skels[k] in MODAL_VERBS or pieces[t].choice.form in MODAL_FORMS:
            return True
        if between >= MODAL_GAP or tagger is None or tagger(skels[k]) not in MODAL_GAP_TAGS:
            return False
        between += 1
        k -= 1
    return False


def _verb_form_rules(res: Resources, pieces: list[Piece], skels: list[str], seq: list[str | int], idx: int,
                     prev_tag: str | None) -> list[tuple[frozenset[str], float]]:
    """The verb forms that the clause's structure asks for (or rules out) at *idx*, with their weights.

    * A verbless subordinate clause ends with its finite verb ("hur ...
      kommunens service är.", :data:`VERB_FINAL_BONUS`) and takes it after
      its subject ("som vi har vet man", :data:`VERB_SLOT_BONUS`).
    * A modal verb, or a modal and its subject, take an infinitive ("kan du
      ändra", :data:`INFINITIVE_SLOT_BONUS`); a preposition takes none ("till
      våra invandrade", :data:`INFINITIVE_AFTER_PREPOSITION_PENALTY`; "för"
      is also the adverb "too": "för kalla").
    """
    if res.tagger is None or res.classes is None:
        return []
    rules: list[tuple[frozenset[str], float]] = []
    if verbless_clause_end(skels, idx, res.tagger):
        rules.append((FINITE_CLASSES, VERB_FINAL_BONUS))
    elif VERB_SLOT_BONUS and verb_slot(skels, idx, res.tagger):
        rules.append((FINITE_CLASSES, VERB_SLOT_BONUS))
    if idx >= 1 and isinstance(seq[idx - 1], int):
        if _after_modal(res, pieces, skels, seq, idx):
            rules.append((_INFINITIVE, INFINITIVE_SLOT_BONUS))
        if prev_tag == "ADP" and skels[idx - 1] != "for":
            rules.append((_INFINITIVE, -INFINITIVE_AFTER_PREPOSITION_PENALTY))
    return rules


def _share(res: Resources, form: str, wanted: frozenset[str]) -> float:
    """P(class in *wanted* | *form*) by the class table (0 for a spelling of unknown class)."""
    if res.classes is None:
        return 0.0
    return sum((w for c, w in res.classes.classes(form) or () if c in wanted), 0.0)


def _class_share(res: Resources, p: Piece, close: list[int], wanted: frozenset[str]) -> float:
    """The largest share of the classes *wanted* among the close candidates of *p*."""
    return max((_share(res, p.candidates[i].form, wanted) for i in close), default=0.0)


def _neighbour_evidence(res: Resources, pieces: list[Piece], seq: list[str | int],
                        skels: list[str], idx: int, p: Piece, close: list[int],
                        sc: list[float]) -> None:
    """Evidence beyond the counted context, added to the scores *sc*.

    * A candidate that makes a known compound with the word before or after
      ("sin egen vard": "egenvård" is a word, "egenvärd" is not) gains
      :data:`COMPOUND_NEIGHBOUR_BONUS`.
    * The class of the next word (:data:`NEXT_CLASS_BONUS`): "har jobbar" ->
      "här jobbar", "var service" -> "vår service"; the word before or after
      (:data:`PREV_WORD_BONUS`, :data:`NEXT_WORD_BONUS`).
    * The verb form the clause asks for (:func:`_verb_form_rules`).
    """
    prev = seq[idx - 1] if idx >= 1 else None
    nxt = seq[idx + 1] if idx + 1 < len(seq) else None
    prev_form = pieces[prev].choice.form if isinstance(prev, int) else None
    next_form = pieces[nxt].choice.form if isinstance(nxt, int) else None
    next_tag = res.tagger(skels[idx + 1]) if res.tagger is not None and nxt is not None else None
    prev_tag = res.tagger(skels[idx - 1]) if res.tagger is not None and isinstance(prev, int) else None
    nxt2 = seq[idx + 2] if idx + 2 < len(seq) else None
    next2_tag = res.tagger(skels[idx + 2]) if res.tagger is not None and isinstance(nxt2, int) \
        and isinstance(nxt, int) else None
    suspended = ""
    third = seq[idx + 3] if nxt == "-" and idx + 3 < len(seq) else None
    if isinstance(third, int) and skels[idx + 2] in SUSPENDED_COMPOUND_CONJUNCTIONS:
        suspended = pieces[third].choice.form  # "Val- och Demokratinämnden"
        after = seq[idx + 5] if idx + 5 < len(seq) else None
        if idx + 4 < len(seq) and seq[idx + 4] == "-" and isinstance(after, int) \
                and pieces[after].line == pieces[third].line + 1:
            # the compound itself broken at the line end ("far- och morfo-" / "raldrar")
            joined = res.entries(skeleton(pieces[third].low + pieces[after].low))
            if joined:
                suspended = max(joined, key=lambda e: e.logp).form
    verb_rules = _verb_form_rules(res, pieces, skels, seq, idx, prev_tag)
    if p.advice and res.classes is not None:
        for i in close:
            if _share(res, p.candidates[i].form, _IMPERATIVE) > 0:
                sc[i] += ADVICE_IMPERATIVE_BONUS
    if VERBLESS_SUBORDINATOR_PENALTY and res.classes is not None \
            and res.tagger is not None and skels[idx] not in COMPARISON_SKELETONS \
            and _class_share(res, p, close, FINITE_CLASSES) >= 0.5 \
            and verbless_after(skels, idx, res.tagger):
        # a subordinator whose clause finds no verb, where a verb could stand
        verb_rules.append((SUBORDINATOR_CLASSES, -VERBLESS_SUBORDINATOR_PENALTY))
    for i in close:
        form = p.candidates[i].form
        if " " in form:
            continue
        for wanted, weight in verb_rules:
            # in proportion to the spelling's share of readings of that form
            sc[i] += weight * _share(res, form, wanted)
        if suspended and any(res.is_word(form + suspended[k:])
                             for k in range(1, len(suspended) - 3)):
            sc[i] += SUSPENDED_PREFIX_BONUS
        if prev_form and len(prev_form) >= 3 and " " not in prev_form \
                and prev_tag not in FUNCTION_TAGS and _used_compound(res, prev_form + form):
            sc[i] += COMPOUND_NEIGHBOUR_BONUS
        if next_form and len(next_form) >= 3 and " " not in next_form \
                and next_tag not in FUNCTION_TAGS and _used_compound(res, form + next_form):
            sc[i] += COMPOUND_NEIGHBOUR_BONUS
        rule = NEXT_WORD_BONUS.get(form)
        if nxt is not None and rule is not None and skels[idx + 1] in rule[0]:
            sc[i] += rule[1]
        rule = NEXT_CLASS_BONUS.get(form)
        if rule is not None and next_tag in rule[0] and skels[idx + 1] not in NEXT_CLASS_EXCEPT:
            sc[i] += rule[1]
        rule_p = PREV_WORD_BONUS.get(form)
        if rule_p is not None and isinstance(prev, int) and skels[idx - 1] in rule_p[0]:
            sc[i] += rule_p[1]
        if form == "sa" and idx >= 1 and not isinstance(prev, int) and skels[idx - 1] in SAID_AFTER \
                and isinstance(nxt, int) and (pieces[nxt].pattern == "title" or skels[idx + 1] in SAID_BEFORE) \
                and next2_tag not in ("VERB.Fin", "AUX.Fin"):
            sc[i] += SAID_BONUS  # '"Nej", sa mor.' (but ", så jag föreslog": a clause follows)
        rule_pc = PREV_CLASS_BONUS.get(form)
        if rule_pc is not None and prev_tag in rule_pc[0]:
            sc[i] += rule_pc[1]
        rule2 = NEXT2_CLASS_BONUS.get(form)
        if rule2 is not None and next_tag in rule2[0] and next2_tag in rule2[1] \
                and skels[idx + 1] not in NEXT_CLASS_EXCEPT and not skels[idx + 1].endswith("s"):
            # (a genitive after "var" is predicative: "han var bolagets förste")
            sc[i] += rule2[2]


_REDUNDANT_AT_EDGE = {"L": ("LL:", "LS:", "LP:", "PP:"), "R": ("RR:", "RS:", "RP:", "PP:")}


def informative_features(feats: list[str]) -> list[str]:
    """Drop features that repeat what another feature already says.

    At a line start every left feature (L, LL, LS, LP, PP) says "<s>", and
    a short neighbour's suffix feature is the neighbour itself; counting
    such evidence several times makes the context overconfident.
    """
    out = []
    left = right = ""
    for f in feats:
        if f.startswith("L:"):
            left = f[2:]
        elif f.startswith("R:"):
            right = f[2:]
    drop: set[str] = set()
    if left == START:
        drop.update(_REDUNDANT_AT_EDGE["L"])
    if right == END:
        drop.update(_REDUNDANT_AT_EDGE["R"])
    for f in feats:
        if f.startswith(tuple(drop)):
            continue
        if f.startswith("LS:") and f[3:] == left or f.startswith("RS:") and f[3:] == right:
            continue
        out.append(f)
    return out


def context_scores(res: Resources, forms: list[str], feats: list[str], use_classes: bool = True) -> list[float]:
    """Context scores of the competing spellings *forms*.

    The spellings' own context counts (:func:`context_score_kinds`), plus,
    where the word-class model (:mod:`pipeline.repair.classes`) knows the
    classes of every spelling, its say (:data:`CLASS_WEIGHT`, at most
    :data:`CLASS_CLIP` nats): a spelling the counts never saw in this
    context ("att tömma") still gets the evidence of its class.  In a
    document that kept its diacritics (*use_classes* false) the class
    model has no say: there a word is changed only on strong evidence.
    """
    out = [0.0] * len(forms)
    own = [res.count(f + "\x01") for f in forms]
    n_total = float(sum(own))
    if n_total > 0:
        pairs = [[res.count(f + "\x01" + feat) for feat in feats] for f in forms]
        totals = [float(sum(col)) for col in zip(*pairs)] if pairs else []
        weights = [FEATURE_WEIGHTS[feature_kind(feat)] for feat in feats]
        out = [context_score_kinds(n_c, row, totals, weights, n_total) for n_c, row in zip(own, pairs)]
    cm = res.classes
    if CLASS_WEIGHT and cm is not None and use_classes:
        cls_sc = cm.scores(forms, feats)  # (a spelling of unknown class: as a word of any class)
        if cls_sc is not None:
            top = max(cls_sc)
            for k, x in enumerate(cls_sc):
                out[k] += max(-CLASS_CLIP, CLASS_WEIGHT * (x - top))
    return out


def context_score_kinds(n_c: int, pairs: list[int], totals: list[float], weights: list[float],
                        n_total: float) -> float:
    """Log-ratio context score of one spelling, P(feature | form) / P(feature), weighted by kind.

    *n_c* is the spelling's count, *pairs* its count with each feature,
    *totals* the competing spellings' counts with each feature together and
    *weights* each feature's kind weight.  A form never seen in the context
    corpus scores 0 (no evidence).
    """
    s = 0.0
    for n_fc, tot, w in zip(pairs, totals, weights):
        if not w or tot <= 0:
            continue
        q = tot / n_total
        ratio = math.log((n_fc + CONTEXT_BETA * q) / ((n_c + CONTEXT_BETA) * q))
        # a feature seen a few times only says little: shrink its say
        s += (w * tot / (tot + CONTEXT_SUPPORT)
              * max(-CONTEXT_CLIP, min(CONTEXT_CLIP, ratio)))
    return s


def apply_names(pieces: list[Piece]) -> None:
    """Document consistency: a capitalised name seen in its right form wins.

    A capitalised piece that was left unchanged takes the marked spelling
    of the same skeleton that the document has elsewhere, either as written
    or as a confident correction.
    """
    names: dict[str, str] = {}
    for p in pieces:
        if p.choice is UNCHOSEN or p.pattern not in ("title", "upper"):
            continue
        form = p.choice.form
        if has_swedish_diacritic(form) and (p.choice.kind is None or p.confidence >= NAME_MIN_CONFIDENCE):
            names.setdefault(skeleton(form), form)
    if not names:
        return
    for p in pieces:
        if p.choice is UNCHOSEN or p.pattern not in ("title", "upper"):
            continue
        if p.choice.kind is not None or has_swedish_diacritic(p.choice.form):
            continue
        target = names.get(skeleton(p.choice.form))
        if target and target != p.choice.form and p.candidates[0].logp <= OOV_LOGP:
            p.choice = Candidate(target, p.choice.logp, 0.0, True, "diacritic")
            p.confidence = NAME_MIN_CONFIDENCE


def mark_case_misreadings(res: Resources, pieces: list[Piece], seq: list[str | int]) -> None:
    """Inside a sentence of an OCR text, read look-alike capitals as small letters.

    "får Vi OCkSé uppdaterad" -> "får vi också", "för att Oka den" -> "för
    att öka den", "en dyr Idardom" -> "en dyr lärdom": a capitalised or
    mixed-case piece right after a word (not a capitalised one inside a
    sentence: "Sektionschef Center för eSamhället"), before a word that is not
    capitalised, whose capitals all have the shape of their small letters
    (or a capital I that stood for l), and whose choice is a common word
    that is no name.
    """
    for idx, t in enumerate(seq):
        if not isinstance(t, int):
            continue
        p = pieces[t]
        if p.pattern not in ("title", "mixed") or p.choice is UNCHOSEN or " " in p.choice.form:
            continue
        prev = seq[idx - 1] if idx else None
        nxt = seq[idx + 1] if idx + 1 < len(seq) else None
        if not isinstance(prev, int):
            continue
        before = seq[idx - 2] if idx >= 2 else "."
        if pieces[prev].pattern == "title" and not pieces[prev].lower_case \
                and not (isinstance(before, str) and before in _SENTENCE_END):
            continue  # after a capital inside a sentence: a name or a title ("Sektionschef Center för")
        if pieces[prev].line != p.line and not (
                pieces[prev].line == p.line - 1 and pieces[prev].pattern == "lower"
                and pieces[prev].choice is not UNCHOSEN
                and pieces[prev].choice.form in SENTENCE_GOES_ON):
            continue  # a line break may end a heading; only "för att / Öka" goes on
        if isinstance(nxt, int):
            if pieces[nxt].pattern not in ("lower", "mixed"):
                continue
        elif nxt not in (".", ",", "”", "\"", ":", ";", "!", "?"):
            continue
        caps = [ch for ch in p.text if ch.isupper()]
        i_for_l = p.text.startswith("I") and p.choice.form.startswith("l")
        # a capital that was itself a misread glyph ("U”gang“g" for "tillgänglig")
        # says nothing of the case
        misread_first = p.choice.kind == "ocr_confusion" and p.low[:1] != p.choice.form[:1] \
            and len(caps) == 1 and p.text[:1].isupper()
        if not (i_for_l or misread_first or caps and all(ch in OCR_CASE_LOOKALIKES for ch in caps)):
            continue
        form = p.choice.form
        entry = next((e for e in res.entries(skeleton(form)) if e.form == form), None)
        if entry is None or entry.proper or not entry.attested or entry.logp < CASE_MIN_LOGP:
            continue
        if p.pattern == "title" and not i_for_l and p.choice.kind is None and not isinstance(nxt, int):
            continue
        p.lower_case = True


# --------------------------------------------------------------------------
# Public API


def _render(piece: Piece) -> str:
    """The surface text of a piece's choice, in the piece's letter case."""
    form = piece.choice.form
    if piece.lower_case:
        return form
    source = piece.text
    if source.startswith("|"):
        source = "I" + source[1:]
    if " " in form:
        head, tail = form.split(" ", 1)
        return transfer_case(source[: len(head)], head) + " " + tail
    return transfer_case(source, form)


_EDIT_CACHE: dict[str, tuple[Candidate, ...]] = {}


def _edits(res: Resources, low: str) -> tuple[Candidate, ...]:
    """:func:`edit_candidates`, cached."""
    hit = _EDIT_CACHE.get(low)
    if hit is None:
        if len(_EDIT_CACHE) > 50_000:
            _EDIT_CACHE.clear()
        hit = _EDIT_CACHE[low] = tuple(edit_candidates(res, low))
    return hit


def _repair_document(lines: list[str], res: Resources | None = None,
                     frozen: set[int] | frozenset[int] = frozenset(),
                     breaks: set[int] | frozenset[int] = frozenset(),
                     advice: set[int] | frozenset[int] = frozenset(), scanned: bool = False,
                     ) -> tuple[list[str], list[list[Correction]]]:
    """Repair a list of lines as one document; see the module docstring.

    The words of the lines in *frozen* keep their spelling (they still
    count as evidence for the strip rate and as context).  Before a line
    in *breaks* the context ends and starts again, as between sentences.
    The first word of a line in *advice* may more readily be an imperative;
    a *scanned* text's unknown words may be a common word one edit away
    (see :func:`repair_lines`).
    """
    res = res or load_resources()
    texts: list[str] = []
    corrections: list[list[Correction]] = []
    pieces: list[Piece] = []
    seq: list[str | int] = []
    for n, raw in enumerate(lines):
        text, kind = fix_unicode(raw)
        fixed = pipe_as_capital_i(text)
        line_corr: list[Correction] = []
        if kind is not None:
            line_corr.append(Correction(raw, text, kind, 0.9))
        if fixed != text:
            line_corr.append(Correction("|", "I", "ocr_confusion", 0.8))
        texts.append(fixed)
        corrections.append(line_corr)
        lp, ltoks = split_line_cached(n, fixed)
        base = len(pieces)
        for p in lp:
            p.candidates = list(candidates_for(res, p.low, p.pattern != "lower", p.name_like))
        if n in advice and lp and ltoks and ltoks[0] == 0:
            lp[0].advice = True
        if scanned:
            for p in lp:
                if p.pattern == "lower" and len(p.candidates) == 1 and p.candidates[0].logp <= OOV_LOGP:
                    p.candidates.extend(_edits(res, p.low))
        pieces.extend(lp)
        if n in breaks and seq:
            seq.extend((END, START))
        seq.extend(t + base if isinstance(t, int) else t for t in ltoks)
    for i, t in enumerate(seq):
        if isinstance(t, int):
            pieces[t].slot = i
    rate = estimate_strip_rate(res, pieces)
    ocr_doc = has_ocr_debris(pieces)
    read_broken_words(res, texts, pieces, seq)
    if frozen:
        for p in pieces:
            if p.line in frozen:
                p.candidates = p.candidates[:1]
    choose(res, pieces, seq, rate, ocr_doc)
    apply_names(pieces)
    if ocr_doc:
        mark_case_misreadings(res, pieces, seq)
    out = list(texts)
    by_line: dict[int, list[Piece]] = {}
    for p in pieces:
        if p.choice is not UNCHOSEN and (p.choice.form != p.low or p.lower_case):
            by_line.setdefault(p.line, []).append(p)
    for n, plist in by_line.items():
        text = out[n]
        for p in sorted(plist, key=lambda x: x.start, reverse=True):
            if p.choice.form == p.low and not p.lower_case:
                continue
            new = _render(p)
            if new == p.text:
                continue
            text = text[: p.start] + new + text[p.end:]
            corrections[n].append(Correction(p.text, new, p.choice.kind or "other",
                                             round(p.confidence, 3)))
        out[n] = text
    for n in by_line:
        corrections[n].sort(key=lambda c: 0)
    return out, corrections


def read_broken_words(res: Resources, texts: list[str], pieces: list[Piece], seq: list[str | int]) -> None:
    """The two halves of a word broken at a line end are read as the whole word.

    "bland an-" / "nat infrastruktur": "annat" is a word, so neither half
    is changed on its own ("nat" is no "nåt").  When the whole word is known
    only with marks ("forvalt-" / "ningarnas"), each half's candidates are
    its piece of that spelling.
    """
    for k in range(len(seq) - 2):
        a, dash, b = seq[k], seq[k + 1], seq[k + 2]
        if dash != "-" or not isinstance(b, int):
            continue
        if a == NUMBER:
            # a head that OCR read as digits ("13-" / "rande" for "lärande"): the
            # tail alone says nothing of its marks
            pb = pieces[b]
            before = next((t for t in reversed(texts[: pb.line]) if t.strip()), "")
            if re.search(r"\d-$", before.rstrip()) and not texts[pb.line][: pb.start].strip() \
                    and pb.text[:1].islower():
                pb.candidates = pb.candidates[:1]
            continue
        if not isinstance(a, int):
            continue
        pa, pb = pieces[a], pieces[b]
        if pb.line <= pa.line or texts[pa.line].rstrip() != texts[pa.line][: pa.end + 1] \
                or texts[pb.line][: pb.start].strip() or not pb.text[:1].islower() \
                or any(texts[n].strip() for n in range(pa.line + 1, pb.line)):
            continue
        joined = pa.low + pb.low
        if _attested(res, joined):
            pa.candidates, pb.candidates = pa.candidates[:1], pb.candidates[:1]
            continue
        entries = [e for e in res.entries(skeleton(joined)) if not e.proper and len(e.form) == len(joined)]
        if not entries:
            continue
        best = max(entries, key=lambda e: e.logp)
        added, changed = diacritic_relation(joined, best.form)
        if not added or changed:
            continue
        n = len(pa.low)
        for piece, form in ((pa, best.form[:n]), (pb, best.form[n:])):
            keep = piece.candidates[:1]
            if form != piece.low:
                own = [c for c in piece.candidates[1:] if c.form == form]
                keep.append(own[0] if own and own[0].logp > best.logp
                            else Candidate(form, best.logp, 0.0, True, "diacritic"))
            piece.candidates = keep


def clear_caches() -> None:
    """Forget every cached candidate list, cut line, count and class score.

    For benchmarks that time a first run on text never seen; results do not
    depend on the caches.
    """
    _CAND_CACHE.clear()
    _EDIT_CACHE.clear()
    _SPLIT_CACHE.clear()
    _NGRAM_CACHE.clear()
    load_resources().clear_caches()


def repair_line(text: str) -> tuple[str, list[Correction]]:
    """Repair one line; the result never gains or loses a line break."""
    out, corr = repair_lines([text])
    return out[0], corr[0]


def repair_lines(lines: list[str], context: Collection[int] = (),
                 breaks: Collection[int] = (), advice: Collection[int] = (), scanned: bool = False,
                 ) -> tuple[list[str], list[list[Correction]]]:
    """Repair a whole document, line by line, with document-level evidence.

    Context runs across line ends, the strip rate is the document's, and a
    name seen once in its right form is used everywhere.  The lines whose
    numbers are in *context* are only context: they come back as they are.
    A line whose number is in *breaks* starts a new unit (a heading, a list
    item): context does not run into it from the line before.  A line in
    *advice* starts a piece of advice (an item of a box of experiences or
    tips), which is often in the imperative: "Mät hur många ...", not "Mat".
    A *scanned* text was read by OCR from page images: there an unknown word
    one letter from a common word is that word ("ftågor": "frågor").
    """
    if not lines:
        return [], []
    # The cycle collector, run by allocation counts, would walk the caches'
    # hundreds of thousands of objects again and again (a fifth of the time
    # of a batch run); a repair makes next to no reference cycles, so it
    # pauses for the document (and is restored, on error too).
    paused = gc.isenabled()
    gc.disable()
    try:
        return _repair_lines(list(lines), frozenset(context), frozenset(breaks), frozenset(advice),
                             scanned)
    finally:
        if paused:
            gc.enable()


def _repair_lines(lines: list[str], context: frozenset[int], breaks: frozenset[int],
                  advice: frozenset[int], scanned: bool) -> tuple[list[str], list[list[Correction]]]:
    """:func:`repair_lines` with the collector paused."""
    out, corrections = _repair_document(lines, frozen=context, breaks=breaks, advice=advice, scanned=scanned)
    # The repaired document read afresh must give itself back, so that
    # repairing repaired text changes nothing: a word may read otherwise
    # once its neighbours changed (the strip rate and the OCR evidence are
    # the document's).  Restored diacritics of known words alone are stable
    # (the restored spelling is kept by the as-is margin, and the lower strip
    # rate of the repaired document only favours keeping); a document with
    # other corrections is read again until nothing changes.
    checks = MAX_CHECKS if any(c.kind != "diacritic" for line in corrections for c in line) else 0
    for _ in range(checks):
        again, more = _repair_document(out, frozen=context, breaks=breaks, advice=advice, scanned=scanned)
        if again == out:
            break
        out = again
        for mine, extra in zip(corrections, more):
            mine.extend(extra)
    return out, corrections


def join_hyphenated(left: str, right: str) -> tuple[str, Correction | None]:
    """Join a word broken at a line end, or keep its hyphen.

    *left* ends with "-" ("fantas-"), *right* is the first word of the next
    line ("tiska", maybe with trailing punctuation).  The joined word is
    returned repaired ("13-" + "rande" -> "lärande").  The hyphen is kept
    for single letters and acronyms ("e-tjänster", "IT-chef"), numbers,
    capitalised right parts and known hyphenated words; a conjunction after
    the hyphen marks a suspended compound ("förvaltnings- och").
    """
    if not left.endswith("-") or len(left) < 2 or not right:
        return left + right, None
    core_r = right.rstrip(".,;:!?)\"”’'")
    tail = right[len(core_r):]
    head = left[:-1]
    m = re.search(r"[^\W_]+$", head)
    last = m.group() if m else ""
    if core_r.lower() in SUSPENDED_COMPOUND_CONJUNCTIONS:
        return left + " " + right, None
    keep = (
        not last
        or not core_r
        or (len(last) == 1 and last.isalpha())
        or (last.isupper() and len(last) >= 2 and not last.isdigit()
            and core_r[:1].islower() and sum(ch.isalpha() for ch in last) == len(last))
        or (last.isdigit() and core_r[:1].isdigit())
        or (core_r[:1].isupper())
        or not any(ch.isalpha() for ch in core_r)
    )
    res = load_resources()
    hyphenated = head + "-" + core_r
    if not keep and res.is_word(hyphenated.lower()):
        keep = True
    if keep:
        fixed, _ = repair_line(hyphenated)
        return fixed + tail, None
    joined = head + core_r
    fixed, _ = repair_line(joined)
    return fixed + tail, Correction(left + right, fixed + tail, "dehyphenation", 0.9)


def repair_stream(lines: Iterable[str], batch: int = 200, overlap: int = 20) -> Iterator[str]:
    """Repair lines as they come, one output line per input line.

    Trailing line breaks of the input lines are dropped.  Lines are
    repaired in batches so that context and names work across nearby
    lines; each batch also sees *overlap* lines before and after it as
    context, so that a line at a batch's edge is read in its sentence.
    """
    before: list[str] = []
    buf: list[str] = []

    def window(emit: int) -> list[str]:
        lines_ = before + buf
        ctx = set(range(len(before))) | set(range(len(before) + emit, len(lines_)))
        return repair_lines(lines_, context=ctx)[0][len(before):len(before) + emit]

    for line in lines:
        buf.append(line.rstrip("\r\n"))
        if len(buf) >= batch + overlap:
            yield from window(batch)
            before = (before + buf[:batch])[-overlap:] if overlap else []
            buf = buf[batch:]
    if buf:
        yield from window(len(buf))
