"""Batches: many inputs, several workers, a Dask cluster, bad files among good ones."""
import shutil

import pandas as pd
import pytest

from pipeline import batch
from pipeline.export import csv_safe, frame, write_all
from pipeline.schema import TABLE_NAMES


@pytest.fixture()
def two_publications(tmp_path, seed_path):
    """The seed and a second publication (the seed with one section renamed)."""
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    shutil.copy(seed_path, raw / "a.txt")
    text = seed_path.read_text(encoding="utf-8").replace("FALU KOMMUN", "UMEA KOMMUN")
    (raw / "sub" / "b.txt").write_text(text, encoding="utf-8")
    return raw


def _tables(results):
    rows = batch.combine(results)
    return {t: frame(t, rows.get(t, [])) for t in TABLE_NAMES}


def test_folders_are_searched_recursively(two_publications):
    names = [p.name for p in batch.find_inputs([two_publications])]
    assert names == ["a.txt", "b.txt"]


def test_workers_give_the_same_rows_as_one_process(two_publications):
    paths = batch.find_inputs([two_publications])
    one = _tables(batch.run_batch(paths, workers=1))
    two = _tables(batch.run_batch(paths, workers=2))
    for t in TABLE_NAMES:
        pd.testing.assert_frame_equal(one[t], two[t])
    orgs = one["organisations"]
    assert orgs.publication_id.nunique() == 2
    umea = orgs[orgs.name == "Umeå kommun"].iloc[0]
    assert umea.municipality_code == "2480" and umea.county == "Västerbottens län"


def test_adding_a_publication_keeps_the_others_ids(two_publications):
    paths = batch.find_inputs([two_publications])
    alone = _tables(batch.run_batch(paths[:1]))
    both = _tables(batch.run_batch(paths))
    for t, idcol in (("quotes", "quote_id"), ("paragraphs", "paragraph_id"), ("links", "link_id")):
        a = alone[t][idcol].tolist()
        b = both[t][both[t].publication_id == alone["publications"].publication_id[0]][idcol].tolist()
        assert a == b


def test_dask_scheduler(two_publications):
    distributed = pytest.importorskip("dask.distributed")
    paths = batch.find_inputs([two_publications])
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        results = batch.run_batch(paths, scheduler=cluster.scheduler_address)
    assert [r.status for r in results] == ["ok", "ok"]
    local = _tables(batch.run_batch(paths))
    for t in TABLE_NAMES:
        pd.testing.assert_frame_equal(_tables(results)[t], local[t])


def test_same_bytes_twice_is_skipped(tmp_path, seed_path):
    shutil.copy(seed_path, tmp_path / "one.txt")
    shutil.copy(seed_path, tmp_path / "two.txt")
    results = batch.run_batch(batch.find_inputs([tmp_path]))
    assert [r.status for r in results] == ["ok", "skipped"]
    assert _tables(results)["organisations"].org_id.is_unique


def test_csv_neutralises_formulas_but_keeps_numbers(tmp_path):
    rows = [{"publication_id": "x", "paragraph_id": "x-p1", "org_id": None, "position": 1,
             "text": "=HYPERLINK(\"http://evil\")", "text_raw": "@SUM(A1)", "page": None}]
    df = frame("paragraphs", rows)
    safe = csv_safe(df, "paragraphs")
    assert safe.text[0].startswith("'=") and safe.text_raw[0].startswith("'@")
    contacts = frame("contacts", [{"publication_id": "x", "contact_id": "c", "org_id": None, "name": "A",
                                   "phone": "+4615057625", "phone_alt": None, "phone_raw": "0150-576 25",
                                   "email": "a@b.se", "page": 3}])
    assert csv_safe(contacts, "contacts").phone[0] == "+4615057625"


def test_interrupted_write_keeps_previous_files(tmp_path, seed_path, monkeypatch):

    results = batch.run_batch([seed_path])
    write_all(tmp_path, _tables(results), batch.manifest(results))
    before = (tmp_path / "quotes.csv").read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", boom)
    with pytest.raises(OSError):
        write_all(tmp_path, _tables(results), batch.manifest(results))
    assert (tmp_path / "quotes.csv").read_bytes() == before
    assert pd.read_parquet(tmp_path / "quotes.parquet").shape[0] > 0
    assert not list(tmp_path.glob("*.tmp"))


def test_cli_scheduler_option(tmp_path, two_publications):
    """`pipeline run --scheduler ADDRESS` on a cluster listening on loopback."""
    import json
    import subprocess

    from tests.test_cli import EXE

    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        p = subprocess.run([EXE, "run", str(two_publications), "--out", str(tmp_path / "o"),
                            "--scheduler", cluster.scheduler_address], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    assert [e["status"] for e in manifest["inputs"]] == ["ok", "ok"]
