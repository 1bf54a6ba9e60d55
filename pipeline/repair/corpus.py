"""Reading Swedish evaluation/statistics sentences and splitting them.

The split rule is fixed and documented: a sentence belongs to part
``md5("<file stem>:<sent_id>") % 10`` -- parts 0-6 build the context
statistics (``"stats"``), part 7 is for tuning (``"dev"``) and parts 8-9
are held out for the benchmark (``"test"``).  The build script and the
benchmark both call :func:`split_of`, so the parts never overlap.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

STATS_PARTS = frozenset(range(7))
DEV_PARTS = frozenset([7])
TEST_PARTS = frozenset([8, 9])


def split_of(file_stem: str, sent_id: str) -> str:
    """Return 'stats', 'dev' or 'test' for one sentence (deterministic)."""
    digest = hashlib.md5(f"{file_stem}:{sent_id}".encode("utf-8")).hexdigest()
    part = int(digest, 16) % 10
    if part in STATS_PARTS:
        return "stats"
    if part in DEV_PARTS:
        return "dev"
    return "test"


def read_conllu_sentences(path: Path) -> Iterator[tuple[str, str]]:
    """Yield ``(sent_id, text)`` for each sentence of a CoNLL-U file."""
    sent_id = ""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):].strip()
            elif line.startswith("# text = "):
                yield sent_id, line[len("# text = "):].rstrip("\n")


def _conllu_files(root: Path, exclude: list[str] | None) -> list[Path]:
    """The ``*.conllu`` files under *root*, leaving out the folders in *exclude*."""
    return [p for p in sorted(root.glob("*/*.conllu")) if not (exclude and p.parent.name in exclude)]


def corpus_sentences(root: Path, part: str, exclude: list[str] | None = None) -> list[str]:
    """All sentences of the ``*.conllu`` files under *root* in *part*.

    *exclude* names corpus folders to leave out.
    """
    out: list[str] = []
    for path in _conllu_files(root, exclude):
        for sent_id, text in read_conllu_sentences(path):
            if split_of(path.stem, sent_id) == part:
                out.append(text)
    return out


def read_conllu_words(path: Path) -> Iterator[tuple[str, list[tuple[str, str, dict[str, str]]]]]:
    """Yield ``(sent_id, [(form, upos, feats), ...])`` per sentence of a CoNLL-U file."""
    sent_id = ""
    toks: list[tuple[str, str, dict[str, str]]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):].strip()
            elif not line.strip():
                if toks:
                    yield sent_id, toks
                toks = []
            elif not line.startswith("#"):
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 6 or not cols[0].isdigit():
                    continue
                feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
                toks.append((cols[1], cols[3], feats))
    if toks:
        yield sent_id, toks


def read_conllu_tokens(path: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Yield ``(sent_id, [(form, tag), ...])`` per sentence of a CoNLL-U file.

    The tag is the UPOS, refined by VerbForm for verbs ("VERB.Sup").
    """
    for sent_id, words in read_conllu_words(path):
        yield sent_id, [(form, upos + ("." + feats["VerbForm"] if upos in ("VERB", "AUX") and "VerbForm" in feats
                                       else "")) for form, upos, feats in words]


def corpus_tagged_tokens(root: Path, part: str, exclude: list[str] | None = None
                         ) -> list[tuple[str, str]]:
    """All ``(form, tag)`` tokens of the sentences of *part*."""
    out: list[tuple[str, str]] = []
    for path in _conllu_files(root, exclude):
        for sent_id, toks in read_conllu_tokens(path):
            if split_of(path.stem, sent_id) == part:
                out.extend(toks)
    return out
