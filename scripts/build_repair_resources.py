#!/usr/bin/env python
"""Build the resources of the repair stage into pipeline/resources/repair/.

Outputs (all rebuilt from scratch by this script):

* ``lexicon.marisa`` -- a :class:`marisa_trie.BytesTrie` from a word's
  skeleton (lower case, diacritics dropped) to every known spelling with
  that skeleton.  Each value is ``bytes([zipf*10, flags]) + form`` where
  *form* is the lower-case UTF-8 spelling and flag bit 0 marks a proper
  noun (capitalised only in hunspell-sv), bit 1 an *attested* form (in
  hunspell-sv or in the clean context text, not only in wordfreq's list).
* ``context.marisa`` -- a :class:`marisa_trie.RecordTrie` (``<I``) of
  context counts for words whose skeleton has more than one spelling:
  ``form \\x01`` -> occurrences, ``form \\x01 feature`` -> co-occurrences,
  where a feature is the skeleton of a neighbouring token (``L``/``R``) or
  of the two neighbours on one side (``LL``/``RR``) or both sides (``LR``).

Inputs:

* hunspell-sv (``/usr/share/hunspell/sv_SE.{dic,aff}``) expanded with
  ``unmunch`` from hunspell-tools;
* wordfreq's Swedish frequencies (the installed ``wordfreq`` package);
* Swedish running text for context statistics: the ``stats`` part of the UD
  corpora in ``--corpora`` (see :mod:`pipeline.repair.corpus` for the
  split; UD_Swedish-LinES is left out, its licence is non-commercial), and
  the Swedish help of LibreOffice and GNOME, the Swedish man pages, the
  Swedish Debian installation guide and the Lifelines manuals (Debian
  packages in :data:`TEXT_PACKAGES`, fetched with ``apt-get download`` into
  ``--cache``).

With ``--text-fraction F`` (for a learning curve, see
``benchmarks/learning_curve.py``) only a fraction *F* of the running text is
counted for ``context.marisa``: of every source (each UD treebank, each
Debian package) the same fraction of its sentences or text blocks, chosen by
:func:`keep_fraction` (a fixed hash order, so a smaller fraction's text is
part of every larger one's).  The lexicon (its word list, zipf values and
"attested" flags, which also read the corpus counts) and the tagger are
always built from all the text, so that only the context counts shrink.

Usage::

    python scripts/build_repair_resources.py [--corpora ../shared/corpora] [--text-fraction F]
"""
from __future__ import annotations

import argparse
import glob
import gzip
import hashlib
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import marisa_trie
import wordfreq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from apertium_sv import apertium_analyses, fetch_automorf, tagger_tag  # noqa: E402

from pipeline.repair.corpus import (_conllu_files, corpus_tagged_tokens, read_conllu_sentences,  # noqa: E402
                                    split_of)
from pipeline.repair.context import Tagger, context_features, context_token, tokenize_for_context  # noqa: E402
from pipeline.repair.text import skeleton  # noqa: E402

OUT = ROOT / "pipeline" / "resources" / "repair"
HUNSPELL_DIC = Path("/usr/share/hunspell/sv_SE.dic")
HUNSPELL_AFF = Path("/usr/share/hunspell/sv_SE.aff")
TEXT_PACKAGES = ["libreoffice-help-sv", "manpages-sv", "gnome-user-docs",
                 "installation-guide-amd64", "lifelines-doc-sv"]
WORD_RE = re.compile(r"^[a-zåäöéèüàA-ZÅÄÖÉÈÜÀ][a-zåäöéèüàA-ZÅÄÖÉÈÜÀ-]*$")
# wordfreq also lists foreign and misspelt words: keep only Swedish letters.
WORDFREQ_RE = re.compile(r"^[a-zåäöé][a-zåäöé-]*$")
HUNSPELL_FLOOR_ZIPF = 1.0
WORDFREQ_MIN_ZIPF = 1.0
CORPUS_MIN_COUNT = 2
MIN_SWEDISH_SHARE = 0.8
MIN_CONTEXT_COUNT = 1
CLASS_ONLY_KINDS = ("SUB:",)  # context features only the word-class model counts
APERTIUM_MIN_ZIPF = 2.5  # words at least this common get a tag from Apertium when UD lacks them
TEXT_FRACTION_SEED = 20261202  # the hash order of --text-fraction


def keep_fraction(keys: list[str], source: str, fraction: float = 1.0,
                  seed: int = TEXT_FRACTION_SEED) -> list[bool]:
    """Which of one source's sentences or blocks (by *keys*) a fraction keeps.

    The ``round(fraction * n)`` items (at least one) whose
    ``md5("<seed>:<source>:<key>")`` is smallest are kept, the rest dropped;
    at fraction 1 all are kept.  The order does not depend on *fraction*, so
    the text kept at a smaller fraction is part of the text kept at a larger.
    """
    n = len(keys)
    if fraction >= 1.0 or n == 0:
        return [True] * n
    k = max(1, round(fraction * n))
    order = sorted(range(n), key=lambda i: (
        hashlib.md5(f"{seed}:{source}:{keys[i]}".encode("utf-8")).digest(), i))
    keep = [False] * n
    for i in order[:k]:
        keep[i] = True
    return keep


def ud_stats_sentences(root: Path, exclude: list[str] | None, fraction: float = 1.0,
                       seed: int = TEXT_FRACTION_SEED) -> list[tuple[str, str]]:
    """``(key, text)`` of the UD ``stats`` sentences a fraction keeps, in corpus order.

    The key is ``"<file stem>:<sent_id>"``; each treebank (folder) is one
    source for :func:`keep_fraction`.  At fraction 1 the texts are those of
    :func:`pipeline.repair.corpus.corpus_sentences`.
    """
    by_source: dict[str, list[tuple[str, str]]] = {}
    for path in _conllu_files(root, exclude):
        for sent_id, text in read_conllu_sentences(path):
            if split_of(path.stem, sent_id) == "stats":
                by_source.setdefault(path.parent.name, []).append((f"{path.stem}:{sent_id}", text))
    out: list[tuple[str, str]] = []
    for source, items in by_source.items():
        keep = keep_fraction([key for key, _ in items], "ud/" + source, fraction, seed)
        out += [item for item, k in zip(items, keep) if k]
    return out


def hunspell_forms() -> list[str]:
    """All word forms of hunspell-sv, expanded by ``unmunch``."""
    out = subprocess.run(
        ["unmunch", str(HUNSPELL_DIC), str(HUNSPELL_AFF)],
        check=True, capture_output=True,
    ).stdout.decode("utf-8", errors="replace")
    return [w for w in out.split("\n") if WORD_RE.match(w)]


def fetch_packages(cache: Path) -> list[Path]:
    """Download and unpack the Debian text packages; return their roots."""
    cache.mkdir(parents=True, exist_ok=True)
    roots = []
    for name in TEXT_PACKAGES:
        root = cache / name
        if not root.exists():
            subprocess.run(["apt-get", "download", name], cwd=cache, check=True,
                           capture_output=True)
            deb = sorted(cache.glob(f"{name}_*.deb"))[-1]
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        roots.append(root)
    return roots


class _BlockText(HTMLParser):
    """Collect the text of block elements of an HTML (or Mallard) page, one string each."""

    BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "tr", "br",
              # Mallard (GNOME help pages)
              "title", "item", "desc", "note", "section", "page", "code", "screen",
              "dt", "dd", "pre", "terms", "tree", "steps", "list", "table"}

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self._cur: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: D102
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):  # noqa: D102
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):  # noqa: D102
        if not self._skip:
            self._cur.append(data)

    def flush(self) -> None:
        """End the current block."""
        text = " ".join("".join(self._cur).split())
        self._cur = []
        if text:
            self.blocks.append(text)


def _read_text(path: Path) -> str:
    """A page's text: UTF-8, or Latin-1 for the older pages that are not."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def help_blocks(root: Path, pattern: str = "usr/share/libreoffice/help/sv/**/*.html"
                ) -> list[str]:
    """Text blocks of help pages under *root* matching *pattern* (deduplicated, in order)."""
    seen: dict[str, None] = {}
    for path in sorted(glob.glob(str(root / pattern), recursive=True)):
        parser = _BlockText()
        parser.feed(_read_text(Path(path)))
        parser.flush()
        for block in parser.blocks:
            seen.setdefault(block, None)
    return list(seen)


def man_blocks(root: Path) -> list[str]:
    """Paragraphs of the Swedish man pages with groff requests removed."""
    out: list[str] = []
    for path in sorted(root.glob("usr/share/man/sv/**/*.gz")):
        try:
            raw = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        except OSError:
            continue
        para: list[str] = []
        for line in raw.split("\n"):
            if line.startswith((".", "'")):
                if para:
                    out.append(" ".join(para))
                    para = []
                continue
            line = re.sub(r"\\f[BIRP]|\\\(..|\\[-&e]|\\.", " ", line)
            if line.strip():
                para.append(line.strip())
        if para:
            out.append(" ".join(para))
    return out


def swedish_share(block: str, known: set[str]) -> float:
    """Share of the alphabetic tokens of *block* that hunspell-sv knows."""
    words = [w for w in re.findall(r"[^\W\d_]+", block)]
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in known or w in known) / len(words)


def build_lexicon(hun: list[str], corpus_counts: Counter) -> marisa_trie.BytesTrie:
    """Merge hunspell forms, wordfreq and corpus words into the lexicon trie."""
    lower_hun = {w for w in hun if w == w.lower()}
    forms: dict[str, int] = {}
    for w in hun:
        low = w.lower()
        proper = w != low and low not in lower_hun
        forms[low] = (forms.get(low, 1) & (1 if proper else 0)) | 2
    freq = wordfreq.get_frequency_dict("sv", "large")
    for w in freq:
        if WORDFREQ_RE.match(w) and wordfreq.zipf_frequency(w, "sv", "large") >= WORDFREQ_MIN_ZIPF:
            forms.setdefault(w, 0)
    for w, c in corpus_counts.items():
        low = w.lower()
        if (w == low or w.istitle()) and WORD_RE.match(w) and (c >= CORPUS_MIN_COUNT or low in forms):
            forms[low] = forms.get(low, 0) | 2
    keys, values = [], []
    for form, flags in forms.items():
        zipf = wordfreq.zipf_frequency(form, "sv", "large") or HUNSPELL_FLOOR_ZIPF
        keys.append(skeleton(form))
        values.append(bytes([int(round(zipf * 10)), flags]) + form.encode("utf-8"))
    return marisa_trie.BytesTrie(zip(keys, values))


def build_tagger(tokens: list[tuple[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Most frequent tag per word skeleton and per 2- and 3-letter ending."""
    words: dict[str, Counter] = {}
    ends: dict[str, Counter] = {}
    for form, tag in tokens:
        skel = context_token(skeleton(form))
        words.setdefault(skel, Counter())[tag] += 1
        if skel.isalpha():
            for k in (2, 3):
                if len(skel) > k:
                    ends.setdefault(skel[-k:], Counter())[tag] += 1
    return ({w: c.most_common(1)[0][0] for w, c in words.items()},
            {e: c.most_common(1)[0][0] for e, c in ends.items() if sum(c.values()) >= 3})


def apertium_tags(lexicon: marisa_trie.BytesTrie, words: dict[str, str], tag_counts: Counter,
                  cache: Path) -> int:
    """Add to *words* the tags of common words the UD part lacks, from Apertium.

    For each skeleton not tagged yet, its commonest spelling (wordfreq zipf
    >= :data:`APERTIUM_MIN_ZIPF`) that Apertium knows gives the tag: of its
    readings, the one whose tag is commonest in the UD part.
    """
    best: dict[str, tuple[int, str]] = {}
    for skel, value in lexicon.items():
        if skel in words or value[0] < APERTIUM_MIN_ZIPF * 10:
            continue
        form = value[2:].decode("utf-8")
        if skel not in best or value[0] > best[skel][0]:
            best[skel] = (value[0], form)
    ana = apertium_analyses(sorted({f for _, f in best.values()}), fetch_automorf(cache))
    added = 0
    for skel, (_, form) in best.items():
        classes = ana.get(form)
        if not classes:
            continue
        tags = {tagger_tag(c) for c in classes}
        words[skel] = max(sorted(tags), key=lambda t: tag_counts.get(t, 0))
        added += 1
    return added


def save_tagger(words: dict[str, str], suffixes: dict[str, str], path: Path) -> None:
    """Write the tagger tables as gzip'd TSV (``W``/``S`` rows)."""
    rows = [f"W\t{w}\t{t}" for w, t in sorted(words.items())]
    rows += [f"S\t{e}\t{t}" for e, t in sorted(suffixes.items())]
    path.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), mtime=0))


def build_context(blocks: list[str], lexicon: marisa_trie.BytesTrie,
                  tagger: Tagger | None = None) -> marisa_trie.RecordTrie:
    """Count the context features of every token with more than one spelling."""
    counts: Counter = Counter()
    ambiguous: dict[str, bool] = {}
    for block in blocks:
        tokens = tokenize_for_context(block)
        skels = [context_token(skeleton(t)) for t in tokens]
        for i, tok in enumerate(tokens):
            key = skels[i]
            amb = ambiguous.get(key)
            if amb is None:
                amb = ambiguous[key] = len(lexicon.get(key, [])) > 1
            if not amb:
                continue
            form = tok.lower()
            counts[form + "\x01"] += 1
            for feat in context_features(skels, i, tagger):
                if not feat.startswith(CLASS_ONLY_KINDS):
                    counts[form + "\x01" + feat] += 1
    items = [(k, (v,)) for k, v in counts.items()
             if v >= MIN_CONTEXT_COUNT or k.endswith("\x01")]
    return marisa_trie.RecordTrie("<I", items)


def text_blocks_by_package(cache: Path, known: set[str] | None = None) -> list[tuple[str, list[str]]]:
    """The Swedish help and manual text blocks of each Debian text package.

    Only blocks of at least three words that are mostly hunspell-sv words
    (*known*, computed when not given) are kept.
    """
    if known is None:
        known = {w.lower() for w in hunspell_forms()}
    lo_root, man_root, gnome_root, inst_root, ll_root = fetch_packages(cache)
    pages = [help_blocks(lo_root), man_blocks(man_root),
             help_blocks(gnome_root, "usr/share/help/sv/**/*.page"),
             help_blocks(inst_root, "usr/share/doc/installation-guide-amd64/sv/*.html"),
             help_blocks(ll_root, "usr/share/doc/lifelines-doc-sv/*.html")]
    return [(name, [b for b in blocks if len(b.split()) >= 3 and swedish_share(b, known) >= MIN_SWEDISH_SHARE])
            for name, blocks in zip(TEXT_PACKAGES, pages)]


def select_blocks(by_package: list[tuple[str, list[str]]], fraction: float = 1.0,
                  seed: int = TEXT_FRACTION_SEED) -> list[str]:
    """The blocks of every package a fraction keeps (:func:`keep_fraction`, keyed by the text)."""
    out: list[str] = []
    for name, blocks in by_package:
        keep = keep_fraction(blocks, "deb/" + name, fraction, seed)
        out += [b for b, k in zip(blocks, keep) if k]
    return out


def text_blocks(cache: Path, known: set[str] | None = None, fraction: float = 1.0,
                seed: int = TEXT_FRACTION_SEED) -> list[str]:
    """The Swedish help and manual text blocks of the Debian text packages
    (of each package the *fraction* :func:`keep_fraction` keeps)."""
    return select_blocks(text_blocks_by_package(cache, known), fraction, seed)


def main(argv: list[str] | None = None) -> int:
    """Build both resources; print a short summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/repair-build-cache"))
    ap.add_argument("--exclude-corpus", action="append", default=[],
                    help="UD folder to leave out (besides 'lines', always left out "
                         "unless --include-lines)")
    ap.add_argument("--include-lines", action="store_true",
                    help="also use UD_Swedish-LinES (CC BY-NC-SA 4.0: never ship the result)")
    ap.add_argument("--apertium-tags", action="store_true",
                    help="also tag common words the UD stats part lacks, by Apertium (needs lt-proc); "
                         "measured neutral on the dev part and slightly worse on the test part, so off")
    ap.add_argument("--text-fraction", type=float, default=1.0,
                    help="count only this fraction of the running text (every source alike) for the "
                         "context statistics; the lexicon and tagger still read all of it")
    ap.add_argument("--text-seed", type=int, default=TEXT_FRACTION_SEED,
                    help="seed of the hash order that --text-fraction keeps")
    args = ap.parse_args(argv)
    if not 0.0 < args.text_fraction <= 1.0:
        ap.error("--text-fraction must be in (0, 1]")
    if not args.include_lines and "lines" not in args.exclude_corpus:
        args.exclude_corpus.append("lines")
    if not args.corpora.exists():
        args.corpora = Path("/work/shared/corpora")

    hun = hunspell_forms()
    by_package = text_blocks_by_package(args.cache, {w.lower() for w in hun})
    extra_all = select_blocks(by_package)
    ud_all = [text for _, text in ud_stats_sentences(args.corpora, args.exclude_corpus)]
    corpus_counts: Counter = Counter()
    for block in ud_all + extra_all:
        corpus_counts.update(tokenize_for_context(block))
    # Only the context counts read a fraction of the text; the lexicon all of it.
    if args.text_fraction < 1.0:
        ud = [text for _, text in ud_stats_sentences(args.corpora, args.exclude_corpus,
                                                     args.text_fraction, args.text_seed)]
        extra = select_blocks(by_package, args.text_fraction, args.text_seed)
    else:
        ud, extra = ud_all, extra_all
    blocks = ud + extra
    ud_tokens = sum(len(tokenize_for_context(b)) for b in ud)
    extra_tokens = sum(len(tokenize_for_context(b)) for b in extra)

    lexicon = build_lexicon(hun, corpus_counts)
    tagged = corpus_tagged_tokens(args.corpora, "stats", exclude=args.exclude_corpus)
    tag_words, tag_suffixes = build_tagger(tagged)
    if args.apertium_tags:
        added = apertium_tags(lexicon, tag_words, Counter(t for _, t in tagged), args.cache)
        print(f"tagger: {added} skeletons tagged by Apertium")
    context = build_context(blocks, lexicon, Tagger(tag_words, tag_suffixes))
    OUT.mkdir(parents=True, exist_ok=True)
    save_tagger(tag_words, tag_suffixes, OUT / "tags.tsv.gz")
    lexicon.save(str(OUT / "lexicon.marisa"))
    context.save(str(OUT / "context.marisa"))
    print(f"hunspell forms {len(hun)}; UD stats sentences {len(ud)}; "
          f"extra blocks {len(extra)}; context tokens {sum(corpus_counts.values())}")
    print(f"text fraction {args.text_fraction:g}: running-text tokens {ud_tokens + extra_tokens} "
          f"(UD {ud_tokens} in {len(ud)}/{len(ud_all)} sentences, "
          f"help {extra_tokens} in {len(extra)}/{len(extra_all)} blocks)")
    for name in ("lexicon.marisa", "context.marisa", "tags.tsv.gz"):
        print(name, (OUT / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
