"""Candidate spellings for one word, each with a channel cost.

A candidate is a known spelling the observed word may stand for.  Its
*channel* tells how the damage could have produced the observed word:
diacritics lost (their probability depends on the document, so it is kept
as a count of "stripped" events), OCR confusions (a log probability from
:data:`pipeline.repair.tables.OCR_CONFUSIONS`), or a compound assembled
from known parts.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.repair.resources import Entry, Resources
from pipeline.repair.tables import (
    NON_COMPOUNDING_WORDS,
    OCR_CONFUSIONS,
    OCR_NOT_INITIAL,
    OCR_SUSPECT_CHARS,
    SKELETON_MAP,
)
from pipeline.repair.text import skeleton

MAX_OCR_EDITS = 3
MAX_OCR_VARIANTS = 400
MIN_OCR_LOGP = math.log(1e-7)
COMPOUND_PART_MIN = 3
COMPOUND_PART_PENALTY = 4.0  # nats per extra part
PARSE_WEIGHT, PARSE_CLIP = 0.5, 4.0  # say of the parts' frequencies among OCR compound readings
LINK_WEIGHT = 1.0  # say of a first part's habit of taking a linking s, in choosing the cut
HEAD_WEIGHT = 1.0  # say of a spelling's productivity as a compound's first part (log of its compounds)
COMPOUND_KEEP_BONUS = 1.0  # nats for a part read as written
COMPOUND_MAX_CHANGED_PARTS = 3  # a reading that changes the word has at most this many parts
COMPOUND_PART_MIN_LOGP = (2.5 - 9.0) * math.log(10.0)  # an unattested part must be this common
COMPOUND_LOGP_FLOOR = (1.0 - 9.0) * math.log(10.0)
CHANGED_MARK_LOGP = math.log(1e-3)
SPLIT_TAIL_MIN_LOGP = (3.0 - 9.0) * math.log(10.0)
AMBIGUOUS_PART_NATS = 1.0 * math.log(10.0)
_OCR_KEYS_BY_FIRST: dict[str, list[str]] = {}
for _key in sorted(OCR_CONFUSIONS, key=len, reverse=True):
    _OCR_KEYS_BY_FIRST.setdefault(_key[0], []).append(_key)
_MARKED = frozenset(SKELETON_MAP)


@dataclass(frozen=True)
class Candidate:
    """A spelling for an observed word.

    ``logp`` is the prior (unigram) log probability, ``ocr_logp`` the OCR
    channel cost, ``stripped`` whether diacritics must have been lost to
    give the observed word, ``kind`` the correction kind if chosen.
    """

    form: str
    logp: float
    ocr_logp: float
    stripped: bool
    kind: str | None
    proper: bool = False


def diacritic_relation(observed: str, form: str) -> tuple[bool, int]:
    """Compare an observed lower-case word with a form of the same skeleton.

    Returns ``(added, changed)``: whether the form has marks the observed
    word lacks, and how many marks of the observed word the form alters.
    """
    added = False
    changed = 0
    for o, f in zip(observed, form):
        if o == f:
            continue
        if o in _MARKED:
            changed += 1
        else:
            added = True
    return added, changed


def diacritic_candidates(res: Resources, low: str) -> list[Candidate]:
    """Known spellings with the same skeleton as *low* (including itself)."""
    out = []
    for e in res.entries(skeleton(low)):
        if e.form == low:
            out.append(Candidate(e.form, e.logp, 0.0, False, None, e.proper))
            continue
        added, changed = diacritic_relation(low, e.form)
        out.append(Candidate(e.form, e.logp, changed * CHANGED_MARK_LOGP, added,
                             "diacritic", e.proper))
    return out


def is_suspect(low: str) -> bool:
    """True when *low* holds a character that is rarely right inside a word."""
    return not OCR_SUSPECT_CHARS.isdisjoint(low)


def ocr_variants(low: str, prefix: Callable[[str], bool] | None = None) -> list[tuple[str, float]]:
    """Strings *low* may have been before OCR confusions, with log probabilities.

    At most :data:`MAX_OCR_EDITS` confusions are undone; the observed string
    itself is not included.  With *prefix* (true for the skeleton of a
    string that begins some known word), only strings that can still become
    a known word are followed.
    """
    results: list[tuple[str, float]] = []

    def walk(i: int, built: str, logp: float, edits: int) -> None:
        if len(results) >= MAX_OCR_VARIANTS:
            return
        if prefix is not None and built and not prefix(skeleton(built)):
            return
        if i >= len(low):
            if edits:
                results.append((built, logp))
            return
        walk(i + 1, built + low[i], logp, edits)
        if edits >= MAX_OCR_EDITS:
            return
        for key in _OCR_KEYS_BY_FIRST.get(low[i], ()):
            if low.startswith(key, i) and (i or key not in OCR_NOT_INITIAL):
                for repl, p in OCR_CONFUSIONS[key]:
                    nl = logp + math.log(p)
                    if nl >= MIN_OCR_LOGP:
                        walk(i + len(key), built + repl, nl, edits + 1)

    walk(0, "", 0.0, 0)
    return results


def ocr_candidates(res: Resources, low: str) -> list[Candidate]:
    """Known spellings reached by undoing OCR confusions (then lost diacritics)."""
    best: dict[str, Candidate] = {}
    for variant, cost in ocr_variants(low, res.begins_a_word):
        if not any(ch.isalpha() for ch in variant):
            continue
        for e in res.entries(skeleton(variant)):
            added, changed = diacritic_relation(variant, e.form)
            if changed:
                continue
            cand = Candidate(e.form, e.logp, cost, added, "ocr_confusion", e.proper)
            old = best.get(e.form)
            if old is None or old.ocr_logp < cost:
                best[e.form] = cand
    return list(best.values())


EDIT_LOGP = math.log(1e-3)  # one letter read wrong, lost or added by OCR of page images
EDIT_MIN_LENGTH = 5
EDIT_MIN_LOGP = (3.5 - 9.0) * math.log(10.0)  # only a common word is a likely reading
_EDIT_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edit_candidates(res: Resources, low: str) -> list[Candidate]:
    """Common words one edit away from an unknown word (a letter changed, dropped, added or swapped).

    For text read by OCR from page images, whose errors no table lists
    ("ftågor": "frågor").  Edits are made on the skeleton, so a restored
    mark comes with the word; the marks as written must stay.  The caller
    decides when a word is unknown enough to ask.
    """
    if len(low) < EDIT_MIN_LENGTH or not low.isalpha():
        return []
    skel = skeleton(low)
    n = len(skel)
    seen: set[str] = set()
    for i in range(n):
        seen.add(skel[:i] + skel[i + 1:])
        if i + 1 < n:
            seen.add(skel[:i] + skel[i + 1] + skel[i] + skel[i + 2:])
        for ch in _EDIT_LETTERS:
            seen.add(skel[:i] + ch + skel[i + 1:])
            seen.add(skel[:i] + ch + skel[i:])
    for ch in _EDIT_LETTERS:
        seen.add(skel + ch)
    seen.discard(skel)
    out: list[Candidate] = []
    marks = [ch for ch in low if ch in _MARKED]
    for e_skel in seen:
        if e_skel not in res.lexicon:
            continue
        for e in res.entries(e_skel):
            if e.proper or e.logp < EDIT_MIN_LOGP:
                continue
            if [ch for ch in e.form if ch in _MARKED] != marks and marks:
                continue  # the marks as written stay ("ftågor": an "å")
            out.append(Candidate(e.form, e.logp, EDIT_LOGP, False, "ocr_confusion"))
    return out


def _part_forms(res: Resources, part: str, observed: str) -> list[Entry]:
    """Known spellings for one compound part that respect the observed marks.

    A spelling that only wordfreq lists, and rarely (web noise such as
    "bdt", "tvd"), is no part.
    """
    out = []
    for e in res.entries(part):
        if not e.attested and e.logp < COMPOUND_PART_MIN_LOGP:
            continue
        if all(o == f or o not in _MARKED for o, f in zip(observed, e.form)):
            out.append(e)
    return out


def _part_choice(entries: list[Entry], observed: str, heads: dict[str, int] | None = None,
                 keep_nats: float = AMBIGUOUS_PART_NATS) -> Entry:
    """The spelling of a compound part: the most frequent, unless the part as
    written is itself a word of similar frequency (then it stays as written).

    For a first or middle part, *heads* (how many compounds begin with each
    spelling) adds how productive each spelling is as a first part: "vård-"
    begins three times as many compounds as "värd-".
    """
    def score(e: Entry) -> float:
        return e.logp + (HEAD_WEIGHT * math.log(heads.get(e.form, 0) + 1) if heads else 0.0)

    best = max(entries, key=score)
    for e in entries:
        if e.form == observed and score(best) - score(e) < keep_nats:
            return e
    return best


def compound_form(res: Resources, low: str, part_min: int = COMPOUND_PART_MIN) -> str | None:
    """Read an unknown word as a compound of known parts; return its spelling (see :func:`compound_parse`)."""
    got = compound_parse(res, low, part_min)
    return None if got is None else got[0]


def compound_parse(res: Resources, low: str, part_min: int = COMPOUND_PART_MIN,
                   as_written: bool = True, plain: bool = False) -> tuple[str, float] | None:
    """Read an unknown word as a compound of known parts; return its spelling and score.

    The skeleton is cut into parts of at least *part_min* letters that are
    known words (a part may end in a linking *s*); each part takes its
    spelling by :func:`_part_choice`, respecting marks the word already
    has.  The score is the sum of the parts' log probabilities, less
    :data:`COMPOUND_PART_PENALTY` a part.  Returns ``None`` when no cut
    into known parts exists.  With *as_written* false, a part as written
    has no preference over its commoner spelling (the reading a text that
    lost every mark calls for).  With *plain*, the score of a reading as
    written leaves out the as-written bonuses that chose it.
    """
    keep_nats, keep_bonus = (AMBIGUOUS_PART_NATS, COMPOUND_KEEP_BONUS) if as_written else (0.0, 0.0)
    skel = skeleton(low)
    n = len(skel)
    if n < 2 * part_min or not skel.isalpha():
        return None
    heads = res.classes.heads if res.classes is not None and HEAD_WEIGHT else None
    links: dict[str, tuple[int, int]] = res.classes.links if res.classes is not None else {}
    # best[i] = (score, forms) for skel[:i]
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        score0, forms0 = here
        for j in range(i + part_min, n + 1):
            if n - j and n - j < part_min:
                continue
            if i == 0 and j == n:
                continue  # the whole word: not a compound
            part = skel[i:j]
            options = []
            entries = _part_forms(res, part, low[i:j])
            if i == 0:  # "har" begins no compound, "hår" does ("hårvirvel")
                entries = [e for e in entries if e.form not in NON_COMPOUNDING_WORDS]
            if entries:
                options.append((entries, ""))
            if j < n and part.endswith("s") and (not entries or links):
                # a linking s: also where the part with its s is a word ("kvälls" + "träffar")
                s_entries = _part_forms(res, part[:-1], low[i:j - 1])
                if entries:  # only first parts known to take a linking s ("kväll", not "Samhall")
                    s_entries = [e for e in s_entries if not e.proper and links.get(e.form, (0, 0))[0]]
                if s_entries:
                    options.append((s_entries, "s"))
            for entries, linking in options:
                e = _part_choice(entries, low[i:j - len(linking)], heads if j < n else None, keep_nats)
                score = score0 + e.logp - COMPOUND_PART_PENALTY
                if j < n and links and LINK_WEIGHT:
                    # a first part takes its linking s, or not, as its other compounds do
                    with_s, without = links.get(e.form, (0, 0))
                    score += LINK_WEIGHT * math.log(((with_s if linking else without) + 1)
                                                    / (with_s + without + 2))
                if e.form == low[i:j - len(linking)]:
                    score += keep_bonus  # of two cuts as good, the one that reads as written
                cur = best[j]
                if cur is None or score > cur[0]:
                    best[j] = (score, forms0 + [e.form + linking])
    whole = best[n]
    if whole is None:
        return None
    parts = whole[1]
    form = "".join(parts)
    if len(parts) > COMPOUND_MAX_CHANGED_PARTS and form != low:
        return None  # a reading that adds marks from many short parts is a guess
    score = whole[0]
    if plain and form == low:
        score -= keep_bonus * len(parts)  # comparable with a reading that changes parts
    return form, score


def compound_candidate(res: Resources, low: str, part_min: int = COMPOUND_PART_MIN
                       ) -> Candidate | None:
    """Restore the diacritics of an unknown compound from its known parts.

    Returns ``None`` when the word is no compound of known parts or when its
    reading adds no diacritic.
    """
    form = compound_form(res, low, part_min)
    if form is None:
        return None
    added, changed = diacritic_relation(low, form)
    if not added or changed:
        return None
    return Candidate(form, COMPOUND_LOGP_FLOOR, 0.0, True, "diacritic")


def ocr_compound_candidates(res: Resources, low: str, limit: int = 12) -> list[Candidate]:
    """Unknown compounds reached by undoing OCR confusions ("reglonstyrelsens")."""
    out: dict[str, Candidate] = {}
    scores: dict[str, float] = {}
    variants = sorted(ocr_variants(low), key=lambda v: -v[1])[:limit]
    for variant, cost in variants:
        if not variant.isalpha():
            continue
        got = compound_parse(res, variant)
        if got is None:
            continue
        form, score = got
        added, changed = diacritic_relation(variant, form)
        if changed:
            continue
        cand = Candidate(form, COMPOUND_LOGP_FLOOR, cost, added, "ocr_confusion")
        if form not in out or out[form].ocr_logp < cost:
            out[form] = cand
            scores[form] = score
    if len(out) > 1:
        # of several readings, the one from commoner parts ("naturnödvändighet",
        # not "naturnådvandighet") is the likelier
        top = max(scores.values())
        out = {f: replace(c, logp=c.logp + PARSE_WEIGHT * max(-PARSE_CLIP, scores[f] - top))
               for f, c in out.items()}
    return list(out.values())


def split_candidate(res: Resources, low: str) -> Candidate | None:
    """Read an unknown word as two words with a lost space ("allaled" -> "alla led")."""
    for k in range(2, len(low) - 2):
        head, tail = low[:k], low[k:]
        if head in NON_COMPOUNDING_WORDS and len(tail) >= 3 and res.is_word(tail):
            entries = [e for e in res.entries(skeleton(tail)) if e.form == tail]
            if entries[0].logp < SPLIT_TAIL_MIN_LOGP:
                continue
            return Candidate(head + " " + tail, entries[0].logp - 2.0,
                             math.log(0.05), False, "other")
    return None
