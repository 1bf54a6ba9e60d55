"""Untangle two columns that the extractor read straight across.

OCR of a two-column page often gives lines such as::

    ut och om hur tillgänglig och användarvänlig kom- e Vi behöver tydligt ...

where the left half continues the body text and the right half is a bullet
of the side box.  For every such line we score each way of giving it to the
body stream, to the side stream, or splitting it at a word boundary, and
keep the best.  The scores use what a reader uses: bullets, sentence ends,
hyphenated words that the next fragment completes, capital letters, and the
width of a column.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import math
from functools import lru_cache

from pipeline.profile import Profile

from .lines import Frag, bullet_rest, ends_complete, ends_with_hyphen, is_email_line, is_name_like, is_phone_line



_UNKNOWN = -99.0
_WORD_EDGE = ".,;:!?”\"'()"  # punctuation stripped from a word's ends before look-up
LN10 = math.log(10)


def is_word(word: str) -> bool:
    """Is ``word`` (possibly without its å/ä/ö) a Swedish word or compound?"""
    return word_log10(word) > _UNKNOWN


@lru_cache(maxsize=50_000)
def word_log10(word: str) -> float:
    """log10 of the frequency of ``word``'s commonest spelling; -99 if unknown.

    Uses the repair stage's lexicon, keyed by skeleton (lower case, no
    diacritics), so that OCR's ``ingar`` is known as ``ingår``.  A compound
    of two known words (optionally with a linking s) counts as one rarer
    than its rarer part.
    """
    from pipeline.repair.resources import load_resources
    from pipeline.repair.text import skeleton

    w = skeleton(word.strip(_WORD_EDGE))
    if len(w) < 2 or not w.isalpha():
        return _UNKNOWN
    res = load_resources()

    def best(skel: str) -> float:
        entries = res.entries(skel)
        return max((e.logp for e in entries), default=_UNKNOWN * LN10) / LN10

    score = best(w)
    for i in range(4, len(w) - 3):
        head, tail = w[:i], w[i:]
        h = max(best(head), best(head[:-1]) if head.endswith("s") else _UNKNOWN)
        t = best(tail)
        if h > _UNKNOWN and t > _UNKNOWN:
            score = max(score, min(h, t) - 1.0)
    return score


@lru_cache(maxsize=20_000)
def is_imperative(word: str) -> bool:
    """Can ``word`` (possibly without its å/ä/ö) only be a verb, imperative among its readings?

    The advice in a box of experiences or tips is often in the imperative
    ("Packa deras ryggsäck ...", "Mät hur många ..."); body text rarely is.
    Uses the repair stage's word-class table (Apertium and UD classes).
    """
    from pipeline.repair.resources import load_resources
    from pipeline.repair.text import skeleton

    w = skeleton(word.strip(_WORD_EDGE).lower())
    res = load_resources()
    if res.classes is None or not w.isalpha():
        return False
    for e in res.entries(w):
        classes = res.classes.classes(e.form)
        if classes and any(c == "V.imp" for c, _ in classes) \
                and all(c.startswith("V.") for c, _ in classes):
            return True
    return False


@dataclass
class Stream:
    """The fragments given so far to one column (body text or side content)."""

    name: str
    frags: list[Frag] = field(default_factory=list)
    state: str = "none"  # for the side stream: box | read_more | contact | none
    since_reset: int = 0  # fragments given since the state last changed

    def reset(self, state: str) -> None:
        self.state = state
        self.since_reset = 0

    def push(self, frag: Frag) -> None:
        self.frags.append(frag)
        self.since_reset += 1

    @property
    def last(self) -> str:
        return self.frags[-1].text if self.frags else ""

    def complete(self) -> bool:
        return ends_complete(self.last)

    def hyphen_stem(self) -> str | None:
        if self.frags and ends_with_hyphen(self.last):
            return self.last.split()[-1][:-1]
        return None

    def open_title_closed(self, title: list[Frag], text: str, p: Profile) -> bool:
        """Is a read-more title finished, so that ``text`` starts a new one?"""
        last = title[-1].text.rstrip()
        if not last:
            return True
        lw = last.split()[-1].lower()
        if lw in p.continuation_words or last.endswith("-"):
            return False
        return text[:1].isupper()


def _continuation(stream: Stream, text: str, p: Profile) -> float:
    """How well ``text`` continues ``stream`` (higher is better)."""
    words = text.split()
    if not words:
        return -5.0
    first = words[0]
    stem = stream.hyphen_stem()
    if stem is not None:
        lp = word_log10(stem + first.rstrip(".,;:")) if first[:1].islower() else _UNKNOWN
        if lp > _UNKNOWN:
            return 2.0 + max(0.0, min(3.0, (lp + 9.0) / 2.0))
        if first[:1].islower() and first.lower() not in p.suspended_hyphen_followers:
            return 0.5
        return -2.0
    if stream.state in ("box", "read_more", "contact", "none") and stream.name == "side" or stream.state == "box":
        if stream.state == "box":
            if bullet_rest(text, p) is not None:
                return 3.0
            if not stream.since_reset or stream.complete():
                return 0.5 if first[:1].isupper() else -2.0
            if first[:1].isupper() and is_imperative(first):
                return 1.0  # a new piece of advice whose bullet or period the OCR lost
            return 1.5 if first[:1].islower() else -0.5
        if stream.state == "contact":
            if is_phone_line(text, p) or is_email_line(text, p):
                return 4.0
            return 2.0 if is_name_like(text) else -3.0
        if stream.state == "read_more":
            if not stream.since_reset:
                return 2.0 if first[:1].isupper() else -1.0
            return -0.5
        return -3.0
    # body
    if not stream.frags or stream.complete():
        if first[:1].isupper() and is_imperative(first):
            return 0.5  # body text seldom gives orders; a box of advice does
        if first[:1].isupper() or first[:1] in p.quote_open:
            return 1.0
        return -2.0
    last = stream.last.split()[-1]
    if first[:1].islower():
        return 2.0
    # A capital after an unfinished sentence: only names carry on a sentence.
    if last[:1].isupper() or last.rstrip(",").lower() in {v for v in p.speech_verbs}:
        return 1.0
    if not is_word(first) and first.strip(".,;:!?").isalpha():
        return 0.5  # a name the lexicon does not know ("Nuddis")
    return -1.5


def _split_frag(frag: Frag, i: int) -> tuple[Frag, Frag]:
    toks = frag.text.split()
    left_t, right_t = " ".join(toks[:i]), " ".join(toks[i:])
    raw_toks = frag.raw.split()
    # Map the text's token boundary onto the raw line (cleaning may have
    # dropped furniture tokens at its ends).
    lead = 0
    if toks and raw_toks:
        for j, rt in enumerate(raw_toks):
            if rt == toks[0] or rt.lstrip("|") == toks[0].lstrip("I"):
                lead = j
                break
    cut = min(len(raw_toks), lead + i)
    left_r, right_r = " ".join(raw_toks[:cut]), " ".join(raw_toks[cut:])
    return (
        Frag(raw=left_r, text=left_t, page=frag.page, index=frag.index, corrections=list(frag.corrections)),
        Frag(raw=right_r, text=right_t, page=frag.page, index=frag.index),
    )


FIT_SCALE = 6.0  # characters of misfit with a column's width that cost one point


def local_width(stream: Stream) -> float | None:
    """The width of a stream's column on this page: the median of its last unfinished lines."""
    lengths = sorted(len(f.text) for f in stream.frags[-8:] if len(f.text) > 30 and not ends_complete(f.text))
    return float(lengths[len(lengths) // 2]) if len(lengths) >= 3 else None


JUNCTION_WEIGHT = 0.5  # say of the word-class context of the words beside a cut


def _class_fit(words: list[str], k: int) -> float | None:
    """How well the word at *k* fits among *words* by the word-class model (None: not a word it knows).

    The best score of the word's spellings (``vara``: "vara", "våra") given
    its neighbours' skeletons; only words with several spellings of known
    classes are scored.
    """
    from pipeline.repair.context import context_features, context_token, tokenize_for_context
    from pipeline.repair.core import informative_features
    from pipeline.repair.resources import load_resources
    from pipeline.repair.text import skeleton

    res = load_resources()
    if res.classes is None or res.tagger is None:
        return None
    w = skeleton(words[k].strip(_WORD_EDGE))
    forms = [e.form for e in res.entries(w) if not e.proper and res.classes.classes(e.form)]
    if len(forms) < 2:
        return None
    before = [context_token(skeleton(t)) for t in tokenize_for_context(" ".join(words[:k]))][-2:]
    after = [context_token(skeleton(t)) for t in tokenize_for_context(" ".join(words[k + 1:]))][:2]
    skels = before + [w] + after
    feats = informative_features(context_features(skels, len(before), res.tagger))
    return max(res.classes.scores(forms, feats))


def _junction_say(toks: list[str], i: int, side: Stream, nxt: str) -> float:
    """The class model's say for cutting *toks* before *i*, against reading the line straight.

    The left half's last word then runs on into the next line ("invandrade"
    / "föräldrar"), and the right half's first word follows the side
    column's last line ("kritiskt och" / "vara digitala").  Each word with
    several spellings that changes its neighbours counts: how much better
    it fits its neighbours after the cut than in the line.
    """
    say = 0.0
    nxt_words = nxt.split()[:2]
    side_words = side.last.split()[-2:] if side.frags else []
    for k, words, at in ((i - 1, toks[max(0, i - 3):i] + nxt_words, min(i - 1, 2)),
                         (i, side_words + toks[i:i + 3], len(side_words))):
        inline = _class_fit(toks[max(0, k - 2):k + 3], min(k, 2))
        if inline is None:
            continue
        cut = _class_fit(words, at)
        if cut is not None:
            say += cut - inline
    return say


def choose(frag: Frag, body: Stream, side: Stream, p: Profile, width: float,
           nxt: str = "") -> list[tuple[str, Frag]]:
    """Give a line to the body, to the side, or split it between them.

    *nxt* is the next line of the page, into which a split line's left half
    runs on.
    """
    text = frag.text
    toks = text.split()
    long_line = len(text) > 1.35 * width
    col = local_width(body) or width
    side_col = local_width(side)
    options: list[tuple[float, object]] = []
    # Whole line to one stream.
    for s in (body, side):
        score = _continuation(s, text, p)
        if long_line:
            score -= 3.0
        options.append((score, s.name))
    # Split at each word boundary.
    for i in range(1, len(toks)):
        left = " ".join(toks[:i])
        right = " ".join(toks[i:])
        if len(left) < 8 or len(right) < 3:
            continue
        score = _continuation(body, left, p) + _continuation(side, right, p)
        boundary = -1.5
        # A bullet in mid-line ("... kom- e Vi behöver ..."): a marker of the
        # profile followed by a capital.
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if toks[i] in p.bullet_markers and (nxt[:1].isupper() or nxt[:1] == "|"):
            boundary = 3.0
        elif left.endswith(("-",)) and toks[i].lower() not in p.suspended_hyphen_followers and len(left) > 20:
            boundary = 1.0
        elif ends_complete(left):
            boundary = 0.5
        score += boundary
        # Neither half may be wider than a column.
        score -= max(0.0, len(left) - col - 5) / 6.0 + max(0.0, len(right) - col - 5) / 6.0
        # Columns are set full: a half that ends no sentence is about as wide
        # as the other lines of its column.
        if not ends_complete(left):
            score -= abs(col - len(left)) / FIT_SCALE
        if side_col is not None and not ends_complete(right):
            score -= abs(side_col - len(right)) / FIT_SCALE
        if not long_line:
            score -= 1.0
        if JUNCTION_WEIGHT:
            score += JUNCTION_WEIGHT * _junction_say(toks, i, side, nxt)
        options.append((score, i))
    best = max(options, key=lambda o: o[0])[1]
    if isinstance(best, str):
        return [(best, frag)]
    left_f, right_f = _split_frag(frag, best)
    return [("body", left_f), ("side", right_f)]
