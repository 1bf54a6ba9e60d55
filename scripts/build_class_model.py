#!/usr/bin/env python
"""Build the word-class context model of the repair stage (``classes.tsv.gz``).

Word-pair counts are thin for rare words: "kunde lämpa sig" and "att
tömma" never occur in our clean text, but "kunde" + infinitive and "att" +
infinitive occur thousands of times.  This script writes two tables that
let the repair stage generalise over word classes:

* ``F`` rows: the word classes of every spelling whose skeleton has more
  than one spelling in the lexicon (``lexicon.marisa``) and of every
  common word, from the Swedish
  morphological analyser of Apertium (``apertium-swe``, shipped in Debian's
  ``apertium-swe-dan``; read with ``lt-proc`` of ``lttoolbox``) and from the
  gold tags of the UD ``stats`` part, with the UD counts where there are any;
* ``H`` rows: for each spelling of an ambiguous skeleton, how many
  lexicon words are compounds beginning with it (its productivity as a
  first part: "vård" 472, "värd" 158);
* ``K`` rows: for each first part of at least :data:`LINK_MIN` lexicon
  compounds, how many take a linking s ("kvälls-": 359) and how many not
  ("kväll-": 11);
* ``C`` rows: counts of (word class, context feature), the features
  exactly those the repair stage computes
  (:func:`pipeline.repair.context.context_features` with the shipped
  tagger ``tags.tsv.gz``).  They are counted over the UD ``stats`` part,
  the class from its gold tags, and over the same Swedish help and manual
  text as ``context.marisa`` (``scripts/build_repair_resources.py``), the
  class from Apertium: a word with one class counts for it, a word with
  several counts for each by its posterior under the UD-only counts (one
  step of EM).  The help text is weighted by ``--text-weight``.

With ``--text-fraction F`` the ``C`` and ``T`` rows count only the UD
sentences and help blocks that ``build_repair_resources.py --text-fraction
F`` keeps for its context counts (same sources, same seed); the ``F`` rows
(a word's classes and UD class counts), ``H`` and ``K`` rows are lexical and
always read all of the text.

Usage::

    apt-get install lttoolbox && python scripts/build_class_model.py [--corpora DIR] [--text-fraction F]
"""
from __future__ import annotations

import argparse
import gzip
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from apertium_sv import apertium_analyses, fetch_automorf  # noqa: E402
from build_repair_resources import TEXT_FRACTION_SEED, text_blocks, ud_stats_sentences  # noqa: E402

from pipeline.repair.classes import ClassModel  # noqa: E402
from pipeline.repair.context import context_features, context_token, tokenize_for_context  # noqa: E402
from pipeline.repair.corpus import _conllu_files, read_conllu_words, split_of  # noqa: E402
from pipeline.repair.resources import RESOURCE_DIR, load_resources  # noqa: E402
from pipeline.repair.text import skeleton  # noqa: E402

OUT = RESOURCE_DIR / "classes.tsv.gz"
FEATURE_KINDS = ("L", "R", "LS", "RS", "LP", "RP", "PP", "LR", "SUB")
MIN_COUNT = 2  # (class, feature) pairs seen fewer times are dropped
# Besides every spelling that competes with another, the classes of every
# common word (wordfreq zipf >= 3), for the layout's cues ("an imperative
# starts a piece of advice").
COMMON_LOGP = (3.0 - 9.0) * math.log(10.0)
HEAD_MIN, TAIL_MIN = 3, 4  # letters of a compound's first part and of its rest
LINK_MIN = 10  # first parts of fewer compounds get no linking counts


def ud_class(upos: str, feats: dict[str, str]) -> str:
    """The word class of a UD token (UPOS refined by the features that matter for context)."""
    if upos in ("VERB", "AUX"):
        form = feats.get("VerbForm", "")
        if form == "Inf":
            cls = "V.inf"
        elif form == "Sup":
            cls = "V.sup"
        elif form == "Part":
            return "V.part"
        elif feats.get("Mood") == "Imp":
            return "V.imp"
        elif feats.get("Tense") == "Past":
            cls = "V.past"
        else:
            cls = "V.pres"
        return cls + (".pass" if feats.get("Voice") == "Pass" else "")
    if upos == "NOUN":
        if feats.get("Case") == "Gen":
            return "N.gen"
        return ("N." + ("pl" if feats.get("Number") == "Plur" else "sg")
                + "." + ("def" if feats.get("Definite") == "Def" else "ind"))
    if upos == "ADJ":
        deg = feats.get("Degree", "Pos")
        if deg == "Cmp":
            return "ADJ.cmp"
        if deg == "Sup":
            return "ADJ.sup"
        if feats.get("Definite") == "Def" or feats.get("Number") == "Plur":
            return "ADJ.a"
        return "ADJ.sg"
    return upos


def read_ud(root: Path, part: str, keys: set[str] | None = None) -> list[list[tuple[str, str]]]:
    """Sentences of *part* as lists of (form, class); only those whose
    ``"<file stem>:<sent_id>"`` is in *keys* when given."""
    return [[(form, ud_class(upos, feats)) for form, upos, feats in words]
            for path in _conllu_files(root, ["lines"])
            for sent_id, words in read_conllu_words(path) if split_of(path.stem, sent_id) == part
            and (keys is None or f"{path.stem}:{sent_id}" in keys)]


def count_ud(sents: list[list[tuple[str, str]]], tagger) -> tuple[dict[str, Counter], Counter, Counter]:
    """Word-class counts per form, class totals and (class, feature) counts of gold-tagged text."""
    word_cls: dict[str, Counter] = defaultdict(Counter)
    pair: Counter = Counter()
    cls_total: Counter = Counter()
    for toks in sents:
        skels = [context_token(skeleton(f.lower())) for f, _ in toks]
        for i, (form, cls) in enumerate(toks):
            word_cls[form.lower()][cls] += 1
            if not form[:1].isalpha():
                continue
            cls_total[cls] += 1
            for feat in context_features(skels, i, tagger):
                if feat.split(":", 1)[0] in FEATURE_KINDS:
                    pair[cls + "\x01" + feat] += 1
    return word_cls, pair, cls_total


def count_text(blocks: list[str], ana: dict[str, set[str]], model: ClassModel, tagger,
               weight: float) -> tuple[Counter, Counter]:
    """(class, feature) counts and class totals of untagged text, classes from Apertium.

    A word with several classes is shared out by its posterior under *model*.
    """
    pair: Counter = Counter()
    cls_total: Counter = Counter()
    for block in blocks:
        tokens = tokenize_for_context(block)
        skels = [context_token(skeleton(t.lower())) for t in tokens]
        for i, tok in enumerate(tokens):
            classes = ana.get(tok.lower())
            if not classes or not tok[:1].isalpha():
                continue
            feats = [f for f in context_features(skels, i, tagger) if f.split(":", 1)[0] in FEATURE_KINDS]
            if len(classes) == 1:
                post = {next(iter(classes)): 1.0}
            else:
                terms = {c: model.class_term(c, 1.0, feats) + math.log(model.totals.get(c, 0) + 1.0)
                         for c in classes}
                z = max(terms.values())
                e = {c: math.exp(t - z) for c, t in terms.items()}
                tot = sum(e.values())
                post = {c: x / tot for c, x in e.items()}
            for c, w in post.items():
                cls_total[c] += weight * w
                for f in feats:
                    pair[c + "\x01" + f] += weight * w
    return pair, cls_total


def head_counts(res) -> dict[str, int]:
    """For each spelling of an ambiguous skeleton, how many lexicon words are
    compounds that begin with it ("vård" begins 472: vårdcentral, vårdgivare,
    ...; "värd" 158): how productive it is as a compound's first part."""
    is_word = res.is_word
    out: dict[str, int] = {}
    for skel in set(res.lexicon.keys()):
        entries = res.entries(skel)
        if len(entries) < 2 or len(skel) < HEAD_MIN:
            continue
        heads = [e.form for e in entries if len(e.form) >= HEAD_MIN]
        counts = dict.fromkeys(heads, 0)
        for key in res.lexicon.keys(skel):
            if len(key) < len(skel) + TAIL_MIN:
                continue
            for e in res.entries(key):
                for h in heads:
                    if e.form.startswith(h):
                        rest = e.form[len(h):]
                        if (len(rest) >= TAIL_MIN and is_word(rest)) or \
                                (rest[:1] == "s" and len(rest) > TAIL_MIN and is_word(rest[1:])):
                            counts[h] += 1
        for h, n in counts.items():
            if n:
                out[h] = n
    return out


def linking_counts(res) -> dict[str, tuple[int, int]]:
    """For each first part of lexicon compounds, how many take a linking s and how many not
    ("kväll": 359 kvälls-, 11 kväll-; "vård": 22 and 450)."""
    is_word = res.is_word
    link: dict[str, list[int]] = {}
    for skel in set(res.lexicon.keys()):
        if len(skel) < HEAD_MIN + TAIL_MIN:
            continue
        for e in res.entries(skel):
            g = e.form
            if not g.isalpha():
                continue
            for k in range(HEAD_MIN, len(g) - TAIL_MIN + 1):
                head, rest = g[:k], g[k:]
                if not is_word(head):
                    continue
                if rest[0] == "s" and len(rest) > TAIL_MIN and is_word(rest[1:]):
                    link.setdefault(head, [0, 0])[0] += 1
                elif is_word(rest):
                    link.setdefault(head, [0, 0])[1] += 1
    return {h: (a, b) for h, (a, b) in link.items() if a + b >= LINK_MIN}


def main(argv: list[str] | None = None) -> int:
    """Build ``classes.tsv.gz``; print a short summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/repair-build-cache"))
    ap.add_argument("--text-weight", type=float, default=0.5,
                    help="weight of a help-text token against a gold-tagged UD token (0: UD only)")
    ap.add_argument("--text-fraction", type=float, default=1.0,
                    help="count (class, feature) pairs over only this fraction of the running text, "
                         "as build_repair_resources.py --text-fraction does")
    ap.add_argument("--text-seed", type=int, default=TEXT_FRACTION_SEED)
    args = ap.parse_args(argv)
    if not 0.0 < args.text_fraction <= 1.0:
        ap.error("--text-fraction must be in (0, 1]")
    if not args.corpora.exists():
        args.corpora = Path("/work/shared/corpora")
    res = load_resources()
    forms = sorted({e.form for skel in set(res.lexicon.keys()) for e in res.entries(skel)
                    if len(res.entries(skel)) > 1 or e.logp >= COMMON_LOGP})
    ana = apertium_analyses(forms, fetch_automorf(args.cache))

    sents = read_ud(args.corpora, "stats")
    word_cls, pair, cls_total = count_ud(sents, res.tagger)
    if args.text_fraction < 1.0:  # the word classes from all of UD, the pairs from the fraction
        keys = {key for key, _ in ud_stats_sentences(args.corpora, ["lines"], args.text_fraction,
                                                     args.text_seed)}
        _, pair, cls_total = count_ud(read_ud(args.corpora, "stats", keys), res.tagger)
    if args.text_weight > 0:
        blocks = text_blocks(args.cache, fraction=args.text_fraction, seed=args.text_seed)
        vocab = sorted({t.lower() for b in blocks for t in tokenize_for_context(b) if t[:1].isalpha()})
        ana_all = apertium_analyses(vocab, fetch_automorf(args.cache))
        ud_model = ClassModel({}, dict(cls_total), dict(pair))
        t_pair, t_total = count_text(blocks, ana_all, ud_model, res.tagger, args.text_weight)
        pair.update(t_pair)
        cls_total.update(t_total)
    rows = []
    for form in forms:
        classes = set(ana.get(form, ())) | set(word_cls.get(form, ()))
        if not classes:
            continue
        ud = word_cls.get(form, Counter())
        rows.append("F\t" + form + "\t" + " ".join(f"{c}:{ud.get(c, 0)}" for c in sorted(classes)))
    rows += [f"T\t{c}\t{round(n)}" for c, n in sorted(cls_total.items())]
    rows += [f"H\t{h}\t{n}" for h, n in sorted(head_counts(res).items())]
    rows += [f"K\t{h}\t{a}\t{b}" for h, (a, b) in sorted(linking_counts(res).items())]
    rows += ["C\t" + k.replace("\x01", "\t") + f"\t{round(n)}" for k, n in sorted(pair.items())
             if n >= MIN_COUNT]
    OUT.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), mtime=0))
    n_f = sum(1 for r in rows if r[0] == "F")
    print(f"ambiguous forms {len(forms)}; with classes {n_f} (Apertium {len(ana)}); "
          f"UD stats tokens {sum(cls_total.values())}; pairs {len(pair)}; {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
