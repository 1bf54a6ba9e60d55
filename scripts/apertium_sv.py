"""Apertium's Swedish morphological analyser, for the build scripts.

Debian's ``apertium-swe-dan`` ships the compiled analyser of
``apertium-swe`` (GPL-2+); ``lt-proc`` of ``lttoolbox`` runs it.  Only the
build scripts use it: the shipped tables hold the classes it gave.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

APERTIUM_DEB = "apertium-swe-dan"
AUTOMORF = "usr/share/apertium/apertium-swe-dan/swe-dan.automorf.bin"

# Our word classes -> the tags of the UD-trained context tagger (UPOS, verbs by VerbForm).
TAGGER_TAG = {"V.inf": "VERB.Inf", "V.sup": "VERB.Sup", "V.part": "ADJ", "V.imp": "VERB.Fin",
              "V.pres": "VERB.Fin", "V.past": "VERB.Fin", "N.gen": "NOUN"}


def tagger_tag(cls: str) -> str:
    """The context tagger's tag for one of our word classes."""
    base = cls.replace(".pass", "")
    if base in TAGGER_TAG:
        return TAGGER_TAG[base]
    if base.startswith("N."):
        return "NOUN"
    if base.startswith("ADJ."):
        return "ADJ"
    return base


def apertium_class(tags: list[str]) -> str | None:
    """The word class of one Apertium analysis (its tags), or None to ignore it."""
    t = set(tags)
    if "cmp" in t or "compound-only-L" in t:
        return None  # a compound's first part, not a word on its own
    head = tags[0] if tags else ""
    if head in ("vblex", "vbser", "vbhaver", "vbmod", "vaux"):
        if "pp" in t or "pprs" in t:
            return "V.part"
        if "imp" in t:
            return "V.imp"
        cls = ("V.inf" if "inf" in t else "V.sup" if "supn" in t
               else "V.past" if "past" in t else "V.pres" if "pres" in t else None)
        if cls is None:
            return None
        return cls + (".pass" if "pasv" in t else "")
    if head == "n":
        if "gen" in t:
            return "N.gen"
        return "N." + ("pl" if "pl" in t else "sg") + "." + ("def" if "def" in t else "ind")
    if head == "adj":
        if "pp" in t:
            return "V.part"
        if "comp" in t:
            return "ADJ.cmp"
        if "sup" in t:
            return "ADJ.sup"
        return "ADJ.a" if ("def" in t or "pl" in t) else "ADJ.sg"
    return {"np": "PROPN", "adv": "ADV", "pr": "ADP", "prn": "PRON", "det": "DET",
            "cnjcoo": "CCONJ", "cnjsub": "SCONJ", "cnjadv": "ADV", "num": "NUM", "ij": "INTJ",
            "preadv": "ADV", "abbr": "X", "part": "PART"}.get(head)


def apertium_analyses(forms: list[str], automorf: Path) -> dict[str, set[str]]:
    """Word classes of each form by Apertium's analyser (forms it does not know are absent)."""
    text = "\n".join(forms) + "\n"
    out = subprocess.run(["lt-proc", str(automorf)], input=text, capture_output=True,
                         text=True, check=True).stdout
    result: dict[str, set[str]] = {}
    for unit in out.split("$"):
        unit = unit.strip()
        if not unit.startswith("^"):
            continue
        surface, *readings = unit[1:].split("/")
        classes = set()
        for r in readings:
            if r.startswith("*"):
                continue
            tags = [x.rstrip(">") for x in r.split("<")[1:]]
            cls = apertium_class(tags)
            if cls:
                classes.add(cls)
        if classes:
            result[surface] = classes
    return result


def fetch_automorf(cache: Path) -> Path:
    """Download and unpack Debian's apertium-swe-dan; return the analyser's path."""
    target = cache / "apertium" / AUTOMORF
    if not target.exists():
        (cache / "apertium").mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", APERTIUM_DEB], cwd=cache, check=True)
        deb = sorted(cache.glob(f"{APERTIUM_DEB}_*.deb"))[-1]
        subprocess.run(["dpkg-deb", "-x", str(deb), str(cache / "apertium")], check=True)
    return target


