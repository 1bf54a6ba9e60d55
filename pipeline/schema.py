"""The tables of the data contract: columns, types and descriptions.

This module is the one place the columns are named; the exporter, the
data dictionary (``datapackage.json``) and :func:`pipeline.load` all read it.
"""
from __future__ import annotations

# (column, Frictionless type, description)
Field = tuple[str, str, str]

_PUB = ("publication_id", "string", "16 hex characters of the SHA-256 of the input file's bytes")
_ORG = ("org_id", "string", "The organisation section the row belongs to; null outside any section")
_PAGE = ("page", "integer", "1-based page; null for text inputs without page breaks")

TABLES: dict[str, tuple[str, list[Field]]] = {
    "publications": ("One row per input document", [
        _PUB,
        ("source_file", "string", "File name of the input"),
        ("source_sha256", "string", "SHA-256 of the input file's bytes"),
        ("title", "string", "Title of the publication (repaired)"),
        ("n_pages", "integer", "Number of pages; null for text without page breaks"),
        ("input_kind", "string", "pdf_text, pdf_ocr, pdf_mixed or text"),
        ("language", "string", "Language of the text (ISO 639-1)"),
        ("pipeline_version", "string", "Version of the pipeline that wrote the row"),
    ]),
    "organisations": ("One row per organisation section (kommun, region, regionförbund, landsting, ...)", [
        _PUB,
        ("org_id", "string", "Stable id of the organisation section"),
        ("name", "string", "Name in correct Swedish, e.g. Katrineholms kommun"),
        ("name_raw", "string", "Heading as extracted, e.g. KATRINEHOLMS KOMMUN"),
        ("org_type", "string", "kommun, region, regionförbund, landsting or other"),
        ("population", "integer", "The Invånare figure printed under the heading"),
        ("municipality_code", "string", "SCB code: 4 digits for a kommun, 2 for a region or län; null if none"),
        ("county", "string", "Län, e.g. Södermanlands län"),
        ("position", "integer", "1-based order of the section in the publication"),
        ("page_start", "integer", "First page of the section"),
        ("page_end", "integer", "Last page of the section"),
    ]),
    "quotes": ("One row per quoted statement", [
        _PUB,
        ("quote_id", "string", "Stable id of the quote"),
        _ORG,
        ("text", "string", "The quote without quotation marks (repaired)"),
        ("text_raw", "string", "The quote's text as extracted"),
        ("speaker_name", "string", "Who said it"),
        ("speaker_role", "string", "The speaker's role, e.g. IT-chef"),
        ("speaker_org", "string", "The speaker's organisation"),
        ("kind", "string", "pull_quote (displayed, with attribution) or statement (inside body text)"),
        _PAGE,
    ]),
    "experiences": ("One row per item of an experiences / success factors / tips list", [
        _PUB,
        ("item_id", "string", "Stable id of the item"),
        ("org_id", "string", "The organisation; null for publication-level lists such as closing tips"),
        ("heading", "string", "The list's heading as printed, repaired, e.g. Erfarenheter Katrineholm"),
        ("kind", "string", "experience, success_factor or tip"),
        ("position", "integer", "1-based position within its list"),
        ("text", "string", "The item's text (de-hyphenated and repaired)"),
        ("text_raw", "string", "The item's text as extracted"),
        _PAGE,
    ]),
    "contacts": ("One row per contact person", [
        _PUB,
        ("contact_id", "string", "Stable id of the contact"),
        _ORG,
        ("name", "string", "Contact person's name"),
        ("phone", "string", "Phone number in E.164, e.g. +4615057625"),
        ("phone_alt", "string", "Second phone number in E.164, or null"),
        ("phone_raw", "string", "The phone number(s) as printed"),
        ("email", "string", "E-mail address, lower case"),
        _PAGE,
    ]),
    "links": ("One row per web address, video or e-mail link", [
        _PUB,
        ("link_id", "string", "Stable id of the link"),
        _ORG,
        ("url", "string", "The address (mailto: for e-mail links)"),
        ("kind", "string", "video, read_more, email or web"),
        ("label", "string", "The words the publication gives the link (read-more title, interview caption); null if none"),
        _PAGE,
    ]),
    "paragraphs": ("One row per paragraph of body text", [
        _PUB,
        ("paragraph_id", "string", "Stable id of the paragraph"),
        _ORG,
        ("position", "integer", "1-based position within its section"),
        ("text", "string", "The paragraph, de-hyphenated and repaired"),
        ("text_raw", "string", "The paragraph as extracted"),
        _PAGE,
    ]),
    "corrections": ("One row per change made to the extracted text", [
        _PUB,
        _ORG,
        _PAGE,
        ("original", "string", "Text before the change"),
        ("corrected", "string", "Text after the change"),
        ("kind", "string", "mojibake, ocr_confusion, diacritic, dehyphenation or other"),
        ("confidence", "number", "Confidence of the change, 0..1"),
    ]),
}

TABLE_NAMES = list(TABLES)


def columns(table: str) -> list[str]:
    return [f[0] for f in TABLES[table][1]]


PANDAS_DTYPES = {"string": "string", "integer": "Int64", "number": "float64"}


def dtypes(table: str) -> dict[str, str]:
    return {name: PANDAS_DTYPES[t] for name, t, _ in TABLES[table][1]}
