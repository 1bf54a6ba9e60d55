"""Context features shared by the build script and the repair scorer.

A token's context is described by the *skeletons* of its neighbours (lower
case, diacritics dropped), so that the features read the same in a text
whose diacritics are all lost as in the clean text they were counted on.
"""
from __future__ import annotations

import re

from pipeline.repair.tables import NUMBER_WORDS, SKELETON_MAP

NUMBER_SKELETONS = frozenset(w.translate(str.maketrans(SKELETON_MAP)) for w in NUMBER_WORDS)

_TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|[^\w\s]")
NUMBER = "<num>"
START = "<s>"
END = "</s>"


def tokenize_for_context(text: str) -> list[str]:
    """Split *text* into word, number and punctuation tokens.

    Digits and number words both become :data:`NUMBER`.
    """
    return [NUMBER if t[0].isdigit() or t.lower() in NUMBER_WORDS or t.lower() in NUMBER_SKELETONS else t
            for t in _TOKEN_RE.findall(text)]


def context_token(skel: str) -> str:
    """The context token of a word skeleton (number words -> :data:`NUMBER`)."""
    return NUMBER if skel in NUMBER_SKELETONS else skel


def context_features(skels: list[str], i: int) -> list[str]:
    """The context features (``KIND:value``) of position *i* among token skeletons."""
    prev1 = skels[i - 1] if i >= 1 else START
    prev2 = skels[i - 2] if i >= 2 else START
    next1 = skels[i + 1] if i + 1 < len(skels) else END
    next2 = skels[i + 2] if i + 2 < len(skels) else END
    return [
        "L:" + prev1,
        "R:" + next1,
        "LL:" + prev2 + " " + prev1,
        "RR:" + next1 + " " + next2,
        "LR:" + prev1 + " " + next1,
        "LS:" + suffix(prev1),
        "RS:" + suffix(next1),
    ]


def feature_kind(feat: str) -> str:
    """The kind of a feature ("L", "RR", "LS", ...)."""
    return feat.split(":", 1)[0]


def suffix(skel: str) -> str:
    """The word-class clue of a neighbour: its last two letters (or itself if short)."""
    return skel if len(skel) <= 3 or not skel.isalpha() else skel[-2:]
