#!/usr/bin/env python
"""Learning curve of the repair stage: dev WER against the amount of context text.

For each fraction *F* of the clean running text (``--text-fraction`` of
``scripts/build_repair_resources.py`` and ``scripts/build_class_model.py``:
the same fraction of every UD treebank and Debian text package, chosen by a
fixed hash order; the lexicon, tagger and word classes always read all the
text) this script rebuilds the context statistics into this checkout's
``pipeline/resources/repair/``, runs ``benchmarks/repair.py --part dev`` and
records the stripped and OCR-like WER of our repair and the clean-text
broken count.  It then fits, by least squares, WER = a + b * log2(tokens)
and extrapolates the number of running-text tokens at which the dev WER
would reach the targets of issue 3 (stripped 0.5%, OCR-like 0.7%), and --
scaling by the test/dev WER ratio of the full build, measured once on the
``test`` part -- at which the test WER would.

The resources present before the run are copied aside and put back at the
end (also on failure), so the checkout is left as it was.  Builds and
evaluations run one after another (one core).

Usage::

    python benchmarks/learning_curve.py [--fractions 1/16,1/8,1/4,1/2,1] [--seeds 20261202]
"""
from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "pipeline" / "resources" / "repair"
BUILT = ["lexicon.marisa", "context.marisa", "tags.tsv.gz", "classes.tsv.gz"]
TARGETS = {"stripped": 0.5, "ocr": 0.7}  # WER in percent, issue 3
DEFAULT_SEED = 20261202
ROW_RE = re.compile(r"^\| (stripped|ocr|clean) \| our repair \| ([\d.]+)% \| [\d.]+% \| (\d+) / (\d+) \|", re.M)
TOKENS_RE = re.compile(r"running-text tokens (\d+)")


def run(cmd: list[str]) -> str:
    """Run a Python script of this checkout; return its standard output."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, *cmd], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True)
    return out.stdout


def build(fraction: float, seed: int) -> int:
    """Rebuild the resources at *fraction*; return the running-text token count."""
    out = run(["scripts/build_repair_resources.py", "--text-fraction", repr(fraction),
               "--text-seed", str(seed)])
    run(["scripts/build_class_model.py", "--text-fraction", repr(fraction), "--text-seed", str(seed)])
    m = TOKENS_RE.search(out)
    if not m:
        raise RuntimeError("no token count in the build output:\n" + out)
    return int(m.group(1))


def evaluate(part: str) -> dict[str, tuple[float, int, int]]:
    """{input: (WER %, correct words broken, correct words)} of our repair on *part*."""
    out = run(["benchmarks/repair.py", "--part", part, "--repeat", "1"])
    rows = {m.group(1): (float(m.group(2)), int(m.group(3)), int(m.group(4)))
            for m in ROW_RE.finditer(out)}
    if set(rows) != {"stripped", "ocr", "clean"}:
        raise RuntimeError("unexpected benchmark output:\n" + out)
    return rows


def fit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least-squares line y = a + b x; return (a, b, r squared)."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    syy = sum((y - my) ** 2 for y in ys)
    b = sxy / sxx
    a = my - b * mx
    r2 = (sxy * sxy / (sxx * syy)) if syy > 0 else 1.0
    return a, b, r2


def tokens_for(target: float, a: float, b: float) -> float | None:
    """Tokens at which the line reaches *target* (None when it does not fall)."""
    if b >= 0:
        return None
    return 2.0 ** ((target - a) / b)


def fmt_tokens(t: float | None, have: int) -> str:
    """A token count for the report, with its multiple of the text we have."""
    if t is None:
        return "never (the line does not fall)"
    if t <= have:
        return f"{t:,.0f} (already reached by the fit at {have:,})"
    if t > 1e15:
        return f"2^{math.log2(t):.1f} ({t / have:.3g}x ours)"
    return f"{t:,.0f} ({t / have:,.1f}x ours)"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fractions", default="1/16,1/8,1/4,1/2,1",
                    help="comma-separated fractions of the running text (e.g. 1/16,1/2,1)")
    ap.add_argument("--seeds", default=str(DEFAULT_SEED),
                    help="comma-separated seeds of the hash order; fractions below 1 are built once "
                         "per seed, and the fit takes every build as one point")
    ap.add_argument("--no-test", action="store_true",
                    help="do not measure the test/dev ratio on the test part (then 1.02/0.62 and "
                         "1.01/0.62, the figures of benchmarks/RESULTS.md, are used)")
    args = ap.parse_args(argv)
    fractions = sorted(float(Fraction(f)) for f in args.fractions.split(","))
    seeds = [int(s) for s in args.seeds.split(",")]

    backup = Path(tempfile.mkdtemp(prefix="learning-curve-"))
    for name in BUILT:
        shutil.copy2(RES / name, backup / name)
    points = []  # (fraction, seed, tokens, dev rows)
    ratio = {"stripped": 1.02 / 0.62, "ocr": 1.01 / 0.62}
    try:
        for f in fractions:
            for seed in (seeds if f < 1.0 else seeds[:1]):
                t0 = time.time()
                tokens = build(f, seed)
                rows = evaluate("dev")
                points.append((f, seed, tokens, rows))
                print(f"F={Fraction(f).limit_denominator(1024)} seed={seed}: {tokens:,} tokens, "
                      f"stripped {rows['stripped'][0]:.2f}%, ocr {rows['ocr'][0]:.2f}%, "
                      f"clean broken {rows['clean'][1]} ({time.time() - t0:.0f} s)",
                      file=sys.stderr, flush=True)
                if f == 1.0 and not args.no_test:
                    test = evaluate("test")
                    ratio = {k: test[k][0] / rows[k][0] for k in TARGETS}
                    print(f"test at F=1: stripped {test['stripped'][0]:.2f}%, ocr {test['ocr'][0]:.2f}%",
                          file=sys.stderr, flush=True)
    finally:
        for name in BUILT:
            shutil.copy2(backup / name, RES / name)
        shutil.rmtree(backup)

    print("| fraction | seed | running-text tokens | log2 tokens | stripped WER | OCR-like WER "
          "| clean: correct words broken |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for f, seed, tokens, rows in points:
        print(f"| {Fraction(f).limit_denominator(1024)} | {seed} | {tokens:,} | {math.log2(tokens):.2f} "
              f"| {rows['stripped'][0]:.2f}% | {rows['ocr'][0]:.2f}% "
              f"| {rows['clean'][1]} / {rows['clean'][2]} |")
    have = max(p[2] for p in points)
    print()
    print(f"Least-squares fit of dev WER (%) = a + b * log2(tokens) over {len(points)} builds; "
          f"test/dev ratio of the full build: stripped {ratio['stripped']:.2f}, ocr {ratio['ocr']:.2f}.")
    print()
    print("| input | a | b (per doubling) | r² | dev target | tokens for dev target "
          "| test target | tokens for test target |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for key, target in TARGETS.items():
        xs = [math.log2(p[2]) for p in points]
        ys = [p[3][key][0] for p in points]
        a, b, r2 = fit(xs, ys)
        dev_t = tokens_for(target, a, b)
        test_t = tokens_for(target / ratio[key], a, b)
        print(f"| {key} | {a:.3f} | {b:+.3f} pp | {r2:.2f} | {target}% | {fmt_tokens(dev_t, have)} "
              f"| {target}% | {fmt_tokens(test_t, have)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
