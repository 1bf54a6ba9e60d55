"""The installed console script on the seed: files, manifest, exit status."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.schema import TABLE_NAMES, columns

EXE = shutil.which("pipeline") or str(Path(sys.executable).parent / "pipeline")


def run(*args, cwd=None):
    return subprocess.run([EXE, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_run_on_seed_writes_every_table(tmp_path, seed_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed_path, raw)
    out = tmp_path / "output"
    p = run("run", str(raw), "--out", str(out))
    assert p.returncode == 0, p.stderr
    for t in TABLE_NAMES:
        df = pd.read_parquet(out / f"{t}.parquet")
        assert list(df.columns) == columns(t)
        csv = pd.read_csv(out / f"{t}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == columns(t)
        assert len(csv) == len(df)
    manifest = json.loads((out / "manifest.json").read_text())
    (entry,) = manifest["inputs"]
    assert entry["status"] == "ok" and entry["error"] is None
    assert entry["publication_id"] == pd.read_parquet(out / "publications.parquet").publication_id[0]
    pkg = json.loads((out / "datapackage.json").read_text())
    names = {r["path"] for r in pkg["resources"]}
    assert {f"{t}.csv" for t in TABLE_NAMES} <= names and {f"{t}.parquet" for t in TABLE_NAMES} <= names
    assert len(pd.read_parquet(out / "organisations.parquet")) == 7


def test_rerun_gives_same_rows_and_ids(tmp_path, seed_path):
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    assert run("run", str(seed_path), "--out", str(out1)).returncode == 0
    assert run("run", str(seed_path), "--out", str(out2)).returncode == 0
    for t in TABLE_NAMES:
        pd.testing.assert_frame_equal(pd.read_parquet(out1 / f"{t}.parquet"), pd.read_parquet(out2 / f"{t}.parquet"))


def test_bad_input_fails_alone_with_one_line(tmp_path, seed_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed_path, raw)
    (raw / "broken.pdf").write_bytes(b"this is not a pdf")
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    p = run("run", str(raw), "--out", str(out))
    assert p.returncode == 1
    manifest = json.loads((out / "manifest.json").read_text())
    status = {e["source_file"]: e for e in manifest["inputs"]}
    assert status["for-digital-delaktighet.ocr.txt"]["status"] == "ok"
    for name in ("broken.pdf", "empty.txt"):
        assert status[name]["status"] == "failed"
        assert "\n" not in status[name]["error"] and name in status[name]["error"]
    assert "Traceback" not in p.stderr
    assert len(pd.read_parquet(out / "organisations.parquet")) == 7


def test_usage_errors_exit_2(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    p = run("run", str(empty), "--out", str(tmp_path / "o"))
    assert p.returncode == 2 and "no inputs" in p.stderr and "Traceback" not in p.stderr
    assert run("run", "--no-such-option").returncode == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    p = run("run", str(Path(__file__).parent / "data"), "--out", str(blocker / "sub"))
    assert p.returncode == 2 and "cannot write" in p.stderr


def test_python_m_pipeline(tmp_path, seed_path):
    p = subprocess.run([sys.executable, "-m", "pipeline", "run", str(seed_path), "--out", str(tmp_path)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr


def test_repair_command_keeps_lines(tmp_path, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    p = subprocess.run([EXE, "repair"], input=text, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    src, out = text.split("\n"), p.stdout.split("\n")
    if text.endswith("\n"):
        src = src[:-1]
    assert out[-1] == "" and len(out) - 1 == len(src)  # one output line per input line
    out = out[:-1]
    # line for line: the same index holds the repaired form of the same line
    i = src.index("REGION VASTERBOTTEN")
    assert out[i] == "REGION VÄSTERBOTTEN"
    assert out[src.index("https://youtu.be/3zl8bKEdFvY")] == "https://youtu.be/3zl8bKEdFvY"
    assert [o for s_, o in zip(src, out) if not s_.strip()] == [s_ for s_ in src if not s_.strip()]


def test_load_round_trip(tmp_path, seed_path):
    from pipeline import extract, load

    assert run("run", str(seed_path), "--out", str(tmp_path)).returncode == 0
    loaded = load(tmp_path)
    direct = extract(seed_path)
    for t in TABLE_NAMES:
        assert list(loaded[t].columns) == columns(t)
        pd.testing.assert_frame_equal(loaded[t].reset_index(drop=True), direct[t].reset_index(drop=True))


def test_extract_api_whatever_was_imported_first(seed_path):
    import pipeline.extract.text  # noqa: F401  (binds the stage package as pipeline.extract)
    from pipeline import extract

    tables = extract(seed_path)
    assert len(tables["organisations"]) == 7


PDFS = Path(__file__).parent / "data" / "pdfs"


@pytest.mark.skipif(not PDFS.exists(), reason="edge-case PDFs not present")
def test_edge_case_pdfs_in_one_batch(tmp_path):
    """Each real-world PDF is processed or fails alone, with a one-line reason."""
    p = run("run", str(PDFS), "--out", str(tmp_path / "o"))
    assert p.returncode == 1  # the empty and encrypted ones fail
    assert "Traceback" not in p.stderr
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    entries = {e["source_file"]: e for e in manifest["inputs"]}
    assert len(entries) == len(list(PDFS.glob("*.pdf"))) + len(list(PDFS.glob("*.txt")))
    assert entries["password-example.pdf"]["status"] == "failed"
    assert "--password" in entries["password-example.pdf"]["error"]
    assert entries["empty.pdf"]["status"] == "failed"
    for e in entries.values():
        assert e["status"] in ("ok", "failed") and (e["error"] is None or "\n" not in e["error"])
    assert entries["issue-33-lorem-ipsum.pdf"]["status"] == "ok"


@pytest.mark.skipif(not PDFS.exists(), reason="edge-case PDFs not present")
def test_password_option_per_file(tmp_path):
    src = PDFS / "password-example.pdf"
    p = run("run", str(src), "--out", str(tmp_path / "a"), "--password", "password-example.pdf=test")
    assert p.returncode == 0, p.stderr
    p = run("run", str(src), "--out", str(tmp_path / "b"), "--password", "test")
    assert p.returncode == 0, p.stderr
    p = run("run", str(src), "--out", str(tmp_path / "c"), "--password", "wrong")
    assert p.returncode == 1 and "password" in p.stderr


def test_datapackage_validates_with_frictionless(tmp_path, seed_path):
    frictionless = pytest.importorskip("frictionless")
    assert run("run", str(seed_path), "--out", str(tmp_path)).returncode == 0
    report = frictionless.Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, [e.message for t in report.tasks for e in t.errors][:5]
    assert len(report.tasks) == 2 * len(TABLE_NAMES)


def test_inspect_outline_and_page_drawing(tmp_path, seed_path):
    p = run("inspect", str(seed_path))
    assert p.returncode == 0, p.stderr
    assert "== Skellefteå kommun (kommun, 2482, Västerbottens län, invånare 72024)" in p.stdout
    assert "BOX experience ERFARENHETER SKELLEFTEA" in p.stdout
    pdf = PDFS / "annotations.pdf"
    if pdf.exists():
        out = tmp_path / "page.png"
        p = run("inspect", str(pdf), "--png", str(out), "--page", "1")
        assert p.returncode == 0, p.stderr
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert run("inspect", str(pdf), "--png", str(out), "--page", "99").returncode == 2
