"""Accuracy on held-out Swedish prose (a sample of the UD test part)."""
from __future__ import annotations

import random
from pathlib import Path

from pipeline.repair import repair_lines
from pipeline.repair.text import strip_diacritics

SAMPLE = (Path(__file__).parent / "data" / "repair" / "ud_test_sample.txt").read_text(
    encoding="utf-8").strip().split("\n")


def word_errors(ref: list[str], out: list[str]) -> tuple[int, int]:
    n = err = 0
    for r, o in zip(ref, out):
        rw, ow = r.split(), o.split()
        n += len(rw)
        err += sum(a != b for a, b in zip(rw, ow)) + abs(len(rw) - len(ow))
    return err, n


def test_stripped_prose_comes_back():
    damaged = [strip_diacritics(s) for s in SAMPLE]
    before, n = word_errors(SAMPLE, damaged)
    out = []
    for i in range(0, len(damaged), 20):
        out += repair_lines(damaged[i:i + 20])[0]
    after, _ = word_errors(SAMPLE, out)
    assert before / n > 0.15
    assert after / n < 0.02


def test_clean_prose_is_left_alone():
    out = repair_lines(SAMPLE)[0]
    changed, n = word_errors(SAMPLE, out)
    assert changed / n < 0.002


def test_ocr_like_damage_is_repaired():
    rng = random.Random(7)
    table = {"ö": "6", "ä": "é", "å": "d"}
    damaged = [strip_diacritics("".join(table[c] if c in table and rng.random() < 0.3 else c
                                        for c in s))
               for s in SAMPLE]
    before, n = word_errors(SAMPLE, damaged)
    out = []
    for i in range(0, len(damaged), 20):
        out += repair_lines(damaged[i:i + 20])[0]
    after, _ = word_errors(SAMPLE, out)
    assert before > 0
    assert after < before / 4
