"""Run many publications: on this machine's cores or on a Dask cluster.

Each input is processed on its own; a failure is data in its manifest entry
(``status`` and a one-line ``error``), never an exception that ends the
batch.
"""
from __future__ import annotations

import datetime as _dt
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from pipeline import __version__
from pipeline.errors import PipelineError

INPUT_SUFFIXES = (".pdf", ".txt")


@dataclass
class Result:
    path: str
    source_file: str
    publication_id: str | None = None
    status: str = "ok"  # ok | failed | skipped
    error: str | None = None
    seconds: float = 0.0
    pages: int | None = None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def manifest_entry(self) -> dict[str, Any]:
        return {"path": self.path, "source_file": self.source_file, "publication_id": self.publication_id,
                "status": self.status, "error": self.error, "seconds": round(self.seconds, 3),
                "pages": self.pages}


def find_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files given, and ``*.pdf`` / ``*.txt`` found recursively in folders given."""
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in INPUT_SUFFIXES))
        else:
            found.append(p)
    seen, out = set(), []
    for p in found:
        key = str(p.resolve()) if p.exists() else str(p)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def one_line(err: BaseException) -> str:
    msg = " ".join(str(err).split()) or type(err).__name__
    return msg if isinstance(err, PipelineError) else f"{type(err).__name__}: {msg}"


def process_one(path: str, password: str | None = None, profile: str = "default", workers: int = 1) -> Result:
    """Extract one input's rows; never raises."""
    from pipeline.extract import read_document
    from pipeline.process import document_tables
    from pipeline.profile import load_profile

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract: processes beat threads
    t0 = time.perf_counter()
    res = Result(path=str(path), source_file=Path(path).name)
    try:
        doc = read_document(path, password=password, workers=workers)
        res.publication_id = doc.publication_id
        res.pages = doc.n_pages
        res.rows = document_tables(doc, load_profile(profile))
    except Exception as err:  # noqa: BLE001 - one bad file must not stop a batch
        res.status = "failed"
        res.error = f"{Path(path).name}: {one_line(err)}" if Path(path).name not in one_line(err) else one_line(err)
        res.rows = {}
    res.seconds = time.perf_counter() - t0
    return res


def password_for(path: str, passwords: str | list[str] | None) -> str | None:
    """The password for one file: ``NAME=SECRET`` applies to that file, a bare value to all.

    >>> password_for("raw/a.pdf", ["a.pdf=x", "y"])
    'x'
    >>> password_for("raw/b.pdf", ["a.pdf=x", "y"])
    'y'
    """
    if passwords is None:
        return None
    if isinstance(passwords, str):
        passwords = [passwords]
    name = Path(path).name
    default = None
    for p in passwords:
        left, sep, right = p.partition("=")
        if sep and left == name:
            return right
        if not sep or not left.lower().endswith(".pdf"):
            default = p
    return default


def run_batch(paths: list[Path], *, workers: int = 1, scheduler: str | None = None,
              password: str | list[str] | None = None, profile: str = "default",
              progress: Callable[[Result], None] | None = None) -> list[Result]:
    """Process every input; results come back in input order.

    ``password`` is one password for every encrypted PDF, or a list of
    ``NAME=SECRET`` (per file) and bare values (for the rest).
    """
    args = [str(p) for p in paths]
    results: list[Result | None] = [None] * len(args)

    def done(i: int, r: Result) -> None:
        results[i] = r
        if progress:
            progress(r)

    if scheduler:
        from dask.distributed import Client, as_completed

        with Client(scheduler) as client:
            futs = {client.submit(process_one, a, password_for(a, password), profile, 1, pure=False): i for i, a in enumerate(args)}
            for fut in as_completed(futs):
                done(futs[fut], fut.result())
    elif workers > 1 and len(args) > 1:
        from concurrent.futures import ProcessPoolExecutor, as_completed as cf_completed

        with ProcessPoolExecutor(max_workers=workers) as pool:
            futs = {pool.submit(process_one, a, password_for(a, password), profile, 1): i for i, a in enumerate(args)}
            for fut in cf_completed(futs):
                done(futs[fut], fut.result())
    else:
        for i, a in enumerate(args):
            done(i, process_one(a, password_for(a, password), profile, workers))
    out = [r for r in results if r is not None]
    # The same bytes twice in one batch: one publication, the copy skipped.
    seen: dict[str, str] = {}
    for r in out:
        if r.status == "ok" and r.publication_id in seen:
            r.status = "skipped"
            r.error = f"same content as {seen[r.publication_id]}"
            r.rows = {}
        elif r.status == "ok":
            seen[r.publication_id] = r.source_file
    return out


def manifest(results: list[Result]) -> dict[str, Any]:
    return {
        "pipeline_version": __version__,
        "finished": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "inputs": [r.manifest_entry() for r in results],
        "counts": {s: sum(r.status == s for r in results) for s in ("ok", "failed", "skipped")},
    }


def combine(results: list[Result]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        for t, rows in r.rows.items():
            tables.setdefault(t, []).extend(rows)
    return tables
