"""The Python API: :func:`extract` one file, :func:`load` a written folder."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.export import frame
from pipeline.extract import read_document
from pipeline.process import document_tables
from pipeline.profile import load_profile
from pipeline.schema import TABLE_NAMES, dtypes


def extract(path: str | Path, *, password: str | None = None, profile: str = "default",
            workers: int = 1) -> dict[str, pd.DataFrame]:
    """All tables of one publication (PDF or text) as DataFrames."""
    doc = read_document(path, password=password, workers=workers)
    rows = document_tables(doc, load_profile(profile))
    return {t: frame(t, rows.get(t, [])) for t in TABLE_NAMES}


def load(folder: str | Path) -> dict[str, pd.DataFrame]:
    """The tables written by ``pipeline run``, read back from their Parquet files."""
    folder = Path(folder)
    out = {}
    for t in TABLE_NAMES:
        p = folder / f"{t}.parquet"
        if not p.exists():
            raise FileNotFoundError(f"{p}: no such table; run `pipeline run` first")
        out[t] = pd.read_parquet(p).astype(dtypes(t))
    return out
