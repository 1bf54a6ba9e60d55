"""Whole-document properties: idempotence, line count, no crash, speed."""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.repair import repair_line, repair_lines, repair_stream
from pipeline.repair.text import strip_diacritics

DATA = Path(__file__).parent / "data" / "repair"
SEED = (DATA / "seed.ocr.txt").read_text(encoding="utf-8").split("\n")
SAMPLE = (DATA / "ud_test_sample.txt").read_text(encoding="utf-8").strip().split("\n")


def test_seed_line_count_is_kept():
    out, corr = repair_lines(SEED)
    assert len(out) == len(SEED) == len(corr)
    assert all("\n" not in line for line in out)


def test_repair_is_idempotent_on_the_seed():
    once, _ = repair_lines(SEED)
    twice, corr = repair_lines(once)
    assert twice == once
    assert not any(corr)


def test_repair_is_idempotent_on_stripped_prose():
    once, _ = repair_lines([strip_diacritics(s) for s in SAMPLE[:100]])
    assert repair_lines(once)[0] == once


def test_stream_yields_one_line_per_input_line():
    lines = [line + "\n" for line in SEED]
    out = list(repair_stream(iter(lines)))
    assert len(out) == len(SEED)
    assert out == repair_lines(SEED)[0]


def test_corrections_are_well_formed():
    _, corr = repair_lines(SEED)
    kinds = {"mojibake", "ocr_confusion", "diacritic", "dehyphenation", "other"}
    flat = [c for line in corr for c in line]
    assert len(flat) > 200
    assert all(c.kind in kinds and 0.0 <= c.confidence <= 1.0 for c in flat)
    assert all(c.original != c.corrected for c in flat)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_crashes(text):
    out, corr = repair_line(text)
    assert isinstance(out, str)
    assert out.count("\n") == text.count("\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("aoeAOélidr6|@&3 -.,”“\t")), max_size=30),
                max_size=8))
@example(["3e", "3l", "6A", "&|A"])  # found by CI: "&LA" read afresh became "ÄLÄ"
def test_confusable_soup_keeps_line_count_and_is_idempotent(lines):
    out, _ = repair_lines(lines)
    assert len(out) == len(lines)
    assert repair_lines(out)[0] == out


def test_context_lines_come_back_as_they_are():
    """Lines given as context only are not changed, not even the half of a broken word."""
    lines = ["Det galler hela forvalt-", "ningen och oss alla."]
    assert repair_lines(lines)[0] == ["Det gäller hela förvalt-", "ningen och oss alla."]
    out, _ = repair_lines(lines, context={0})
    assert out == [lines[0], "ningen och oss alla."]


def test_native_modules_reports_a_compiled_copy_older_than_its_source(tmp_path):
    """A compiled module runs the code it was built from: an edit after the build is reported."""
    import importlib.machinery
    import os

    from pipeline.repair import native_modules

    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for name, age in (("fresh", 0), ("edited", 60)):
        (tmp_path / (name + ".py")).write_text("x = 1\n")
        so = tmp_path / (name + suffix)
        so.write_bytes(b"")
        t = os.stat(so).st_mtime
        os.utime(so, (t - age, t - age))  # built *age* seconds before the source was saved
    (tmp_path / "plain.py").write_text("x = 1\n")
    assert native_modules(tmp_path) == {"fresh": "compiled", "edited": "stale"}


def test_repair_restores_the_cycle_collector():
    """The collector pauses during a repair and is as it was afterwards, after an error too."""
    import gc

    import pytest

    from pipeline.repair import repair_lines

    assert gc.isenabled()
    assert repair_lines(["Det ar for att 6ka"])[0] == ["Det är för att öka"]
    assert gc.isenabled()
    with pytest.raises((TypeError, AttributeError)):
        repair_lines([None])  # not text
    assert gc.isenabled()
    gc.disable()
    try:
        repair_lines(["for"])
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
