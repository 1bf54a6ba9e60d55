"""Export stage: tables to Parquet and CSV, the data dictionary and the manifest.

Every file is written to a temporary name in the output folder and renamed
into place, so an interrupted run leaves the previous complete file.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__
from pipeline.schema import TABLE_NAMES, TABLES, columns, dtypes

# A cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def frame(table: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly the contract's columns and types."""
    cols = columns(table)
    df = pd.DataFrame(rows, columns=cols)
    return df.astype(dtypes(table))


def _atomic_write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_safe(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Neutralise cells a spreadsheet would run as a formula.

    Phone numbers (``+46...``) and numbers are written as they are.
    """
    out = df.copy()
    keep = {"phone", "phone_alt"}
    for name, typ, _ in TABLES[table][1]:
        if typ != "string" or name in keep:
            continue
        col = out[name]
        mask = col.notna() & col.astype("string").str.startswith(_FORMULA_START, na=False)
        if mask.any():
            out.loc[mask, name] = "'" + col[mask]
    return out


def write_table(out_dir: Path, table: str, df: pd.DataFrame) -> None:
    _atomic_write(out_dir / f"{table}.parquet", lambda p: df.to_parquet(p, index=False))
    _atomic_write(out_dir / f"{table}.csv",
                  lambda p: csv_safe(df, table).to_csv(p, index=False, encoding="utf-8"))


def write_json(path: Path, data: Any) -> None:
    def w(p):
        with open(p, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    _atomic_write(path, w)


def datapackage() -> dict[str, Any]:
    """A Frictionless Data Package describing every resource and field."""
    resources = []
    for table in TABLE_NAMES:
        desc, fields = TABLES[table]
        schema = {"fields": [{"name": n, "type": t, "description": d} for n, t, d in fields]}
        id_col = next((n for n, _, _ in fields[1:2] if n.endswith("_id")), None)
        if table == "publications":
            schema["primaryKey"] = ["publication_id"]
        elif id_col and table != "corrections":
            schema["primaryKey"] = [id_col]
        for fmt, media in (("csv", "text/csv"), ("parquet", "application/vnd.apache.parquet")):
            res = {"name": f"{table}-{fmt}" if fmt == "parquet" else table, "path": f"{table}.{fmt}",
                   "format": fmt, "mediatype": media, "description": desc, "schema": schema}
            if fmt == "csv":
                res["encoding"] = "utf-8"
                res["dialect"] = {"delimiter": ",", "header": True, "doubleQuote": True}
            resources.append(res)
    return {
        "profile": "data-package",
        "name": "swedish-publications",
        "title": "Case studies from Swedish public-sector publications",
        "description": "Tables extracted by pipeline " + __version__ + "; each text column X has a twin X_raw "
                       "with the text as extracted.",
        "resources": resources,
    }


def write_all(out_dir: Path, frames: dict[str, pd.DataFrame], manifest: dict[str, Any]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for table in TABLE_NAMES:
        write_table(out_dir, table, frames[table])
    write_json(out_dir / "datapackage.json", datapackage())
    write_json(out_dir / "manifest.json", manifest)
