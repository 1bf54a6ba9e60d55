"""The PDF reader on real-world edge-case PDFs (pdfplumber's test suite, MIT)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.errors import InputError, MissingDependencyError
from pipeline.extract.pdf import read_pdf

DATA = Path(__file__).parent / "data" / "pdfs"
HAS_TESSERACT = shutil.which("tesseract") is not None

# file -> (input_kind, minimum number of non-empty lines, a text that must appear)
PROCESSED = {
    "annotations.pdf": ("pdf_text", 1, "Dummy PDF file"),
    "issue-1054-example.pdf": ("pdf_text", 5, "HERAUSGEBER"),
    "issue-33-lorem-ipsum.pdf": ("pdf_text", 50, "Tempora"),
    "issue-461-example.pdf": ("pdf_text", 20, None),
    "issue-71-duplicate-chars.pdf": ("pdf_text", 20, None),
    "issue-848.pdf": ("pdf_text", 100, "The movie opens with a news report"),
    "line-char-render-example.pdf": ("pdf_text", 3, "second line"),
    "nics-background-checks-2015-11-rotated.pdf": ("pdf_text", 50, None),
}
OCR_PROCESSED = {
    "issue-203-decimalize.pdf": "pdf_ocr",  # images only
    "malformed-from-issue-932.pdf": "pdf_ocr",  # a scan with 7 stray characters
}
FAILS = {
    "empty.pdf": "the file is empty",
    "issue-297-example.pdf": "no pages could be read",
    "password-example.pdf": "the PDF is encrypted; give its password with --password",
}


def test_every_shared_pdf_is_covered():
    names = {p.name for p in DATA.glob("*.pdf")}
    assert names == set(PROCESSED) | set(OCR_PROCESSED) | set(FAILS)
    assert (DATA / "LICENSE-pdfplumber.txt").exists()


@pytest.mark.parametrize("name", sorted(PROCESSED))
def test_processed(name):
    kind, min_lines, needle = PROCESSED[name]
    doc = read_pdf(DATA / name)
    assert doc.input_kind == kind
    assert doc.n_pages >= 1
    texts = [ln.text for ln in doc.lines if ln.text]
    assert len(texts) >= min_lines
    assert all(ln.page is not None and 1 <= ln.page <= doc.n_pages for ln in doc.lines)
    assert doc.lines[0].text != "" and doc.lines[-1].text != ""
    assert not any(a.text == "" and b.text == "" for a, b in zip(doc.lines, doc.lines[1:]))
    if needle:
        assert any(needle in t for t in texts)
    assert len(doc.source_sha256) == 64


@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract not installed")
@pytest.mark.parametrize("name", sorted(OCR_PROCESSED))
def test_ocr_processed(name):
    doc = read_pdf(DATA / name, workers=2)
    assert doc.input_kind == OCR_PROCESSED[name]
    assert sum(1 for ln in doc.lines if ln.text) >= 3
    assert all(ln.page for ln in doc.lines)


@pytest.mark.parametrize("name", sorted(FAILS))
def test_fails_with_one_line(name):
    with pytest.raises(InputError) as err:
        read_pdf(DATA / name)
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith(name)
    assert FAILS[name] in msg


def test_password_opens_encrypted_pdf():
    doc = read_pdf(DATA / "password-example.pdf", password="test")
    assert doc.input_kind == "pdf_text"
    assert any(ln.text for ln in doc.lines)


def test_wrong_password():
    with pytest.raises(InputError, match="password given is wrong"):
        read_pdf(DATA / "password-example.pdf", password="nope")


def test_not_a_pdf(tmp_path):
    p = tmp_path / "notes.pdf"
    p.write_text("just some text, not a PDF\n")
    with pytest.raises(InputError, match=r"notes\.pdf: not a PDF"):
        read_pdf(p)


def test_truncated_pdf(tmp_path):
    src = (DATA / "issue-33-lorem-ipsum.pdf").read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(src[: len(src) // 3])
    try:
        doc = read_pdf(p)
    except InputError as err:
        assert "\n" not in str(err)
    else:  # pdfminer may recover part of it
        assert doc.n_pages >= 1


def test_junk_before_header_is_processed():
    assert (DATA / "issue-848.pdf").read_bytes()[:4] != b"%PDF"
    assert read_pdf(DATA / "issue-848.pdf").n_pages == 8


def test_missing_tesseract_fails_only_for_scans(monkeypatch):
    import pytesseract

    def boom(*a, **k):
        raise pytesseract.TesseractNotFoundError()

    monkeypatch.setattr(pytesseract, "get_languages", boom)
    with pytest.raises(MissingDependencyError) as err:
        read_pdf(DATA / "issue-203-decimalize.pdf")
    assert "apt-get install tesseract-ocr tesseract-ocr-swe" in str(err.value)
    assert "\n" not in str(err.value)
    assert read_pdf(DATA / "issue-848.pdf").input_kind == "pdf_text"


def test_missing_swedish_data(monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract, "get_languages", lambda **k: ["eng", "osd"])
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-swe"):
        read_pdf(DATA / "issue-203-decimalize.pdf")
