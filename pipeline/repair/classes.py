"""Word-class context model: context evidence that generalises over words.

Word-pair counts say nothing about a spelling the clean text never shows
next to its neighbours ("kunde lämpa sig", "att tömma"), but the word
class of the spelling does: after "kunde" and "att" comes an infinitive.
The tables are written by ``scripts/build_class_model.py``:

* the word classes of every spelling whose skeleton has several spellings
  and of every common word (from Apertium's Swedish analyser and the gold
  tags of the UD ``stats`` part, with the UD counts);
* counts of (class, context feature), the features being those of
  :func:`pipeline.repair.context.context_features`.

A spelling's score is ``log sum_k P(k | spelling) * exp(sum_f w_f * r(k, f))``
where ``r`` is the clipped, smoothed log ratio ``P(f | k) / P(f)``.  The
layout stage also asks it whether a word is an imperative
(:func:`pipeline.segment.columns.is_imperative`).
"""
from __future__ import annotations

import gzip
import math
from pathlib import Path

PRIOR_WEIGHT = 1.0  # pseudo-count spread over a spelling's classes by their corpus share
BETA = 5.0  # smoothing of P(f | k) towards P(f)
CLIP = 1.5  # nats: bound on one feature's say
SUPPORT = 3.0  # a feature seen this often gets half its say
WEIGHTS = {"L": 1.0, "R": 1.0, "LS": 0.5, "RS": 0.5, "LP": 0.5, "RP": 0.5, "PP": 0.5, "LR": 0.5, "SUB": 0.5}


class ClassModel:
    """The class tables, loaded; :meth:`score` rates a spelling in a context.

    *forms* maps a spelling to its classes with log P(class | spelling).
    """

    def __init__(self, forms: dict[str, list[tuple[str, float]]], totals: dict[str, int],
                 pairs: dict[str, int], heads: dict[str, int] | None = None,
                 links: dict[str, tuple[int, int]] | None = None) -> None:
        self.forms = forms
        self.totals = totals
        self.pairs = pairs
        self.n = float(sum(totals.values()))
        feat_tot: dict[str, int] = {}
        for key, n in pairs.items():
            feat = key.split("\x01", 1)[1]
            feat_tot[feat] = feat_tot.get(feat, 0) + n
        self.feat_total = feat_tot
        self._contrib: dict[str, dict[str, float]] = {}
        self.heads = heads or {}  # compounds in the lexicon that begin with a spelling
        self.links = links or {}  # first part -> compounds with / without a linking s
        self.any_class = [(c, math.log(n / self.n)) for c, n in totals.items() if n > 0]

    @classmethod
    def load(cls, path: Path) -> ClassModel | None:
        """Read ``classes.tsv.gz`` (None if absent)."""
        if not path.exists():
            return None
        raw: dict[str, list[tuple[str, int]]] = {}
        totals: dict[str, int] = {}
        pairs: dict[str, int] = {}
        heads: dict[str, int] = {}
        links: dict[str, tuple[int, int]] = {}
        for row in gzip.decompress(path.read_bytes()).decode("utf-8").split("\n"):
            parts = row.split("\t")
            if parts[0] == "C" and len(parts) == 4:
                pairs[parts[1] + "\x01" + parts[2]] = int(parts[3])
            elif parts[0] == "F" and len(parts) == 3:
                raw[parts[1]] = [(c, int(n)) for c, n in (x.rsplit(":", 1) for x in parts[2].split())]
            elif parts[0] == "T" and len(parts) == 3:
                totals[parts[1]] = int(parts[2])
            elif parts[0] == "H" and len(parts) == 3:
                heads[parts[1]] = int(parts[2])
            elif parts[0] == "K" and len(parts) == 4:
                links[parts[1]] = (int(parts[2]), int(parts[3]))
        n = float(sum(totals.values())) or 1.0
        forms: dict[str, list[tuple[str, float]]] = {}
        for form, classes in raw.items():
            prior = [totals.get(c, 0) / n for c, _ in classes]
            z = sum(prior) or 1.0
            w = [cnt + PRIOR_WEIGHT * p / z for (_, cnt), p in zip(classes, prior)]
            s = sum(w)
            forms[form] = [(c, math.log(x / s)) for (c, _), x in zip(classes, w) if x > 0]
        return cls(forms, totals, pairs, heads, links)

    def clear_cache(self) -> None:
        """Forget the features' computed say (for benchmarks of a first run)."""
        self._contrib.clear()

    def classes(self, form: str) -> list[tuple[str, float]] | None:
        """The classes of *form* with P(class | form), or None if unknown."""
        got = self.forms.get(form)
        return None if got is None else [(c, math.exp(lp)) for c, lp in got]

    def contributions(self, feat: str) -> dict[str, float]:
        """The say of feature *feat* for every class (cached)."""
        hit = self._contrib.get(feat)
        if hit is not None:
            return hit
        out: dict[str, float] = {}
        w = WEIGHTS.get(feat.split(":", 1)[0])
        tot = self.feat_total.get(feat, 0)
        if w and tot > 0:
            q = tot / self.n
            shrink = w * tot / (tot + SUPPORT)
            for cls, n_k in self.totals.items():
                n_kf = self.pairs.get(cls + "\x01" + feat, 0)
                ratio = math.log((n_kf + BETA * q) / ((n_k + BETA) * q))
                out[cls] = shrink * max(-CLIP, min(CLIP, ratio))
        if len(self._contrib) > 200_000:
            self._contrib.clear()
        self._contrib[feat] = out
        return out

    def class_term(self, cls: str, p: float, feats: list[str]) -> float:
        """``log p`` plus the context say of the features for class *cls*."""
        return math.log(p) + sum(self.contributions(f).get(cls, 0.0) for f in feats)

    def score(self, form: str, feats: list[str], unknown: bool = False) -> float | None:
        """Class-context log score of *form* among *feats*.

        A spelling whose classes are unknown scores None, or, with
        *unknown*, as a word of any class in proportion to the classes'
        shares of the corpus.
        """
        classes = self.forms.get(form)
        if not classes and not unknown:
            return None
        return self._score(classes or self.any_class, [self.contributions(f) for f in feats], {})

    def scores(self, forms: list[str], feats: list[str]) -> list[float] | None:
        """:meth:`score` of each of *forms* among *feats*; None when no form's classes are known.

        When some are known, a spelling of unknown class scores as a word of
        any class (``unknown=True``).
        """
        if not any(self.forms.get(f) for f in forms):
            return None
        contrib = [self.contributions(f) for f in feats]
        say: dict[str, float] = {}  # the features' say for each class, shared by the spellings
        return [self._score(self.forms.get(f) or self.any_class, contrib, say) for f in forms]

    def _score(self, classes: list[tuple[str, float]], contrib: list[dict[str, float]],
               say: dict[str, float]) -> float:
        """log sum over *classes* of P(class) times the features' say *contrib* for it."""
        terms = []
        for cls, lp in classes:
            x = say.get(cls)
            if x is None:
                x = say[cls] = sum(c.get(cls, 0.0) for c in contrib)
            terms.append(lp + x)
        if len(terms) == 1:
            return terms[0]
        z = max(terms)
        return z + math.log(sum(math.exp(t - z) for t in terms))
