"""Context features shared by the build script and the repair scorer.

A token's context is described by the *skeletons* of its neighbours (lower
case, diacritics dropped), so that the features read the same in a text
whose diacritics are all lost as in the clean text they were counted on.
"""
from __future__ import annotations

import re

_TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|[^\w\s]")
NUMBER = "<num>"
START = "<s>"
END = "</s>"


def tokenize_for_context(text: str) -> list[str]:
    """Split *text* into word, number and punctuation tokens."""
    return [NUMBER if t[0].isdigit() else t for t in _TOKEN_RE.findall(text)]


def context_features(skels: list[str], i: int) -> list[str]:
    """The context features of position *i* in a list of token skeletons."""
    prev1 = skels[i - 1] if i >= 1 else START
    prev2 = skels[i - 2] if i >= 2 else START
    next1 = skels[i + 1] if i + 1 < len(skels) else END
    next2 = skels[i + 2] if i + 2 < len(skels) else END
    return [
        "L" + prev1,
        "R" + next1,
        "LL" + prev2 + " " + prev1,
        "RR" + next1 + " " + next2,
        "LR" + prev1 + " " + next1,
    ]
