"""A smoothed n-gram model of spellings given the skeletons around them.

For a word whose skeleton has several spellings ("har": har/här/hår) the
model gives P(form | skeleton, context) from the counts of the clean
context text (``context.marisa``), where the context is what a damaged
text still shows: the *skeletons* of the neighbours.  Each side is an
interpolated chain (Dirichlet / MacKay-Peto smoothing, each order backing
off to the one below)::

    P0(f)        = (c(f) + A0 q(f)) / (c(s) + A0)           q: wordfreq prior
    PT(f | t)    = (c(f, t) + AT P0(f)) / (c(s, t) + AT)     t: word class of the neighbour
    P1(f | b)    = (c(f, b) + A1 PT(f)) / (c(s, b) + A1)     b: neighbour skeleton
    P2(f | a b)  = (c(f, ab) + A2 P1(f)) / (c(s, ab) + A2)   a b: two neighbours

and the two sides are combined as P(f | L, R) ~ P(f | L) P(f | R) / P0(f).
The neighbours are read as skeletons only, never as their chosen
spellings, so a word's choice does not depend on its neighbours' choices.
"""
from __future__ import annotations

import math

from pipeline.repair.context import END, START

# Smoothing pseudo-counts, tuned on the ``dev`` part (benchmarks/repair.py --part dev).
A0 = 3.0
AT = 5.0
A1 = 0.5
A2 = 2.0
ASW = 2.0  # the sandwich (one neighbour each side)


def _chain(res, forms: list[str], keys: list[tuple[str, str]], base: list[float]) -> list[float]:
    """Refine the distribution *base* over *forms* with each feature of *keys* in turn."""
    p = base
    for feat, alpha in keys:
        cf = [res.count(f + "\x01" + feat) for f in forms]
        cs = sum(cf)
        if cs == 0:
            continue
        p = [(c + alpha * q) / (cs + alpha) for c, q in zip(cf, p)]
    return p


def side_features(skels: list[str], idx: int, tagger, left: bool) -> list[tuple[str, float]]:
    """The features of one side, from the most general to the most specific."""
    if left:
        b = skels[idx - 1] if idx >= 1 else START
        a = skels[idx - 2] if idx >= 2 else START
        kinds = ("LP:", "L:", "LL:")
        edge = b == START
        pair = a + " " + b
    else:
        b = skels[idx + 1] if idx + 1 < len(skels) else END
        a = skels[idx + 2] if idx + 2 < len(skels) else END
        kinds = ("RP:", "R:", "RR:")
        edge = b == END
        pair = b + " " + a
    out: list[tuple[str, float]] = []
    if tagger is not None and not edge:
        out.append((kinds[0] + tagger(b), AT))
    out.append((kinds[1] + b, A1))
    if not edge:
        out.append((kinds[2] + pair, A2))
    return out


def group_distribution(res, forms: list[str], prior: list[float], skels: list[str],
                       idx: int) -> tuple[list[float], list[float]]:
    """log P0 and log P(f | L, R) for the spellings *forms* of one skeleton.

    *prior* holds the forms' wordfreq log probabilities (normalised here).
    """
    z = max(prior)
    q = [math.exp(x - z) for x in prior]
    sq = sum(q)
    q = [x / sq for x in q]
    cf = [res.count(f + "\x01") for f in forms]
    cs = sum(cf)
    p0 = [(c + A0 * x) / (cs + A0) for c, x in zip(cf, q)]
    tagger = res.tagger
    pl = _chain(res, forms, side_features(skels, idx, tagger, True), p0)
    pr = _chain(res, forms, side_features(skels, idx, tagger, False), p0)
    b = skels[idx - 1] if idx >= 1 else START
    c = skels[idx + 1] if idx + 1 < len(skels) else END
    log_p0 = [math.log(x) for x in p0]
    comb = [math.log(x) + math.log(y) - l0 for x, y, l0 in zip(pl, pr, log_p0)]
    # the sandwich feature refines the combination when it was seen
    sw = [res.count(f + "\x01LR:" + b + " " + c) for f in forms]
    ssw = sum(sw)
    if ssw:
        m = max(comb)
        pc = [math.exp(x - m) for x in comb]
        spc = sum(pc)
        pc = [x / spc for x in pc]
        comb = [math.log((n + ASW * x) / (ssw + ASW)) for n, x in zip(sw, pc)]
    else:
        m = max(comb)
        lse = m + math.log(sum(math.exp(x - m) for x in comb))
        comb = [x - lse for x in comb]
    return log_p0, comb
