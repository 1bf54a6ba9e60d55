"""Command line: ``pipeline run`` and ``pipeline repair`` (a thin layer over the library)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="Swedish public-sector publications into clean, analysable tables.")


def _fail(msg: str, code: int) -> None:
    typer.echo(f"error: {msg}", err=True)
    raise typer.Exit(code)


def _check_writable(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out, prefix=".write-test-")
        os.close(fd)
        os.unlink(tmp)
    except OSError as err:
        _fail(f"cannot write to {out}: {err.strerror or err}", 2)


@app.command()
def run(
    inputs: Optional[List[Path]] = typer.Argument(None, help="PDF or text files, or folders (default: raw/)"),
    out: Path = typer.Option(Path("output"), "--out", help="Folder for the tables"),
    workers: int = typer.Option(1, "--workers", min=1, help="Publications processed at once"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of a Dask scheduler"),
    password: Optional[List[str]] = typer.Option(
        None, "--password", help="Password for encrypted PDFs; NAME.pdf=SECRET for one file (repeatable)"),
    profile: str = typer.Option("default", "--profile", help="Publication profile (name or .toml path)"),
) -> None:
    """Extract every table from the inputs into OUT (Parquet and CSV)."""
    from pipeline import batch
    from pipeline.export import frame, write_all
    from pipeline.schema import TABLE_NAMES

    given = inputs or [Path("raw")]
    missing = [p for p in given if not p.exists()]
    paths = batch.find_inputs([p for p in given if p.exists()])
    if missing and not paths:
        _fail(f"no such file or folder: {missing[0]}", 2)
    if not paths:
        _fail(f"no inputs found in {', '.join(map(str, given))} (looked for *.pdf and *.txt)", 2)
    paths += missing  # reported as failed, with the others still written
    _check_writable(out)
    try:
        from pipeline.profile import load_profile

        load_profile(profile)
    except Exception as err:  # noqa: BLE001
        _fail(f"cannot load profile {profile}: {err}", 2)

    interactive = sys.stderr.isatty()
    if interactive:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("Publications", total=len(paths))
            results = batch.run_batch(paths, workers=workers, scheduler=scheduler, password=password,
                                      profile=profile, progress=lambda r: bar.advance(task))
    else:
        def log(r):
            line = f"{r.status}: {r.source_file} ({r.seconds:.1f} s)"
            typer.echo(line if r.status == "ok" else f"{line}: {r.error}", err=True)

        results = batch.run_batch(paths, workers=workers, scheduler=scheduler, password=password,
                                  profile=profile, progress=log)
    tables = batch.combine(results)
    frames = {t: frame(t, tables.get(t, [])) for t in TABLE_NAMES}
    try:
        write_all(out, frames, batch.manifest(results))
    except OSError as err:
        _fail(f"cannot write to {out}: {err.strerror or err}", 2)
    failed = [r for r in results if r.status == "failed"]
    for r in failed:
        typer.echo(f"error: {r.error}", err=True)
    ok = sum(r.status == "ok" for r in results)
    typer.echo(f"{ok} of {len(results)} inputs ok; tables in {out}/", err=True)
    raise typer.Exit(1 if failed else 0)


@app.command()
def repair(file: Optional[str] = typer.Argument(None, help="Text file; '-' or none reads standard input")) -> None:
    """Repair text line by line: one output line for each input line."""
    from pipeline.repair import repair_stream

    sys.stdout.reconfigure(encoding="utf-8")
    if file in (None, "-"):
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")
        stream = sys.stdin
    else:
        try:
            stream = open(file, encoding="utf-8", errors="replace", newline="")
        except OSError as err:
            _fail(f"cannot read {file}: {err.strerror or err}", 2)
    out = sys.stdout
    with stream:
        lines = (ln[:-1] if ln.endswith("\n") else ln for ln in stream)
        lines = (ln[:-1] if ln.endswith("\r") else ln for ln in lines)
        for fixed in repair_stream(lines):
            out.write(fixed + "\n")
    out.flush()


@app.command()
def inspect(
    file: Path = typer.Argument(..., help="A PDF or text file"),
    png: Optional[Path] = typer.Option(None, "--png", help="Draw a PDF page's lines and links to this PNG"),
    page: int = typer.Option(1, "--page", min=1, help="The page to draw"),
    password: Optional[str] = typer.Option(None, "--password"),
    profile: str = typer.Option("default", "--profile"),
) -> None:
    """Show what the segmenter found: sections and blocks, or a page drawn."""
    from pipeline import qa
    from pipeline.errors import PipelineError

    try:
        if png is not None:
            typer.echo(str(qa.draw_page(file, page, png, password=password)))
        else:
            typer.echo(qa.outline(file, password=password, profile=profile))
    except (PipelineError, ValueError) as err:
        _fail(str(err), 2 if isinstance(err, ValueError) else 1)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("error: interrupted", err=True)
        sys.exit(130)
    except Exception as err:  # noqa: BLE001 - a user sees one line, not a traceback
        from pipeline.batch import one_line

        typer.echo(f"error: {one_line(err)}", err=True)
        sys.exit(1)
