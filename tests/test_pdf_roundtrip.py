"""Round trips: render publications from specs, read them back, compare.

Two levels:

- the reader alone (``read_pdf`` -> Document): paragraphs as blank-line
  separated chunks, headings, roles, links with labels and line indices,
  furniture removed;
- the whole pipeline (``pipeline.extract`` -> tables): per-table F1 against
  the spec's expected rows; skipped until the spine is merged.

PDFs are generated at run time into a session temp dir.
"""
from __future__ import annotations

import re
import shutil

import pytest

from pipeline.extract.pdf import read_pdf
from tests.pdfgen import PUBLICATIONS, build, expected_tables, strip_diacritics
from tests.pdfgen.score import chunks, norm, paragraph_recall, table_f1
from tests.pdfgen.spec import as_printed_names, body_text_lines

HAS_TESSERACT = shutil.which("tesseract") is not None
TEXT_CASES = [(name, v) for name in PUBLICATIONS for v in ("text", "stripped")]
SCAN_CASES = [(name, "scan") for name in PUBLICATIONS]
F1_GOAL = {"text": 0.98, "stripped": 0.98, "scan": 0.95}

# Cases that fall short of their goal, with the measured F1 and the cause
# (none at present; strict=False: a fix shows as XPASS).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdfgen")
    cache: dict = {}

    def get(name: str, variant: str):
        if (name, variant) not in cache:
            cache[(name, variant)] = build(PUBLICATIONS[name], out / f"{name}-{variant}.pdf", variant)
        return cache[(name, variant)]

    return get


@pytest.fixture(scope="session")
def read(rendered):
    cache: dict = {}

    def get(name: str, variant: str):
        if (name, variant) not in cache:
            cache[(name, variant)] = read_pdf(rendered(name, variant), workers=2)
        return cache[(name, variant)]

    return get


def _printed(text: str, variant: str) -> str:
    return strip_diacritics(text) if variant == "stripped" else text


# --------------------------------------------------------------------------
# reader level, text layers


@pytest.mark.parametrize("name,variant", TEXT_CASES)
def test_reader_paragraphs(read, name, variant):
    doc = read(name, variant)
    pub = PUBLICATIONS[name]
    assert doc.input_kind == "pdf_text"
    expected = [_printed(p, variant) for p in body_text_lines(pub)]
    assert paragraph_recall(expected, doc) == 1.0
    assert doc.title


@pytest.mark.parametrize("name,variant", TEXT_CASES)
def test_reader_headings_roles_and_order(read, name, variant):
    doc = read(name, variant)
    pub = PUBLICATIONS[name]
    headings = [ln.text for ln in doc.lines if ln.role == "heading"]
    wanted = [_printed(s.heading, variant) for s in pub.sections]
    positions = [headings.index(h) for h in wanted]
    assert positions == sorted(positions), "sections out of order"
    texts = [ln.text for ln in doc.lines]
    for sec in pub.sections:
        if sec.box:
            label = _printed(sec.box.label, variant)
            assert any(ln.text == label and ln.role == "box" for ln in doc.lines)
            for item in sec.box.items:
                first = _printed(item, variant).split()[:4]
                assert any(ln.role == "box" and ln.text.startswith("• " + " ".join(first)) for ln in doc.lines)
        for q in sec.pull_quotes:
            start = "“" + " ".join(_printed(q.text, variant).split()[:3])
            assert any(ln.role == "pull_quote" and ln.text.startswith(start) for ln in doc.lines), q.text
        assert _printed(f"{sec.population_label} ", variant).strip() in " ".join(texts)
    # running header, publisher line and page numbers are gone
    assert _printed(pub.running_header, variant) not in texts
    assert not any(re.fullmatch(r"\d{1,3}", t) for t in texts)
    # blank lines separate paragraphs, never two in a row, none at the ends
    assert texts[0] and texts[-1]
    assert not any(a == "" and b == "" for a, b in zip(texts, texts[1:]))
    assert all(ln.page and 1 <= ln.page <= doc.n_pages for ln in doc.lines)


@pytest.mark.parametrize("name,variant", TEXT_CASES)
def test_reader_links(read, name, variant):
    doc = read(name, variant)
    exp = expected_tables(PUBLICATIONS[name])["links"]
    # the reader's label is the words under the annotation, e-mail included
    want = sorted((r["url"], _printed(r["label"] or r["url"].removeprefix("mailto:"), variant)) for r in exp)
    got = sorted((lk.url, lk.label) for lk in doc.links)
    assert got == want
    heading_of = {}
    current = None
    for i, ln in enumerate(doc.lines):
        if ln.role == "heading" and ln.size and ln.size >= 18:
            current = ln.text
        heading_of[i] = current
    org_heading = {s.name: _printed(s.heading, variant) for s in PUBLICATIONS[name].sections}
    by_url_label = {(r["url"], _printed(r["label"] or r["url"].removeprefix("mailto:"), variant)): r["org"]
                    for r in exp}
    for lk in doc.links:
        assert lk.line_index is not None
        line = doc.lines[lk.line_index]
        assert line.page == lk.page
        assert lk.label.split()[0] in line.text
        # the link sits in its organisation's section
        assert heading_of[lk.line_index] == org_heading[by_url_label[(lk.url, lk.label)]]


def test_line_end_hyphens_kept_as_printed(read):
    doc = read("seed", "text")
    pairs = [(a.text, b.text) for a, b in zip(doc.lines, doc.lines[1:]) if a.text.endswith("-") and b.text]
    assert len(pairs) >= 3
    # "kommu-" / "nens service är ...": the reader does not join the word
    assert any(a.endswith("användarvänlig kommu-") and b.startswith("nens ") for a, b in pairs)


def test_stripped_variant_has_no_swedish_letters(read):
    doc = read("seed", "stripped")
    text = "".join(ln.text for ln in doc.lines)
    assert not set("åäöÅÄÖ") & set(text)
    assert "SKELLEFTEA KOMMUN" in [ln.text for ln in doc.lines]


# --------------------------------------------------------------------------
# reader level, scans


@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract not installed")
@pytest.mark.parametrize("name,variant", SCAN_CASES)
def test_reader_scan(read, name, variant):
    doc = read(name, variant)
    pub = PUBLICATIONS[name]
    assert doc.input_kind == "pdf_ocr"
    assert doc.links == []  # an image has no annotations
    # OCR before repair: every paragraph found with at most small errors
    assert paragraph_recall(body_text_lines(pub), doc, min_ratio=0.95) >= 0.95
    got = {norm(ln.text) for ln in doc.lines if ln.role == "heading"}
    found = sum(norm(s.heading) in got for s in pub.sections)
    assert found >= len(pub.sections) - 1
    assert any(ln.role == "box" for ln in doc.lines)
    assert all(c for c in chunks(doc))


# --------------------------------------------------------------------------
# whole pipeline


def _pipeline_extract():
    try:
        from pipeline import extract
    except ImportError:
        extract = None
    if not callable(extract):
        pytest.skip("pipeline.extract (the spine) is not merged into this branch yet")
    return extract


def _with_gaps(cases):
    return [
        pytest.param(n, v, marks=pytest.mark.xfail(reason=KNOWN_GAPS[(n, v)], strict=False))
        if (n, v) in KNOWN_GAPS else (n, v)
        for n, v in cases
    ]


@pytest.mark.parametrize("name,variant", _with_gaps(TEXT_CASES + SCAN_CASES))
def test_pipeline_tables_f1(rendered, name, variant):
    extract = _pipeline_extract()
    if variant == "scan" and not HAS_TESSERACT:
        pytest.skip("tesseract not installed")
    # a scan's pages are read in parallel, as `pipeline run --workers 2` does
    tables = extract(rendered(name, variant), workers=2 if variant == "scan" else 1)
    expected = expected_tables(PUBLICATIONS[name])
    if variant == "stripped":  # a name no lexicon knows stays as printed (issue 3: leave it alone)
        from pipeline.repair.resources import load_resources

        expected = as_printed_names(expected, PUBLICATIONS[name], load_resources().is_word, strip_diacritics)
    if variant == "scan":  # no annotations in an image: only printed e-mail addresses remain
        expected["links"] = [r for r in expected["links"] if r["kind"] == "email"]
        tables = dict(tables)
        links = tables.get("links")
        if links is not None and len(links):
            tables["links"] = links[links["kind"] == "email"]
    scores = table_f1(expected, tables)
    low = {t: round(s, 3) for t, s in scores.items() if s < F1_GOAL[variant]}
    assert not low, f"F1 below {F1_GOAL[variant]}: {low} (all: {scores})"


@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract not installed")
def test_mixed_text_and_scanned_pages(rendered, tmp_path):
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(rendered("bibliotek", "text"))),
               pdfium.PdfDocument(str(rendered("bibliotek", "scan")))]
    out.import_pages(sources[0], [0, 1])
    out.import_pages(sources[1], [2])
    out.save(str(tmp_path / "mixed.pdf"))
    doc = read_pdf(tmp_path / "mixed.pdf")
    assert doc.input_kind == "pdf_mixed" and doc.n_pages == 3
    assert {ln.page for ln in doc.lines if ln.text} == {1, 2, 3}
    page3 = " ".join(ln.text for ln in doc.lines if ln.page == 3)
    assert "REGION GOTLAND" in page3 and "Invånare 60 000" in page3


def test_paragraph_runs_on_across_columns(read):
    doc = read("varden", "text")
    pairs = [(a, b) for a, b in zip(doc.lines, doc.lines[1:]) if a.text and b.text and a.block != b.block]
    assert pairs, "the fixture must have a paragraph that runs on into the next column"
    a, b = pairs[0]
    assert a.x0 < b.x0 and b.top < a.top  # from the foot of the left column to the head of the right
    assert any(c.startswith("Utvärderingen efter det första året") and c.endswith("delar av samhället.")
               for c in chunks(doc))


@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract not installed")
def test_parallel_pages_give_the_same_document(rendered, tmp_path):
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    text = pdfium.PdfDocument(str(rendered("seed", "text")))
    out.import_pages(text)
    out.import_pages(pdfium.PdfDocument(str(rendered("bibliotek", "scan"))), [2])
    path = tmp_path / "long-mixed.pdf"
    out.save(str(path))
    one, two = read_pdf(path, workers=1), read_pdf(path, workers=2)
    assert len(text) + 1 == one.n_pages == two.n_pages >= 8  # long enough to be split over processes
    assert one.input_kind == two.input_kind == "pdf_mixed"
    assert [(ln.text, ln.page, ln.role, ln.block) for ln in one.lines] == \
        [(ln.text, ln.page, ln.role, ln.block) for ln in two.lines]
    assert one.links == two.links


def test_unrestorable_names_are_expected_as_printed():
    """Only name words that no lexicon knows are expected without their marks."""
    from pipeline.repair.resources import load_resources

    pub = PUBLICATIONS["seed"]
    exp = as_printed_names(expected_tables(pub), pub, load_resources().is_word, strip_diacritics)
    text = " ".join(r["text"] for r in exp["paragraphs"])
    assert "Rudehall" in text and "Rudehäll" not in text
    assert "Östergötland" in text and "Västerbotten" in text  # not names of people: unchanged
