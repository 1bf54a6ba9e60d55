"""Reader for already extracted text (``.txt``).

A form feed (``\\f``) separates pages where present; without one, ``page`` is
``None`` on every line, as the contract says.
"""
from __future__ import annotations

import hashlib

import ftfy

from pipeline.errors import InputError
from pipeline.types import Document, Line


def decode_bytes(data: bytes) -> str:
    """Decode input bytes: UTF-8 (with or without BOM), else cp1252/latin-1."""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def document_from_text(data: bytes, *, source_file: str) -> Document:
    """Build a Document from the bytes of a text file."""
    if not data.strip():
        raise InputError(f"{source_file}: the file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{source_file}: not a text file (binary content)")
    text = decode_bytes(data)
    # Only line-ending normalisation here; every other change is repair's job
    # and must be recorded, so Line.text stays what the input said.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    paged = len(pages) > 1
    lines: list[Line] = []
    for pno, page_text in enumerate(pages, start=1):
        for raw in page_text.split("\n"):
            lines.append(Line(text=raw, page=pno if paged else None))
    sha = hashlib.sha256(data).hexdigest()
    first = next((ln.text.strip() for ln in lines if ln.text.strip()), None)
    return Document(
        source_file=source_file,
        source_sha256=sha,
        input_kind="text",
        n_pages=len(pages) if paged else None,
        lines=lines,
        links=[],
        title=ftfy.fix_text(first) if first else None,
    )
