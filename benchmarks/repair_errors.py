#!/usr/bin/env python
"""List the words the repair stage gets wrong on a part of the UD sentences.

A tool for tuning (use the ``dev`` part; the ``test`` part is for the
benchmark): damages the sentences as :mod:`benchmarks.repair` does,
repairs them, and prints the most frequent (truth -> output) word pairs,
then each error with its sentence when ``--show`` is given.

Usage::

    python benchmarks/repair_errors.py [--part dev] [--kind stripped|ocr] [--top 40] [--show]
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from repair import DOC_SIZE, SEED, ocr_copy, strip_copy  # noqa: E402

from pipeline.repair import repair_lines  # noqa: E402
from pipeline.repair.corpus import corpus_sentences  # noqa: E402


def errors(part: str, kind: str, corpora: Path) -> list[tuple[str, str, str, str]]:
    """(truth, damaged, output, sentence) for every wrong word."""
    sentences = corpus_sentences(corpora, part)
    rng = random.Random(SEED)
    docs = [sentences[i:i + DOC_SIZE] for i in range(0, len(sentences), DOC_SIZE)]
    out = []
    for d in docs:
        damaged = [strip_copy(s) if kind == "stripped" else ocr_copy(s, rng) for s in d]
        fixed = repair_lines(damaged)[0]
        for ref, dam, got in zip(d, damaged, fixed):
            r, dm, o = ref.split(), dam.split(), got.split()
            for i, rw in enumerate(r):
                ow = o[i] if i < len(o) else ""
                if rw != ow:
                    out.append((rw, dm[i] if i < len(dm) else "", ow, ref))
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", default="dev", choices=["dev", "test", "stats"])
    ap.add_argument("--kind", default="stripped", choices=["stripped", "ocr"])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpora.exists():
        args.corpora = Path("/work/shared/corpora")
    errs = errors(args.part, args.kind, args.corpora)
    print(f"{len(errs)} wrong words")
    pairs = collections.Counter((t.lower(), o.lower()) for t, _, o, _ in errs)
    for (t, o), n in pairs.most_common(args.top):
        print(f"{n:4d}  {t} -> {o}")
    if args.show:
        for t, d, o, s in errs:
            print(f"{t} | {d} | {o} || {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
