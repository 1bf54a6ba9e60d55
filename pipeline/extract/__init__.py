"""Extract stage: any input file into a :class:`~pipeline.types.Document`.

One reader per input format behind one function, :func:`read_document`.
"""
from __future__ import annotations

import hashlib
import sys
import types
from pathlib import Path

from pipeline.errors import InputError
from pipeline.types import Document

from .text import document_from_text

__all__ = ["read_document", "document_from_text", "sha256_file"]


class _CallableModule(types.ModuleType):
    """Importing this package rebinds ``pipeline.extract`` from the API
    function to the package; calling the package keeps ``from pipeline import
    extract; extract(path)`` working whatever was imported first."""

    def __call__(self, *args, **kwargs):
        from pipeline.api import extract

        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_document(path: str | Path, *, password: str | None = None, workers: int = 1) -> Document:
    """Read a ``.txt`` or ``.pdf`` file into a Document (no repair yet)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from .pdf import read_pdf  # imported lazily: pdfplumber is slow to import

        return read_pdf(path, password=password, workers=workers)
    if suffix == ".txt":
        data = path.read_bytes()
        return document_from_text(data, source_file=path.name)
    raise InputError(f"{path}: unsupported file type {suffix or '(none)'}; expected .pdf or .txt")
